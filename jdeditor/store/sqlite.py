"""Everything in the store that only SQLite does. Keep SQLite-only SQL in this module.

* connection set-up: foreign keys on, WAL journal (readers never wait for a writer),
  a busy timeout so a second window or process waits instead of failing at once;
* bulk ``INSERT``s straight through the driver (:func:`insert_rows`), for imports;
* the FTS5 search index ``posting_fts`` (with a one-character prefix index so that
  single-character queries stay fast), fed with the bigram text of
  :mod:`jdeditor.store.search_tokens` so that one- and two-character Chinese queries
  are found, which FTS5's own trigram tokenizer cannot do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    DateTime,
    Engine,
    Select,
    Table,
    TypeDecorator,
    event,
    func,
    literal_column,
    select,
    text,
)

from jdeditor.core.listing import PostingFilter
from jdeditor.errors import LibraryError
from jdeditor.store.search import (
    FOLD_FUNCTION,
    RankedIds,
    SearchDocument,
    capped_ids,
    count_cap,
    filter_clauses,
)
from jdeditor.store.search_tokens import document_text, fold, fts_match_expression, query_terms
from jdeditor.store.tables import postings

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

# bm25 column weights: a match in the title counts most, then header fields, then text.
_BM25 = f"bm25({FTS_TABLE}, 10.0, 3.0, 1.0)"


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


def _rows(documents: Iterable[SearchDocument]) -> list[tuple[int, str, str, str]]:
    return [
        (
            document.posting_id,
            document_text(document.title),
            document_text(document.fields),
            document_text(document.body),
        )
        for document in documents
    ]


_INSERT_TUPLES = f"INSERT INTO {FTS_TABLE} (rowid, title, fields, body) VALUES (?, ?, ?, ?)"
_DELETE = f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"
_MATCH_IDS = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"
# A filtered list walks the matches newest first, reading their postings, when the
# filter's hits are at least this many times the rows the page needs (see _newest).
_WALK_FACTOR = 10


def _among_hits() -> ColumnElement[bool]:
    """``postings.id IN (SELECT rowid FROM posting_fts WHERE posting_fts MATCH :match)``.

    For a filtered count or list. A join with the hits let SQLite flatten it, walk the
    filter's index and run the MATCH once per posting (38 s at 100,000 postings); ``IN``
    runs the MATCH once into a list and probes it, whichever side it starts from.
    """
    hits: Select[Any] = select(literal_column("rowid")).select_from(text(FTS_TABLE))
    return postings.c.id.in_(hits.where(text(f"{FTS_TABLE} MATCH :match")).scalar_subquery())


class SqliteFtsSearch:
    """Ranked search through the ``posting_fts`` index (rowid = posting id).

    The index holds live postings only: the trash is not searched. It keeps its own copy
    of the indexed text: a contentless index would be a third smaller, but forgetting a
    row then needs the exact values it indexed, and any mismatch corrupts the index.

    Ranking: bm25 over every match while there are at most :attr:`RANK_ALL_LIMIT`; a
    query so common that it matches more (岗位 in a big library) would spend most of its
    time scoring rows whose scores barely differ, so then title matches come first,
    ranked, and the other matches follow newest first. Both orders page cleanly.
    """

    RANK_ALL_LIMIT = 5000

    def index(self, connection: Connection, documents: Sequence[SearchDocument]) -> None:
        if documents:
            connection.exec_driver_sql(_INSERT_TUPLES, _rows(documents))

    def remove(self, connection: Connection, posting_ids: Sequence[int]) -> None:
        if posting_ids:
            connection.execute(text(_DELETE), [{"id": posting_id} for posting_id in posting_ids])

    def rebuild(self, connection: Connection, documents: Iterable[SearchDocument]) -> None:
        connection.execute(text(f"DELETE FROM {FTS_TABLE}"))
        batch: list[SearchDocument] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= 1000:
                self.index(connection, batch)
                batch = []
        self.index(connection, batch)
        connection.execute(text(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')"))

    def search(
        self, connection: Connection, query: str, where: PostingFilter, offset: int, limit: int
    ) -> RankedIds:
        terms = query_terms(query)
        if not terms:
            return RankedIds(0, [])
        match = fts_match_expression(terms)
        filtered = where if where != PostingFilter() else None
        cap = count_cap(self.RANK_ALL_LIMIT)
        if filtered is None:
            counted, among = self._count(connection, match, cap), None
        else:
            counted, among = self._filtered_hits(connection, match, filtered, cap)
        if counted <= self.RANK_ALL_LIMIT:
            ranked = self._by_bm25(connection, match, among, offset, limit)
        else:
            ranked = self._tiered(connection, match, filtered, counted, offset, limit)
        return capped_ids(counted, ranked)

    def _count(self, connection: Connection, match: str, cap: int) -> int:
        """The hits, counted up to ``cap`` (the index holds exactly the live postings)."""
        sql = f"SELECT count(*) FROM ({_MATCH_IDS} LIMIT :cap)"
        return connection.scalar(text(sql), {"match": match, "cap": cap}) or 0

    def _filtered_hits(
        self, connection: Connection, match: str, where: PostingFilter, cap: int
    ) -> tuple[int, str]:
        """The hits that pass the filter, counted up to ``cap``, and their ids as a JSON
        list, in one pass: ranking them then reads no posting again."""
        hits = select(postings.c.id).where(_among_hits(), *filter_clauses(where)).limit(cap)
        found = hits.subquery()
        listed = select(func.count(), func.group_concat(found.c.id)).select_from(found)
        counted, ids = connection.execute(listed, {"match": match}).one()
        return int(counted), f"[{ids or ''}]"

    def _by_bm25(
        self,
        connection: Connection,
        match: str,
        among: str | None,
        offset: int,
        limit: int,
    ) -> list[tuple[int, float]]:
        """Matches by bm25, best first; with ``among`` (a JSON list of ids: the filter's
        hits) only those. The index's scan tests each match against that list and scores
        only the ones in it (``+rowid``: not a lookup of each id in the index, which runs
        the MATCH once per id). Scoring every match and then joining ``postings`` to
        filter them scored four times as many rows and read a posting for each."""
        sql = f"SELECT rowid, {_BM25} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"
        values: dict[str, object] = {"match": match, "limit": limit, "offset": offset}
        if among is not None:
            sql += " AND +rowid IN (SELECT value FROM json_each(:among))"
            values["among"] = among
        sql += " ORDER BY score, rowid DESC LIMIT :limit OFFSET :offset"
        rows = connection.execute(text(sql), values).all()
        # bm25() is lower-is-better; the rest of the app ranks higher-is-better.
        return [(int(row[0]), -float(row[1])) for row in rows]

    def _tiered(
        self,
        connection: Connection,
        match: str,
        where: PostingFilter | None,
        counted: int,
        offset: int,
        limit: int,
    ) -> list[tuple[int, float]]:
        in_title = f"title : ({match})"
        # Counted as far as paging past them and choosing their order need.
        cap = max(self.RANK_ALL_LIMIT, offset + limit) + 1
        if where is None:
            title_total, among = self._count(connection, in_title, cap), None
        else:
            title_total, among = self._filtered_hits(connection, in_title, where, cap)
        results: list[tuple[int, float]] = []
        if offset < title_total:
            if title_total <= self.RANK_ALL_LIMIT:
                results = self._by_bm25(connection, in_title, among, offset, limit)
            else:
                results = self._newest(connection, in_title, where, title_total, offset, limit)
        rest_offset = max(0, offset - title_total)
        rest_limit = limit - len(results)
        if rest_limit > 0:
            rest = f"({match}) NOT ({in_title})"
            # At least this many: ``counted`` stops at the cap.
            at_least = counted - title_total
            results += self._newest(connection, rest, where, at_least, rest_offset, rest_limit)
        return results

    def _newest(
        self,
        connection: Connection,
        match: str,
        where: PostingFilter | None,
        at_least: int,
        offset: int,
        limit: int,
    ) -> list[tuple[int, float]]:
        """Matches newest first: FTS5 walks its lists backwards and stops at the limit.

        With a filter and (``at_least``) many hits, the walk reads each match's posting
        until the page is full: a few hundred rows (0.2 ms for 岗位 in one department at
        100,000 postings, against 23 ms for listing every match and sorting the filter's
        hits). When the filter's hits may be few, that walk could read every match (70 ms
        for a department with none), so the filter's index is walked instead, testing
        each posting against the list of matches."""
        if where is None:
            sql = f"{_MATCH_IDS} ORDER BY rowid DESC LIMIT :limit OFFSET :offset"
            rows = connection.execute(text(sql), {"match": match, "limit": limit, "offset": offset})
            return [(int(row[0]), 0.0) for row in rows]
        if at_least >= _WALK_FACTOR * (offset + limit):
            # ``+rowid``: the index cannot look up one posting's rowid, so it is the
            # outer loop, walking its matches backwards.
            rowid: ColumnElement[int] = literal_column(f"{FTS_TABLE}.rowid")
            query = (
                select(rowid)
                .select_from(text(FTS_TABLE))
                .where(
                    text(f"{FTS_TABLE} MATCH :match"),
                    postings.c.id == literal_column(f"+{FTS_TABLE}.rowid"),
                    *filter_clauses(where),
                )
                .order_by(rowid.desc())
            )
        else:
            query = (
                select(postings.c.id)
                .where(_among_hits(), *filter_clauses(where))
                .order_by(postings.c.id.desc())
            )
        page = query.offset(offset).limit(limit)
        return [(int(row[0]), 0.0) for row in connection.execute(page, {"match": match})]


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
