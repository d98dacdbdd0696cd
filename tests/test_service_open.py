"""Opening a library that must exist: nothing is created by accident."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jdeditor.errors import LibraryError
from jdeditor.service import Library


def test_a_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "libary.db"
    with pytest.raises(LibraryError) as raised:
        Library.open(path, create=False)
    assert raised.value.kind == "no_library"
    assert str(path) in str(raised.value) and "db init" in str(raised.value)
    assert not path.exists()


def test_a_missing_folder_is_named_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "library.db"
    with pytest.raises(LibraryError) as raised:
        Library.open(path, create=False)
    assert raised.value.kind == "no_such_folder"
    assert str(path.parent) in str(raised.value)
    assert not path.parent.exists()


def test_an_empty_database_is_refused_and_not_made_a_library(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with pytest.raises(LibraryError) as raised:
        Library.open(path, create=False)
    assert raised.value.kind == "empty_database"
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == []


def test_an_existing_library_opens(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    Library.open(path).close()  # created
    with Library.open(path, create=False) as library:
        assert library.info().postings == 0


def test_by_default_a_new_library_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "library.db"
    Library.open(path).close()
    assert path.is_file()
