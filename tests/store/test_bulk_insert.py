"""Bulk additions on SQLite go straight through the driver: the same rows, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from jdeditor.core.model import Item, Posting
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.store import writing as writing_module
from jdeditor.store.database import create_library_engine, resolve_location
from jdeditor.store.repository import PostingRepository
from jdeditor.store.schema import ensure_schema
from tests.factories import chinese_posting, english_posting

TABLES = ("postings", "sections", "items", "posting_tags", "revisions", "import_warnings")
WARNING = PostingWarning("no_duties", "no_duties", (("title", "岗位"),), 3, "no duties", "a.txt")
NOW = datetime(2026, 12, 4, 10, 30, 15, 123456, tzinfo=UTC)


def open_repository(path: Path) -> PostingRepository:
    location = resolve_location(path)
    engine = create_library_engine(location)
    ensure_schema(engine, location)
    return PostingRepository(engine, location)


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[PostingRepository]:
    repository = open_repository(tmp_path / "driver.db")
    yield repository
    repository.dispose()


def postings() -> list[Posting]:
    tagged = chinese_posting("数据工程师")
    tagged.tags = ["急招", "远程"]
    tagged.sections[0].items[0].children = [Item("子项一"), Item("子项二")]
    dated = english_posting()
    dated.created_at = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    return [chinese_posting(), tagged, dated]


def table_rows(repository: PostingRepository) -> dict[str, list[tuple[object, ...]]]:
    with repository.engine.connect() as connection:
        rows = {
            table: [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}"))]
            for table in TABLES
        }
        rows["posting_fts"] = [
            tuple(row)
            for row in connection.execute(text("SELECT rowid, * FROM posting_fts ORDER BY rowid"))
        ]
    return rows


def test_the_driver_path_stores_what_core_inserts_store(
    tmp_path: Path, repository: PostingRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writing_module, "_now", lambda: NOW)
    core = open_repository(tmp_path / "core.db")
    # Core's table.insert() and ORM RETURNING, as on other servers
    core._writer._driver_inserts = False
    assert repository._writer._driver_inserts
    try:
        for target in (repository, core):
            target.add_many(postings(), note="imported", warnings=[[WARNING], [], [WARNING]])
            target.add_many([english_posting("Data Engineer")], note="second")
        driver_rows, core_rows = table_rows(repository), table_rows(core)
    finally:
        core.dispose()
    assert driver_rows == core_rows
    assert len(driver_rows["postings"]) == 4 and len(driver_rows["revisions"]) == 4
    assert len(driver_rows["posting_tags"]) == 6 and len(driver_rows["import_warnings"]) == 2
    assert len(driver_rows["posting_fts"]) == 4


def test_ids_follow_the_largest_id_and_read_back(repository: PostingRepository) -> None:
    first = repository.add_many(postings())
    assert first == [1, 2, 3]
    repository.delete(3)
    repository.purge(3)  # SQLite gives the next row the largest id in use + 1
    second = repository.add_many([english_posting("Data Engineer"), chinese_posting("产品经理")])
    assert second == [3, 4]
    assert [repository.get(posting_id).title for posting_id in first[:2] + second] == [
        "高级数据分析师",
        "数据工程师",
        "Data Engineer",
        "产品经理",
    ]
    stored = repository.get(2)
    assert stored.tags == ["急招", "远程"]
    assert [child.text for child in stored.sections[0].items[0].children] == ["子项一", "子项二"]
    assert stored.created_at is not None and repository.get(1).created_at is not None
    assert [info.note for info in repository.revisions(4)] == [""]


def test_the_search_index_and_warnings_are_written(repository: PostingRepository) -> None:
    [posting_id, _] = repository.add_many(
        [chinese_posting("数据工程师"), english_posting()], warnings=[[WARNING], []]
    )
    [warning] = repository.warnings.open_warnings(posting_id)
    assert warning.values == WARNING.values
    with repository.engine.connect() as connection:
        hits = connection.execute(
            text("SELECT rowid FROM posting_fts WHERE posting_fts MATCH :match"),
            {"match": '"数据 据工 工程 程师"'},
        ).all()
    assert [row[0] for row in hits] == [posting_id]


@pytest.mark.parametrize("failing", ["_write_revisions", "index"])
def test_a_failure_half_way_writes_nothing(
    repository: PostingRepository, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    repository.add_many([english_posting("Kept")], warnings=[[WARNING]])
    before = table_rows(repository)

    def fail(*_args: object) -> None:
        raise RuntimeError("disk pulled out")

    owner = repository.search_backend if failing == "index" else repository._writer
    monkeypatch.setattr(owner, failing, fail)
    with pytest.raises(RuntimeError):
        repository.add_many(postings(), warnings=[[WARNING], [], []])
    assert table_rows(repository) == before
    assert all(before.values())  # every table had a row to keep
    monkeypatch.undo()
    assert repository.add_many([chinese_posting()]) == [2]
