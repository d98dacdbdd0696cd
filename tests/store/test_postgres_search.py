"""The search index follows every write on both databases, and a PostgreSQL library
made before the index existed gets it, filled, when it opens."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from jdeditor.core.listing import PostingFilter
from jdeditor.core.model import Item, Posting, Section, SectionKind
from jdeditor.service import Library
from jdeditor.store.postgres_search import VERSION, PostgresSearch
from jdeditor.store.search import LikeSearch


def _posting(title: str, *items: str) -> Posting:
    return Posting(
        title=title, sections=[Section(SectionKind.DUTIES, "岗位职责", [Item(t) for t in items])]
    )


def _ids(library: Library, query: str, trash: bool = False) -> set[int]:
    return {hit.summary.id for hit in library.search(query, PostingFilter(trash=trash)).hits}


def test_index_follows_every_write(library_url: str) -> None:
    with Library.open(library_url) as library:
        assert not isinstance(library._repository.search_backend, LikeSearch)
        [first, second] = library._repository.add_many(
            [_posting("数据分析师", "负责数据报表", "熟练使用SQL"), _posting("Engineer", "MySQL")]
        )
        assert _ids(library, "SQL") == {first}  # a word prefix: MySQL is another word
        assert _ids(library, "mysql") == {second}
        posting = library.get_posting(first)
        posting.sections[0].items[0].text = "负责预算管理"
        library.save_posting(posting)
        assert _ids(library, "数据报") == set()
        assert _ids(library, "预算管") == {first}
        library.delete_posting(first)
        assert _ids(library, "预算") == set()
        assert _ids(library, "预算", trash=True) == {first}
        library.restore_posting(first)
        assert _ids(library, "预算") == {first}
        library.delete_posting(second)
        library.purge_posting(second)
        assert _ids(library, "mysql", trash=True) == set()
        library.rebuild_search_index()
        assert _ids(library, "数据分析") == {first}


def _drop_or_age(url: str, statement: str) -> None:
    with Library.open(url) as library, library._repository.engine.begin() as connection:
        connection.execute(text(statement))


@pytest.mark.parametrize(
    "change",
    [
        "DROP TABLE posting_search; DROP TABLE statement_search",  # made before the index
        "COMMENT ON TABLE posting_search IS 'jdeditor search v0'",  # an older index
    ],
)
def test_a_library_without_a_current_index_gets_one_filled(postgres_url: str, change: str) -> None:
    with Library.open(postgres_url) as library:
        [posting_id] = library._repository.add_many([_posting("产品经理", "负责产品规划")])
        assert library.statements(search="产品规划", include_starter=False).total == 1
    _drop_or_age(postgres_url, change)
    with Library.open(postgres_url) as library:
        assert isinstance(library._repository.search_backend, PostgresSearch)
        assert _ids(library, "产品规划") == {posting_id}
        assert library.statements(search="产品规划", include_starter=False).total == 1
        with library._repository.engine.connect() as connection:
            comment = connection.scalar(
                text("SELECT obj_description('posting_search'::regclass, 'pg_class')")
            )
        assert comment == VERSION


def test_a_role_that_may_not_create_the_index_searches_without_it(postgres_url: str) -> None:
    from sqlalchemy.engine import make_url

    role = "reader_" + make_url(postgres_url).database.removeprefix("jd_")  # type: ignore[union-attr]
    with Library.open(postgres_url) as library:
        [posting_id] = library._repository.add_many([_posting("产品经理", "负责产品规划")])
        with library._repository.engine.begin() as connection:
            connection.execute(text("DROP TABLE posting_search; DROP TABLE statement_search"))
            connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'secret'"))
            connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
    reader_url = make_url(postgres_url).set(username=role, password="secret")
    try:
        with Library.open(reader_url.render_as_string(hide_password=False)) as library:
            assert isinstance(library._repository.search_backend, LikeSearch)
            assert _ids(library, "产品规划") == {posting_id}
    finally:
        with Library.open(postgres_url) as library, library._repository.engine.begin() as c:
            c.execute(text(f"DROP OWNED BY {role}; DROP ROLE {role}"))


def test_two_processes_opening_at_once_build_the_index_once(postgres_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with Library.open(postgres_url) as library:
        library._repository.add_many([_posting(f"产品经理 {n}", "负责产品规划") for n in range(50)])
    _drop_or_age(postgres_url, "DROP TABLE posting_search; DROP TABLE statement_search")

    def open_and_search(_: int) -> int:
        with Library.open(postgres_url) as library:
            assert isinstance(library._repository.search_backend, PostgresSearch)
            return library.search("产品规划").total

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(open_and_search, range(4))) == [50] * 4
