"""``db check``, ``db restore`` and ``db reindex`` from the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import db, run, sample_json  # noqa: F401  (fixtures)


def test_db_check_says_sound_or_names_each_problem(db: Path) -> None:  # noqa: F811
    sound = run("db", "check", db=db)
    assert sound.returncode == 0, sound.stderr
    assert "is sound" in sound.stdout
    connection = sqlite3.connect(db)
    connection.execute("DELETE FROM posting_fts")
    connection.commit()
    connection.close()
    broken = run("db", "check", "--json", db=db)
    assert broken.returncode == 1
    report = json.loads(broken.stdout)
    assert report["sound"] is False
    assert report["problems"] == [
        "the search index holds 0 postings, the library 2 (rebuild it: `jdeditor db reindex`)"
    ]
    assert run("db", "reindex", db=db).returncode == 0
    assert run("db", "check", db=db).returncode == 0


def test_db_check_of_a_missing_file_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "none.db"
    result = run("db", "check", db=path)
    assert result.returncode == 1
    assert f"There is no library file at {path}" in result.stderr
    assert not path.exists()


def test_db_restore_puts_a_backup_in_place_and_keeps_the_replaced_file(
    db: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    backup = tmp_path / "saved.db"
    assert run("db", "backup", "--out", str(backup), db=db).returncode == 0
    assert run("delete", "1", db=db).returncode == 0
    restored = run("db", "restore", str(backup), db=db)
    assert restored.returncode == 0, restored.stderr
    assert "is kept as" in restored.stdout
    listed = json.loads(run("list", "--json", db=db).stdout)
    assert listed["total"] == 2
    [kept] = tmp_path.glob("lib.db.replaced-*")
    assert kept.is_file()


def test_db_restore_refuses_a_file_that_is_no_library(db: Path, tmp_path: Path) -> None:  # noqa: F811
    before = db.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00" * 8192)
    result = run("db", "restore", str(bad), db=db)
    assert result.returncode == 1
    assert "is not a sound JD Editor library, so it was not restored" in result.stderr
    assert db.read_bytes() == before
    missing = run("db", "restore", db=db)
    assert missing.returncode == 1 and "Name the backup" in missing.stderr
