"""PostgreSQL's posting search with a filter (status, department, tag, …).

The same orders as :class:`PostgresSearch` gives without a filter, but each tier's hits
that pass the filter are found once, ids and count in one statement that reads no
vector, and only they are ranked, each vector read by its key: ranking every match and
then dropping the filtered ones read four times as many vectors (数据分 with a status
filter at 100,000 postings: 5,875 ranked for 1,508 hits, 213 ms). Their newest-first
pages walk the filter's postings while the hits are many (:func:`_newest_filtered`).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, Integer, and_, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY

from jdeditor.core.listing import PostingFilter
from jdeditor.store.postgres_query import (
    COUNT_PLANS,
    PAGE_PLANS,
    Clause,
    filtered,
    hit_tests,
    matches,
    posting_search,
    score,
)
from jdeditor.store.search import RankedIds, capped_ids, count_cap, filter_clauses
from jdeditor.store.tables import postings

# A filtered list walks the filter's postings newest first when its hits are at least
# this many times the rows the page needs (see _newest_filtered).
_WALK_FACTOR = 10
_ID_ARRAY = ARRAY(Integer)


def filtered_search(
    connection: Connection,
    literal: str,
    where: PostingFilter,
    offset: int,
    limit: int,
    rank_all_limit: int,
) -> RankedIds:
    """A page of the hits that pass the filter, in the orders ``PostgresSearch`` gives
    without one, ranking every hit while there are at most ``rank_all_limit`` (see the
    module's text)."""
    document, title = posting_search.c.document, posting_search.c.title
    cap = count_cap(rank_all_limit)
    counted, among = _filtered_hits(connection, document, literal, where, cap)
    if counted <= rank_all_limit:
        ranked = _ranked_among(connection, literal, among, offset, limit)
        return capped_ids(counted, ranked)
    title_cap = max(rank_all_limit, offset + limit) + 1
    title_total, in_title = _filtered_hits(connection, title, literal, where, title_cap)
    results: list[tuple[int, float]] = []
    if offset < title_total:
        if title_total <= rank_all_limit:
            results = _ranked_among(connection, literal, in_title, offset, limit)
        else:
            results = _newest_filtered(connection, literal, where, title_total, offset, limit, True)
    rest_limit = limit - len(results)
    if rest_limit > 0:
        rest_offset = max(0, offset - title_total)
        at_least = counted - title_total  # ``counted`` stops at its cap
        results += _newest_filtered(connection, literal, where, at_least, rest_offset, rest_limit)
    return capped_ids(counted, results)


def _filtered_hits(
    connection: Connection,
    vector: ColumnElement[object],
    literal: str,
    where: PostingFilter,
    cap: int,
) -> tuple[int, list[int]]:
    """The matches that pass the filter, counted up to ``cap``, with their ids: the
    plan of :meth:`PostgresSearch._count` (index scans are off), reading no vector."""
    clauses = [matches(vector, literal), *filtered(where)]
    hits = select(posting_search.c.posting_id).where(*clauses).limit(cap).subquery()
    listed = select(func.count(), func.array_agg(hits.c.posting_id)).select_from(hits)
    counted, ids = connection.execute(listed).one()
    return int(counted), list(ids or [])


def _ranked_among(
    connection: Connection, literal: str, among: list[int], offset: int, limit: int
) -> list[tuple[int, float]]:
    """The postings ``among`` (hits found by :meth:`_filtered_hits`) by ``ts_rank``:
    each one's vector is read once, by its primary key."""
    if not among:
        return []
    rank = score(literal)
    query = (
        select(posting_search.c.posting_id, rank)
        .where(posting_search.c.posting_id == any_(bindparam("among", type_=_ID_ARRAY)))
        .order_by(rank.desc(), posting_search.c.posting_id.desc())
        .offset(offset)
        .limit(limit)
    )
    rows = connection.execute(query, {"among": among}).all()
    return [(int(row[0]), float(row[1])) for row in rows]


def _newest_filtered(
    connection: Connection,
    literal: str,
    where: PostingFilter,
    at_least: int,
    offset: int,
    limit: int,
    in_title: bool = False,
) -> list[tuple[int, float]]:
    """Filtered matches newest first.

    With (``at_least``) many of them, the filter's postings are walked newest first
    and each one's index row is tested (a subquery per posting, which the planner
    cannot turn into a join), until the page is full: a few dozen vectors read. As a
    join, both primary keys were walked in step and every match's vector was tested,
    filtered or not (岗位 in one department and status: 1,655 vectors, 39 ms). When
    the filter's hits may be few, that walk could test most postings, so then the
    GIN index gives every match and the filter's postings are sorted (as
    :meth:`PostgresSearch._count` plans it)."""
    tests = hit_tests(literal, in_title)
    hit: Clause
    if at_least >= _WALK_FACTOR * (offset + limit):
        connection.execute(PAGE_PLANS)
        own_row = posting_search.c.posting_id == postings.c.id
        hit = select(and_(*tests)).where(own_row).scalar_subquery()
    else:
        connection.execute(COUNT_PLANS)
        found = select(posting_search.c.posting_id).where(*tests)
        hit = postings.c.id.in_(found.scalar_subquery())
    query = (
        select(postings.c.id)
        .where(hit, *filter_clauses(where))
        .order_by(postings.c.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [(int(row[0]), 0.0) for row in connection.execute(query)]
