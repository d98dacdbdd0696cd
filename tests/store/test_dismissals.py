"""Dismissed check findings and the stored error count: saved, reloaded, in revisions,
through the JSON format, and kept current on every write."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import Dismissal, Item, Posting
from jdeditor.core.serialization import posting_from_dict, posting_to_dict
from jdeditor.formats.json_format import dumps_library, loads_document
from jdeditor.service import Library
from tests.checks_support import BLANK_RULE, MARRIED_RULE, use_rules
from tests.checks_support import use_test_rules as use_test_rules  # a fixture
from tests.factories import chinese_posting, english_posting

FIXTURES = Path(__file__).parent / "fixtures"
WHEN = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
AGE = Dismissal("zh.age:0123456789abcdef", "校园招聘，按应届生惯例", WHEN)
DEBRIS = Dismissal("quality.debris:fedcba9876543210", "", None)


def with_dismissals() -> Posting:
    posting = chinese_posting()
    posting.dismissals = [AGE, DEBRIS]
    return posting


def test_dismissals_survive_save_and_reload(library: Library) -> None:
    stored = library.create_posting(with_dismissals())
    assert library.get_posting(stored.id or 0).dismissals == [AGE, DEBRIS]
    stored.dismissals = [DEBRIS]
    saved = library.save_posting(stored)
    assert saved.dismissals == [DEBRIS]
    assert library.get_posting(stored.id or 0).dismissals == [DEBRIS]
    saved.dismissals = []
    assert library.save_posting(saved).dismissals == []


def test_revisions_keep_the_dismissals_of_their_time(library: Library) -> None:
    stored = library.create_posting(with_dismissals())
    stored.dismissals = []
    library.save_posting(stored)
    newest, first = library.history(stored.id or 0)
    assert library.revision(first.id)[1].dismissals == [AGE, DEBRIS]
    assert library.revision(newest.id)[1].dismissals == []


def test_dismissals_are_not_content_for_the_fingerprint() -> None:
    plain = chinese_posting()
    assert content_fingerprint(with_dismissals()) == content_fingerprint(plain)


def test_dismissals_go_through_a_library_file(library: Library, tmp_path: Path) -> None:
    stored = library.create_posting(with_dismissals())
    text = dumps_library([library.get_posting(stored.id or 0)])
    data = json.loads(text)["postings"][0]
    assert data["dismissals"] == [
        {"key": AGE.key, "reason": AGE.reason, "dismissed_at": "2026-12-04T09:30:00Z"},
        {"key": DEBRIS.key, "reason": "", "dismissed_at": None},
    ]
    assert list(data)[-2:] == ["dismissals", "sections"]
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    with Library.open(tmp_path / "other.db") as other:
        [added] = other.import_files([path], allow_duplicates=True).added
        assert other.get_posting(added).dismissals == [AGE, DEBRIS]


def test_postings_without_dismissals_write_and_read_as_before() -> None:
    data = posting_to_dict(chinese_posting())
    assert "dismissals" not in data  # files and snapshots of such postings are unchanged
    assert posting_from_dict(data).dismissals == []


def test_a_bad_dismissal_is_named_by_its_path() -> None:
    data = posting_to_dict(with_dismissals())
    data["dismissals"][1] = {"key": "", "reason": "", "dismissed_at": None}
    document = {"format": "jdeditor.posting", "version": 1, "posting": data}
    with pytest.raises(Exception, match=r"posting\.dismissals\[1\]\.key: must not be empty"):
        loads_document(json.dumps(document))


@pytest.mark.usefixtures("use_test_rules")
def test_error_count_is_kept_current_on_create_and_save(library: Library) -> None:
    posting = chinese_posting()
    posting.sections[0].items.append(Item("已婚优先，___"))
    stored = library.create_posting(posting)
    assert library.error_counts([stored.id or 0]) == {stored.id: 2}
    [row] = library.list_postings().rows
    assert row.errors == 2
    stored.sections[0].items[-1].text = "已婚优先"
    stored = library.save_posting(stored)
    assert library.error_counts([stored.id or 0]) == {stored.id: 1}
    [finding] = library.check(stored)
    assert finding.rule is MARRIED_RULE
    stored.dismissals = [Dismissal(finding.key, "法务已确认")]
    stored = library.save_posting(stored)
    assert library.error_counts([stored.id or 0]) == {stored.id: 0}
    assert library.check(stored) == []


@pytest.mark.usefixtures("use_test_rules")
def test_with_errors_lists_only_postings_with_unresolved_errors(library: Library) -> None:
    clean = library.create_posting(english_posting())
    faulty = chinese_posting("有空白的岗位")
    faulty.summary = "薪资面议 ___"
    flagged = library.create_posting(faulty)
    page = library.list_postings(ListQuery(PostingFilter(with_errors=True)))
    assert [row.id for row in page.rows] == [flagged.id]
    assert page.total == 1
    assert {row.id: row.errors for row in library.list_postings().rows} == {
        clean.id: 0,
        flagged.id: 1,
    }
    assert library.matching_ids("", ListQuery(PostingFilter(with_errors=True))) == [flagged.id]


def _import_two_errors(library: Library, tmp_path: Path) -> int:
    source = tmp_path / "岗位.txt"
    source.write_text(
        "数据分析师\n岗位职责：\n1. 负责报表 ___\n2. 负责分析\n任职要求：\n1. 已婚\n",
        encoding="utf-8",
    )
    [added] = library.import_files([source]).added
    return added


@pytest.mark.usefixtures("use_test_rules")
def test_an_import_leaves_errors_uncounted_until_the_filter_counts_them(
    library: Library, tmp_path: Path
) -> None:
    added = _import_two_errors(library, tmp_path)
    assert library.error_counts([added]) == {added: None}  # the import does not count
    assert [row.errors for row in library.list_postings().rows] == [None]
    page = library.list_postings(ListQuery(PostingFilter(with_errors=True)))
    assert [(row.id, row.errors) for row in page.rows] == [(added, 2)]
    assert library.error_counts([added]) == {added: 2}


@pytest.mark.usefixtures("use_test_rules")
@pytest.mark.parametrize("ask", ["search", "matching_ids", "unresolved_errors", "recount"])
def test_whatever_needs_the_counts_counts_imported_postings(
    library: Library, tmp_path: Path, ask: str
) -> None:
    added = _import_two_errors(library, tmp_path)
    with_errors = PostingFilter(with_errors=True)
    if ask == "search":
        assert [hit.summary.id for hit in library.search("数据", with_errors).hits] == [added]
    elif ask == "matching_ids":
        assert library.matching_ids("", ListQuery(with_errors)) == [added]
    elif ask == "unresolved_errors":
        assert library.unresolved_errors([added]) == (1, 2)
    else:
        assert library.recount_checks(only_uncounted=True) == 1
    assert library.error_counts([added]) == {added: 2}


@pytest.mark.usefixtures("use_test_rules")
def test_check_postings_corrects_counts_made_under_other_rules(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    posting = chinese_posting()
    posting.summary = "已婚 ___"
    use_rules(monkeypatch, (BLANK_RULE,))
    stored = library.create_posting(posting)
    assert library.error_counts([stored.id or 0]) == {stored.id: 1}
    use_rules(monkeypatch, (BLANK_RULE, MARRIED_RULE))
    [result] = library.check_postings([stored.id or 0])
    assert result.errors == 2
    assert library.error_counts([stored.id or 0]) == {stored.id: 2}
    assert library.recount_checks() == 1


@pytest.mark.usefixtures("use_test_rules")
def test_a_schema_0002_library_upgrades_uncounted_then_counts(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    shutil.copy(FIXTURES / "schema-0002.db", path)
    with Library.open(path) as library:
        rows = library.list_postings().rows
        assert len(rows) == 2
        assert {row.errors for row in rows} == {None}  # not counted yet: not "no errors"
        assert all(library.get_posting(row.id).dismissals == [] for row in rows)
        assert library.list_postings(ListQuery(PostingFilter(with_errors=True))).total == 0
        assert library.unresolved_errors() == (0, 0)  # counts the uncounted on the way
        assert {row.errors for row in library.list_postings().rows} == {0}
        assert library.recount_checks(only_uncounted=True) == 0
        assert library.recount_checks() == 2
        assert {row.errors for row in library.list_postings().rows} == {0}
        # the upgraded library stores dismissals from now on
        posting = library.get_posting(rows[0].id)
        posting.dismissals = [AGE]
        assert library.save_posting(posting).dismissals == [AGE]


def test_the_schema_0003_fixture_keeps_its_dismissal(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    shutil.copy(FIXTURES / "schema-0003.db", path)
    with Library.open(path) as library:
        [chinese] = [row for row in library.list_postings().rows if row.title == "高级数据分析师"]
        [kept] = library.get_posting(chinese.id).dismissals
        assert kept.key == "zh.age:0123456789abcdef"
        assert kept.dismissed_at == datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


@pytest.mark.usefixtures("use_test_rules")
def test_the_export_question_counts_postings_never_counted(library_path: Path) -> None:
    with Library.open(library_path) as library:
        posting = chinese_posting()
        posting.summary = "已婚 ___"
        stored = library.create_posting(posting)
        library.create_posting(english_posting())
    connection = sqlite3.connect(library_path)
    connection.execute("UPDATE postings SET check_errors = NULL")  # as stored before 0003
    connection.commit()
    connection.close()
    with Library.open(library_path) as library:
        assert library.error_counts([stored.id or 0]) == {stored.id: None}
        assert library.unresolved_errors([stored.id or 0]) == (1, 2)
        assert library.unresolved_errors() == (1, 2)
        assert library.error_counts([stored.id or 0]) == {stored.id: 2}
