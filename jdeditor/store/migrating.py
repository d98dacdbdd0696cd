"""The schema's version and its changes: the newest revision, the revision a database is
at, migrations in one transaction, and backups of a library file before one.

Below :mod:`jdeditor.store.schema` (which decides what opening a library does) and the
modules it calls on (:mod:`~jdeditor.store.library_creation`,
:mod:`~jdeditor.store.schema_repair`, :mod:`~jdeditor.store.integrity`), which all take
the revisions and the migration from here. Alembic is imported only when a migration or
the list of revisions is needed, never on the start-up path.
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


def known_revisions() -> set[str]:
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
