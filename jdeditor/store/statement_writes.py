"""Bulk writes of the statements refresh (store/statements.py), per database.

A first refresh adds every wording of the library at once (about 130,000 for 10,000
generated postings), so these paths skip everything per row that the database does not
need: on SQLite the driver gets plain tuples, and when the rows added outnumber the rows
already there the secondary indexes of the table are dropped and made again after the
insert, inside the refresh's transaction (building an index from sorted rows is several
times quicker than keeping it up to date row by row; a reader sees the old schema and
rows until the commit, and a failure rolls the drop back with the rest). On PostgreSQL
the rows go through ``COPY`` (one stream instead of a round trip per batch), the new
statements' ids taken from their sequence first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

from jdeditor.store import sqlite
from jdeditor.store.tables import posting_statements, statement_sources, statements

Key = tuple[str, str, str]  # (kind, language, text)

# Fewer rows than this are added with the indexes kept (and through executemany on
# PostgreSQL): rebuilding an index costs the whole table.
BULK_ROWS = 5000

_STATEMENT_COLUMNS = "kind, language, text, postings, uses, preferred, starter, role"


def add_statements(
    connection: Connection, keys: Sequence[Key], counts: dict[Key, int]
) -> list[int]:
    """Insert new wordings (with their count of postings; not used, not preferred, not
    starter) and return their ids, in the order of ``keys``."""
    if not keys:
        return []
    if connection.dialect.name == "sqlite":
        return _sqlite_add_statements(connection, keys, counts)
    if connection.dialect.name == "postgresql" and len(keys) >= BULK_ROWS:
        return _postgres_add_statements(connection, keys, counts)
    values = [
        {
            "kind": kind,
            "language": language,
            "text": wording,
            "postings": counts.get((kind, language, wording), 0),
            "uses": 0,
            "preferred": False,
            "starter": False,
            "role": "",
        }
        for kind, language, wording in keys
    ]
    new_ids: list[int] = []
    for start in range(0, len(values), 2000):
        result = connection.execute(
            insert(statements).returning(statements.c.id, sort_by_parameter_order=True),
            values[start : start + 2000],
        )
        new_ids.extend(int(row[0]) for row in result)
    return new_ids


def add_links(connection: Connection, rows: Sequence[tuple[int, int]]) -> None:
    """``posting_statements`` rows ``(posting_id, statement_id)``."""
    _add_rows(connection, posting_statements, ("posting_id", "statement_id"), rows)


def add_sources(connection: Connection, rows: Sequence[tuple[int, int, int | None]]) -> None:
    """``statement_sources`` rows ``(posting_id, version, revision_id)``."""
    _add_rows(connection, statement_sources, ("posting_id", "version", "revision_id"), rows)


def _add_rows(
    connection: Connection,
    table: Table,
    names: tuple[str, ...],
    rows: Sequence[tuple[int | None, ...]],
) -> None:
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        with _indexes_rebuilt(connection, table, len(rows)):
            sqlite.insert_tuples(connection, table, names, rows)
        return
    if connection.dialect.name == "postgresql" and len(rows) >= BULK_ROWS:
        copy_rows(connection, table.name, names, rows)
        return
    for start in range(0, len(rows), 5000):
        connection.execute(
            insert(table),
            [dict(zip(names, row, strict=True)) for row in rows[start : start + 5000]],
        )


# SQLite ------------------------------------------------------------------------------


def _sqlite_add_statements(
    connection: Connection, keys: Sequence[Key], counts: dict[Key, int]
) -> list[int]:
    """As ``sqlite.insert_rows_returning_ids``: the first row takes the next id (and
    starts the transaction's write), the others the ids after it. Booleans are stored as
    SQLite stores them (0 and 1)."""
    sql = f"INSERT INTO statements (id, {_STATEMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, 0, 0, 0, '')"
    first = keys[0]
    first_id = connection.exec_driver_sql(
        f"INSERT INTO statements ({_STATEMENT_COLUMNS}) VALUES (?, ?, ?, ?, 0, 0, 0, '')",
        (*first, counts.get(first, 0)),
    ).lastrowid
    if first_id is None:
        raise RuntimeError("SQLite gave no id for a new statement")
    ids = list(range(first_id, first_id + len(keys)))
    if len(keys) > 1:
        with _indexes_rebuilt(connection, statements, len(keys)):
            connection.exec_driver_sql(
                sql,
                [
                    (statement_id, *key, counts.get(key, 0))
                    for statement_id, key in zip(ids[1:], keys[1:], strict=True)
                ],
            )
    return ids


@contextmanager
def _indexes_rebuilt(connection: Connection, table: Table, adding: int) -> Iterator[None]:
    """Drop ``table``'s secondary indexes for a large insert and make them again after
    it, when the rows added outnumber the rows there (SQLite, inside a transaction that
    has written already, so that the drop is part of it)."""
    raw: Any = connection.connection.dbapi_connection
    if adding < BULK_ROWS or not getattr(raw, "in_transaction", False):
        yield
        return
    # Only the model's indexes that the database has (made again exactly as the models
    # and the migrations make them; tests/store/test_migrations.py compares the two).
    present = set(
        connection.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :name"),
            {"name": table.name},
        )
    )
    indexes = sorted(
        (index for index in table.indexes if index.name in present),
        key=lambda index: str(index.name),
    )
    if not indexes or (connection.scalar(select(func.count()).select_from(table)) or 0) > adding:
        yield
        return
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


# PostgreSQL --------------------------------------------------------------------------


def _postgres_add_statements(
    connection: Connection, keys: Sequence[Key], counts: dict[Key, int]
) -> list[int]:
    """Take the ids from the table's sequence, then ``COPY`` the rows with them."""
    ids = [
        int(row[0])
        for row in connection.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('statements', 'id'))"
                " FROM generate_series(1, :count)"
            ),
            {"count": len(keys)},
        )
    ]
    copy_rows(
        connection,
        "statements",
        ("id", *_STATEMENT_COLUMNS.split(", ")),
        (
            (statement_id, *key, counts.get(key, 0), 0, False, False, "")
            for statement_id, key in zip(ids, keys, strict=True)
        ),
    )
    return ids


def copy_rows(connection: Connection, table: str, names: Sequence[str], rows: Any) -> None:
    """``COPY table (names) FROM STDIN`` with ``rows`` (psycopg 3), inside the caller's
    transaction."""
    raw: Any = connection.connection.dbapi_connection
    columns = ", ".join(names)
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
