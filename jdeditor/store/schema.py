"""Opening a library database: create it, migrate it, or refuse it.

Opening is on the start-up path, so the common case (the schema is current) costs one
small query and never imports Alembic. Only a new or older database loads the
migration scripts; an older *file* is first copied to a timestamped backup beside it.
A database whose schema this version does not know was written by a newer JD Editor
and is refused untouched.
"""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError

from jdeditor.errors import LibraryError
from jdeditor.paths import migrations_dir
from jdeditor.store.failures import explain, library_error
from jdeditor.store.location import Location

logger = logging.getLogger(__name__)

# The newest migration. tests/store/test_migrations.py checks it against the scripts.
SCHEMA_HEAD = "0005"
# Alembic scripts live inside the package so that they ship with it (and in the frozen app,
# where build_app.spec bundles them as files); paths.py says where.
MIGRATIONS_DIR = str(migrations_dir())


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database, or None if it has none."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(MIGRATIONS_DIR)
    return {script.revision for script in scripts.walk_revisions()}


def _upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS_DIR)
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def backup_file(database: Path, reason: str) -> Path:
    """Copy a SQLite library (and its WAL) to ``NAME.REASON-YYYYmmdd-HHMMSS.bak`` beside it."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.{reason}-{stamp}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = database.with_name(f"{database.name}.{reason}-{stamp}-{counter}.bak")
    try:
        shutil.copy2(database, target)
    except OSError as error:
        raise LibraryError(
            f"Could not back up the library {database} to {target}: {error.strerror}. "
            "Free some disk space or make the folder writable, then open it again.",
            "backup_failed",
            name=str(database),
            target=str(target),
            reason=str(error.strerror),
        ) from error
    logger.info("backed up %s to %s", database, target)
    return target


def ensure_schema(engine: Engine, location: Location, create: bool = True) -> str:
    """Bring the database to the current schema and return the revision it is at.

    A SQLite file is backed up before an upgrade; a server is not (that is its admin's).
    With ``create`` False, an empty database is refused instead of made a library.
    """
    database_file, describe, name = location.file, location.describe(), location.display_name
    try:
        with engine.connect() as connection:
            found = current_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
    except DatabaseError as error:
        explained = explain(error, location)
        if explained is not None:
            raise explained from error
        if database_file is None:
            raise  # a server's failure we do not know: a bug, logged with its traceback
        raise library_error("library_damaged", location) from error
    if found == SCHEMA_HEAD:
        return found
    if found is None and has_tables:
        raise LibraryError(
            f"{describe} is a database, but not a JD Editor library (it has other tables). "
            "Choose another file, or make a new library with File › New Library….",
            "foreign_database",
            name=name,
        )
    if found is None and not create:
        raise LibraryError(
            f"{describe} holds no JD Editor library (it is empty). To make it one, run "
            "`jdeditor db init` with the same --db.",
            "empty_database",
            name=name,
        )
    if found is not None and found not in _known_revisions():
        raise LibraryError(
            f"{describe} was written by a newer version of JD Editor (schema {found}); "
            "this version cannot read it and has not changed it. Update JD Editor.",
            "newer_library",
            name=name,
        )
    if found is not None and database_file is not None:
        backup_file(database_file, f"before-upgrade-{found}")
    logger.info("migrating %s from %s to %s", describe, found, SCHEMA_HEAD)
    with engine.begin() as connection:
        _upgrade(connection)
    return SCHEMA_HEAD
