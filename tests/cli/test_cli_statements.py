"""``statements``: list and search, families, reword (dry run and applied), revert."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.service import Library
from tests.cli.test_cli import run


def _posting(title: str, requirement: str, language: Language = Language.ZH) -> Posting:
    return Posting(
        title=title,
        language=language,
        sections=[
            Section(SectionKind.REQUIREMENTS, "任职要求", [Item(requirement), Item("善于沟通")])
        ],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.db"
    with Library.open(path) as library:
        library.create_posting(_posting("甲", "3年以上相关工作经验"))
        library.create_posting(_posting("乙", "三年以上相关工作经验"))
        library.create_posting(_posting("Engineer", "Fluent English", Language.EN))
    return path


def _family_id(db: Path) -> str:
    result = run("statements", "families", "--kind", "requirements", "--json", db=db)
    assert result.returncode == 0, result.stderr
    [family] = json.loads(result.stdout)
    assert {variant["text"] for variant in family["variants"]} == {
        "3年以上相关工作经验",
        "三年以上相关工作经验",
    }
    assert all(variant["postings"] == 1 for variant in family["variants"])
    return str(family["id"])


def test_list_and_search(db: Path) -> None:
    starter = json.loads(run("statements", "--search", "相关", "--json", db=db).stdout)
    assert any(entry["starter"] for entry in starter["statements"])
    hidden = run("settings", "set", "show_starter_statements", "false")
    assert hidden.returncode == 0, hidden.stderr
    assert "show_starter_statements" in run("settings").stdout
    result = run("statements", "--kind", "requirements", db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["ID", "KIND", "LANG", "POSTINGS"]
    assert "善于沟通" in lines[1]  # the most used first
    found = json.loads(run("statements", "--search", "相关", "--json", db=db).stdout)
    assert {entry["text"] for entry in found["statements"]} == {
        "3年以上相关工作经验",
        "三年以上相关工作经验",
    }
    english = json.loads(run("statements", "--search", "fluen", "--json", db=db).stdout)
    assert [entry["text"] for entry in english["statements"]] == ["Fluent English"]
    limited = json.loads(run("statements", "--limit", "1", "--json", db=db).stdout)
    assert len(limited["statements"]) == 1 and limited["total"] > 1


def test_families_as_text(db: Path) -> None:
    family_id = _family_id(db)
    result = run("statements", "families", db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{family_id}  requirements (zh), 2 postings")
    assert "      1  三年以上相关工作经验" in result.stdout


def test_reword_dry_run_apply_and_revert(db: Path) -> None:
    family_id = _family_id(db)
    dry = run(
        "statements", "reword", family_id, "--to", "3年及以上相关工作经验", "--dry-run", db=db
    )
    assert dry.returncode == 0, dry.stderr
    assert "  - 三年以上相关工作经验\n  + 3年及以上相关工作经验" in dry.stdout
    assert "2 postings would change (nothing was saved)." in dry.stdout
    with Library.open(db, create=False) as library:
        assert library.get_posting(1).version == 1
    applied = run("statements", "reword", family_id, "--to", "3年及以上相关工作经验", db=db)
    assert applied.returncode == 0, applied.stderr
    assert "Reworded 2 postings as change 1." in applied.stdout
    assert f"To undo it: jdeditor --db {db} statements revert 1" in applied.stdout
    with Library.open(db, create=False) as library:
        assert library.get_posting(2).sections[0].items[0].text == "3年及以上相关工作经验"
    changes = json.loads(run("statements", "changes", "--json", db=db).stdout)
    assert [change["id"] for change in changes] == [1]
    reverted = run("statements", "revert", "1", db=db)
    assert reverted.returncode == 0, reverted.stderr
    assert "Put back 2 postings as they were before change 1." in reverted.stdout
    with Library.open(db, create=False) as library:
        assert library.get_posting(2).sections[0].items[0].text == "三年以上相关工作经验"
        assert library.get_posting(2).version == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["reword", "0123456789ab", "--to", "x"], "no statement family 0123456789ab"),
        (["reword", "0123456789ab"], "--to TEXT"),
        (["reword"], "Name the family"),
        (["revert", "7"], "no reword change 7"),
        (["revert", "seven"], "'seven' is not a change id"),
        (["revert"], "Name the change"),
    ],
    ids=" ".join,
)
def test_clear_errors(db: Path, args: list[str], message: str) -> None:
    result = run("statements", *args, db=db)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_capped_total_says_plus(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from jdeditor.commands import statements as command
    from jdeditor.core.statements.catalog import StatementPage

    class Capped:
        def statements(self, *_args: object, **_options: object) -> StatementPage:
            return StatementPage(1000, [], total_exact=False)

    options = argparse.Namespace(kind=None, language=None, search="数", limit=8, json=False)
    assert command._list(Capped(), options) == 0  # type: ignore[arg-type]
    assert capsys.readouterr().out.splitlines()[-1] == "0 of 1,000+ statements"
    options.json = True
    assert command._list(Capped(), options) == 0  # type: ignore[arg-type]
    found = json.loads(capsys.readouterr().out)
    assert found["total"] == 1000 and found["total_exact"] is False
