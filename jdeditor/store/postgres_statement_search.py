"""Statement search on PostgreSQL: the statements' wordings as ``tsvector``s in
``statement_search`` (GIN), made of the same tokens as SQLite's ``statement_fts`` so
that a query finds the same statements on both databases. The table is made and filled
by :func:`postgres_search.ensure` and kept in step by the statements' writes
(:meth:`PostgresStatementSearch.index`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import ColumnElement, Connection, and_, select, text, true

from jdeditor.store import statement_search as statement_index
from jdeditor.store import statement_writes
from jdeditor.store.postgres_query import matches, statement_search
from jdeditor.store.search import capped_count
from jdeditor.store.search_lexemes import query_literal, vector_literal
from jdeditor.store.search_tokens import query_terms
from jdeditor.store.tables import statements

_STATEMENT_HITS = statement_search.join(
    statements, statements.c.id == statement_search.c.statement_id
)


class PostgresStatementSearch:
    """The statements' wordings in ``statement_search`` (see the module's text)."""

    # statement_reading.page tells a search of many hits by its total (counted up to
    # the cap as for any search), not by a count of the index's hits: a count that
    # stops at 2,001 hits scans the table for a rare word (13 ms) or reads the GIN
    # entries of every gram a one-character prefix starts (数:*).
    counts_first = True

    # For searches with many hits (statement_reading.page), as ``StatementFtsSearch``: a
    # count that stops at the cap streams the GIN hits (or the table) only that far.

    def first_hits(
        self, connection: Connection, query: str, clauses: Sequence[ColumnElement[bool]]
    ) -> tuple[int, int]:
        """The first ``COUNT_WINDOW`` hits (by id): how many, and how many meet
        ``clauses`` (as ``StatementFtsSearch.first_hits``; ``page`` counts first here)."""
        return statement_index.window_counts(
            connection,
            statement_search.c.statement_id,
            self._hit(query, [])[0],
            and_(true(), *clauses),
        )

    def capped_count(
        self,
        connection: Connection,
        query: str,
        clauses: Sequence[ColumnElement[bool]],
        cap: int,
        first: tuple[int, int] | None = None,
    ) -> int:
        """The statements matching ``query`` and ``clauses``, counted up to ``cap``
        (from ``first``, :meth:`first_hits`'s answer, when that settles it)."""
        settled = None if first is None else statement_index.settled_count(first, cap)
        if settled is not None:
            return settled
        hits = self._hit(query, clauses)
        return capped_count(
            connection,
            select(statement_search.c.statement_id).select_from(_STATEMENT_HITS).where(*hits),
            cap,
        )

    def ranked(
        self,
        connection: Connection,
        query: str,
        columns: Sequence[ColumnElement[object]],
        clauses: Sequence[ColumnElement[bool]],
        order: Sequence[ColumnElement[object]],
        limit: int,
    ) -> list[object]:
        found = select(*columns).select_from(_STATEMENT_HITS).where(*self._hit(query, clauses))
        return list(connection.execute(found.order_by(*order).limit(limit)))

    @staticmethod
    def _hit(query: str, clauses: Sequence[ColumnElement[bool]]) -> list[ColumnElement[bool]]:
        literal = query_literal(query_terms(query)) or "''"
        return [matches(statement_search.c.document, literal), *clauses]

    def index(self, connection: Connection, rows: Sequence[tuple[int, str]]) -> None:
        """Index new statements. Many at once (a first refresh, a rebuild) go through
        ``COPY``: their ids were just given to rows that only this transaction wrote (or
        the table was just made), so none can be indexed already. The vectors are made
        while the rows stream, so the server indexes the first ones while the later ones
        are made."""
        if not rows:
            return
        documents = _statement_vectors(rows)
        if len(rows) >= statement_writes.BULK_ROWS:
            statement_writes.copy_rows(
                connection, "statement_search", ("statement_id", "document"), documents
            )
            return
        connection.execute(
            text(
                "INSERT INTO statement_search (statement_id, document)"
                " VALUES (:id, CAST(:document AS tsvector))"
                " ON CONFLICT (statement_id) DO NOTHING"
            ),
            [{"id": key, "document": document} for key, document in documents],
        )

    def condition(self, query: str) -> ColumnElement[bool] | None:
        literal = query_literal(query_terms(query))
        if literal is None:
            return None
        matching = select(statement_search.c.statement_id).where(
            matches(statement_search.c.document, literal)
        )
        return statements.c.id.in_(matching.scalar_subquery())


def _statement_vectors(rows: Sequence[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """``(id, tsvector literal)`` of each row, one vector per distinct wording."""
    vectors: dict[str, str] = {}
    for key, words in rows:
        vector = vectors.get(words)
        if vector is None:
            vector = vectors[words] = vector_literal([(words, "D")])
        yield key, vector
