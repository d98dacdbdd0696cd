"""The integrity checks: on open, ``db check``'s, before a restore; backups through SQLite's
backup API (docs/reliability.md, "Schema changes, integrity and kills")."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jdeditor.errors import LibraryError
from jdeditor.service import Library, check_library, restore_backup
from jdeditor.store import integrity
from jdeditor.store.migrating import backup_file
from tests.factories import chinese_posting


def _titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM postings")]
    finally:
        connection.close()


def _page_size(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])
    finally:
        connection.close()


def _damage_an_index(path: Path) -> None:
    """Overwrite the root page of one index: the library still opens, the check sees it."""
    connection = sqlite3.connect(path)
    [root] = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_postings_live_created'"
    ).fetchone()
    connection.close()
    size = _page_size(path)
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 64)


def test_a_backup_holds_what_is_still_in_the_write_ahead_log(library_path: Path) -> None:
    with Library.open(library_path) as library:
        posting = chinese_posting()
        posting.title = "最新保存的岗位"
        library.create_posting(posting)
        wal = library_path.with_name(library_path.name + "-wal")
        assert wal.stat().st_size > 0  # not yet in the main file
        main_only = library_path.with_name("main-only.db")
        shutil.copyfile(library_path, main_only)
        assert "最新保存的岗位" not in _titles(main_only)  # what a plain copy lost
        before_upgrade = backup_file(library_path, "before-upgrade-0004")
        daily = library.back_up_daily(keep=3)
        assert daily is not None
        for backup in (before_upgrade, daily):
            assert "最新保存的岗位" in _titles(backup)
            assert integrity.check_file(backup) == []


def test_the_quick_check_runs_once_a_day(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[bool] = []
    real = integrity.quick_check_if_due
    monkeypatch.setattr(
        integrity, "quick_check_if_due", lambda *a, **k: ran.append(real(*a, **k)) or ran[-1]
    )
    for _ in range(3):
        Library.open(library_path).close()
    assert ran == [True, False, False]
    with Library.open(library_path) as library:
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        engine, location = library._repository.engine, library.location
        assert integrity.quick_check_if_due(engine, location, now=tomorrow)


def test_a_damaged_library_is_refused_on_open_and_db_check_names_the_damage(
    library_path: Path,
) -> None:
    with Library.open(library_path) as library:
        for _ in range(5):
            library.create_posting(chinese_posting())
    _damage_an_index(library_path)
    integrity._state_path().unlink()  # checked today already, when it was made
    with pytest.raises(LibraryError, match="SQLite's check found") as raised:
        Library.open(library_path)
    assert raised.value.kind == "library_damaged"
    _where, problems = check_library(str(library_path))
    assert problems and all(problem.startswith("integrity") for problem in problems)


def test_check_finds_a_search_index_out_of_step_and_a_broken_foreign_key(
    library_path: Path,
) -> None:
    with Library.open(library_path) as library:
        library.create_posting(chinese_posting())
    assert check_library(str(library_path))[1] == []
    connection = sqlite3.connect(library_path)
    connection.execute("DELETE FROM posting_fts")
    connection.execute(
        "INSERT INTO sections (posting_id, position, kind, heading) VALUES (999, 0, 'duties', 'x')"
    )
    connection.commit()
    connection.close()
    problems = check_library(str(library_path))[1]
    assert any("search index holds 0 postings, the library 1" in p for p in problems)
    assert any(p.startswith("foreign key: sections") for p in problems)


def test_check_on_the_server(postgres_url: str) -> None:
    Library.open(postgres_url).close()
    assert check_library(postgres_url)[1] == []
    from sqlalchemy import create_engine, text

    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_postings_fingerprint"))
    engine.dispose()
    assert check_library(postgres_url)[1] == ["missing index: ix_postings_fingerprint"]


def test_restore_replaces_the_library_and_keeps_the_old_one(
    library_path: Path, tmp_path: Path
) -> None:
    with Library.open(library_path) as library:
        library.create_posting(chinese_posting())
        backup = library.backup(tmp_path / "copy.db")
        library.create_posting(chinese_posting())
    aside = restore_backup(str(library_path), backup, aside_reason="replaced")
    assert aside is not None and aside.name.startswith("library.db.replaced-")
    assert len(_titles(aside)) == 2
    with Library.open(library_path) as library:
        assert library.list_postings().total == 1


def test_restore_refuses_a_file_that_is_not_a_sound_library(
    library_path: Path, tmp_path: Path
) -> None:
    Library.open(library_path).close()
    before = library_path.read_bytes()
    not_a_library = tmp_path / "notes.db"
    not_a_library.write_text("不是数据库" * 500, encoding="utf-8")
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE customers (id INTEGER)")
    connection.commit()
    connection.close()
    for bad in (not_a_library, other, tmp_path / "missing.db"):
        with pytest.raises(LibraryError, match=r"not restored|does not exist"):
            restore_backup(str(library_path), bad)
    assert library_path.read_bytes() == before
    assert not list(library_path.parent.glob("*.damaged-*"))


def test_restore_refuses_a_library_that_is_open(library_path: Path, tmp_path: Path) -> None:
    with Library.open(library_path) as library:
        backup = library.backup(tmp_path / "copy.db")
        library.list_postings()  # a connection holds the file
        with pytest.raises(LibraryError, match="is open in JD Editor") as raised:
            restore_backup(str(library_path), backup)
        assert raised.value.kind == "library_busy"
