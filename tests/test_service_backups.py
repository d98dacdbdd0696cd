"""Automatic backups: one a day into the data folder, the newest kept, and restoring one
over a damaged library that cannot be opened."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jdeditor.errors import LibraryError
from jdeditor.paths import backups_dir
from jdeditor.service import Library, list_backups, restore_backup
from tests.factories import chinese_posting

NOON = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def test_one_backup_a_day_into_the_data_folder(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    with Library.open(path) as library:
        library.create_posting(chinese_posting())
        first = library.back_up_daily(keep=5, now=NOON)
        assert first is not None and backups_dir() in first.parents
        assert library.back_up_daily(keep=5, now=NOON + timedelta(minutes=30)) is None
        second = library.back_up_daily(keep=5, now=NOON + timedelta(days=1))
        assert second is not None
    backups = list_backups(path)
    assert [backup.path for backup in backups] == [second, first]  # newest first
    assert backups[0].made_at == NOON + timedelta(days=1)
    with Library.open(first) as copy:  # a backup is a working library
        assert copy.list_postings().total == 1


def test_only_the_newest_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    with Library.open(path) as library:
        for day in range(4):
            library.back_up_daily(keep=2, now=NOON + timedelta(days=day))
    made = [backup.made_at for backup in list_backups(path)]
    assert made == [NOON + timedelta(days=3), NOON + timedelta(days=2)]


def test_each_library_has_its_own_backups(tmp_path: Path) -> None:
    with Library.open(tmp_path / "a.db") as a, Library.open(tmp_path / "b.db") as b:
        a.back_up_daily(keep=3, now=NOON)
        assert b.back_up_daily(keep=3, now=NOON) is not None
        assert a.back_up_daily(keep=0, now=NOON + timedelta(days=1)) is None
    assert len(list_backups(tmp_path / "a.db")) == len(list_backups(tmp_path / "b.db")) == 1


def test_restoring_a_damaged_library_without_opening_it(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    with Library.open(path) as library:
        library.create_posting(chinese_posting())
        library.back_up_daily(keep=5, now=NOON)
    garbage = os.urandom(4096)
    path.write_bytes(garbage)
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert caught.value.kind == "library_damaged"
    (tmp_path / "library.db-wal").write_bytes(b"stale log")  # as a crash leaves it
    [backup] = list_backups(path)
    aside = restore_backup(path, backup.path)
    assert aside is not None and aside.name.startswith("library.db.damaged-")
    assert aside.read_bytes() == garbage  # the damaged file is kept
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"stale log"
    assert not (tmp_path / "library.db-wal").exists()
    assert not list(tmp_path.glob(".*restoring"))
    with Library.open(path, create=False) as restored:
        assert restored.list_postings().total == 1


def test_a_server_has_no_automatic_backups() -> None:
    assert list_backups("postgresql+psycopg://hr@db.example.com/jd") == []
    with pytest.raises(LibraryError, match="pg_restore"):
        restore_backup("postgresql+psycopg://hr@db.example.com/jd", Path("x.db"))
