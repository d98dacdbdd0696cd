"""Reading and writing files; no Qt, no ORM."""
