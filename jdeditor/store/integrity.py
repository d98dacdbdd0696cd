"""Is a library sound? A quick check when a library file opens, the full check of
``jdeditor db check``, and the check that a file is a JD Editor library before it is
restored.

SQLite's ``quick_check`` reads every page, whatever its limit on reported errors: 2 ms
for the seed library, 0.5 s for 20,000 postings (150 MB). So it runs when a library file
opens at most once a day (the day is remembered per file in ``integrity-checks.json`` in
the user's data folder), and not at all on open for files over
:data:`QUICK_CHECK_MAX_BYTES` (``db check`` checks those). ``jdeditor list`` pays it on its
first run of the day only.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from jdeditor.errors import LibraryError
from jdeditor.paths import data_dir
from jdeditor.store.failures import MESSAGES
from jdeditor.store.location import Location
from jdeditor.store.migrating import SCHEMA_HEAD, current_revision, known_revisions

logger = logging.getLogger(__name__)

QUICK_CHECK_MAX_BYTES = 512 * 1_048_576
STATE_FILE = "integrity-checks.json"
_REPORTED = 5  # problems named in a message


def _state_path() -> Path:
    return data_dir() / STATE_FILE


def _read_state() -> dict[str, str]:
    try:
        state = json.loads(_state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _remember(path: Path, day: str) -> None:
    state = _read_state()
    state[str(path)] = day
    target = _state_path()
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        partial.replace(target)
    except OSError:
        logger.warning("could not remember the integrity check of %s", path, exc_info=True)
        with contextlib.suppress(OSError):
            partial.unlink()


def quick_check_if_due(engine: Engine, location: Location, now: datetime | None = None) -> bool:
    """Run ``PRAGMA quick_check`` on a library file unless it ran today; whether it ran.

    Raises :class:`LibraryError` (kind ``library_damaged``) naming what SQLite found.
    """
    path = location.file
    if path is None:
        return False
    day = (now or datetime.now(UTC)).astimezone().date().isoformat()
    if _read_state().get(str(path)) == day:
        return False
    if path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        logger.info("%s is too big to check on every open: run `jdeditor db check`", path)
        return False
    with engine.connect() as connection:
        found = [row[0] for row in connection.exec_driver_sql(f"PRAGMA quick_check({_REPORTED})")]
    if found != ["ok"]:
        raise damaged(location, found)
    _remember(path, day)
    return True


def damaged(location: Location, problems: list[str]) -> LibraryError:
    where = location.describe()
    message = MESSAGES["library_damaged"].format(where=where)
    return LibraryError(
        f"{message} SQLite's check found: {'; '.join(problems[:_REPORTED])}. "
        "`jdeditor db check` tells more.",
        "library_damaged",
        name=location.display_name,
        folder=str(location.file.parent) if location.file is not None else "",
    )


def check_file(path: Path) -> list[str]:
    """Every problem of the SQLite library file ``path`` (an empty list: sound).

    SQLite's full ``integrity_check`` and ``foreign_key_check``, the schema version, and
    that the search index holds exactly the live postings.
    """
    if not path.is_file():
        return [f"there is no library file at {path}"]
    problems: list[str] = []
    connection = sqlite3.connect(path)
    try:
        try:
            found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error):
                return [f"not a readable database: {error}"]
            return [f"integrity: {error}"]
        if found != ["ok"]:
            problems += [f"integrity: {line}" for line in found]
        for table, rowid, parent, _index in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent}")
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None:
            problems.append("no schema version: not a JD Editor library")
            return problems
        if revision[0] not in known_revisions():
            problems.append(f"schema {revision[0]} is newer than this JD Editor knows")
        if "posting_fts" in tables:
            indexed = connection.execute("SELECT count(*) FROM posting_fts").fetchone()[0]
            live = connection.execute(
                "SELECT count(*) FROM postings WHERE deleted_at IS NULL"
            ).fetchone()[0]
            if indexed != live:
                problems.append(
                    f"the search index holds {indexed} postings, the library {live} "
                    "(rebuild it: `jdeditor db reindex`)"
                )
    finally:
        connection.close()
    return problems


def check_server(engine: Engine) -> list[str]:
    """Every problem of a library on a database server: its schema version, and that
    every table and index the schema declares (search indexes among them) exists."""
    from jdeditor.store.tables import metadata

    problems: list[str] = []
    with engine.connect() as connection:
        revision = current_revision(connection)
        if revision != SCHEMA_HEAD:
            problems.append(f"schema {revision}, not {SCHEMA_HEAD}")
        inspector = inspect(connection)
        present = set(inspector.get_table_names())
        for table in metadata.sorted_tables:
            if table.name not in present:
                problems.append(f"missing table: {table.name}")
                continue
            indexes = {index["name"] for index in inspector.get_indexes(table.name)}
            problems += [
                f"missing index: {index.name}"
                for index in table.indexes
                if index.name is not None and index.name not in indexes
            ]
        connection.execute(text("SELECT count(*) FROM postings")).scalar()
    return problems


def verify_library_file(path: Path) -> str:
    """The schema revision of the library file ``path``; raises :class:`LibraryError` if it
    is not a sound JD Editor library this version can open (before it is restored)."""
    if not path.is_file():
        raise LibraryError(f"{path} does not exist or is not a file.", "no_backup", name=str(path))
    problems = check_file(path)
    if problems:
        raise LibraryError(
            f"{path} is not a sound JD Editor library, so it was not restored: "
            f"{'; '.join(problems[:_REPORTED])}.",
            "bad_backup",
            name=str(path),
            problems="; ".join(problems[:_REPORTED]),
        )
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def refuse_if_in_use(path: Path) -> None:
    """Raise :class:`LibraryError` (kind ``library_busy``) if another connection has the
    library file open (JD Editor or a database tool).

    Leaving WAL mode needs the only connection to the file, so it is the probe; it also
    moves what the log holds into the file, so a file then set aside is complete.
    """
    if not path.is_file():
        return
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return  # not a database (damaged): opening it could touch the log beside it
    connection = sqlite3.connect(path, timeout=0)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise LibraryError(
                f"The library file {path} is open in JD Editor or another program. Close "
                "it there first; nothing was changed.",
                "library_busy",
                name=str(path),
            ) from error
    except sqlite3.DatabaseError:
        pass  # a damaged file: nobody can have it open usefully, and it is set aside
    finally:
        connection.close()
