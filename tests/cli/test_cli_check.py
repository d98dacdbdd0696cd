"""`jdeditor check ID... | --all [--json]`: findings printed, exit 1 while errors remain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdeditor.cli import main
from jdeditor.core.model import Dismissal, Item
from jdeditor.service import Library
from tests.checks_support import use_test_rules as use_test_rules  # a fixture
from tests.factories import chinese_posting, english_posting

pytestmark = pytest.mark.usefixtures("use_test_rules")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A library with a clean posting (1), one with two errors and an info (2), one
    whose error is dismissed (3) and one in the trash with an error (4)."""
    path = tmp_path / "lib.db"
    with Library.open(path) as library:
        library.create_posting(english_posting())
        faulty = chinese_posting("有问题的岗位")
        faulty.sections[1].items.append(Item("已婚已育优先!"))
        faulty.summary = "薪资 ___ 面议"
        library.create_posting(faulty)
        dismissed = chinese_posting("已确认的岗位")
        dismissed.summary = "薪资 ___"
        stored = library.create_posting(dismissed)
        [finding] = library.check(stored)
        stored.dismissals = [Dismissal(finding.key, "模板占位，发布前填写")]
        library.save_posting(stored)
        trashed = library.create_posting(faulty)
        library.delete_posting(trashed.id or 0)
    return path


def check(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["--db", str(db), "check", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_clean_posting_exits_0(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(db, capsys, "1")
    assert status == 0
    assert "0 error, 0 warning, 0 info" in out
    assert "Checked 1 posting: 0 unresolved errors." in out


def test_errors_exit_1_and_are_printed_in_the_postings_language(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = check(db, capsys, "2")
    assert status == 1
    assert "#2 有问题的岗位: 2 error, 0 warning, 1 info" in out
    assert 'test.married  任职要求 › item 3 "已婚"' in out
    assert "婚育条件" in out and "《妇女权益保障法》第43条" in out
    assert 'test.blank  summary "___"' in out
    assert "→ ！" in out  # the suggestion of the info finding
    status, out, _ = check(db, capsys, "2", "--language", "en")
    assert "Marriage condition" in out


def test_a_dismissed_error_no_longer_counts(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(db, capsys, "3")
    assert status == 0
    assert "___" not in out


def test_json_has_every_field_of_each_finding(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(db, capsys, "2", "1", "--json")
    assert status == 1
    data = json.loads(out)
    assert (data["checked"], data["errors"]) == (2, 2)
    first, second, third = data["findings"]
    assert first == {
        "posting_id": 2,
        "title": "有问题的岗位",
        "rule": "test.blank",
        "category": "quality",
        "severity": "error",
        "message": "留有空白占位符",
        "explanation": "填写或删除 ___。",
        "source": None,
        "section": None,
        "field": "summary",
        "item_path": None,
        "span_text": "___",
        "suggestion": None,
    }
    assert (second["rule"], second["category"], second["section"], second["item_path"]) == (
        "test.married",
        "law",
        "任职要求",
        [2],
    )
    assert second["source"] == "《妇女权益保障法》第43条"
    assert (third["severity"], third["span_text"], third["suggestion"]) == ("info", "!", "！")


def test_all_checks_every_live_posting(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(db, capsys, "--all", "--json")
    assert status == 1
    data = json.loads(out)
    assert data["checked"] == 3  # not the one in the trash
    assert {finding["posting_id"] for finding in data["findings"]} == {2}


def test_ids_and_all_together_or_neither_are_refused(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in ((), ("1", "--all")):
        status, out, err = check(db, capsys, *args)
        assert status == 1
        assert "Name the postings to check" in err
        assert out == ""


def test_an_unknown_posting_is_named(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = check(db, capsys, "1", "99")
    assert status == 1
    assert "There is no posting 99" in err
