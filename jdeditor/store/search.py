"""Full-text search behind one small interface, with a portable fallback.

The SQLite library uses an FTS5 index (``jdeditor.store.sqlite``); any other database
uses :class:`LikeSearch` until it gets an index of its own. Both rank hits and honour
the same filters, so the service and the GUI never know which one answered.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)

from jdeditor.core.listing import PostingFilter
from jdeditor.core.model import Item, Posting
from jdeditor.store.search_tokens import fold, literal_needles
from jdeditor.store.tables import items, posting_tags, postings, sections


@dataclass(frozen=True)
class SearchDocument:
    """The text of one posting as the index sees it, split by weight."""

    posting_id: int
    title: str
    fields: str
    body: str


def search_document(posting_id: int, posting: Posting) -> SearchDocument:
    fields = "\n".join(text for text in posting.header_texts() if text)
    body_parts: list[str] = []
    for section in posting.sections:
        if section.heading:
            body_parts.append(section.heading)
        _append_texts(body_parts, section.items)
    return SearchDocument(posting_id, posting.title, fields, "\n".join(body_parts))


def _append_texts(texts: list[str], items: list[Item]) -> None:
    """Each item's text in reading order (as ``Section.walk``, at half its cost)."""
    for item in items:
        texts.append(item.text)
        if item.children:
            _append_texts(texts, item.children)


TOTAL_CAP = 1000
"""A search's total is exact up to this many hits; past it the total is ``TOTAL_CAP``
with ``exact`` False, shown as "1,000+". Counting every hit of a common word is what a
search of 100,000 postings spends its time on (70,000 for 岗位 on PostgreSQL: 35-50 ms),
and nobody reads that far; the list still pages through every hit as it scrolls."""


@dataclass(frozen=True)
class RankedIds:
    total: int  # the hits, counted up to TOTAL_CAP
    ranked: list[tuple[int, float]]  # (posting id, score: higher is better)
    exact: bool = True  # False: more than ``total`` hits


def count_cap(rank_all_limit: int = 0) -> int:
    """How far a search counts its hits: past :data:`TOTAL_CAP`, and past the backend's
    limit for ranking every hit (it must know which side of that limit it is on)."""
    return max(TOTAL_CAP, rank_all_limit) + 1


def capped_ids(counted: int, ranked: list[tuple[int, float]]) -> RankedIds:
    """The page, with the hits counted up to ``count_cap`` cut to :data:`TOTAL_CAP`."""
    return RankedIds(min(counted, TOTAL_CAP), ranked, counted <= TOTAL_CAP)


def capped_count(
    connection: Connection,
    hits: Select[Any],
    cap: int,
    parameters: dict[str, Any] | None = None,
) -> int:
    """``SELECT count(*) FROM (hits LIMIT cap)``: the hits, counted up to ``cap``. The
    count stops at the cap instead of visiting every hit."""
    limited = hits.limit(cap).subquery()
    return connection.scalar(select(func.count()).select_from(limited), parameters) or 0


class SearchBackend(Protocol):
    def index(self, connection: Connection, documents: Sequence[SearchDocument]) -> None:
        """Add postings that are not in the index."""

    def remove(self, connection: Connection, posting_ids: Sequence[int]) -> None:
        """Take postings out of the index."""

    def search(
        self, connection: Connection, query: str, where: PostingFilter, offset: int, limit: int
    ) -> RankedIds:
        """One page of hits, best first, and the hits counted up to :data:`TOTAL_CAP`."""

    def rebuild(self, connection: Connection, documents: Iterable[SearchDocument]) -> None:
        """Drop and refill the whole index (after a migration or a repair)."""


def filter_clauses(where: PostingFilter) -> list[ColumnElement[bool]]:
    """SQL conditions for a :class:`PostingFilter` on ``postings``; shared by lists and search."""
    clauses: list[ColumnElement[bool]] = [
        postings.c.deleted_at.is_not(None) if where.trash else postings.c.deleted_at.is_(None)
    ]
    if where.status is not None:
        clauses.append(postings.c.status == where.status.value)
    if where.department is not None:
        clauses.append(postings.c.department == where.department)
    if where.tag is not None:
        clauses.append(
            exists().where(
                and_(posting_tags.c.posting_id == postings.c.id, posting_tags.c.tag == where.tag)
            )
        )
    if where.with_errors:
        clauses.append(postings.c.check_errors > 0)
    return clauses


FOLD_FUNCTION = "jd_fold"
"""SQL function our SQLite connections have: :func:`search_tokens.fold` (NFKC, casefold)."""


class LikeSearch:
    """Substring search with ``LIKE`` for databases without a text index of ours, and for
    the trash (which the full-text index leaves out).

    Correct for every query length and language, but a scan: fine for a few thousand
    postings, slow for a hundred thousand. Text and query are folded alike: with
    ``jd_fold`` on SQLite (whose ``lower()`` folds ASCII only), with ``lower()`` elsewhere
    plus a full-width form of the query (``ｅｘｃｅｌ``), which ``lower()`` leaves as it is.
    """

    def __init__(self, fold_function: str | None = None) -> None:
        self._fold_function = fold_function

    def index(self, connection: Connection, documents: Sequence[SearchDocument]) -> None:
        return None  # reads the tables directly

    def remove(self, connection: Connection, posting_ids: Sequence[int]) -> None:
        return None

    def rebuild(self, connection: Connection, documents: Iterable[SearchDocument]) -> None:
        return None

    def search(
        self, connection: Connection, query: str, where: PostingFilter, offset: int, limit: int
    ) -> RankedIds:
        needles = literal_needles(query)
        if not needles:
            return RankedIds(0, [])
        conditions: list[ColumnElement[bool]] = []
        title_hits: list[ColumnElement[bool]] = []
        for needle in needles:
            if self._fold_function is not None:
                forms = {fold(needle) or ""}
            else:
                forms = {needle.lower(), _full_width(needle.lower())}
            patterns = ["%" + _escape_like(form) + "%" for form in sorted(forms)]
            like = functools.partial(
                _like_any, patterns=patterns, fold_function=self._fold_function or "lower"
            )
            in_title = like(postings.c.title)
            # The same text the full-text index holds (search_document): header fields
            # and tags, section headings, every item.
            in_fields = or_(
                *(
                    like(column)
                    for column in (
                        postings.c.department,
                        postings.c.location,
                        postings.c.reports_to,
                        postings.c.summary,
                    )
                )
            )
            in_tags = exists().where(
                and_(posting_tags.c.posting_id == postings.c.id, like(posting_tags.c.tag))
            )
            in_headings = exists().where(
                and_(sections.c.posting_id == postings.c.id, like(sections.c.heading))
            )
            in_items = exists().where(and_(items.c.posting_id == postings.c.id, like(items.c.text)))
            conditions.append(or_(in_title, in_fields, in_tags, in_headings, in_items))
            title_hits.append(in_title)
        # Title matches first: 10 points for each term found in the title.
        score: ColumnElement[float] = literal(0.0)
        for hit in title_hits:
            score = score + case((hit, 10.0), else_=0.0)
        base = select(postings.c.id, score.label("score")).where(
            *conditions, *filter_clauses(where)
        )
        counted = capped_count(connection, base, count_cap())
        rows = connection.execute(
            base.order_by(score.desc(), postings.c.updated_at.desc(), postings.c.id.desc())
            .offset(offset)
            .limit(limit)
        ).all()
        return capped_ids(counted, [(int(row[0]), float(row[1])) for row in rows])


def _like_any(column: Any, patterns: list[str], fold_function: str) -> ColumnElement[bool]:
    """``fold(column) LIKE`` any of the patterns (escaped with a backslash)."""
    folded = getattr(func, fold_function)(column)
    return or_(*(folded.like(pattern, escape="\\") for pattern in patterns))


def _full_width(text: str) -> str:
    """``excel`` → ``ｅｘｃｅｌ``: printable ASCII in its full-width form."""
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
