"""The pieces of PostgreSQL's search queries that the posting search
(``store/postgres_search.py``), its filtered form (``store/postgres_filtered.py``) and
the statement search (``store/postgres_statement_search.py``) share: the index tables
as SQL names, the match and rank expressions, and the planner settings of counts and
pages. The tables themselves are made by :func:`postgres_search.ensure`.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, cast, column, func, literal_column, table, text
from sqlalchemy.dialects.postgresql import TSQUERY

from jdeditor.core.listing import PostingFilter
from jdeditor.store.search import filter_clauses
from jdeditor.store.tables import postings

posting_search = table("posting_search", column("posting_id"), column("title"), column("document"))
statement_search = table("statement_search", column("statement_id"), column("document"))

Clause = ColumnElement[bool]

# ts_rank's weights for {D, C, B, A}: title 1.0, header fields 0.3, body 0.1 (as bm25's
# 10 / 3 / 1 on SQLite).
_RANK_WEIGHTS = "{0.1, 0.1, 0.3, 1.0}"

# Plans for a search's counts (no table scan, no index scan: the GIN bitmap), then for
# its pages (index scans again: newest first walks the primary key backwards).
COUNT_PLANS = text(
    "SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"
)
PAGE_PLANS = text("SELECT set_config('enable_indexscan', 'on', true)")


def tsquery(literal: str) -> ColumnElement[object]:
    return cast(literal, TSQUERY)


def matches(vector: ColumnElement[object], literal: str) -> Clause:
    """``vector @@ literal``: the GIN index's test."""
    return vector.bool_op("@@")(tsquery(literal))


def hit_tests(literal: str, in_title: bool) -> list[Clause]:
    """Title matches, or (``in_title`` False) the matches outside the title."""
    if in_title:
        return [matches(posting_search.c.title, literal)]
    return [
        matches(posting_search.c.document, literal),
        ~matches(posting_search.c.title, literal),
    ]


def filtered(where: PostingFilter | None) -> list[Clause]:
    """The filter's conditions on the posting of each index row (none without a filter:
    the index holds exactly the live postings)."""
    if where is None:
        return []
    return [postings.c.id == posting_search.c.posting_id, *filter_clauses(where)]


def score(literal: str) -> ColumnElement[float]:
    """``ts_rank`` of the posting's whole document, the title weighted most."""
    return func.ts_rank(
        literal_column(f"'{_RANK_WEIGHTS}'::float4[]"),
        posting_search.c.document,
        tsquery(literal),
    ).label("score")
