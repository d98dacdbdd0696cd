"""Light records for lists and searches, and the queries that ask for them.

A list of 100,000 postings must never load 100,000 postings: views page through
:class:`PostingSummary` rows, and open a whole :class:`~jdeditor.core.model.Posting`
only when one is chosen.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from jdeditor.core.model import Status


class SortKey(enum.StrEnum):
    UPDATED = "updated"
    TITLE = "title"
    DEPARTMENT = "department"
    STATUS = "status"
    CREATED = "created"


@dataclass(frozen=True)
class PostingFilter:
    """What to show: every filter that is set must match."""

    status: Status | None = None
    department: str | None = None
    tag: str | None = None
    with_errors: bool = False  # only postings with unresolved check errors
    trash: bool = False  # True: only postings in the trash; False: only live ones


@dataclass(frozen=True)
class ListQuery:
    filter: PostingFilter = field(default_factory=PostingFilter)
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    offset: int = 0
    limit: int = 100


@dataclass(frozen=True)
class PostingSummary:
    id: int
    title: str
    department: str
    location: str
    status: Status
    updated_at: datetime
    version: int
    deleted_at: datetime | None = None
    errors: int | None = None  # unresolved check errors; None: not checked yet


@dataclass(frozen=True)
class Page:
    """One page of summaries and how many rows the whole query has."""

    total: int
    rows: list[PostingSummary]


@dataclass(frozen=True)
class SearchHit:
    summary: PostingSummary
    score: float  # higher is better
    snippet: str  # a short excerpt around the first match
    highlights: tuple[tuple[int, int], ...]  # (start, end) of matches within the snippet


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int  # the hits, counted up to 1,000 (store.search.TOTAL_CAP)
    hits: list[SearchHit]
    # False when there are more hits than ``total`` ("1,000+"): a count that stops at
    # the cap, as counting 70,000 hits of a common word is what a search spent its time on.
    total_exact: bool = True


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    posting_id: int
    version: int
    created_at: datetime
    note: str
    title: str
