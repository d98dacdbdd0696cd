"""Opening a library database: create it, migrate it, or refuse it.

Opening is on the start-up path, so the common case (the schema is current) costs one
small query and never imports Alembic. Only a new or older database loads the
migration scripts; an older *file* is first copied to a timestamped backup beside it.
A database whose schema this version does not know was written by a newer JD Editor
and is refused untouched.

Every schema change happens completely or not at all (docs/architecture.md, "Opening a
library"): a new library file is built under a temporary name beside the target and
renamed into place (:mod:`jdeditor.store.library_creation`), and every migration runs in
one transaction: on SQLite an explicit ``BEGIN IMMEDIATE`` on a connection the driver
does not manage (pysqlite would otherwise run each ``CREATE`` outside any transaction),
on PostgreSQL one transaction holding an advisory lock. A file left half-made by an
older version (tables, no version) is repaired or recreated
(:mod:`jdeditor.store.schema_repair`).
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError

from jdeditor.errors import LibraryError
from jdeditor.store import migrating
from jdeditor.store.failures import explain, library_error
from jdeditor.store.location import Location
from jdeditor.store.migrating import SCHEMA_HEAD, backup_file, current_revision

logger = logging.getLogger(__name__)


def ensure_schema(engine: Engine, location: Location, create: bool = True) -> str:
    """Bring the database to the current schema and return the revision it is at.

    A SQLite file is backed up before an upgrade; a server is not (that is its admin's).
    With ``create`` False, an empty database is refused instead of made a library.
    """
    database_file, describe, name = location.file, location.describe(), location.display_name
    if database_file is not None and create:
        from jdeditor.store import library_creation

        if library_creation.is_blank(database_file):
            library_creation.create_library_file(database_file)
    try:
        with engine.connect() as connection:
            found = current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except DatabaseError as error:
        explained = explain(error, location)
        if explained is not None:
            raise explained from error
        if database_file is None:
            raise  # a server's failure we do not know: a bug, logged with its traceback
        raise library_error("library_damaged", location) from error
    if found == SCHEMA_HEAD:
        from jdeditor.store.integrity import quick_check_if_due

        quick_check_if_due(engine, location)
        return found
    if found is None and tables:
        from jdeditor.store import schema_repair

        found = schema_repair.repair_unversioned(engine, location, tables)
        if found == SCHEMA_HEAD:
            return found
        if found is None:  # an empty half-made library, set aside: make it anew
            return ensure_schema(engine, location, create=True)
    if found is None and not create:
        raise LibraryError(
            f"{describe} holds no JD Editor library (it is empty). To make it one, run "
            "`jdeditor db init` with the same --db.",
            "empty_database",
            name=name,
        )
    if found is not None and found not in migrating.known_revisions():
        raise LibraryError(
            f"{describe} was written by a newer version of JD Editor (schema {found}); "
            "this version cannot read it and has not changed it. Update JD Editor.",
            "newer_library",
            name=name,
        )
    if found is not None and database_file is not None:
        backup_file(database_file, f"before-upgrade-{found}")
    logger.info("migrating %s from %s to %s", describe, found, SCHEMA_HEAD)
    try:
        migrating.migrate(engine)
    except DatabaseError as error:  # e.g. a server user without the right to change tables
        explained = explain(error, location)
        if explained is None:
            raise
        raise explained from error
    return SCHEMA_HEAD
