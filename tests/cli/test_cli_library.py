"""The command line never creates a library by accident: only `import` and `db init` do."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import db, run, sample_json  # noqa: F401  (fixtures)

NEEDS_A_LIBRARY = [
    ["list"],
    ["search", "数据"],
    ["show", "1"],
    ["export", "1", "--out", "x.docx"],
    ["history", "1"],
    ["diff", "1", "2@1"],
    ["revert", "1", "1"],
    ["set", "1", "status", "draft"],
    ["statements"],
    ["statements", "families"],
    ["statements", "reword", "0123456789ab", "--to", "x"],
    ["statements", "revert", "1"],
    ["warnings", "1"],
    ["delete", "1"],
    ["restore", "1"],
    ["db", "info"],
    ["db", "upgrade"],
    ["db", "backup"],
]


@pytest.mark.parametrize("args", NEEDS_A_LIBRARY, ids=" ".join)
def test_a_mistyped_path_is_an_error_and_creates_nothing(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "typo" / "libary.db"
    result = run(*args, db=path)
    assert result.returncode == 1, result.stdout
    assert f"the folder {path.parent} does not exist" in result.stderr
    assert f"jdeditor db init --db {path}" in result.stderr  # how to make one
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not path.parent.exists()


def test_the_default_library_is_not_created_either(tmp_path: Path) -> None:
    result = run("list")
    assert result.returncode == 1 and "There is no library at" in result.stderr
    assert not any(tmp_path.rglob("*.db"))


def test_an_empty_database_is_refused_and_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    result = run("list", db=path)
    assert result.returncode == 1
    assert str(path) in result.stderr and "db init" in result.stderr
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == []


def test_db_init_creates_a_library_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "new" / "team.db"
    result = run("db", "init", db=path)
    assert result.returncode == 0, result.stderr
    assert f"Created a new library at {path}." in result.stdout
    listed = run("list", db=path)
    assert listed.returncode == 0 and "0 of 0 postings" in listed.stdout


def test_db_init_on_an_empty_database_makes_it_a_library(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    assert "Created a new library" in run("db", "init", db=path).stdout
    assert run("db", "info", db=path).returncode == 0


def test_db_init_leaves_an_existing_library_as_it_is(db: Path) -> None:  # noqa: F811
    before = db.read_bytes()
    result = run("db", "init", db=db)
    assert result.returncode == 0, result.stderr
    assert "is a JD Editor library already (2 postings); no new library was made" in result.stdout
    assert db.read_bytes() == before


def test_db_init_does_not_replace_a_file_that_is_not_a_library(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_bytes(b"not a database at all" * 100)
    before = other.read_bytes()
    result = run("db", "init", db=other)
    assert result.returncode == 1 and "notes.db" in result.stderr
    assert other.read_bytes() == before


def test_import_creates_a_library_and_says_so(tmp_path: Path, sample_json: Path) -> None:  # noqa: F811
    path = tmp_path / "fresh.db"
    result = run("import", str(sample_json), db=path)
    assert result.returncode == 0, result.stderr
    assert f"Created a new library at {path}." in result.stderr
    again = run("import", str(sample_json), db=path)
    assert "Created" not in again.stderr


def test_a_dry_run_import_creates_no_library(tmp_path: Path, sample_json: Path) -> None:  # noqa: F811
    path = tmp_path / "dry.db"
    result = run("import", str(sample_json), "--dry-run", "--json", db=path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [entry["action"] for entry in report["postings"]] == ["would-add", "would-add"]
    assert f"There is no library at {path} yet" in result.stderr
    assert not path.exists()
