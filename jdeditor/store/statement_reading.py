"""Reading the statements: pages, one entry, the wordings for families, who uses them."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
    true,
)

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.statements.catalog import StatementEntry, StatementPage
from jdeditor.store import statement_search
from jdeditor.store.statement_head import Head, HeadCache, rank_order
from jdeditor.store.statement_match import StatementMatcher
from jdeditor.store.statement_search import CountingSearch, StatementSearch
from jdeditor.store.tables import posting_statements, postings, statements

_ENTRY_COLUMNS = (
    statements.c.id,
    statements.c.kind,
    statements.c.language,
    statements.c.text,
    statements.c.postings,
    statements.c.uses,
    statements.c.preferred,
    statements.c.starter,
    statements.c.role,
)


def _entry(row: Any) -> StatementEntry:
    return StatementEntry(
        id=int(row[0]),
        kind=SectionKind(row[1]),
        language=Language(row[2]),
        text=row[3],
        postings=int(row[4]),
        uses=int(row[5]),
        preferred=bool(row[6]),
        starter=bool(row[7]),
        role=row[8],
    )


def visible(include_starter: bool) -> ColumnElement[bool]:
    """Wordings a live posting uses, and (if asked) the starter set's."""
    if include_starter:
        return or_(statements.c.postings > 0, statements.c.starter.is_(True))
    return statements.c.postings > 0


# The total is exact up to this many statements; beyond it a page says "1,000+".
TOTAL_CAP = 1000
# A search with more index hits than this counts its total from the index's hits (a
# join that stops at the cap) rather than from a list of every hit.
MANY_HITS = 2000
# Such a search takes the head's hits (preferred, or used more than once) from the head
# kept in memory (statement_head), in page order, and walks the tail (the rest, in text
# order) for the remainder, testing each wording in Python (statement_match); it sorts
# every hit only when that walk gives no full page within TAIL_ROWS statements. Without
# a head in memory, it first walks WALK_ROWS statements from the top, then reads the
# head's hits from the index, sorted.
WALK_ROWS = 3000
TAIL_ROWS = 3000
_WALK_BATCH = 500


def page(
    connection: Connection,
    search: StatementSearch,
    kind: SectionKind | None,
    query: str,
    language: Language | None,
    include_starter: bool,
    offset: int,
    limit: int,
    heads: HeadCache | None = None,
) -> StatementPage:
    """Most-used first: preferred, then postings + uses, then the text. The total is
    counted up to :data:`TOTAL_CAP` (``total_exact`` False beyond it). ``heads``: the
    library's head kept in memory, for searches with many hits."""
    clauses: list[ColumnElement[bool]] = [visible(include_starter)]
    if language is not None:
        clauses.append(statements.c.language == language.value)
    searching = bool(query.strip())
    counting: CountingSearch | None = None
    condition: ColumnElement[bool] = true()
    if searching:
        found = search.condition(query)
        if found is None:
            return StatementPage(0, [])
        condition = found
    walk_clauses = list(clauses)  # what a walked statement must meet (below)
    if kind is not None:
        # With a search of few hits, ``kind || ''`` keeps the planner off the kind's
        # indexes: starting from the search's hits is quick, where walking every statement
        # of the kind and probing the hits is not.
        kind_column = statements.c.kind + "" if searching else statements.c.kind
        clauses.append(kind_column == kind.value)
    counted: int | None = None
    first: tuple[int, int] | None = None
    if searching and isinstance(search, CountingSearch):
        if getattr(search, "counts_first", False):
            # PostgreSQL: the total, counted as for few hits, tells a search of many
            # hits (a count of the index's hits alone is no quicker there). Within a
            # kind, where that count is dear (30-60 ms for 数: the planner scans the
            # statements and probes each one's vector), a head kept in memory that
            # holds more than the cap answers first.
            where = and_(true(), *walk_clauses)
            if kind is not None and _head_holds(connection, heads, kind, query, where):
                counted = TOTAL_CAP + 1
            else:
                counted = _capped(connection, and_(true(), *clauses, condition))
            if counted > TOTAL_CAP:
                counting = search
        else:
            # The first window of the index's hits tells a search of many hits and, when
            # it holds every hit, gives the total.
            first = search.first_hits(connection, query, clauses)
            if first[0] > MANY_HITS or first[0] >= statement_search.COUNT_WINDOW:
                counting = search
            else:
                counted = min(first[1], TOTAL_CAP + 1)
    if counting is not None:
        total = counted
        if total is None:
            total = counting.capped_count(connection, query, clauses, TOTAL_CAP + 1, first)
        rows = _many_hits(
            connection, counting, query, kind, clauses, walk_clauses, offset, limit, heads
        )
        if rows is None:
            rows = _sorted(connection, and_(true(), *clauses, condition), offset, limit)
    else:
        if searching:
            clauses.append(condition)
        where = and_(true(), *clauses)
        total = counted if counted is not None else _capped(connection, where)
        rows = _sorted(connection, where, offset, limit)
    exact = total <= TOTAL_CAP
    return StatementPage(min(total, TOTAL_CAP), [_entry(row) for row in rows], exact)


def _head_holds(
    connection: Connection,
    heads: HeadCache | None,
    kind: SectionKind | None,
    query: str,
    where: ColumnElement[bool],
) -> bool:
    """Whether the head kept in memory holds more than :data:`TOTAL_CAP` hits that
    meet ``where`` (its first ``TOTAL_CAP + 1`` hits, counted in one read by id); False
    when no head is kept or it may not."""
    kind_value = None if kind is None else kind.value
    head = None if heads is None else heads.head(connection, kind_value, build=False)
    matcher = StatementMatcher.for_query(query)
    if head is None or matcher is None:
        return False
    ids = list(itertools.islice(head.hits(matcher), TOTAL_CAP + 1))
    if len(ids) <= TOTAL_CAP:
        return False
    met = connection.scalar(
        select(func.count()).select_from(statements).where(statements.c.id.in_(ids), where)
    )
    return (met or 0) > TOTAL_CAP


def _capped(connection: Connection, where: ColumnElement[bool]) -> int:
    """The statements meeting ``where``, counted up to ``TOTAL_CAP + 1``."""
    capped = select(literal_column("1")).where(where).limit(TOTAL_CAP + 1).subquery()
    return connection.scalar(select(func.count()).select_from(capped)) or 0


def _head() -> ColumnElement[bool]:
    """The statements above the tail: preferred, or used more than once. The tail (not
    preferred, used once or never) comes after all of them, in text order."""
    return or_(statements.c.preferred.is_(True), (statements.c.postings + statements.c.uses) > 1)


def _tail() -> ColumnElement[bool]:
    return and_(statements.c.preferred == false(), (statements.c.postings + statements.c.uses) <= 1)


def _many_hits(
    connection: Connection,
    search: CountingSearch,
    query: str,
    kind: SectionKind | None,
    clauses: list[ColumnElement[bool]],
    walk_clauses: list[ColumnElement[bool]],
    offset: int,
    limit: int,
    heads: HeadCache | None = None,
) -> list[Any] | None:
    """The page of a search with many hits, without sorting every hit; None when the
    walks give no full page within :data:`WALK_ROWS` (:data:`TAIL_ROWS`) statements."""
    matcher = StatementMatcher.for_query(query)
    if matcher is None:
        return None
    where = and_(true(), *walk_clauses)
    wanted = offset + limit
    kind_value = None if kind is None else kind.value
    # A head kept in memory gives the head's hits at once; without one, the walk from
    # the top (which often gives the page) comes first, and only when it gives up is the
    # head read (40-130 ms of CPU at 100,000 postings, once per state of the library).
    head = None if heads is None else heads.head(connection, kind_value, build=False)
    if head is None:
        walked = _walked(connection, matcher, kind, where, offset, limit)
        if walked is not None:
            return walked
        head = None if heads is None else heads.head(connection, kind_value)
    if head is not None:
        return _from_head(connection, head, matcher, kind, where, offset, limit)
    # The walk met too few hits near the top (English words in a Chinese library): the
    # head's hits come from the index, sorted; the tail's first hits from a walk of the
    # tail alone, which starts in text order right after the head.
    ranked = search.ranked(
        connection, query, _ENTRY_COLUMNS, [*clauses, _head()], rank_order(), wanted
    )
    if len(ranked) >= wanted:
        return ranked[offset:wanted]
    tail = _walked(connection, matcher, kind, where, 0, wanted - len(ranked), _tail(), TAIL_ROWS)
    if tail is None:
        return None
    return [*ranked, *tail][offset:wanted]


def _head_rows(
    connection: Connection,
    head: Head,
    matcher: StatementMatcher,
    where: ColumnElement[bool],
    wanted: int,
) -> list[Any]:
    """The first ``wanted`` hits of the head in memory (in page order; the other
    conditions, ``where``, checked as their rows are read), or all of them."""
    rows: list[Any] = []
    hits = head.hits(matcher)
    while len(rows) < wanted:
        batch = list(itertools.islice(hits, max(wanted - len(rows), _WALK_BATCH // 10)))
        if not batch:
            break
        rows.extend(_by_ids(connection, batch, where))
    return rows[:wanted]


def _from_head(
    connection: Connection,
    head: Head,
    matcher: StatementMatcher,
    kind: SectionKind | None,
    where: ColumnElement[bool],
    offset: int,
    limit: int,
) -> list[Any] | None:
    """The head's hits from the head in memory, then the tail's from a walk of the tail."""
    wanted = offset + limit
    rows = _head_rows(connection, head, matcher, where, wanted)
    if len(rows) >= wanted:
        return rows[offset:wanted]
    tail = _walked(connection, matcher, kind, where, 0, wanted - len(rows), _tail(), TAIL_ROWS)
    if tail is None:
        return None
    return [*rows, *tail][offset:wanted]


def _by_ids(connection: Connection, ids: list[int], where: ColumnElement[bool]) -> list[Any]:
    """The statements ``ids`` meeting ``where``, full rows, in the order of ``ids``."""
    if not ids:
        return []
    rows = connection.execute(select(*_ENTRY_COLUMNS).where(statements.c.id.in_(ids), where))
    by_id = {int(row[0]): row for row in rows}
    return [by_id[number] for number in ids if number in by_id]


def _sorted(
    connection: Connection, where: ColumnElement[bool], offset: int, limit: int
) -> list[Any]:
    return list(
        connection.execute(
            select(*_ENTRY_COLUMNS).where(where).order_by(*rank_order()).offset(offset).limit(limit)
        )
    )


def _walked(
    connection: Connection,
    matcher: StatementMatcher,
    kind: SectionKind | None,
    where: ColumnElement[bool],
    offset: int,
    limit: int,
    start: ColumnElement[bool] | None = None,
    budget: int | None = None,
) -> list[Any] | None:
    """The page read by walking the statements in page order and testing each wording;
    None when :data:`WALK_ROWS` statements give no full page. The walk reads only the id
    and the text, which the rank indexes hold (no table row is read); only the wordings
    that match are read in full, where the other conditions (``where``) are checked.
    ``start``: walk only the statements meeting it (the tail, a range of the index);
    ``budget``: give up after this many statements instead of :data:`WALK_ROWS`."""
    rows_at_most = WALK_ROWS if budget is None else budget
    wanted = offset + limit
    found: list[Any] = []
    seen = 0
    walk = select(statements.c.id, statements.c.text)
    if kind is not None:
        walk = walk.where(statements.c.kind == kind.value)
    if start is not None:
        walk = walk.where(start)
    result = connection.execute(walk.order_by(*rank_order()).limit(rows_at_most))
    try:
        while len(found) < wanted:
            batch = result.fetchmany(_WALK_BATCH)
            if not batch:
                break
            seen += len(batch)
            ids = [int(row[0]) for row in batch if matcher.matches(row[1])]
            if ids:
                rows = connection.execute(
                    select(*_ENTRY_COLUMNS).where(statements.c.id.in_(ids), where)
                )
                by_id = {int(row[0]): row for row in rows}
                found.extend(by_id[number] for number in ids if number in by_id)
    finally:
        result.close()
    if len(found) < wanted and seen >= rows_at_most:
        return None
    return found[offset:wanted]


def entry(connection: Connection, statement_id: int) -> StatementEntry | None:
    row = connection.execute(select(*_ENTRY_COLUMNS).where(statements.c.id == statement_id)).first()
    return None if row is None else _entry(row)


def wordings(
    connection: Connection, kind: SectionKind | None, language: Language | None
) -> list[tuple[str, str, str, int]]:
    """``(kind, language, text, postings)`` of every wording live postings use."""
    query = select(
        statements.c.kind, statements.c.language, statements.c.text, statements.c.postings
    ).where(statements.c.postings > 0)
    if kind is not None:
        query = query.where(statements.c.kind == kind.value)
    if language is not None:
        query = query.where(statements.c.language == language.value)
    return [(row[0], row[1], row[2], int(row[3])) for row in connection.execute(query)]


def postings_using(
    connection: Connection, kind: SectionKind, language: Language, texts: Collection[str]
) -> list[int]:
    """Live postings using any of ``texts`` (of ``kind`` and ``language``), by id."""
    found: set[int] = set()
    ordered: Sequence[str] = sorted(texts)
    for start in range(0, len(ordered), 500):
        rows = connection.execute(
            select(posting_statements.c.posting_id)
            .join(statements, statements.c.id == posting_statements.c.statement_id)
            .join(postings, postings.c.id == posting_statements.c.posting_id)
            .where(
                statements.c.kind == kind.value,
                statements.c.language == language.value,
                statements.c.text.in_(ordered[start : start + 500]),
                postings.c.deleted_at.is_(None),
            )
        )
        found.update(int(row[0]) for row in rows)
    return sorted(found)
