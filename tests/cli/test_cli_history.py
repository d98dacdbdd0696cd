"""``history``, ``diff``, ``revert`` and ``set`` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdeditor.core.model import Item
from jdeditor.service import Library
from tests.cli.test_cli import run
from tests.factories import chinese_posting, english_posting


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Posting 1 (Chinese) and 2 (English), each with a second revision that edits them."""
    path = tmp_path / "lib.db"
    with Library.open(path) as library:
        chinese = library.create_posting(chinese_posting())
        duties = chinese.sections[0].items
        duties[0], duties[1] = duties[1], duties[0]
        chinese.sections[1].items[0].text = "硕士及以上学历，统计学相关专业"
        library.save_posting(chinese, "edited")
        english = library.create_posting(english_posting())
        english.sections[0].items[0].text = "Design and build REST APIs in Python"
        english.sections[0].items.append(Item("Mentor new engineers"))
        english.department = "Platform"
        library.save_posting(english, "edited")
    return path


def test_history_shows_what_each_revision_changed(db: Path) -> None:
    result = run("history", "1", db=db)
    assert result.returncode == 0, result.stderr
    assert "CHANGES" in result.stdout and "修改第 1 条任职要求" in result.stdout
    data = json.loads(run("history", "2", "--json", "--language", "en", db=db).stdout)
    assert [row["version"] for row in data] == [2, 1]
    assert set(data[0]) == {"id", "posting_id", "version", "created_at", "note", "title", "changes"}
    assert data[0]["changes"] == "duty 3 added, duty 1 edited, department changed"
    assert data[1]["changes"] == ""


def test_diff_of_two_chinese_revisions_marks_moved_and_edited_items(db: Path) -> None:
    result = run("diff", "1@1", "1@2", db=db)
    assert result.returncode == 0, result.stderr
    assert "  > 2. 市场及用户研究 (moved from 1)" in result.stdout
    assert "  ~ 1. [-本科-]{+硕士+}及以上学历，统计学相关专业" in result.stdout
    # ID alone is the posting as it is now: the same as its last revision.
    assert run("diff", "1@1", "1", db=db).stdout.splitlines()[2:] == result.stdout.splitlines()[2:]


def test_diff_of_english_revisions_marks_words_and_fields(db: Path) -> None:
    out = run("diff", "2@1", "2@2", db=db).stdout
    assert "department: [-Engineering-]{+Platform+}" in out
    assert "  ~ 1. Design and build {+REST +}APIs in Python" in out
    assert "  + 3. Mentor new engineers" in out


def test_diff_between_two_postings(db: Path) -> None:
    result = run("diff", "1", "2", db=db)
    assert result.returncode == 0, result.stderr
    assert "title: [-高级数据分析师-]{+Senior Backend Engineer+}" in result.stdout
    assert "salary: 15000–25000 CNY/month → 62.50– EUR/hour" in result.stdout


def test_diff_json_shape(db: Path) -> None:
    data = json.loads(run("diff", "1@1", "1@2", "--json", db=db).stdout)
    assert set(data) == {"old", "new", "summary", "changed", "fields", "sections"}
    assert data["old"] == {"id": 1, "version": 1} and data["new"] == {"id": 1, "version": 2}
    changes = {item["change"] for section in data["sections"] for item in section["items"]}
    assert {"moved", "edited", "unchanged"} <= changes
    assert data["summary"] == "移动第 2 条岗位职责，修改第 1 条任职要求"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "1@9", "1"], "Posting 1 has no revision 9 (its revisions: 1, 2)"),
        (["diff", "1", "7"], "There is no posting 7"),
        (["revert", "1", "9"], "Posting 1 has no revision 9"),
        (["revert", "7", "1"], "There is no posting 7"),
        (["history", "7"], "There is no posting 7"),
    ],
)
def test_unknown_ids_and_revisions_exit_1(db: Path, args: list[str], message: str) -> None:
    result = run(*args, db=db)
    assert result.returncode == 1 and message in result.stderr


def test_a_malformed_ref_is_a_usage_error(db: Path) -> None:
    result = run("diff", "1@x", "1", db=db)
    assert result.returncode == 2 and "ID@REV" in result.stderr


def test_revert_saves_a_new_revision_and_history_keeps_all(db: Path) -> None:
    result = run("revert", "1", "1", db=db)
    assert result.returncode == 0, result.stderr
    assert "restored revision 1 as revision 3" in result.stdout
    assert "~ 1. [-硕士-]{+本科+}及以上学历" in result.stdout
    history = json.loads(run("history", "1", "--json", db=db).stdout)
    assert [row["version"] for row in history] == [3, 2, 1]
    assert history[0]["note"] == "restored revision 1"
    assert json.loads(run("diff", "1@1", "1@3", "--json", db=db).stdout)["changed"] is False
    again = run("revert", "1", "3", db=db)
    assert again.returncode == 0 and "nothing saved" in again.stdout
    assert len(json.loads(run("history", "1", "--json", db=db).stdout)) == 3


def test_set_saves_a_revision_named_after_the_field(db: Path) -> None:
    result = run("set", "1", "status", "archived", db=db)
    assert result.returncode == 0, result.stderr
    assert "status published → archived (revision 3)" in result.stdout
    assert run("set", "2", "tags", "python, 后端", db=db).returncode == 0
    assert run("set", "2", "headcount", "4", db=db).returncode == 0
    shown = json.loads(run("show", "2", "--json", db=db).stdout)["posting"]
    assert shown["tags"] == ["python", "后端"] and shown["headcount"] == 4
    history = json.loads(run("history", "1", "--json", "--language", "en", db=db).stdout)
    assert history[0]["note"] == "set status" and history[0]["changes"] == "status changed"
    same = run("set", "1", "status", "archived", db=db)
    assert "nothing saved" in same.stdout
    assert len(json.loads(run("history", "1", "--json", db=db).stdout)) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["status", "live"], "status: 'live' is not allowed; use one of: draft, in_review"),
        (["employment_type", "gig"], "employment_type: 'gig' is not allowed; use one of"),
        (["headcount", "-2"], "headcount: '-2' is not allowed"),
        (["title", " "], "title: The posting has no title"),
    ],
)
def test_set_refuses_bad_values(db: Path, args: list[str], message: str) -> None:
    result = run("set", "1", *args, db=db)
    assert result.returncode == 1 and message in result.stderr
    assert len(json.loads(run("history", "1", "--json", db=db).stdout)) == 2


def test_set_an_unknown_field_is_a_usage_error(db: Path) -> None:
    result = run("set", "1", "salary", "100", db=db)
    assert result.returncode == 2 and "status" in result.stderr
