"""Recognising a library file that an older JD Editor left half-made.

Before schema changes ran in one transaction, a process killed while creating a library
left a file with some or all of its tables but no schema version, which every later
open refused as "not a JD Editor library". Such a file holds only tables JD Editor makes
(at some schema revision). If it holds no postings it is set aside (kept beside the
library as ``NAME.half-made-STAMP``) and made anew; if it holds postings and its tables
are exactly those of one revision it is stamped with that revision (after a backup) and
upgraded as usual; otherwise it is refused with what is missing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import Connection, Engine, create_engine, inspect, text

from jdeditor.errors import LibraryError
from jdeditor.store import library_files, sqlite
from jdeditor.store.location import Location
from jdeditor.store.migrating import MIGRATIONS_DIR, backup_file, in_schema_transaction, migrate

logger = logging.getLogger(__name__)

Signature = dict[str, frozenset[str]]  # table: its columns
_FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def _is_shadow(table: str) -> bool:
    return "_fts" in table and table.endswith(_FTS_SHADOWS)


def signature(connection: Connection) -> Signature:
    """The tables (FTS5 shadow tables and the version table left out) and their columns."""
    inspector = inspect(connection)
    return {
        table: frozenset(column["name"] for column in inspector.get_columns(table))
        for table in inspector.get_table_names()
        if table != "alembic_version" and not _is_shadow(table)
    }


@cache
def revision_signatures() -> tuple[tuple[str, Signature], ...]:
    """Each known revision, oldest first, with the tables a SQLite library has at it."""
    from alembic.script import ScriptDirectory

    revisions = [script.revision for script in ScriptDirectory(MIGRATIONS_DIR).walk_revisions()]
    engine = create_engine("sqlite+pysqlite://")
    sqlite.configure_engine(engine)
    found = []
    try:
        for revision in reversed(revisions):
            migrate(engine, revision)
            with engine.connect() as connection:
                found.append((revision, signature(connection)))
    finally:
        engine.dispose()
    return tuple(found)


def foreign_database(location: Location) -> LibraryError:
    return LibraryError(
        f"{location.describe()} is a database, but not a JD Editor library (it has other "
        "tables). Choose another file, or make a new library with File › New Library….",
        "foreign_database",
        name=location.display_name,
    )


def repair_unversioned(engine: Engine, location: Location, tables: set[str]) -> str | None:
    """Deal with a database that has tables but no schema version.

    Returns the revision it was stamped with, or None when it held nothing and was set
    aside (the caller makes a new library). Raises for another program's database and
    for a half-made library with postings whose tables match no revision.
    """
    known = revision_signatures()
    ours = set().union(*(set(tables_at) for _, tables_at in known))
    visible = {table for table in tables if not _is_shadow(table)}
    if location.file is None or not visible or not visible <= ours:
        raise foreign_database(location)
    with engine.connect() as connection:
        actual = signature(connection)
        postings = (
            connection.execute(text("SELECT count(*) FROM postings")).scalar() or 0
            if "postings" in actual
            else 0
        )
    if postings == 0:
        engine.dispose()  # no pooled connection may keep the old file open
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        aside = library_files.set_aside(location.file, f"half-made-{stamp}")
        logger.warning("%s was half-made and empty: set aside as %s", location.file, aside)
        return None
    matches = [revision for revision, tables_at in known if tables_at == actual]
    if not matches:
        raise _unmatched(location, actual, known, postings)
    revision = matches[-1]
    backup_file(location.file, "before-repair")
    in_schema_transaction(engine, lambda connection: _stamp(connection, revision))
    logger.warning("%s had no schema version; its tables are those of %s", location, revision)
    return revision


def _stamp(connection: Connection, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS_DIR)
    config.attributes["connection"] = connection
    command.stamp(config, revision)


def _unmatched(
    location: Location, actual: Signature, known: tuple[tuple[str, Signature], ...], postings: int
) -> LibraryError:
    def distance(tables_at: Signature) -> int:
        names = set(tables_at) | set(actual)
        return sum(tables_at.get(name) != actual.get(name) for name in names)

    revision, nearest = min(known, key=lambda entry: distance(entry[1]))
    missing = sorted(set(nearest) - set(actual))
    extra = sorted(set(actual) - set(nearest))
    changed = sorted(name for name in set(nearest) & set(actual) if nearest[name] != actual[name])
    details = "; ".join(
        f"{label}: {', '.join(names)}"
        for label, names in (
            ("missing tables", missing),
            ("unexpected tables", extra),
            ("tables with other columns", changed),
        )
        if names
    )
    return LibraryError(
        f"{location.describe()} holds {postings} postings but no schema version, and its "
        f"tables match no JD Editor schema (nearest: {revision}; {details}). It was "
        "probably left half-made by a crash of an older version. It has not been changed: "
        "restore it from a backup, or ask for help with the file.",
        "unversioned_library",
        name=location.display_name,
        postings=str(postings),
        revision=revision,
        details=details,
    )
