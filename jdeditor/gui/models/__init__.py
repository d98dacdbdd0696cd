"""Qt item models over the domain model."""
