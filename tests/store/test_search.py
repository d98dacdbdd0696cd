"""Search finds Chinese of every length and English case-insensitively, ranked."""

from __future__ import annotations

import pytest

from jdeditor.core.listing import ListQuery, PostingFilter, SortKey
from jdeditor.core.model import Item, Posting, Section, SectionKind, Status
from jdeditor.service import Library
from jdeditor.store.search import FOLD_FUNCTION, LikeSearch
from jdeditor.store.tables import postings


def _posting(title: str, *items: str, status: Status = Status.DRAFT) -> Posting:
    return Posting(
        title=title,
        status=status,
        sections=[Section(SectionKind.DUTIES, "岗位职责", [Item(text) for text in items])],
    )


@pytest.fixture(params=["fts", "like"])
def backend(request: pytest.FixtureRequest, library: Library) -> str:
    """Every search test runs on SQLite's full-text index and on the LIKE search (what a
    library without the index uses, and the trash): the two must find the same postings.
    On PostgreSQL the "fts" run is its own index (``tsvector``s with GIN); the "like" run
    needs ``jd_fold``, which is SQLite's alone, so it runs on SQLite only."""
    if request.param == "like" and library.location.file is None:
        pytest.skip("PostgreSQL: the LIKE search with jd_fold is SQLite's alone")
    if request.param == "like":
        library._repository.search_backend = LikeSearch(FOLD_FUNCTION)
    return str(request.param)


@pytest.fixture
def filled(library: Library, backend: str) -> Library:
    library._repository.add_many(
        [
            _posting("数据分析师", "负责数据分析与报表", "熟练使用Excel"),
            _posting("产品经理", "负责产品规划", "与数据团队合作", status=Status.PUBLISHED),
            _posting("Backend Engineer", "Build APIs", "Experience with EXCEL macros"),
            _posting("财务专员", "岗位职责明确", "核算薪酬"),
            _posting("Ｅｘｃｅｌ讲师", "培训"),
        ]
    )
    return library


def titles(library: Library, query: str, **kwargs: object) -> set[str]:
    return {hit.summary.title for hit in library.search(query, **kwargs).hits}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("数据分析", {"数据分析师"}),
        ("数据", {"数据分析师", "产品经理"}),
        ("岗位", {"数据分析师", "产品经理", "Backend Engineer", "财务专员", "Ｅｘｃｅｌ讲师"}),
        ("薪", {"财务专员"}),
        ("析", {"数据分析师"}),
        ("师", {"数据分析师", "Ｅｘｃｅｌ讲师"}),
        ("Excel", {"数据分析师", "Backend Engineer", "Ｅｘｃｅｌ讲师"}),
        ("excel", {"数据分析师", "Backend Engineer", "Ｅｘｃｅｌ讲师"}),
        ("Exce", {"数据分析师", "Backend Engineer", "Ｅｘｃｅｌ讲师"}),
        ("使用Excel", {"数据分析师"}),
        ("用Excel", {"数据分析师"}),
        ("api", {"Backend Engineer"}),
        ("数据 规划", {"产品经理"}),
        ('"build apis"', {"Backend Engineer"}),
        ("不存在的词", set()),
        ("   ", set()),
        ("!!!", set()),
    ],
)
def test_queries(filled: Library, query: str, expected: set[str]) -> None:
    assert titles(filled, query) == expected


def test_title_matches_rank_first(filled: Library) -> None:
    hits = filled.search("数据").hits
    assert hits[0].summary.title == "数据分析师"


def test_snippet_marks_the_match(filled: Library) -> None:
    [hit] = filled.search("报表").hits
    assert "报表" in hit.snippet
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "报表"
    [hit] = [h for h in filled.search("excel").hits if h.summary.title == "Backend Engineer"]
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "EXCEL"


def test_search_honours_filters_and_paging(filled: Library) -> None:
    assert titles(filled, "数据", where=PostingFilter(status=Status.PUBLISHED)) == {"产品经理"}
    first = filled.search("岗位", limit=2)
    assert first.total == 5 and len(first.hits) == 2
    rest = filled.search("岗位", offset=2, limit=10)
    assert {hit.summary.id for hit in first.hits}.isdisjoint(hit.summary.id for hit in rest.hits)


def test_index_follows_saves(filled: Library) -> None:
    [hit] = filled.search("核算").hits
    posting = filled.get_posting(hit.summary.id)
    posting.sections[0].items[1].text = "管理预算"
    filled.save_posting(posting)
    assert filled.search("核算").total == 0
    assert titles(filled, "预算") == {"财务专员"}


def test_rebuild_index_gives_same_results(filled: Library) -> None:
    before = titles(filled, "数据")
    filled.rebuild_search_index()
    assert titles(filled, "数据") == before


def test_common_queries_put_title_matches_first_then_newest(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdeditor.store.sqlite_search import SqliteFtsSearch

    monkeypatch.setattr(SqliteFtsSearch, "RANK_ALL_LIMIT", 3)
    ids = library._repository.add_many(
        [_posting(f"岗位 {n}" if n in (2, 5) else f"职位 {n}", "负责岗位工作") for n in range(8)]
    )
    results = library.search("岗位", limit=4)
    assert results.total == 8
    order = [hit.summary.id for hit in results.hits]
    assert set(order[:2]) == {ids[2], ids[5]}
    assert order[2:] == [ids[7], ids[6]]
    rest = library.search("岗位", offset=4, limit=10)
    assert [hit.summary.id for hit in rest.hits] == [ids[4], ids[3], ids[1], ids[0]]
    filtered = library.search("岗位", where=PostingFilter(status=Status.DRAFT), limit=20)
    assert filtered.total == 8 and len(filtered.hits) == 8


def test_index_forgets_saved_and_trashed_text(filled: Library) -> None:
    ids = [hit.summary.id for hit in filled.search("岗位").hits]
    for posting_id in ids:
        posting = filled.get_posting(posting_id)
        posting.title += " 改"
        filled.save_posting(posting)
    assert filled.search("改").total == len(ids)
    filled.delete_posting(ids[0])
    filled.restore_posting(ids[0])
    for posting_id in ids:
        filled.delete_posting(posting_id)
    for word in ("岗位", "数据", "Excel", "改", "师", "api", "培训"):
        assert filled.search(word).total == 0, word
    # …while searching the trash finds them there.
    trash = PostingFilter(trash=True)
    assert filled.search("岗位", where=trash).total == len(ids)
    assert titles(filled, "excel", where=trash) == {
        "数据分析师 改",
        "Backend Engineer 改",
        "Ｅｘｃｅｌ讲师 改",
    }


def test_the_portable_like_search_folds_case_with_lower(filled: Library, backend: str) -> None:
    """Without our SQLite function (on PostgreSQL) the LIKE search uses ``lower()``."""
    filled._repository.search_backend = LikeSearch()
    assert {"数据分析师", "Backend Engineer"} <= titles(filled, "EXCEL")
    assert titles(filled, "数据 规划") == {"产品经理"}


def test_matching_ids_are_the_whole_list_in_its_order(filled: Library) -> None:
    searched = filled.matching_ids("岗位")
    assert searched == [hit.summary.id for hit in filled.search("岗位", limit=100).hits]
    assert len(searched) == 5
    by_title = ListQuery(PostingFilter(), SortKey.TITLE, False)
    titles_in_order = [filled.get_posting(i).title for i in filled.matching_ids("", by_title)]
    assert titles_in_order == [row.title for row in filled.list_postings(by_title).rows]
    published = ListQuery(PostingFilter(status=Status.PUBLISHED))
    assert [filled.get_posting(i).title for i in filled.matching_ids("", published)] == ["产品经理"]


@pytest.mark.parametrize(
    "where", [PostingFilter(status=Status.PUBLISHED), PostingFilter(department="数据部")]
)
def test_a_filtered_search_runs_the_match_once_not_per_posting(
    tmp_path: pytest.TempPathFactory, where: PostingFilter
) -> None:
    """A filtered count and list take the index's hits once: a plan that walks the
    filter's index and asks the FTS table for each posting's rowid took 38 s at 100,000."""
    from sqlalchemy import func, select

    from jdeditor.store.search import filter_clauses
    from jdeditor.store.sqlite_search import _among_hits

    with Library.open(tmp_path / "plan.db") as library:  # type: ignore[operator]
        library._repository.add_many([_posting(f"岗位 {n}", "数据分析") for n in range(30)])
        engine = library._repository.engine
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            for query in (
                select(func.count()).where(_among_hits(), *filter_clauses(where)),
                select(postings.c.id).where(_among_hits(), *filter_clauses(where)),
            ):
                compiled = query.compile(connection)
                values = {**compiled.params, "match": "岗位"}
                arguments = tuple(values[name] for name in compiled.positiontup or [])
                explain = "EXPLAIN QUERY PLAN " + str(compiled)
                plan = [row[3] for row in connection.exec_driver_sql(explain, arguments)]
                fts = [step for step in plan if "posting_fts" in step]
                assert fts and all("INDEX 0:=" not in step for step in fts), plan
                assert library.search("岗位", where=where).total == len(
                    library.search("岗位", where=where, limit=100).hits
                )
