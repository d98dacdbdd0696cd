"""Import warnings stored with their postings: written with them, dismissed, and gone with them."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.model import Item
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.errors import NotFoundError
from jdeditor.store.database import create_library_engine, resolve_location
from jdeditor.store.orm import ImportWarningRow
from jdeditor.store.repository import PostingRepository
from jdeditor.store.schema import ensure_schema
from tests.factories import chinese_posting, english_posting

JUMP = PostingWarning(
    code="numbering_gap",
    kind="numbering_jump",
    values=(("previous", "2"), ("current", "4"), ("item", "负责数据分析")),
    line=12,
    message='Posting "高级数据分析师", line 12: the numbering jumps from 2 to 4 at "负责数据分析".',
    source_name="岗位.txt",
    item_text="负责数据分析",
)
NO_DUTIES = PostingWarning("no_duties", "no_duties", (), 3, "no duties", "岗位.txt")


@pytest.fixture
def repository(library_url: str) -> Iterator[PostingRepository]:
    location = resolve_location(library_url)
    engine = create_library_engine(location)
    ensure_schema(engine, location)
    repository = PostingRepository(engine, location)
    yield repository
    repository.dispose()


def row_count(repository: PostingRepository) -> int:
    with Session(repository.engine) as session:
        return session.scalar(select(func.count(ImportWarningRow.id))) or 0


def test_warnings_are_stored_with_their_postings(repository: PostingRepository) -> None:
    first, second = repository.add_many(
        [chinese_posting(), english_posting()], warnings=[[JUMP, NO_DUTIES], []]
    )
    kept = repository.warnings.open_warnings(first)
    assert [warning.kind for warning in kept] == ["numbering_jump", "no_duties"]  # as given
    stored = kept[0]
    assert stored.id is not None and stored.posting_id == first
    assert stored.values == JUMP.values  # in their order
    assert (stored.line, stored.message, stored.source_name, stored.item_text) == (
        12,
        JUMP.message,
        "岗位.txt",
        "负责数据分析",
    )
    assert stored.created_at is not None and stored.created_at.tzinfo is not None
    assert stored.is_open
    assert repository.warnings.open_warnings(second) == []


def test_adding_without_warnings_stores_none(repository: PostingRepository) -> None:
    [posting_id] = repository.add_many([chinese_posting()])
    assert repository.warnings.open_warnings(posting_id) == []
    assert row_count(repository) == 0


def test_dismiss_one_then_all(repository: PostingRepository) -> None:
    [posting_id] = repository.add_many([chinese_posting()], warnings=[[JUMP, NO_DUTIES, JUMP]])
    first, *_ = repository.warnings.open_warnings(posting_id)
    assert first.id is not None
    repository.warnings.dismiss(first.id)
    repository.warnings.dismiss(first.id)  # twice is harmless
    assert len(repository.warnings.open_warnings(posting_id)) == 2
    assert repository.warnings.dismiss_all(posting_id) == 2
    assert repository.warnings.open_warnings(posting_id) == []
    assert repository.warnings.dismiss_all(posting_id) == 0
    assert row_count(repository) == 3  # dismissed, not deleted


def test_dismissing_a_warning_that_does_not_exist_says_so(
    repository: PostingRepository,
) -> None:
    with pytest.raises(NotFoundError, match="no import warning 99"):
        repository.warnings.dismiss(99)


def test_warnings_survive_saves_and_stay_out_of_content(repository: PostingRepository) -> None:
    [posting_id] = repository.add_many([chinese_posting()], warnings=[[JUMP]])
    loaded = repository.get(posting_id)
    fingerprint = content_fingerprint(loaded)
    plain = repository.get(repository.add_many([chinese_posting()])[0])
    assert content_fingerprint(plain) == fingerprint  # warnings are not content
    edited = copy.deepcopy(loaded)
    edited.sections[0].items.append(Item("新增职责"))
    saved = repository.save(edited)
    repository.save(saved)
    assert [warning.kind for warning in repository.warnings.open_warnings(posting_id)] == [
        "numbering_jump"
    ]
    _, snapshot = repository.revision(repository.revisions(posting_id)[0].id)
    assert "warning" not in repr(snapshot).lower()


def test_the_trash_keeps_them_and_purging_removes_them(repository: PostingRepository) -> None:
    kept_id, purged_id = repository.add_many(
        [chinese_posting(), english_posting()], warnings=[[JUMP], [NO_DUTIES, JUMP]]
    )
    repository.delete(purged_id)
    repository.delete(kept_id)
    repository.restore(kept_id)
    assert len(repository.warnings.open_warnings(kept_id)) == 1  # back with its posting
    assert len(repository.warnings.open_warnings(purged_id)) == 2  # still in the trash
    repository.purge(purged_id)
    assert repository.warnings.open_warnings(purged_id) == []
    assert row_count(repository) == 1


def test_an_import_that_fails_midway_stores_no_warnings(repository: PostingRepository) -> None:
    # One list of warnings for two postings: the write fails after the postings went in.
    with pytest.raises(ValueError):
        repository.add_many([chinese_posting(), english_posting()], warnings=[[JUMP]])
    assert row_count(repository) == 0
    assert repository.iter_ids() == []


def test_a_long_file_name_is_cut_to_fit(repository: PostingRepository) -> None:
    long_name = PostingWarning("no_duties", "no_duties", (), 1, "no duties", "名" * 300 + ".txt")
    [posting_id] = repository.add_many([chinese_posting()], warnings=[[long_name]])
    [stored] = repository.warnings.open_warnings(posting_id)
    assert stored.source_name == "名" * 255
