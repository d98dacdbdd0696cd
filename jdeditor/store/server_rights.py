"""What the user of a server library may do there (asked before offering to create one)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from jdeditor.store.database import create_library_engine
from jdeditor.store.location import Location


def can_create_tables(location: Location) -> bool:
    """Whether the user may create tables in the database's current schema."""
    if location.file is not None:
        return True
    engine = create_library_engine(location, create=False)
    try:
        with engine.connect() as connection:
            query = text("SELECT has_schema_privilege(current_schema(), 'CREATE')")
            return bool(connection.execute(query).scalar())
    except DBAPIError:
        return False
    finally:
        engine.dispose()
