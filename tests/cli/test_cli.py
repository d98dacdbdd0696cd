"""The command line, through the real entry point (``python -m jdeditor``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jdeditor.formats import json_format
from tests.factories import chinese_posting, english_posting


def run(
    *args: str, db: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "jdeditor"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        timeout=120,
        check=False,
    )


@pytest.fixture
def sample_json(tmp_path: Path) -> Path:
    path = tmp_path / "postings.json"
    json_format.write_file(path, json_format.dumps_library([chinese_posting(), english_posting()]))
    return path


@pytest.fixture
def db(tmp_path: Path, sample_json: Path) -> Path:
    path = tmp_path / "lib.db"
    result = run("import", str(sample_json), db=path)
    assert result.returncode == 0, result.stderr
    return path


def test_import_then_list_and_show(db: Path) -> None:
    listed = run("list", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data["total"] == 2
    titles = {row["title"] for row in data["rows"]}
    assert titles == {"高级数据分析师", "Senior Backend Engineer"}
    human = run("list", db=db)
    assert "高级数据分析师" in human.stdout and "2 of 2 postings" in human.stdout
    chinese_id = next(row["id"] for row in data["rows"] if row["title"] == "高级数据分析师")
    shown = run("show", str(chinese_id), db=db)
    assert "1. 市场及用户研究" in shown.stdout
    assert "    1.1. 市场分析：了解竞争对手产品" in shown.stdout
    as_json = json.loads(run("show", str(chinese_id), "--json", db=db).stdout)
    assert as_json["format"] == "jdeditor.posting"
    assert as_json["posting"]["title"] == "高级数据分析师"


def test_import_twice_skips_duplicates(db: Path, sample_json: Path) -> None:
    again = run("import", str(sample_json), db=db)
    assert again.returncode == 0
    assert "skipped" in again.stdout
    assert json.loads(run("list", "--json", db=db).stdout)["total"] == 2
    copies = run("import", str(sample_json), "--allow-duplicates", db=db)
    assert copies.returncode == 0
    assert json.loads(run("list", "--json", db=db).stdout)["total"] == 4


def test_dry_run_changes_nothing(tmp_path: Path, sample_json: Path) -> None:
    path = tmp_path / "dry.db"
    result = run("import", str(sample_json), "--dry-run", "--json", db=path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [entry["action"] for entry in report["postings"]] == ["would-add", "would-add"]
    assert not path.exists()  # not even an empty library


def test_search_in_chinese_and_english(db: Path) -> None:
    hits = json.loads(run("search", "数据", "--json", db=db).stdout)
    assert [hit["title"] for hit in hits["hits"]] == ["高级数据分析师"]
    english = run("search", "postgresql", db=db)
    assert "Senior Backend Engineer" in english.stdout
    assert "PostgreSQL" in english.stdout  # the snippet


def test_export_round_trip_into_empty_library(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    result = run("export", "--all", "--format", "json", "--out", str(out), db=db)
    assert result.returncode == 0, result.stderr
    fresh = tmp_path / "fresh.db"
    assert run("import", str(out), db=fresh).returncode == 0
    again = tmp_path / "again.json"
    assert run("export", "--all", "--out", str(again), db=fresh).returncode == 0
    first = json.loads(out.read_text(encoding="utf-8"))["postings"]
    second = json.loads(again.read_text(encoding="utf-8"))["postings"]
    for posting in first + second:
        posting.pop("id")
    assert sorted(first, key=lambda p: p["title"]) == sorted(second, key=lambda p: p["title"])


def test_delete_restore_history(db: Path) -> None:
    rows = json.loads(run("list", "--json", db=db).stdout)["rows"]
    posting_id = str(rows[0]["id"])
    assert run("delete", posting_id, db=db).returncode == 0
    trash = json.loads(run("list", "--trash", "--json", db=db).stdout)
    assert [row["id"] for row in trash["rows"]] == [int(posting_id)]
    assert run("restore", posting_id, db=db).returncode == 0
    history = json.loads(run("history", posting_id, "--json", db=db).stdout)
    assert len(history) == 1 and history[0]["version"] == 1


def test_db_info_upgrade_backup(db: Path, tmp_path: Path) -> None:
    info = json.loads(run("db", "info", "--json", db=db).stdout)
    assert info["postings"] == 2 and info["schema_revision"]
    assert run("db", "upgrade", db=db).returncode == 0
    target = tmp_path / "backup.db"
    assert run("db", "backup", "--out", str(target), db=db).returncode == 0
    assert json.loads(run("list", "--json", db=target).stdout)["total"] == 2


def test_env_variable_chooses_the_library(db: Path) -> None:
    result = run("list", "--json", env={"JDEDITOR_DB": str(db)})
    assert json.loads(result.stdout)["total"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "999"], "There is no posting 999"),
        (["import", "missing-file.json"], "missing-file.json: no such file"),
        (["restore", "1"], "not in the trash"),
        (["export", "--out", "x.json"], "Name the postings to export"),
        (["export", "999", "--out", "x.json"], "no posting with id 999"),
    ],
)
def test_user_errors_are_one_clear_line(db: Path, args: list[str], message: str) -> None:
    result = run(*args, db=db)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_json_file_names_file_and_line_and_changes_nothing(db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "jdeditor.library",\n "version": 1,\n "postings": [}\n', encoding="utf-8"
    )
    result = run("import", str(broken), db=db)
    assert result.returncode == 1
    assert "broken.json" in result.stderr and "line 3" in result.stderr
    assert json.loads(run("list", "--json", db=db).stdout)["total"] == 2


def test_newer_json_format_is_refused(db: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.json"
    newer.write_text(
        '{"format": "jdeditor.library", "version": 99, "postings": []}', encoding="utf-8"
    )
    result = run("import", str(newer), db=db)
    assert result.returncode == 1 and "newer" in result.stderr


def test_bad_library_file_is_a_clear_error(tmp_path: Path) -> None:
    not_db = tmp_path / "word.docx"
    not_db.write_bytes(b"PK\x03\x04" + b"\0" * 2000)
    result = run("list", db=not_db)
    assert result.returncode == 1
    assert "word.docx" in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_exit_2() -> None:
    assert run("show", "abc").returncode == 2


def test_no_command_does_not_fail() -> None:
    assert run("--version").stdout.startswith("jdeditor ")


def test_search_says_when_the_total_is_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Past the cap (3 here, 1,000 in use) the text says "N+" and the JSON ``total_exact``."""
    from jdeditor import cli
    from jdeditor.service import Library
    from jdeditor.store import search

    path = tmp_path / "capped.db"
    with Library.open(path) as library:
        for n in range(5):
            library.create_posting(chinese_posting(f"数据分析师 {n}"))
    monkeypatch.setattr(search, "TOTAL_CAP", 3)
    assert cli.main(["--db", str(path), "search", "数据", "--limit", "2"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 of 3+ matches for “数据”."
    assert cli.main(["--db", str(path), "search", "数据", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["total"], found["total_exact"], len(found["hits"])) == (3, False, 5)
    monkeypatch.setattr(search, "TOTAL_CAP", 1000)
    assert cli.main(["--db", str(path), "search", "数据", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["total"], found["total_exact"]) == (5, True)
