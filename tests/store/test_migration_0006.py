"""Migration 0006: statement_sources.revision_id, and revision ids never given twice on
SQLite (revisions made again with AUTOINCREMENT), atomically."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from jdeditor.service import Library
from jdeditor.store import schema
from tests.factories import chinese_posting

FIXTURES = Path(__file__).parent / "fixtures"


def _revisions_sql(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'revisions'"
        ).fetchone()
    connection.close()
    return str(found[0])


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_an_upgraded_library_keeps_its_revisions_and_never_gives_an_id_twice(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.db"
    shutil.copy(FIXTURES / "schema-0005.db", path)
    before = _rows(path, "SELECT id, posting_id, version, created_at FROM revisions ORDER BY id")
    assert "AUTOINCREMENT" not in _revisions_sql(path)
    with Library.open(path) as library:
        assert library.info().schema_revision == "0006"
    assert "AUTOINCREMENT" in _revisions_sql(path)
    assert _rows(path, "SELECT id, posting_id, version, created_at FROM revisions ORDER BY id") == (
        before
    )
    # Each source names the revision of the version it reflects.
    sources = _rows(path, "SELECT posting_id, version, revision_id FROM statement_sources")
    assert sources
    for posting_id, version, revision_id in sources:
        [(expected,)] = _rows(
            path,
            f"SELECT MAX(id) FROM revisions WHERE posting_id = {posting_id} "
            f"AND version = {version}",
        )
        assert revision_id == expected
    assert _rows(path, "SELECT name FROM sqlite_master WHERE name LIKE '%0006%'") == []
    assert _rows(path, "SELECT name FROM sqlite_master WHERE name = 'ix_revisions_posting_version'")
    with Library.open(path) as library:
        newest = library.create_posting(chinese_posting("最新岗位"))
        assert newest.id is not None
        [(largest,)] = _rows(path, "SELECT MAX(id) FROM revisions")
        library.delete_posting(newest.id)
        library.purge_posting(newest.id)
        library.create_posting(chinese_posting("又一个岗位"))
    [(after,)] = _rows(path, "SELECT MAX(id) FROM revisions")
    assert after == largest + 1  # not the purged posting's revision id again


def test_a_failure_after_0006_keeps_schema_0005_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.db"
    shutil.copy(FIXTURES / "schema-0005.db", path)
    tables = _rows(path, "SELECT type, name, sql FROM sqlite_master ORDER BY name")
    real = schema._upgrade

    def upgrade_then_fail(connection: object, _target: str = "head") -> None:
        real(connection, "0006")  # type: ignore[arg-type]
        raise RuntimeError("killed after 0006")

    monkeypatch.setattr(schema, "_upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError, match="killed after 0006"):
        Library.open(path)
    assert _rows(path, "SELECT type, name, sql FROM sqlite_master ORDER BY name") == tables
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0005",)]
    monkeypatch.undo()
    with Library.open(path) as library:
        assert library.list_postings().total == 2


def test_0006_goes_down_and_up_again(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    path = tmp_path / "library.db"
    shutil.copy(FIXTURES / "schema-0005.db", path)
    Library.open(path).close()
    engine = create_engine(f"sqlite:///{path}")

    def downgrade(connection: object) -> None:
        config = Config()
        config.set_main_option("script_location", schema.MIGRATIONS_DIR)
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")

    schema.in_schema_transaction(engine, downgrade)
    engine.dispose()
    assert "AUTOINCREMENT" not in _revisions_sql(path)
    assert "CONSTRAINT pk_revisions PRIMARY KEY (id)" in _revisions_sql(path)
    assert [row[1] for row in _rows(path, "PRAGMA table_info(statement_sources)")] == [
        "posting_id",
        "version",
    ]
    with Library.open(path) as library:
        assert library.list_postings().total == 2
    assert "AUTOINCREMENT" in _revisions_sql(path)
