"""Searching the statements, behind the same small interface on every database.

SQLite gets an FTS5 index, ``statement_fts`` (rowid = statement id), holding each
wording in the posting search's tokens (``search_tokens.document_text``: CJK runs as
bigrams), so a Chinese query of one, two or more characters and an English word or
prefix all go through the index. Wordings never change (a new wording is a new row), so
the index only ever gains rows. Any other database uses :class:`StatementLikeSearch`, a
scan of the statements table (not of the items) until it gets an index (issue 14).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    case,
    column,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
)
from sqlalchemy.sql.elements import TextClause

from jdeditor.store.search_tokens import (
    document_text,
    fold,
    fts_match_expression,
    literal_needles,
    query_terms,
)
from jdeditor.store.tables import statements

STATEMENT_FTS_TABLE = "statement_fts"

# Frozen: migration 0004 creates the index with exactly this statement.
STATEMENT_FTS_DDL_V1 = (
    f"CREATE VIRTUAL TABLE {STATEMENT_FTS_TABLE} USING fts5("
    "text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1')"
)


class StatementSearch(Protocol):
    def index(self, connection: Connection, rows: Sequence[tuple[int, str]]) -> None:
        """Add new statements ``(id, text)`` to the index."""

    def condition(self, query: str) -> ColumnElement[bool] | None:
        """A condition on ``statements`` for the query; None when the query has no words."""


@runtime_checkable
class CountingSearch(Protocol):
    """A search with a real index, for searches with many hits (statement_reading.page):
    it counts its hits cheaply and reads the hits among some statements without listing
    every hit."""

    def first_hits(
        self, connection: Connection, query: str, clauses: Sequence[ColumnElement[bool]]
    ) -> tuple[int, int]:
        """The index's first :data:`COUNT_WINDOW` hits for ``query`` (in id order): how
        many there are (every hit when there are fewer), and how many meet ``clauses``."""

    def capped_count(
        self,
        connection: Connection,
        query: str,
        clauses: Sequence[ColumnElement[bool]],
        cap: int,
        first: tuple[int, int] | None = None,
    ) -> int:
        """The statements matching ``query`` and ``clauses``, counted up to ``cap``;
        ``first``: what :meth:`first_hits` gave for them, when it was asked already."""

    def ranked(
        self,
        connection: Connection,
        query: str,
        columns: Sequence[ColumnElement[Any]],
        clauses: Sequence[ColumnElement[bool]],
        order: Sequence[ColumnElement[Any]],
        limit: int,
    ) -> list[Any]:
        """The first ``limit`` statements matching ``query`` and ``clauses`` in ``order``,
        read from the index's hits (each hit tested against ``clauses``)."""


# capped_count reads this many of the index's hits from each end (in id order) before it
# joins every hit: statements are numbered as a refresh meets them, so one kind's
# wordings can sit together at one end of the hits.
COUNT_WINDOW = 4000


def window_counts(
    connection: Connection,
    hit: ColumnElement[Any],
    matching: ColumnElement[bool] | TextClause,
    wanted: ColumnElement[bool],
    descending: bool = False,
) -> tuple[int, int]:
    """The first (or last) :data:`COUNT_WINDOW` of an index's hits, ``hit`` (a statement
    id) where ``matching``, by id: how many there are, and how many meet ``wanted``."""
    window = (
        select(hit.label("hit"))
        .where(matching)
        .order_by(hit.desc() if descending else hit)
        .limit(COUNT_WINDOW)
        .subquery()
    )
    read, met = connection.execute(
        select(func.count(), func.coalesce(func.sum(case((wanted, 1), else_=0)), 0)).select_from(
            window.join(statements, statements.c.id == window.c.hit)
        )
    ).one()
    return int(read), int(met)


def settled_count(window: tuple[int, int], cap: int) -> int | None:
    """The count up to ``cap`` that a window (``window_counts``) settles: it holds ``cap``
    hits that meet the conditions, or it holds every hit; None when it does not."""
    read, met = window
    return min(met, cap) if met >= cap or read < COUNT_WINDOW else None


def _matching(match: str) -> TextClause:
    return text(f"{STATEMENT_FTS_TABLE} MATCH :statement_match").bindparams(statement_match=match)


class StatementFtsSearch:
    def index(self, connection: Connection, rows: Sequence[tuple[int, str]]) -> None:
        if rows:
            connection.exec_driver_sql(
                f"INSERT INTO {STATEMENT_FTS_TABLE} (rowid, text) VALUES (?, ?)",
                [(statement_id, document_text(wording)) for statement_id, wording in rows],
            )

    def condition(self, query: str) -> ColumnElement[bool] | None:
        terms = query_terms(query)
        if not terms:
            return None
        matching = (
            select(text("rowid"))
            .select_from(text(STATEMENT_FTS_TABLE))
            .where(text(f"{STATEMENT_FTS_TABLE} MATCH :statement_match"))
            .params(statement_match=fts_match_expression(terms))
        )
        return statements.c.id.in_(matching.scalar_subquery())

    # For searches with many hits (statement_reading.page); SQLite only, like the index.

    def first_hits(
        self, connection: Connection, query: str, clauses: Sequence[ColumnElement[bool]]
    ) -> tuple[int, int]:
        """The first :data:`COUNT_WINDOW` hits (by id): how many, and how many meet
        ``clauses``. One scan of the index tells a search of many hits and, when it has
        few, gives its total; a prefix (``exper``) merges the lists of every word it
        starts (8 ms at 100,000 postings), so the index is read once for both."""
        return self._window(connection, self._match(query), and_(true(), *clauses), False)

    def capped_count(
        self,
        connection: Connection,
        query: str,
        clauses: Sequence[ColumnElement[bool]],
        cap: int,
        first: tuple[int, int] | None = None,
    ) -> int:
        """The statements matching ``query`` and ``clauses``, counted up to ``cap``, read
        from the index's hits (a join, which stops at the cap) rather than from a list of
        every hit. The first and the last :data:`COUNT_WINDOW` hits (by id) are tried
        first: when either holds ``cap`` statements that meet ``clauses`` (or the first
        holds every hit), the count is known without joining the hits in between.
        ``first`` is the first window's (``first_hits``), when it was read already."""
        match = self._match(query)
        wanted = and_(true(), *clauses)
        for descending in (False, True):
            window = first
            if window is None or descending:
                window = self._window(connection, match, wanted, descending)
            settled = settled_count(window, cap)
            if settled is not None:
                return settled
        fts = table(STATEMENT_FTS_TABLE, column("rowid"))
        capped = (
            select(literal_column("1"))
            .select_from(fts.join(statements, statements.c.id == fts.c.rowid))
            .where(_matching(match), *clauses)
            .limit(cap)
            .subquery()
        )
        return int(connection.scalar(select(func.count()).select_from(capped)) or 0)

    @staticmethod
    def _window(
        connection: Connection, match: str, wanted: ColumnElement[bool], descending: bool
    ) -> tuple[int, int]:
        fts = table(STATEMENT_FTS_TABLE, column("rowid"))
        return window_counts(connection, fts.c.rowid, _matching(match), wanted, descending)

    def ranked(
        self,
        connection: Connection,
        query: str,
        columns: Sequence[ColumnElement[Any]],
        clauses: Sequence[ColumnElement[bool]],
        order: Sequence[ColumnElement[Any]],
        limit: int,
    ) -> list[Any]:
        fts = table(STATEMENT_FTS_TABLE, column("rowid"))
        found = (
            select(*columns)
            .select_from(fts.join(statements, statements.c.id == fts.c.rowid))
            .where(_matching(self._match(query)), *clauses)
            .order_by(*order)
            .limit(limit)
        )
        return list(connection.execute(found))

    @staticmethod
    def _match(query: str) -> str:
        return fts_match_expression(query_terms(query))


class StatementLikeSearch:
    """Substring search of the wordings; folded with ``jd_fold`` on SQLite, ``lower()``
    plus the full-width form of the query elsewhere."""

    def __init__(self, fold_function: str | None = None) -> None:
        self._fold_function = fold_function

    def index(self, connection: Connection, rows: Sequence[tuple[int, str]]) -> None:
        return None

    def condition(self, query: str) -> ColumnElement[bool] | None:
        needles = literal_needles(query)
        if not needles:
            return None
        folded = getattr(func, self._fold_function or "lower")(statements.c.text)
        clauses: list[ColumnElement[bool]] = []
        for needle in needles:
            if self._fold_function is not None:
                forms = {fold(needle) or ""}
            else:
                forms = {needle.lower(), _full_width(needle.lower())}
            clauses.append(
                or_(false(), *(folded.like(f"%{_escape(form)}%", escape="\\") for form in forms))
            )
        condition = clauses[0]
        for clause in clauses[1:]:
            condition = condition & clause
        return condition


def has_statement_index(connection: Connection) -> bool:
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": STATEMENT_FTS_TABLE},
    ).first()
    return found is not None


def _full_width(value: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in value)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
