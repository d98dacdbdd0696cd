"""Persistence: SQLAlchemy mapping, migrations, search. No Qt; ORM objects never leave it."""
