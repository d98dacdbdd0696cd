"""The statements service: listing, search, counts kept current, preferred, uses."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.errors import NotFoundError
from jdeditor.service import Library
from jdeditor.settings import load_settings, save_settings


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    """A new library on each backend: a SQLite file, then a PostgreSQL database."""
    with Library.open(library_url) as opened:
        yield opened


def make_posting(
    title: str,
    requirements: list[str],
    duties: tuple[str, ...] = (),
    language: Language = Language.ZH,
) -> Posting:
    sections = [Section(SectionKind.REQUIREMENTS, "任职要求", [Item(t) for t in requirements])]
    if duties:
        sections.insert(0, Section(SectionKind.DUTIES, "岗位职责", [Item(t) for t in duties]))
    return Posting(title=title, language=language, sections=sections)


def texts(library: Library, **options: object) -> dict[str, int]:
    page = library.statements(include_starter=False, limit=1000, **options)  # type: ignore[arg-type]
    return {entry.text: entry.postings for entry in page.entries}


def test_statements_count_postings_most_used_first(library: Library) -> None:
    library.create_posting(make_posting("A", ["3年以上相关工作经验", "本科及以上学历"]))
    library.create_posting(make_posting("B", ["本科及以上学历", "善于沟通"]))
    page = library.statements(SectionKind.REQUIREMENTS, include_starter=False)
    assert page.total == 3
    assert page.entries[0].text == "本科及以上学历"
    assert page.entries[0].postings == 2
    assert {entry.kind for entry in page.entries} == {SectionKind.REQUIREMENTS}
    assert library.statements(SectionKind.DUTIES, include_starter=False).total == 0


def test_group_headings_are_not_statements(library: Library) -> None:
    posting = make_posting("A", [])
    posting.sections[0].items = [Item("专业能力", [Item("熟悉Python"), Item("熟悉SQL")])]
    library.create_posting(posting)
    assert set(texts(library)) == {"熟悉Python", "熟悉SQL"}


def test_counts_follow_saves_trash_restore_and_purge(library: Library) -> None:
    a = library.create_posting(make_posting("A", ["善于沟通", "熟悉Excel"]))
    library.create_posting(make_posting("B", ["善于沟通"]))
    assert texts(library) == {"善于沟通": 2, "熟悉Excel": 1}
    assert a.id is not None
    a.sections[0].items[1].text = "精通Excel"
    a = library.save_posting(a)
    assert texts(library) == {"善于沟通": 2, "精通Excel": 1}
    library.delete_posting(a.id)
    assert texts(library) == {"善于沟通": 1}
    library.restore_posting(a.id)
    assert texts(library) == {"善于沟通": 2, "精通Excel": 1}
    library.delete_posting(a.id)
    library.purge_posting(a.id)
    assert texts(library) == {"善于沟通": 1}


def test_counts_follow_an_import(library: Library, tmp_path: Path) -> None:
    library.create_posting(make_posting("A", ["善于沟通"]))
    assert texts(library) == {"善于沟通": 1}
    source = tmp_path / "岗位.txt"
    source.write_text("数据分析师\n任职要求：\n1. 善于沟通\n2. 熟悉SQL\n", encoding="utf-8")
    library.import_files([source])
    assert texts(library)["善于沟通"] == 2


def test_search_in_chinese_and_english(library: Library) -> None:
    library.create_posting(make_posting("A", ["熟悉数据分析工具", "善于沟通"]))
    library.create_posting(
        make_posting("B", ["Experience with Excel", "Fluent English"], language=Language.EN)
    )
    assert set(texts(library, search="数")) == {"熟悉数据分析工具"}
    assert set(texts(library, search="数据")) == {"熟悉数据分析工具"}
    assert set(texts(library, search="数据分析")) == {"熟悉数据分析工具"}
    assert set(texts(library, search="据分析工")) == {"熟悉数据分析工具"}
    assert set(texts(library, search="excel")) == {"Experience with Excel"}
    assert set(texts(library, search="Exce")) == {"Experience with Excel"}
    assert set(texts(library, search="ＥＸＣＥＬ")) == {"Experience with Excel"}
    assert texts(library, search="沟通 Excel") == {}
    assert texts(library, search="  ") == texts(library)


def test_preferred_lists_first_and_uses_count(library: Library) -> None:
    library.create_posting(make_posting("A", ["善于沟通", "熟悉Excel"]))
    library.create_posting(make_posting("B", ["善于沟通"]))
    rare = next(
        entry
        for entry in library.statements(include_starter=False).entries
        if entry.text == "熟悉Excel"
    )
    marked = library.set_preferred(rare.id)
    assert marked.preferred
    assert library.statements(include_starter=False).entries[0].text == "熟悉Excel"
    library.set_preferred(rare.id, False)
    assert library.statements(include_starter=False).entries[0].text == "善于沟通"
    for _ in range(3):
        library.count_statement_use(rare.id)
    assert library.statement(rare.id).uses == 3
    assert library.statements(include_starter=False).entries[0].text == "熟悉Excel"
    with pytest.raises(NotFoundError, match="no statement 9999"):
        library.count_statement_use(9999)


def test_ids_stay_when_a_posting_changes(library: Library) -> None:
    posting = library.create_posting(make_posting("A", ["善于沟通"]))
    [entry] = library.statements(include_starter=False).entries
    posting.sections[0].items.append(Item("熟悉SQL"))
    library.save_posting(posting)
    assert library.statement(entry.id).text == "善于沟通"


def test_starter_statements_are_listed_and_hidden_by_the_setting(library: Library) -> None:
    from jdeditor.core.statements.starter import load_starter_statements

    shipped = load_starter_statements()
    page = library.statements(limit=10_000)
    starter = [entry for entry in page.entries if entry.starter]
    assert {(entry.kind, entry.language, entry.text) for entry in starter} == {
        (statement.kind, statement.language, statement.text) for statement in shipped
    }
    assert all(entry.postings == 0 for entry in starter)
    assert any(entry.role for entry in starter)
    settings, _ = load_settings()
    settings.show_starter_statements = False
    save_settings(settings)
    assert not [entry for entry in library.statements(limit=1000).entries if entry.starter]


def test_starter_statements_follow_the_shipped_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdeditor.core.statements.starter import StarterStatement
    from jdeditor.service import statements as service_statements

    shipped = [StarterStatement(SectionKind.DUTIES, Language.ZH, "销售经理", "开拓新客户")]
    monkeypatch.setattr(
        service_statements,
        "_starter_rows",
        lambda: [(s.kind.value, s.language.value, s.role, s.text) for s in shipped],
    )
    path = tmp_path / "starter.db"
    with Library.open(path) as library:
        library.create_posting(make_posting("A", [], duties=("开拓新客户",)))
        [entry] = library.statements().entries
        assert (entry.starter, entry.role, entry.postings) == (True, "销售经理", 1)
    shipped[0] = StarterStatement(SectionKind.DUTIES, Language.ZH, "", "维护老客户")
    with Library.open(path) as library:
        entries = {entry.text: entry for entry in library.statements().entries}
        assert not entries["开拓新客户"].starter
        assert entries["维护老客户"].starter
        assert entries["维护老客户"].postings == 0


@pytest.mark.parametrize("thresholds", ["real", "tiny", "bounded", "split"])
def test_pages_match_a_plain_sort_for_every_query_class(
    library_url: str, monkeypatch: pytest.MonkeyPatch, thresholds: str
) -> None:
    """The indexed page (order, set, total, every offset) against an obvious reference:
    filter every statement by substring, sort by preferred, postings + uses, text, id.
    "tiny": the count's cap and the many-hits threshold are brought down to a handful, so
    every path serves these few statements; the walk in page order (many hits) reads them
    two at a time, and with "bounded" gives up after three and sorts. "split": the walk
    from the top gives up at once, so the head's hits (used more than once, or preferred)
    come from the head in memory and the tail's from a walk of the tail (PostgreSQL
    reads the head first once it is kept): English wordings are on both sides, in both
    kinds, and the tail holds a Chinese wording with "Excel" and a full-width one."""
    from jdeditor.service import statements as service_statements
    from jdeditor.store import statement_reading, statement_search

    cap = 10_000
    if thresholds == "tiny":
        cap = 4
        monkeypatch.setattr(statement_reading, "TOTAL_CAP", cap)
        monkeypatch.setattr(statement_reading, "MANY_HITS", 1)
        monkeypatch.setattr(statement_reading, "_WALK_BATCH", 2)
        monkeypatch.setattr(statement_search, "COUNT_WINDOW", 2)
    if thresholds == "bounded":
        monkeypatch.setattr(statement_reading, "MANY_HITS", 1)
        monkeypatch.setattr(statement_reading, "WALK_ROWS", 3)
        monkeypatch.setattr(statement_reading, "TAIL_ROWS", 3)
        monkeypatch.setattr(statement_reading, "_WALK_BATCH", 2)
    tails: list[str] = []
    if thresholds == "split":
        cap = 4  # PostgreSQL tells many hits by the total
        monkeypatch.setattr(statement_reading, "TOTAL_CAP", cap)
        monkeypatch.setattr(statement_reading, "MANY_HITS", 1)
        monkeypatch.setattr(statement_reading, "WALK_ROWS", 1)
        monkeypatch.setattr(statement_reading, "_WALK_BATCH", 2)
        real_tail = statement_reading._tail

        def counted_tail() -> object:
            tails.append("walked")
            return real_tail()

        monkeypatch.setattr(statement_reading, "_tail", counted_tail)

    monkeypatch.setattr(
        service_statements,
        "_starter_rows",
        lambda: [
            ("requirements", "zh", "", "熟练使用数据库"),
            ("requirements", "en", "", "Experienced with data tools"),
            ("duties", "zh", "销售经理", "整理数据报表"),
        ],
    )
    zh = ["熟悉数据分析", "数据分析能力强", "善于沟通", "三年数据经验", "数学专业", "沟通能力好"]
    en = ["Experience with Excel", "Excel skills", "Team player", "Experienced leader"]
    with Library.open(library_url) as library:
        for number in range(6):  # overlapping sets: ties in postings, broken by text and id
            library.create_posting(
                make_posting(f"Z{number}", zh[number % 3 : number % 3 + 4], duties=(zh[number],))
            )
            duties = ("Update Excel reports",) if number < 2 else ()
            library.create_posting(
                make_posting(
                    f"E{number}", en[number % 2 : number % 2 + 2], duties, language=Language.EN
                )
            )
        # The tail: wordings used once, English ones and Chinese ones with Excel in them.
        library.create_posting(
            make_posting(
                "T",
                ["Excel macros", "Advanced Excel reporting", "Expert Excel user"],
                duties=("Maintain Excel sheets",),
                language=Language.EN,
            )
        )
        library.create_posting(make_posting("ZT", ["熟练使用Excel", "精通ＥＸＣＥＬ"]))
        every = library.statements(limit=10_000).entries
        library.set_preferred(next(e.id for e in every if e.text == "数学专业"))
        library.set_preferred(next(e.id for e in every if e.text == "Excel skills"))
        library.count_statement_use(next(e.id for e in every if e.text == "善于沟通"))
        every = library.statements(limit=10_000).entries
        assert any(entry.starter for entry in every)

        def reference(kind: SectionKind | None, query: str) -> list[int]:
            found = [
                entry
                for entry in every
                if (kind is None or entry.kind == kind)
                and query.casefold() in unicodedata.normalize("NFKC", entry.text).casefold()
            ]
            found.sort(key=lambda e: (not e.preferred, -(e.postings + e.uses), e.text, e.id))
            return [entry.id for entry in found]

        for query in ["", "数", "沟", "数据", "数据分析", "excel", "exper", "team"]:
            for kind in (None, SectionKind.REQUIREMENTS, SectionKind.DUTIES):
                expected = reference(kind, query)
                assert expected or kind is not None, (query, kind)
                whole = library.statements(kind, query, limit=1000)
                assert [entry.id for entry in whole.entries] == expected, (query, kind)
                assert whole.total == min(len(expected), cap), (query, kind)
                assert whole.total_exact == (len(expected) <= cap), (query, kind)
                paged = [
                    entry.id
                    for offset in range(0, len(expected) + 3, 3)
                    for entry in library.statements(kind, query, offset=offset, limit=3).entries
                ]
                assert paged == expected, (query, kind)
                for language in Language:
                    within = [e.id for e in every if e.language == language and e.id in expected]
                    found = library.statements(kind, query, language=language, limit=1000)
                    assert [entry.id for entry in found.entries] == within, (query, language)
        if thresholds == "split":
            # The head and tail path served the searches, on both databases.
            assert tails
            for kind in (None, SectionKind.REQUIREMENTS, SectionKind.DUTIES):
                scores = {e.postings + e.uses for e in every if e.id in reference(kind, "excel")}
                assert 1 in scores and max(scores) > 1, kind  # hits on both sides
        own = [e.id for e in every if not e.starter and e.id in reference(None, "数据")]
        found = library.statements(None, "数据", include_starter=False, limit=1000)
        assert [entry.id for entry in found.entries] == own
