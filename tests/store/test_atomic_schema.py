"""Schema changes happen completely or not at all; half-made files of older versions are
recognised (docs/reliability.md, "Schema changes, integrity and kills")."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from jdeditor.errors import LibraryError
from jdeditor.service import Library
from jdeditor.store import migrating
from jdeditor.store.migrating import SCHEMA_HEAD
from tests.factories import chinese_posting

FIXTURES = Path(__file__).parent / "fixtures"


def _tables(url: str) -> set[str]:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def _fail_after(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every upgrade run the real migrations up to ``target`` and then fail."""
    real = migrating._upgrade

    def upgrade_then_fail(connection: object, _target: str = "head") -> None:
        real(connection, target)  # type: ignore[arg-type]
        raise RuntimeError("killed halfway")

    monkeypatch.setattr(migrating, "_upgrade", upgrade_then_fail)


def test_a_creation_that_fails_halfway_leaves_nothing(
    library_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_after("0003", monkeypatch)
    with pytest.raises(RuntimeError, match="killed halfway"):
        Library.open(library_url)
    if "://" in library_url:
        assert _tables(library_url) == set()  # PostgreSQL: the whole creation rolled back
    else:
        folder = Path(library_url).parent
        assert list(folder.iterdir()) == []  # no library, no temporary file
    monkeypatch.undo()
    with Library.open(library_url) as library:
        assert library.info().schema_revision == SCHEMA_HEAD


def test_a_creation_failing_inside_one_migration_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0001 fails after its tables, before its search index: the driver must not have
    committed the CREATE TABLEs on their own (the defect of issue 14)."""

    def fail() -> bool:
        raise RuntimeError("killed inside 0001")

    monkeypatch.setattr("jdeditor.store.sqlite.fts5_available", fail)
    path = tmp_path / "libraries" / "library.db"
    with pytest.raises(RuntimeError):
        Library.open(path)
    assert list(path.parent.iterdir()) == []


def test_a_migration_that_fails_halfway_keeps_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.db"
    shutil.copy(FIXTURES / "schema-0001.db", path)
    before = _tables(str(path))
    _fail_after("0003", monkeypatch)
    with pytest.raises(RuntimeError, match="killed halfway"):
        Library.open(path)
    assert _tables(str(path)) == before
    stamped = sqlite3.connect(path).execute("SELECT version_num FROM alembic_version")
    assert stamped.fetchone() == ("0001",)
    monkeypatch.undo()
    with Library.open(path) as library:
        assert library.list_postings().total == 2


def test_a_migration_failing_inside_one_script_keeps_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail() -> bool:
        raise RuntimeError("killed inside 0004")

    path = tmp_path / "library.db"
    shutil.copy(FIXTURES / "schema-0003.db", path)
    before = _tables(str(path))
    monkeypatch.setattr("jdeditor.store.sqlite.fts5_available", fail)
    with pytest.raises(RuntimeError):
        Library.open(path)
    assert _tables(str(path)) == before


def test_a_migration_on_the_server_is_one_transaction(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(postgres_url)
    migrating.migrate(engine, "0002")
    engine.dispose()
    before = _tables(postgres_url)
    _fail_after("0004", monkeypatch)
    with pytest.raises(RuntimeError):
        Library.open(postgres_url)
    assert _tables(postgres_url) == before
    monkeypatch.undo()
    with Library.open(postgres_url) as library:
        assert library.info().schema_revision == SCHEMA_HEAD


def test_a_second_migration_finds_the_work_done(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    Library.open(path).close()
    engine = create_engine(f"sqlite:///{path}")
    assert migrating.migrate(engine) == SCHEMA_HEAD  # read again inside the lock: nothing to do
    engine.dispose()


def test_leftovers_of_a_killed_creation_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "libraries"
    folder.mkdir()
    path = folder / "library.db"
    dead = folder / ".library.db.new-999999999"
    dead.write_bytes(b"half")
    (folder / ".library.db.new-999999999-journal").write_bytes(b"j")
    Library.open(path).close()
    assert sorted(p.name for p in folder.iterdir()) == ["library.db"]


def _half_made(path: Path, upto: str, postings: int) -> None:
    """A library as an older version left it: the tables, no version."""
    with Library.open(path) as library:
        for _ in range(postings):
            library.create_posting(chinese_posting())
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE alembic_version")
    if upto == "0001-part":
        connection.execute("DROP TABLE posting_fts")
    connection.commit()
    connection.close()


def test_a_half_made_empty_library_is_made_anew(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    _half_made(path, "0001-part", postings=0)
    with Library.open(path, create=False) as library:
        assert library.info().schema_revision == SCHEMA_HEAD
    [aside] = tmp_path.glob("library.db.half-made-*")
    assert "postings" in _tables(str(aside))  # the old file is kept


def test_a_half_made_library_with_postings_is_stamped_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    _half_made(path, SCHEMA_HEAD, postings=3)
    with Library.open(path, create=False) as library:
        assert library.list_postings().total == 3
        assert library.search("数据").total == 3
    assert list(tmp_path.glob("library.db.before-repair-*.bak"))


def test_a_half_made_library_with_postings_matching_no_schema_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.db"
    _half_made(path, "0001-part", postings=2)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match=r"holds 2 postings .* missing tables: posting_fts") as e:
        Library.open(path)
    assert e.value.kind == "unversioned_library"
    assert path.read_bytes() == before


def test_a_foreign_database_sharing_a_table_name_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE postings (id INTEGER)")
    connection.execute("CREATE TABLE customers (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(LibraryError, match="not a JD Editor library"):
        Library.open(path)


def test_the_default_library_opens_after_a_crash_in_its_creation(
    isolated_user_folders: Path,
) -> None:
    default = isolated_user_folders / "data" / "library.db"
    default.parent.mkdir(parents=True)
    _half_made(default, "0001-part", postings=0)
    with Library.open(None, create=False) as library:
        assert library.location.file == default
        assert library.info().schema_revision == SCHEMA_HEAD
