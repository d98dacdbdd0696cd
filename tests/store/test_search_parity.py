"""The same query finds the same postings and statements on SQLite and on PostgreSQL.

Both libraries hold the real samples (samples/real/, imported the same way, so the ids
agree). SQLite answers through its FTS5 index, PostgreSQL through ``posting_search``
(store/postgres_search.py); no LIKE scan on either side.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import SectionKind, Status
from jdeditor.service import Library
from jdeditor.store.postgres_search import PostgresSearch
from jdeditor.store.postgres_statement_search import PostgresStatementSearch
from jdeditor.store.sqlite_search import SqliteFtsSearch
from jdeditor.store.statement_search import StatementFtsSearch
from tests import postgres_support

QUERIES = [
    "岗",  # one character
    "析",
    "薪",
    "师",
    "产品",  # two
    "数据分析",  # three and more
    "数据分",
    "岗位职责",
    "3年",  # digits and CJK: "3 年以上" is found, "2013年" is not
    "三年",
    "5年以上",
    "SQL",  # a word, any case or width; a word prefix: not MySQL
    "sql",
    "ＳＱＬ",
    "Excel",
    "Exce",  # a prefix
    "python",
    "Python SQL",  # two terms
    '"product manager"',  # a phrase
    "使用Excel",  # mixed
    "熟悉 Python",
    "node.js",  # what PostgreSQL's own parser would split otherwise
    "3.5",
    "e-commerce",
    "C++",
    "café",
    "不存在的词",
]


@pytest.fixture(scope="module")
def libraries(
    tmp_path_factory: pytest.TempPathFactory, samples_dir_module: Path
) -> Iterator[tuple[Library, Library]]:
    server = postgres_support.server()
    if server.url is None:
        pytest.skip(f"no PostgreSQL server: {server.reason}")
    files = sorted((samples_dir_module / "real").glob("*/*.txt"))
    pg_url = postgres_support.create_database(server.url)
    server.used += 1
    try:
        path = tmp_path_factory.mktemp("parity") / "library.db"
        with Library.open(path) as sqlite, Library.open(pg_url) as pg:
            for library in (sqlite, pg):
                library.import_files(files)
            yield sqlite, pg
    finally:
        postgres_support.drop_database(server.url, pg_url)


@pytest.fixture(scope="module")
def samples_dir_module() -> Path:
    from tests.conftest import SAMPLES_DIR

    if not SAMPLES_DIR.is_dir():
        pytest.skip(f"the shared samples folder {SAMPLES_DIR} is not beside the checkout")
    return SAMPLES_DIR


def test_both_use_their_index(libraries: tuple[Library, Library]) -> None:
    sqlite, pg = libraries
    assert isinstance(sqlite._repository.search_backend, SqliteFtsSearch)
    assert isinstance(pg._repository.search_backend, PostgresSearch)
    assert isinstance(sqlite._repository.statements.search_backend, StatementFtsSearch)
    assert isinstance(pg._repository.statements.search_backend, PostgresStatementSearch)
    assert sqlite._repository.counts() == pg._repository.counts()


@pytest.mark.parametrize("query", QUERIES)
def test_same_postings(libraries: tuple[Library, Library], query: str) -> None:
    sqlite, pg = libraries
    found = sqlite.matching_ids(query)
    assert set(pg.matching_ids(query)) == set(found)
    assert pg.search(query).total == sqlite.search(query).total == len(found)


@pytest.mark.parametrize("cap", [1000, 5])
def test_same_capped_totals(
    libraries: tuple[Library, Library], monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    """The total is counted up to the same cap on both: equal totals, equal "N+"."""
    from jdeditor.store import search

    monkeypatch.setattr(search, "TOTAL_CAP", cap)
    sqlite, pg = libraries
    capped = 0
    for query in QUERIES:
        found = len(sqlite.matching_ids(query))
        expected = (min(found, cap), found <= cap)
        for library in (sqlite, pg):
            results = library.search(query)
            assert (results.total, results.total_exact) == expected, (query, library.location)
        capped += not expected[1]
    assert capped >= (5 if cap == 5 else 0)


def test_a_start_lexeme_finds_what_the_prefix_finds(libraries: tuple[Library, Library]) -> None:
    """PostgreSQL looks for one CJK character as ``^析`` (a token starts with 析) rather
    than the prefix ``析:*`` that FTS5 uses: for every character of the samples' vectors,
    both find the same postings, in the title and in the whole document."""
    _sqlite, pg = libraries
    differ = text(
        "WITH chars AS (SELECT DISTINCT substr(word, 2) AS c"
        "  FROM posting_search, unnest(document) AS u(word, positions, weights)"
        "  WHERE word LIKE '^%%'),"
        " found AS (SELECT c, v.kind, s.posting_id FROM chars, posting_search s,"
        "  LATERAL (VALUES ('title', s.title), ('document', s.document)) AS v(kind, vector)"
        "  WHERE v.vector @@ quote_literal('^' || c)::tsquery"
        "  OR v.vector @@ (quote_literal(c) || ':*')::tsquery)"
        " SELECT c, kind FROM found, posting_search s WHERE s.posting_id = found.posting_id"
        "  AND (CASE kind WHEN 'title' THEN s.title ELSE s.document END"
        "       @@ quote_literal('^' || c)::tsquery)"
        "  <> (CASE kind WHEN 'title' THEN s.title ELSE s.document END"
        "       @@ (quote_literal(c) || ':*')::tsquery)"
    )
    with pg._repository.engine.connect() as connection:
        characters = connection.scalar(
            text(
                "SELECT count(DISTINCT word) FROM posting_search,"
                " unnest(document) AS u(word, positions, weights) WHERE word LIKE '^%%'"
            )
        )
        assert characters and characters > 500
        assert connection.execute(differ).all() == []


def test_the_queries_find_what_they_should(libraries: tuple[Library, Library]) -> None:
    """Not vacuous: most queries find something, and the rules hold."""
    sqlite, _pg = libraries
    assert sum(1 for query in QUERIES if sqlite.matching_ids(query)) >= len(QUERIES) - 4
    assert sqlite.matching_ids("SQL") == sqlite.matching_ids("ＳＱＬ")
    assert set(sqlite.matching_ids("Excel")) <= set(sqlite.matching_ids("Exce"))
    assert set(sqlite.matching_ids("数据分析")) <= set(sqlite.matching_ids("数据分"))


def _posting_filters(library: Library) -> list[PostingFilter]:
    departments = [value for value in library.distinct_values("department") if value][:3]
    return [
        PostingFilter(status=Status.DRAFT),
        PostingFilter(status=Status.PUBLISHED),
        *(PostingFilter(department=department) for department in departments),
    ]


@pytest.mark.parametrize("query", ["岗位", "产品", "3年", "SQL", "python", "析"])
def test_same_postings_with_filters(libraries: tuple[Library, Library], query: str) -> None:
    sqlite, pg = libraries
    filters = _posting_filters(sqlite)
    assert len(filters) >= 3
    for where in filters:
        expected = sqlite.matching_ids(query, ListQuery(where))
        assert set(pg.matching_ids(query, ListQuery(where))) == set(expected), where


@pytest.mark.parametrize("query", ["岗", "产品", "数据分析", "三年", "SQL", "ＳＱＬ", "Exce"])
def test_same_statements(libraries: tuple[Library, Library], query: str) -> None:
    sqlite, pg = libraries

    def found(library: Library) -> set[tuple[str, str, str]]:
        page = library.statements(search=query, include_starter=False, limit=100_000)
        assert page.total == len(page.entries)
        return {(entry.kind.value, entry.language.value, entry.text) for entry in page.entries}

    expected = found(sqlite)
    assert found(pg) == expected
    if query in ("产品", "SQL"):
        assert expected


@pytest.mark.parametrize("query", ["产品", "SQL", "数", "经验", "excel"])
def test_same_first_hits(libraries: tuple[Library, Library], query: str) -> None:
    """The first window of the index's hits (which tells a search of many hits, and
    gives the total of one of few): the same numbers on both, here where the window holds
    every hit, and the total a page shows."""
    from jdeditor.store.statement_reading import visible
    from jdeditor.store.tables import statements

    sqlite, pg = libraries
    clauses = [visible(False), statements.c.kind == "requirements"]
    pages = [
        library.statements(
            search=query, kind=SectionKind.REQUIREMENTS, include_starter=False, limit=1
        )
        for library in (sqlite, pg)  # counted first
    ]
    windows = []
    for library in (sqlite, pg):
        repository = library._repository.statements
        with repository._reading() as connection:
            windows.append(repository.search_backend.first_hits(connection, query, clauses))
    assert windows[0] == windows[1]
    read, met = windows[0]
    assert read < 4000 and 0 < met <= read
    assert pages[0].total == pages[1].total == met


def test_trash_and_restore_in_step(libraries: tuple[Library, Library]) -> None:
    sqlite, pg = libraries
    ids = sqlite.matching_ids("产品")[:3]
    try:
        for library in (sqlite, pg):
            for posting_id in ids:
                library.delete_posting(posting_id)
        for query in ("产品", "SQL", "3年"):
            assert set(pg.matching_ids(query)) == set(sqlite.matching_ids(query))
            trash = ListQuery(PostingFilter(trash=True))
            assert set(pg.matching_ids(query, trash)) == set(sqlite.matching_ids(query, trash))
        assert not set(ids) & set(pg.matching_ids("产品"))
        assert set(ids) <= set(pg.matching_ids("产品", ListQuery(PostingFilter(trash=True))))
    finally:
        for library in (sqlite, pg):
            for posting_id in ids:
                library.restore_posting(posting_id)
    assert set(ids) <= set(pg.matching_ids("产品"))
