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
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError

from jdeditor.errors import LibraryError
from jdeditor.paths import migrations_dir
from jdeditor.store.failures import explain, library_error
from jdeditor.store.location import Location

logger = logging.getLogger(__name__)

# The newest migration. tests/store/test_migrations.py checks it against the scripts.
SCHEMA_HEAD = "0006"
# Alembic scripts live inside the package so that they ship with it (and in the frozen app,
# where build_app.spec bundles them as files); paths.py says where.
MIGRATIONS_DIR = str(migrations_dir())
# Two JD Editor processes migrating one PostgreSQL library take turns on this lock.
_PG_SCHEMA_LOCK = 0x4A44_5343  # "JDSC"
_T = TypeVar("_T")


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


def migrate(engine: Engine, target: str = "head") -> str | None:
    """Upgrade the database to ``target`` in one transaction; return the revision found.

    The revision is read again inside the transaction, so a second process that waited
    for the first one's migration finds the work done and changes nothing.
    """

    def upgrade(connection: Connection) -> str | None:
        found = current_revision(connection)
        if found != SCHEMA_HEAD or target != "head":
            _upgrade(connection, target)
        return found

    return in_schema_transaction(engine, upgrade)


def in_schema_transaction(engine: Engine, work: Callable[[Connection], _T]) -> _T:
    """Run ``work`` (schema statements included) in one transaction: all or nothing."""
    with engine.connect() as outer:
        if engine.dialect.name == "sqlite":
            # The driver must not manage transactions here: in its default mode it starts
            # one only before INSERT/UPDATE/DELETE, so each CREATE TABLE would commit alone.
            connection = outer.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                result = work(connection)
                connection.exec_driver_sql("COMMIT")
            except BaseException:
                _rollback(connection)
                raise
            return result
        with outer.begin():
            if engine.dialect.name == "postgresql":
                outer.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_SCHEMA_LOCK})
            return work(outer)


def _rollback(connection: Connection) -> None:
    try:
        connection.exec_driver_sql("ROLLBACK")
    except DatabaseError:
        logger.warning("rolling back a failed migration failed", exc_info=True)


def backup_file(database: Path, reason: str) -> Path:
    """Back a SQLite library up to ``NAME.REASON-YYYYmmdd-HHMMSS.bak`` beside it.

    Through SQLite's online backup API, so pages still in the write-ahead log are in the
    copy; the copy is written under a temporary name and renamed.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.{reason}-{stamp}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = database.with_name(f"{database.name}.{reason}-{stamp}-{counter}.bak")
    try:
        copy_database(database, target)
    except (OSError, sqlite3.Error) as error:
        reason_text = getattr(error, "strerror", None) or str(error)
        raise LibraryError(
            f"Could not back up the library {database} to {target}: {reason_text}. "
            "Free some disk space or make the folder writable, then open it again.",
            "backup_failed",
            name=str(database),
            target=str(target),
            reason=reason_text,
        ) from error
    logger.info("backed up %s to %s", database, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database ``source`` (its WAL included) to the new file ``target``,
    through SQLite's backup API; written as ``target.partial`` and renamed."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    reader = sqlite3.connect(source)
    try:
        writer = sqlite3.connect(partial)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        reader.close()


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
    try:
        migrate(engine)
    except DatabaseError as error:  # e.g. a server user without the right to change tables
        explained = explain(error, location)
        if explained is None:
            raise
        raise explained from error
    return SCHEMA_HEAD
