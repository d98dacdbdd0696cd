"""A search's total is exact up to a cap and "1,000+" past it, the same on both backends.

Counting every hit of a common word is what a search of 100,000 postings spent its time
on (docs/performance.md); the count now stops at ``search.TOTAL_CAP``. These tests use a
cap of 3 (monkeypatched) rather than a thousand postings.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event

from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import Item, Posting, Section, SectionKind, Status
from jdeditor.service import Library
from jdeditor.store import search


def _posting(title: str, *items: str, status: Status = Status.DRAFT) -> Posting:
    return Posting(
        title=title,
        status=status,
        sections=[Section(SectionKind.DUTIES, "职责", [Item(text) for text in items])],
    )


@pytest.fixture
def filled(library: Library) -> Library:
    """Eight postings with 岗位 (two in the title), three with 预算, one with Excel."""
    library._repository.add_many(
        [
            _posting(
                f"岗位 {n}" if n in (2, 5) else f"职位 {n}",
                "负责岗位工作",
                "编制预算" if n < 3 else "沟通协调",
                status=Status.PUBLISHED if n % 2 else Status.DRAFT,
            )
            for n in range(8)
        ]
        + [_posting("Analyst", "Excel reports")]
    )
    return library


@pytest.fixture
def cap_of_three(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "TOTAL_CAP", 3)


def _ids(results: object) -> list[int]:
    return [hit.summary.id for hit in results.hits]  # type: ignore[attr-defined]


def test_the_total_is_exact_up_to_the_cap(filled: Library, cap_of_three: None) -> None:
    for query, expected in (("预算", 3), ("excel", 1), ("不存在", 0)):
        results = filled.search(query)
        assert (results.total, results.total_exact, len(results.hits)) == (expected, True, expected)


def test_past_the_cap_the_total_says_more(filled: Library, cap_of_three: None) -> None:
    results = filled.search("岗位")
    assert (results.total, results.total_exact) == (3, False)
    assert len(results.hits) == 8  # the page still holds every hit it asks for
    filtered = filled.search("岗位", where=PostingFilter(status=Status.DRAFT))
    assert (filtered.total, filtered.total_exact, len(filtered.hits)) == (3, False, 4)
    published = filled.search("职位", where=PostingFilter(status=Status.PUBLISHED))
    assert (published.total, published.total_exact) == (3, True)


def test_a_capped_count_changes_neither_order_nor_pages(
    filled: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ranking and paging follow the hits, not the capped total: title matches first, then
    the others, page after page, and the whole list for an export."""
    exact = filled.search("岗位", limit=100)
    assert exact.total_exact and exact.total == 8
    monkeypatch.setattr(search, "TOTAL_CAP", 3)
    capped = filled.search("岗位", limit=100)
    assert _ids(capped) == _ids(exact)
    paged = [i for at in (0, 3, 6) for i in _ids(filled.search("岗位", offset=at, limit=3))]
    assert paged == _ids(exact)
    assert filled.matching_ids("岗位") == _ids(exact)
    draft = ListQuery(PostingFilter(status=Status.DRAFT))
    assert len(filled.matching_ids("岗位", draft)) == 4


def test_the_trash_search_is_capped_alike(filled: Library, cap_of_three: None) -> None:
    for posting_id in filled.matching_ids("岗位"):
        filled.delete_posting(posting_id)
    trash = PostingFilter(trash=True)
    results = filled.search("岗位", where=trash)
    assert (results.total, results.total_exact, len(results.hits)) == (3, False, 8)
    assert len(filled.matching_ids("岗位", ListQuery(trash))) == 8
    assert filled.search("预算", where=trash).total_exact


@pytest.fixture
def counts(filled: Library) -> Iterator[list[str]]:
    """The SQL of every count the library runs."""
    seen: list[str] = []
    engine = filled._repository.engine

    def remember(*args: object) -> None:
        statement = str(args[2])
        if "count(" in statement.lower():
            seen.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", remember)
    yield seen
    event.remove(engine, "before_cursor_execute", remember)


@pytest.mark.parametrize("where", [PostingFilter(), PostingFilter(status=Status.DRAFT)])
def test_no_search_counts_every_hit(
    filled: Library, counts: list[str], cap_of_three: None, where: PostingFilter
) -> None:
    """Each count of hits stops at a LIMIT (on PostgreSQL the count visited every row)."""
    filled.search("岗位", where=where)
    assert counts
    assert all("LIMIT" in statement.upper() for statement in counts), counts
