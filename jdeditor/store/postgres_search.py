"""Full-text search on PostgreSQL: the same tokens as SQLite's index, in ``tsvector``s.

``posting_search`` holds one row per live posting: ``document`` (title weight A, header
fields B, body D) and ``title`` alone, each a ``tsvector`` with a GIN index. The tokens
are SQLite's (``search_tokens.document_text``: CJK runs as bigrams), split in Python as
FTS5's ``unicode61`` splits them (``store/search_lexemes.py``), so a query finds the
same postings on both databases. ``statement_search`` does the same for the statements'
wordings. Both are PostgreSQL-only objects outside the migrations: :func:`ensure`
creates and fills them when a library opens (an existing library made before they
existed gets them then), under an advisory lock so that two processes opening at once
do not race, and marks them with :data:`VERSION` (a table comment) so that a later
change of the tokens rebuilds them. They are kept in step inside each write's own
transaction (the writer calls :meth:`PostgresSearch.index` and ``remove``).

Filtered searches are ``store/postgres_filtered.py``, the statement search
``store/postgres_statement_search.py``; the query pieces they share with this module
are ``store/postgres_query.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, Connection, Engine, bindparam, select, text
from sqlalchemy.exc import DBAPIError

from jdeditor.core.listing import PostingFilter
from jdeditor.store.postgres_filtered import filtered_search
from jdeditor.store.postgres_query import (
    COUNT_PLANS,
    PAGE_PLANS,
    filtered,
    hit_tests,
    matches,
    posting_search,
    score,
)
from jdeditor.store.postgres_statement_search import PostgresStatementSearch
from jdeditor.store.search import RankedIds, SearchDocument, capped_count, capped_ids, count_cap
from jdeditor.store.search_lexemes import query_literal, vector_literal
from jdeditor.store.search_tokens import query_terms
from jdeditor.store.tables import postings, statements

log = logging.getLogger(__name__)

VERSION = "jdeditor search v3"  # change it when the tokens change: the tables are rebuilt
_LOCK_KEY = 0x4A44_5345  # pg_advisory_xact_lock key for creating the search tables

_POSTING_DDL = (
    "CREATE TABLE posting_search ("
    " posting_id integer PRIMARY KEY REFERENCES postings (id) ON DELETE CASCADE,"
    " title tsvector NOT NULL, document tsvector NOT NULL)",
    # Stored as they are, outside the row: ranking reads each hit's vector (~7 KB), and
    # decompressing one (pglz, the default) cost 40 µs of the 45 µs that read took.
    "ALTER TABLE posting_search ALTER COLUMN document SET STORAGE EXTERNAL",
    "CREATE INDEX ix_posting_search_document ON posting_search USING gin (document)",
    "CREATE INDEX ix_posting_search_title ON posting_search USING gin (title)",
    f"COMMENT ON TABLE posting_search IS '{VERSION}'",
)
_STATEMENT_DDL = (
    "CREATE TABLE statement_search ("
    " statement_id integer PRIMARY KEY REFERENCES statements (id) ON DELETE CASCADE,"
    " document tsvector NOT NULL)",
    "CREATE INDEX ix_statement_search_document ON statement_search USING gin (document)",
    f"COMMENT ON TABLE statement_search IS '{VERSION}'",
)
_BATCH = 1000


def _current(connection: Connection, name: str) -> bool:
    found = connection.scalar(
        text("SELECT obj_description(to_regclass(:name), 'pg_class')"), {"name": name}
    )
    return bool(found == VERSION)


def ensure(engine: Engine) -> bool:
    """Create and fill the search tables when missing or made by another version.

    False when they are missing and this user may not create them (a read-only role):
    the caller then searches without them.
    """
    with engine.connect() as connection:
        if _current(connection, "posting_search") and _current(connection, "statement_search"):
            return True
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
            if not _current(connection, "posting_search"):
                log.info("building the PostgreSQL search index of postings")
                connection.execute(text("DROP TABLE IF EXISTS posting_search"))
                for statement in _POSTING_DDL:
                    connection.execute(text(statement))
                PostgresSearch().rebuild(connection, _live_documents(connection))
            if not _current(connection, "statement_search"):
                connection.execute(text("DROP TABLE IF EXISTS statement_search"))
                for statement in _STATEMENT_DDL:
                    connection.execute(text(statement))
                _fill_statements(connection)
    except DBAPIError as error:
        if "permission denied" not in str(error).lower():
            raise
        log.warning("no search index on this PostgreSQL library and no right to make one")
        return False
    return True


def _live_documents(connection: Connection) -> Iterable[SearchDocument]:
    from jdeditor.store.reading import chunks, load
    from jdeditor.store.search import search_document

    ids = list(connection.scalars(select(postings.c.id).where(postings.c.deleted_at.is_(None))))
    for chunk in chunks(ids):
        for posting in load(connection, chunk):
            yield search_document(posting.id or 0, posting)


def _fill_statements(connection: Connection) -> None:
    rows = connection.execute(select(statements.c.id, statements.c.text)).all()
    search = PostgresStatementSearch()
    for start in range(0, len(rows), 50 * _BATCH):
        search.index(
            connection, [(int(row[0]), row[1]) for row in rows[start : start + 50 * _BATCH]]
        )


def _document_row(document: SearchDocument) -> dict[str, object]:
    return {
        "posting_id": document.posting_id,
        "title": vector_literal([(document.title, "D")], starts=True),
        "document": vector_literal(
            [(document.title, "A"), (document.fields, "B"), (document.body, "D")], starts=True
        ),
    }


_UPSERT = text(
    "INSERT INTO posting_search (posting_id, title, document)"
    " VALUES (:posting_id, CAST(:title AS tsvector), CAST(:document AS tsvector))"
    " ON CONFLICT (posting_id) DO UPDATE"
    " SET title = excluded.title, document = excluded.document"
)


class PostgresSearch:
    """Ranked search through ``posting_search`` (live postings only, like SQLite's).

    Ranking: ``ts_rank`` (title weighted most) over every match while there are at most
    :attr:`RANK_ALL_LIMIT`; above that, title matches first (ranked), then the others
    newest first, as on SQLite. With a filter: ``store/postgres_filtered.py``.
    """

    RANK_ALL_LIMIT = 2000

    def index(self, connection: Connection, documents: Sequence[SearchDocument]) -> None:
        for start in range(0, len(documents), _BATCH):
            rows = [_document_row(document) for document in documents[start : start + _BATCH]]
            connection.execute(_UPSERT, rows)

    def remove(self, connection: Connection, posting_ids: Sequence[int]) -> None:
        if posting_ids:
            connection.execute(
                posting_search.delete().where(
                    posting_search.c.posting_id.in_(bindparam("ids", expanding=True))
                ),
                {"ids": list(posting_ids)},
            )

    def rebuild(self, connection: Connection, documents: Iterable[SearchDocument]) -> None:
        connection.execute(text("DELETE FROM posting_search"))
        batch: list[SearchDocument] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= _BATCH:
                self.index(connection, batch)
                batch = []
        self.index(connection, batch)
        connection.execute(text("ANALYZE posting_search"))

    def search(
        self, connection: Connection, query: str, where: PostingFilter, offset: int, limit: int
    ) -> RankedIds:
        literal = query_literal(query_terms(query), starts=True)
        if literal is None:
            return RankedIds(0, [])
        filtered = where if where != PostingFilter() else None
        # The planner prices a match as cheap and scans the table for a common word,
        # reading every posting's vector (50 ms at 10,000); the GIN index answers it
        # without reading one. For this read's transaction only (the rest of a search
        # reads postings by id); not set back, which would cost a round trip. Index
        # scans are off for the counts (see _count) and on again for the pages.
        connection.execute(COUNT_PLANS)
        return self._search(connection, literal, filtered, offset, limit)

    def _search(
        self,
        connection: Connection,
        literal: str,
        filtered: PostingFilter | None,
        offset: int,
        limit: int,
    ) -> RankedIds:
        if filtered is not None:
            return filtered_search(
                connection, literal, filtered, offset, limit, self.RANK_ALL_LIMIT
            )
        document, title = posting_search.c.document, posting_search.c.title
        counted = self._count(
            connection, document, literal, filtered, count_cap(self.RANK_ALL_LIMIT)
        )
        if counted <= self.RANK_ALL_LIMIT:
            return capped_ids(counted, self._ranked(connection, literal, filtered, offset, limit))
        # Counted as far as paging past them and choosing their order need.
        cap = max(self.RANK_ALL_LIMIT, offset + limit) + 1
        title_total = self._count(connection, title, literal, filtered, cap)
        connection.execute(PAGE_PLANS)
        results: list[tuple[int, float]] = []
        if offset < title_total:
            if title_total <= self.RANK_ALL_LIMIT:
                results = self._ranked(connection, literal, filtered, offset, limit, True)
            else:
                results = self._newest(connection, literal, filtered, offset, limit, True)
        rest_limit = limit - len(results)
        if rest_limit > 0:
            rest_offset = max(0, offset - title_total)
            results += self._newest(connection, literal, filtered, rest_offset, rest_limit)
        return capped_ids(counted, results)

    def _count(
        self,
        connection: Connection,
        vector: ColumnElement[object],
        literal: str,
        where: PostingFilter | None,
        cap: int,
    ) -> int:
        """The matches, counted up to ``cap``: the GIN index gives every match at once,
        but counting them visits each row (70,000 for 岗位: 35-50 ms), and a count that
        stops at the cap visits a few pages.

        With a filter and a LIMIT the planner would walk both primary keys in step (a
        merge join), testing each posting's vector on the way: 180 ms for 岗位 in one
        department at 100,000 postings. Without index scans it hashes the filter's
        postings and streams the GIN hits past them, stopping at the cap (19 ms)."""
        clauses = [matches(vector, literal), *filtered(where)]
        hits = select(posting_search.c.posting_id).where(*clauses)
        return capped_count(connection, hits, cap)

    def _ranked(
        self,
        connection: Connection,
        literal: str,
        where: PostingFilter | None,
        offset: int,
        limit: int,
        in_title: bool = False,
    ) -> list[tuple[int, float]]:
        vector = posting_search.c.title if in_title else posting_search.c.document
        rank = score(literal)
        clauses = [matches(vector, literal), *filtered(where)]
        query = (
            select(posting_search.c.posting_id, rank)
            .where(*clauses)
            .order_by(rank.desc(), posting_search.c.posting_id.desc())
            .offset(offset)
            .limit(limit)
        )
        rows = connection.execute(query).all()
        return [(int(row[0]), float(row[1])) for row in rows]

    def _newest(
        self,
        connection: Connection,
        literal: str,
        where: PostingFilter | None,
        offset: int,
        limit: int,
        in_title: bool = False,
    ) -> list[tuple[int, float]]:
        clauses = hit_tests(literal, in_title) + filtered(where)
        query = (
            select(posting_search.c.posting_id)
            .where(*clauses)
            .order_by(posting_search.c.posting_id.desc())
            .offset(offset)
            .limit(limit)
        )
        return [(int(row[0]), 0.0) for row in connection.execute(query)]
