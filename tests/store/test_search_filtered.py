"""A search with a filter (status, department, …) ranks only the filter's hits and pages
through them in the same orders as a search without one, on both databases; and the
plans that make it fast at 100,000 postings (docs/performance.md, "Filtered searches")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, text

from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import Item, Posting, Section, SectionKind, Status
from jdeditor.service import Library
from jdeditor.store import postgres_filtered, sqlite_search
from jdeditor.store.postgres_search import PostgresSearch
from jdeditor.store.sqlite_search import SqliteFtsSearch

PUBLISHED = PostingFilter(status=Status.PUBLISHED)


def _posting(n: int) -> Posting:
    """岗位 in the title of 2, 5, 8 and 11; more of it in the text the higher ``n % 4``."""
    words = ["负责岗位工作"] + ["岗位培训"] * (n % 4)
    return Posting(
        title=f"岗位 {n}" if n in (2, 5, 8, 11) else f"职位 {n}",
        department="数据部" if n % 3 == 0 else "产品部",
        status=Status.PUBLISHED if n % 2 else Status.DRAFT,
        sections=[Section(SectionKind.DUTIES, "职责", [Item(word) for word in words])],
    )


@pytest.fixture
def filled(library_url: str) -> Iterator[tuple[Library, list[int]]]:
    with Library.open(library_url) as library:  # type: ignore[arg-type]
        ids = library._repository.add_many([_posting(n) for n in range(12)])
        yield library, ids


def _ids(library: Library, query: str, where: PostingFilter, **paging: int) -> list[int]:
    return [hit.summary.id for hit in library.search(query, where=where, **paging).hits]


def _rank_all_limit(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    monkeypatch.setattr(SqliteFtsSearch, "RANK_ALL_LIMIT", limit)
    monkeypatch.setattr(PostgresSearch, "RANK_ALL_LIMIT", limit)


@pytest.mark.parametrize(
    "where",
    [PUBLISHED, PostingFilter(department="数据部"), PostingFilter(Status.PUBLISHED, "数据部")],
)
def test_a_filtered_ranking_is_the_unfiltered_one_narrowed(
    filled: tuple[Library, list[int]], where: PostingFilter
) -> None:
    library, _ = filled
    everything = _ids(library, "岗位", PostingFilter(), limit=50)
    passing = set(library.matching_ids("", _list(where)))
    expected = [posting_id for posting_id in everything if posting_id in passing]
    assert expected and _ids(library, "岗位", where, limit=50) == expected
    # …and paged alike.
    assert _ids(library, "岗位", where, offset=1, limit=2) == expected[1:3]


def _list(where: PostingFilter) -> ListQuery:
    return ListQuery(where)


@pytest.mark.parametrize("walk", [True, False], ids=["walking-newest-first", "listing-hits"])
@pytest.mark.parametrize("rank_all_limit", [1, 2])
def test_many_filtered_hits_put_title_matches_first_then_newest(
    filled: tuple[Library, list[int]],
    monkeypatch: pytest.MonkeyPatch,
    walk: bool,
    rank_all_limit: int,
) -> None:
    """Past the limit for ranking every hit: the filter's title matches (ranked while
    there are few, else newest first), then its other matches newest first; both ways
    of finding the newest (walking the postings, or listing every hit) give the same."""
    library, ids = filled
    _rank_all_limit(monkeypatch, rank_all_limit)
    factor = 0 if walk else 10**9
    monkeypatch.setattr(sqlite_search, "_WALK_FACTOR", factor)
    monkeypatch.setattr(postgres_filtered, "_WALK_FACTOR", factor)
    # Published: 1, 3, 5, 7, 9, 11; 岗位 in the title of 5 and 11.
    order = _ids(library, "岗位", PUBLISHED, limit=50)
    if rank_all_limit == 1:  # more title matches than that: newest first too
        assert order[:2] == [ids[11], ids[5]]
    else:  # ranked
        assert set(order[:2]) == {ids[11], ids[5]}
    assert order[2:] == [ids[n] for n in (9, 7, 3, 1)]
    for offset, limit in ((0, 3), (3, 10), (1, 2), (2, 1), (6, 5)):
        page = _ids(library, "岗位", PUBLISHED, offset=offset, limit=limit)
        assert page == order[offset : offset + limit], (offset, limit)
    results = library.search("岗位", where=PUBLISHED)
    assert (results.total, results.total_exact) == (6, True)


def _statements(library: Library, marker: str, run: Any) -> list[tuple[str, Any]]:
    """The statements holding ``marker`` that ``run()`` sends, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def remember(*args: Any) -> None:
        if marker in args[2]:
            seen.append((args[2], args[3]))

    engine = library._repository.engine
    event.listen(engine, "before_cursor_execute", remember)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    return seen


def _sqlite_plan(library: Library, statement: str, parameters: Any) -> list[str]:
    with library._repository.engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        return [row[3] for row in rows]


@pytest.fixture
def sqlite_library(tmp_path: Any) -> Iterator[tuple[Library, list[int]]]:
    with Library.open(tmp_path / "plans.db") as library:
        ids = library._repository.add_many([_posting(n) for n in range(30)])
        with library._repository.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        yield library, ids


def test_sqlite_scores_only_the_filters_hits_in_one_scan(
    sqlite_library: tuple[Library, list[int]],
) -> None:
    """bm25 runs in the index's one scan of the matches, for the ids the filtered count
    listed (not by looking each id up in the index, which runs the MATCH per id)."""
    library, _ = sqlite_library
    [(statement, parameters)] = _statements(
        library, "bm25(", lambda: library.search("岗位", where=PUBLISHED)
    )
    assert "json_each" in statement
    plan = _sqlite_plan(library, statement, parameters)
    fts = [step for step in plan if "posting_fts" in step]
    assert fts and all("INDEX 0:=" not in step for step in fts), plan
    assert any("json_each" in step for step in plan), plan


def test_sqlite_walks_the_matches_newest_first_reading_each_posting(
    sqlite_library: tuple[Library, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With many filtered hits the page walks the index's matches backwards as the outer
    loop and reads each match's posting by its key, stopping when the page is full."""
    library, ids = sqlite_library
    _rank_all_limit(monkeypatch, 1)
    monkeypatch.setattr(sqlite_search, "_WALK_FACTOR", 0)
    found: list[int] = []
    walks = _statements(
        library,
        "+posting_fts.rowid",
        lambda: found.extend(_ids(library, "岗位", PUBLISHED, limit=3)),
    )
    assert walks and found == [ids[n] for n in (11, 5, 29)]
    for statement, parameters in walks:
        plan = _sqlite_plan(library, statement, parameters)
        assert plan[0].startswith("SCAN posting_fts"), plan
        assert any("postings USING INTEGER PRIMARY KEY" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan


def _pg_plan(library: Library, statement: str, parameters: Any, analyze: bool = False) -> Any:
    options = "ANALYZE, FORMAT JSON" if analyze else "FORMAT JSON"
    engine = library._repository.engine
    with engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.execute(
            "SELECT set_config('enable_seqscan', 'off', true),"
            " set_config('enable_indexscan', 'on', true)"
        )
        cursor.execute(f"EXPLAIN ({options}) " + statement, parameters)
        plan = cursor.fetchone()[0]
        connection.rollback()
    return plan if isinstance(plan, list) else json.loads(plan)


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


@pytest.fixture
def pg_library(postgres_url: str) -> Iterator[tuple[Library, list[int]]]:
    with Library.open(postgres_url) as library:
        ids = library._repository.add_many([_posting(n) for n in range(30)])
        with library._repository.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
        yield library, ids


def test_postgres_ranks_only_the_filters_hits(pg_library: tuple[Library, list[int]]) -> None:
    """ts_rank reads each vector it scores (7 KB at 100,000 generated postings): the
    ranking reads the filter's hits by their keys, not every match."""
    library, _ = pg_library
    [(statement, parameters)] = _statements(
        library, "ts_rank(", lambda: library.search("岗位", where=PUBLISHED)
    )
    [plan] = _pg_plan(library, statement, parameters, analyze=True)
    scans = [node for node in _nodes(plan["Plan"]) if node.get("Relation Name")]
    assert [node["Relation Name"] for node in scans] == ["posting_search"]
    assert scans[0]["Actual Rows"] == library.search("岗位", where=PUBLISHED).total == 15


def test_postgres_walks_the_filters_postings_testing_each_ones_vector(
    pg_library: tuple[Library, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With many filtered hits, the page walks the filter's postings newest first and
    tests each one's own index row (a subplan, never a join that tests every match)."""
    library, ids = pg_library
    _rank_all_limit(monkeypatch, 1)
    monkeypatch.setattr(postgres_filtered, "_WALK_FACTOR", 0)
    found: list[int] = []
    walks = _statements(
        library,
        "WHERE postings.id = posting_search.posting_id)",
        lambda: found.extend(_ids(library, "岗位", PUBLISHED, limit=3)),
    )
    assert walks and found == [ids[n] for n in (11, 5, 29)]
    for statement, parameters in walks:
        [plan] = _pg_plan(library, statement, parameters)
        types = [node["Node Type"] for node in _nodes(plan["Plan"])]
        assert not any("Join" in kind or kind == "Nested Loop" for kind in types), types
        assert any(node.get("Subplan Name") for node in _nodes(plan["Plan"])), types


def test_postgres_keeps_the_vectors_uncompressed(postgres_url: str) -> None:
    """Decompressing a vector cost 40 of the 45 µs of reading it for ts_rank."""
    with Library.open(postgres_url) as library, library._repository.engine.connect() as connection:
        storage = connection.scalar(
            text(
                "SELECT attstorage FROM pg_attribute"
                " WHERE attrelid = 'posting_search'::regclass AND attname = 'document'"
            )
        )
    assert storage == "e"
