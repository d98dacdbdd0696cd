"""Unique imports: the duplicate check runs inside the write transaction and a unique
import key backs it, on SQLite and PostgreSQL (``library_url``); a JSON file over the
size limit leaves the library as it was."""

from __future__ import annotations

import multiprocessing
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, insert, select

from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import Item
from jdeditor.errors import InputFileError
from jdeditor.formats.json_format import dumps_library
from jdeditor.formats.json_limits import MAX_JSON_BYTES
from jdeditor.service import Library
from jdeditor.store import reading, schema
from jdeditor.store.database import resolve_location
from jdeditor.store.tables import metadata, postings
from tests.factories import chinese_posting, english_posting


def _engine(url: str) -> Engine:
    return create_engine(resolve_location(url).url)


def _live(library: Library) -> int:
    return library.list_postings(ListQuery(limit=1)).total


def _trashed(library: Library) -> int:
    return library.list_postings(ListQuery(PostingFilter(trash=True), limit=1)).total


def _export(folder: Path, count: int, name: str = "jobs.json", first: int = 0) -> Path:
    path = folder / name
    made = [chinese_posting(f"数据分析师 {number}") for number in range(first, first + count)]
    path.write_text(dumps_library(made), encoding="utf-8")
    return path


def _dump(url: str) -> list[tuple[str, list[str]]]:
    """Every row of every table, as text: what "the library is unchanged" compares."""
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            return [
                (table.name, sorted(repr(tuple(row)) for row in connection.execute(select(table))))
                for table in metadata.sorted_tables
            ]
    finally:
        engine.dispose()


def test_a_240_mb_json_file_leaves_the_library_unchanged(library_url: str, tmp_path: Path) -> None:
    with Library.open(library_url) as library:
        library.import_files([_export(tmp_path, 3)])
    before = _dump(library_url)
    huge = tmp_path / "export-240.json"
    with huge.open("wb") as stream:
        stream.truncate(240 * 1024 * 1024)
    with Library.open(library_url) as library:
        with pytest.raises(InputFileError) as caught:
            library.import_files([_export(tmp_path, 2, "more.json", first=10), huge])
        assert caught.value.kind == "json_too_large"
        assert _live(library) == 3
    assert _dump(library_url) == before
    assert huge.stat().st_size > MAX_JSON_BYTES


def test_an_import_made_while_another_stored_the_same_file_skips_those_postings(
    library_url: str, tmp_path: Path
) -> None:
    first = _export(tmp_path, 3)
    second = _export(tmp_path, 5, "more.json")  # the same 3, and 2 new ones
    with Library.open(library_url) as library:
        plan_a = library.plan_import([first])
        plan_b = library.plan_import([second])  # made before A is stored: sees no copies
        assert not any(item.is_duplicate for item in plan_b.postings)
        assert len(library.commit_import(plan_a).added) == 3
        report = library.commit_import(plan_b)
        assert len(report.added) == 2
        assert [item.posting.title for item in report.skipped] == [
            f"数据分析师 {number}" for number in range(3)
        ]
        assert all(item.duplicate_of is not None for item in report.skipped)
        assert _live(library) == 5


def test_allow_duplicates_still_stores_a_second_copy(library_url: str, tmp_path: Path) -> None:
    path = _export(tmp_path, 2)
    with Library.open(library_url) as library:
        library.import_files([path])
        assert library.import_files([path]).added == []
        assert len(library.import_files([path], allow_duplicates=True).added) == 2
        # A plan made with the flag before another import stored the file keeps its copies.
        plan = library.plan_import([path], allow_duplicates=True)
        assert len(library.commit_import(plan).added) == 2
        assert _live(library) == 6
        assert library.info().same_content == 4
    engine = _engine(library_url)
    with engine.connect() as connection:
        keys = connection.execute(select(postings.c.import_key).order_by(postings.c.id)).scalars()
        assert [key is not None for key in keys] == [True, True, False, False, False, False]
    engine.dispose()


def test_a_posting_ticked_again_in_the_review_is_stored_as_a_copy(
    library_url: str, tmp_path: Path
) -> None:
    path = _export(tmp_path, 1)
    with Library.open(library_url) as library:
        library.import_files([path])
        plan = library.plan_import([path])
        [item] = plan.postings
        assert item.is_duplicate and not item.include
        item.include = True  # "import anyway" in the review
        assert len(library.commit_import(plan).added) == 1


def test_a_trashed_copy_does_not_block_a_reimport_and_can_be_restored(
    library_url: str, tmp_path: Path
) -> None:
    path = _export(tmp_path, 1)
    with Library.open(library_url) as library:
        [first] = library.import_files([path]).added
        library.delete_posting(first)
        assert len(library.import_files([path]).added) == 1
        library.restore_posting(first)  # no unique key in the way: trashing dropped it
        assert _live(library) == 2
        assert library.import_files([path]).added == []


def test_an_edited_posting_no_longer_blocks_its_original(library_url: str, tmp_path: Path) -> None:
    path = _export(tmp_path, 1)
    with Library.open(library_url) as library:
        [first] = library.import_files([path]).added
        posting = library.get_posting(first)
        posting.sections[0].items.append(Item("新增的职责"))
        library.save_posting(posting)
        [second] = library.import_files([path]).added  # today's meaning: current content
        # Editing the copy to the same text as the original is allowed too.
        edited = library.get_posting(second)
        edited.sections[0].items.append(Item("新增的职责"))
        library.save_posting(edited)
        assert _live(library) == 2


def test_a_conflict_the_check_missed_is_tried_again_and_reported(
    library_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _export(tmp_path, 2)
    with Library.open(library_url) as library:
        library.import_files([path])
        plan = library.plan_import([_export(tmp_path, 3, "more.json")], allow_duplicates=False)
        for item in plan.postings:  # as if the plan had been made before the first import
            item.duplicate_of, item.include = None, True
        real = reading.find_fingerprints
        calls: list[int] = []

        def blind_once(connection: Any, fingerprints: Any) -> dict[str, int]:
            calls.append(1)
            return {} if len(calls) == 1 else real(connection, fingerprints)

        monkeypatch.setattr(reading, "find_fingerprints", blind_once)
        report = library.commit_import(plan)
        assert len(calls) == 2  # the unique key refused the first attempt
        assert len(report.added) == 1 and len(report.skipped) == 2
        assert _live(library) == 3


def test_migration_0005_keeps_the_oldest_of_existing_duplicates(library_url: str) -> None:
    engine = _engine(library_url)
    if engine.dialect.name == "sqlite":
        Path(engine.url.database or "").parent.mkdir(parents=True, exist_ok=True)
    with engine.begin() as connection:
        schema._upgrade(connection, "0004")
    same, other = content_fingerprint(chinese_posting()), content_fingerprint(english_posting())
    base = {"department": "", "location": "", "reports_to": "", "status": "draft"}
    base |= {"language": "zh", "summary": "", "version": 1}
    now = datetime.now(UTC)
    rows = [
        (1, same, None),
        (2, same, None),  # a duplicate of 1
        (3, other, now),  # trashed
        (4, other, None),  # the oldest live one of its content
        (5, same, None),
    ]
    with engine.begin() as connection:
        connection.execute(
            insert(postings),
            [
                {
                    **base,
                    "id": number,
                    "title": f"t{number}",
                    "fingerprint": fingerprint,
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": deleted,
                }
                for number, fingerprint, deleted in rows
            ],
        )
    engine.dispose()
    with Library.open(library_url) as library:
        assert library.info().schema_revision == schema.SCHEMA_HEAD  # 0005 and later
        assert library.info().same_content == 2  # 2 and 5 (db info counts them)
    engine = _engine(library_url)
    with engine.connect() as connection:
        found = connection.execute(
            select(postings.c.id, postings.c.import_key).order_by(postings.c.id)
        ).all()
    engine.dispose()
    assert found == [(1, same), (2, None), (3, None), (4, other), (5, None)]


def _import_at_barrier(url: str, path: str, barrier: Any, results: Any) -> None:
    with Library.open(url) as library:
        plan = library.plan_import([Path(path)])
        barrier.wait(timeout=60)
        report = library.commit_import(plan)
        results.put((len(report.added), len(report.skipped)))


@pytest.mark.stress
def test_two_processes_importing_the_same_file_at_once_store_it_once(
    library_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if "stress" not in (request.config.option.markexpr or ""):
        pytest.skip("a stress test: run by .ci/stage_imports.sh (pytest -m stress)")
    rounds = int(os.environ.get("JDEDITOR_RACE_ROUNDS", "20"))
    count = 200
    context = multiprocessing.get_context("spawn")
    Library.open(library_url).close()  # made (and migrated) before the race
    for round_number in range(rounds):  # a new file each round: each round is a race
        path = _export(tmp_path, count, f"round-{round_number}.json", first=round_number * count)
        barrier, results = context.Barrier(2), context.Queue()
        workers = [
            context.Process(
                target=_import_at_barrier, args=(library_url, str(path), barrier, results)
            )
            for _ in range(2)
        ]
        for worker in workers:
            worker.start()
        outcomes = sorted(results.get(timeout=120) for _ in workers)
        for worker in workers:
            worker.join(timeout=60)
            assert worker.exitcode == 0
        assert outcomes == [(0, count), (count, 0)], f"round {round_number}"
    with Library.open(library_url) as library:
        assert _live(library) == rounds * count
