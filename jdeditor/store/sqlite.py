"""Everything in the store that only SQLite does. Keep SQLite-only SQL in this module.

* connection set-up: foreign keys on, WAL journal (readers never wait for a writer),
  a busy timeout so a second window or process waits instead of failing at once;
* bulk ``INSERT``s straight through the driver (:func:`insert_rows`), for imports;
* the FTS5 search index ``posting_fts`` (with a one-character prefix index so that
  single-character queries stay fast), fed with the bigram text of
  :mod:`jdeditor.store.search_tokens` so that one- and two-character Chinese queries
  are found, which FTS5's own trigram tokenizer cannot do; the search through it is
  :mod:`jdeditor.store.sqlite_search`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Mapping, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    DateTime,
    Engine,
    Table,
    TypeDecorator,
    event,
    text,
)

from jdeditor.errors import LibraryError
from jdeditor.store.search import (
    FOLD_FUNCTION,
)
from jdeditor.store.search_tokens import fold

BUSY_TIMEOUT_MS = 5000
FTS_TABLE = "posting_fts"

# Frozen: migration 0001 creates the index with exactly this statement. A different
# index needs a new constant and a new migration, never an edit here.
FTS_DDL_V1 = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "title, fields, body, "
    "tokenize = 'unicode61 remove_diacritics 2', "
    "prefix = '1')"
)


def configure_engine(engine: Engine) -> None:
    """Apply the connection settings every SQLite library connection needs."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if engine.url.database not in (None, "", ":memory:"):
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()


def fts5_available() -> bool:
    """Whether this Python's SQLite was built with FTS5 (nearly always; not guaranteed)."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()
    return True


def has_fts_index(connection: Connection) -> bool:
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    return found is not None


def _driver_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    ready: Collection[str] = (),
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The column names of ``rows`` and each row as a tuple of driver values.

    Each column's type converts its values as SQLAlchemy would (timestamps to text, JSON
    to a string), so that the rows stored are the same as through ``table.insert()``;
    the columns named in ``ready`` hold driver values already.
    """
    names = list(rows[0])
    if len(names) > 1:
        get = itemgetter(*names)
        values = [get(row) for row in rows]
    else:
        values = [(row[names[0]],) for row in rows]
    dialect = connection.dialect
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(names):
        if name in ready:
            continue
        column_type = table.c[name].type
        processor = column_type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            once = _is_timestamp(column_type)
            converters.append((index, _once_per_value(processor) if once else processor))
    if converters:
        converted: list[tuple[Any, ...]] = []
        for value in values:
            row = list(value)
            for index, convert in converters:
                row[index] = convert(row[index])
            converted.append(tuple(row))
        values = converted
    return names, values


def _is_timestamp(column_type: Any) -> bool:
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    return isinstance(column_type, DateTime)


def _once_per_value(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert``, run once for each distinct value: the rows of an import all carry the
    same time, and converting a timestamp (to UTC, then to text) 30,000 times took 0.07 s.
    Only for timestamps, where equal values (the same instant) give the same text."""
    memo: dict[Any, Any] = {}

    def convert_once(value: Any) -> Any:
        try:
            return memo[value]
        except KeyError:
            converted = memo[value] = convert(value)
            return converted

    return convert_once


def _insert_sql(table: Table, names: Sequence[str]) -> str:
    columns = ", ".join(f'"{name}"' for name in names)
    return f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'


def insert_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    ready: Collection[str] = (),
) -> None:
    """``connection.execute(table.insert(), rows)`` for many rows, several times quicker.

    Core's executemany builds and converts a parameter dictionary per row, which costs more
    than SQLite's own work for the short rows of items and sections (0.6 s of a 10,000-
    posting import). Here the driver gets one statement and plain tuples. Every row must
    have the same keys, as with Core; column defaults are not filled in, so the rows give
    every value. The columns named in ``ready`` hold what the column's type would
    make of the value (a snapshot's JSON text). Errors are SQLAlchemy's, as from
    ``execute``.
    """
    if rows:
        names, values = _driver_rows(connection, table, rows, ready)
        connection.exec_driver_sql(_insert_sql(table, names), values)


def insert_tuples(
    connection: Connection, table: Table, names: Sequence[str], values: Sequence[tuple[Any, ...]]
) -> None:
    """Insert rows given as tuples in the order of ``names``, for columns whose type does
    not convert values (integers and text): each value goes to the driver as it is.

    For the many short rows of sections and items, which then need no dictionary each.
    A column whose type converts values (a timestamp, JSON) is refused: use
    :func:`insert_rows`.
    """
    dialect = connection.dialect
    for name in names:
        if table.c[name].type.dialect_impl(dialect).bind_processor(dialect) is not None:
            raise ValueError(f"{table.name}.{name} converts its values: use insert_rows")
    if values:
        connection.exec_driver_sql(_insert_sql(table, names), values)


def insert_rows_returning_ids(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> list[int]:
    """Insert rows into a table with an ``INTEGER PRIMARY KEY id`` and return their ids.

    The first row takes the next id from SQLite (and this transaction the write lock, so no
    other writer comes between); the others are given the ids after it. An id in use (only
    possible if SQLite had to pick a random id because the largest one was taken) fails the
    statement, and the caller's transaction writes nothing.
    """
    if not rows:
        return []
    if "id" in rows[0]:
        raise ValueError("rows given their own ids: use insert_rows")
    names, values = _driver_rows(connection, table, rows)
    first_id = connection.exec_driver_sql(_insert_sql(table, names), values[0]).lastrowid
    if first_id is None:
        raise RuntimeError(f"SQLite gave no id for the new row of {table.name}")
    ids = list(range(first_id, first_id + len(values)))
    if len(values) > 1:
        connection.exec_driver_sql(
            _insert_sql(table, ["id", *names]),
            [(posting_id, *value) for posting_id, value in zip(ids[1:], values[1:], strict=True)],
        )
    return ids


def backup_database(engine: Engine, target: Path) -> None:
    """A consistent copy of a live SQLite library (WAL included) through SQLite's backup API.

    The copy is made under a temporary name and renamed, so a failed backup leaves nothing.
    """
    partial = target.with_name(target.name + ".partial")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise LibraryError(
            f"Could not write the backup {target}: {error}. Check that the folder exists, "
            "is writable and has space."
        ) from error
    finally:
        raw.close()
