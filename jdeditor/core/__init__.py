"""Domain model and pure logic: no Qt, no SQL, no files."""
