"""Storing, loading, saving with conflicts, trash and history, on real SQLite files."""

from __future__ import annotations

import copy
import threading
from decimal import Decimal

import pytest

from jdeditor.core.listing import ListQuery, PostingFilter, SortKey
from jdeditor.core.model import Item, Posting, Status
from jdeditor.errors import ConflictError, NotFoundError, ValidationError
from jdeditor.service import Library
from tests.factories import chinese_posting, english_posting


def _content(posting: Posting) -> Posting:
    stripped = copy.deepcopy(posting)
    stripped.id = None
    stripped.version = 0
    stripped.created_at = stripped.updated_at = None
    return stripped


def test_create_and_load_keeps_every_field(library: Library) -> None:
    original = chinese_posting()
    stored = library.create_posting(original)
    assert stored.id is not None and stored.version == 1
    loaded = library.get_posting(stored.id)
    assert _content(loaded) == _content(original)
    assert loaded.salary is not None and loaded.salary.minimum == Decimal(15000)
    assert loaded.created_at is not None and loaded.created_at.tzinfo is not None


def test_decimal_salary_survives(library: Library) -> None:
    stored = library.create_posting(english_posting())
    loaded = library.get_posting(stored.id or 0)
    assert loaded.salary is not None
    assert loaded.salary.minimum == Decimal("62.50")
    assert loaded.salary.maximum is None


def test_save_increments_version_and_records_revisions(library: Library) -> None:
    stored = library.create_posting(chinese_posting())
    stored.sections[0].items.append(Item("新增职责"))
    saved = library.save_posting(stored, note="added a duty")
    assert saved.version == 2
    assert saved.sections[0].items[-1].text == "新增职责"
    history = library.history(saved.id or 0)
    assert [revision.version for revision in history] == [2, 1]
    assert history[0].note == "added a duty"
    _, first = library.revision(history[-1].id)
    assert all(item.text != "新增职责" for item in first.sections[0].items)


def test_stale_save_raises_conflict_and_overwrites_nothing(library: Library) -> None:
    stored = library.create_posting(chinese_posting())
    mine = copy.deepcopy(stored)
    theirs = copy.deepcopy(stored)
    theirs.title = "他们的标题"
    library.save_posting(theirs)
    mine.title = "我的标题"
    with pytest.raises(ConflictError) as raised:
        library.save_posting(mine)
    assert "changed by someone else" in str(raised.value)
    assert raised.value.actual_version == 2
    assert library.get_posting(stored.id or 0).title == "他们的标题"
    assert len(library.history(stored.id or 0)) == 2


def test_concurrent_saves_from_two_connections_one_wins(library_url: str) -> None:
    with Library.open(library_url) as first:
        stored = first.create_posting(chinese_posting())
    outcomes: list[str] = []

    def save(title: str) -> None:
        with Library.open(library_url) as mine:
            copy_ = copy.deepcopy(stored)
            copy_.title = title
            try:
                mine.save_posting(copy_)
                outcomes.append("saved")
            except ConflictError:
                outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(f"标题{n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "saved"]


def test_validation_error_names_the_field(library: Library) -> None:
    posting = chinese_posting()
    assert posting.salary is not None
    posting.salary.minimum, posting.salary.maximum = Decimal(9), Decimal(1)
    with pytest.raises(ValidationError) as raised:
        library.create_posting(posting)
    assert raised.value.field == "salary"
    assert library.list_postings().total == 0
    with pytest.raises(ValidationError):
        library.create_posting(Posting(title="   "))


def test_trash_restore_and_purge(library: Library) -> None:
    stored = library.create_posting(chinese_posting())
    posting_id = stored.id or 0
    library.delete_posting(posting_id)
    assert library.list_postings().total == 0
    trash = library.list_postings(ListQuery(PostingFilter(trash=True)))
    assert [row.id for row in trash.rows] == [posting_id]
    assert trash.rows[0].deleted_at is not None
    with pytest.raises(NotFoundError, match="trash"):
        library.get_posting(posting_id)
    assert library.search("数据分析").total == 0
    with pytest.raises(NotFoundError, match="trash"):
        library.save_posting(stored)
    library.restore_posting(posting_id)
    assert library.get_posting(posting_id).title == stored.title
    assert library.search("数据分析").total == 1
    with pytest.raises(NotFoundError):
        library.purge_posting(posting_id)  # not in the trash
    library.delete_posting(posting_id)
    library.purge_posting(posting_id)
    with pytest.raises(NotFoundError):
        library.get_posting(posting_id, include_trash=True)
    with pytest.raises(NotFoundError):
        library.delete_posting(posting_id)


def test_list_pages_sorts_and_filters(library: Library) -> None:
    postings = []
    for number in range(25):
        posting = chinese_posting(f"岗位 {number:02d}")
        posting.status = Status.PUBLISHED if number % 2 else Status.DRAFT
        posting.department = "研发部" if number < 5 else "数据部"
        posting.tags = ["急招"] if number == 7 else []
        postings.append(posting)
    library._repository.add_many(postings)
    page = library.list_postings(ListQuery(sort=SortKey.TITLE, descending=False, limit=10))
    assert page.total == 25
    assert [row.title for row in page.rows][:3] == ["岗位 00", "岗位 01", "岗位 02"]
    second = library.list_postings(
        ListQuery(sort=SortKey.TITLE, descending=False, offset=20, limit=10)
    )
    assert [row.title for row in second.rows] == [f"岗位 {n}" for n in range(20, 25)]
    drafts = library.list_postings(ListQuery(PostingFilter(status=Status.DRAFT)))
    assert drafts.total == 13
    assert library.list_postings(ListQuery(PostingFilter(department="研发部"))).total == 5
    tagged = library.list_postings(ListQuery(PostingFilter(tag="急招")))
    assert [row.title for row in tagged.rows] == ["岗位 07"]
    assert library.distinct_values("department") == ["数据部", "研发部"]
    assert library.distinct_values("tag") == ["急招"]


def test_duplicate_makes_a_draft_copy(library: Library) -> None:
    stored = library.create_posting(chinese_posting())
    copy_ = library.duplicate_posting(stored.id or 0)
    assert copy_.id != stored.id
    assert copy_.title.endswith("(copy)")
    assert copy_.status is Status.DRAFT
    assert copy_.sections == stored.sections


def test_bulk_add_is_one_transaction(library: Library) -> None:
    good = chinese_posting()
    bad = chinese_posting()
    bad.headcount = -1
    with pytest.raises(ValidationError):
        library._repository.add_many([good, bad])
    assert library.list_postings().total == 0


def test_library_survives_reopen(library_url: str) -> None:
    with Library.open(library_url) as library:
        posting_id = library.create_posting(english_posting()).id
    with Library.open(library_url, create=False) as library:
        assert library.get_posting(posting_id or 0).title == "Senior Backend Engineer"


def test_nul_characters_are_taken_out_on_every_backend(library: Library) -> None:
    """PostgreSQL refuses NUL in text where SQLite keeps it: the store drops it on both."""
    posting = chinese_posting()
    posting.title = "数据\x00分析师"
    posting.sections[0].items[0].text = "负责\x00数据"
    posting.tags = ["急\x00招"]
    stored = library.create_posting(posting)
    loaded = library.get_posting(stored.id or 0)
    assert (loaded.title, loaded.tags) == ("数据分析师", ["急招"])
    assert loaded.sections[0].items[0].text == "负责数据"
    assert posting.title == "数据\x00分析师"  # the caller's posting is left as it was
    summary = loaded.summary
    loaded.summary += "\x00"  # nothing else: the save changes nothing
    saved = library.save_posting(loaded)
    assert (saved.summary, saved.version) == (summary, 1)
    only_nul = chinese_posting()
    only_nul.title = "\x00"
    with pytest.raises(ValidationError, match="no title"):
        library.create_posting(only_nul)
