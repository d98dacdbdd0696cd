"""The history service: compare revisions and postings, restore, one-line summaries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jdeditor.core.diff import Change
from jdeditor.core.model import Item, Posting
from jdeditor.errors import ConflictError, NotFoundError
from jdeditor.service import Library
from tests.factories import chinese_posting, english_posting


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    """A new library on each backend: a SQLite file, then a PostgreSQL database."""
    with Library.open(library_url) as opened:
        yield opened


def _edit_chinese(library: Library, posting: Posting) -> Posting:
    """Version 2: the first two duties swapped, a requirement edited, a duty added."""
    duties, requirements = posting.sections[0].items, posting.sections[1].items
    duties[0], duties[1] = duties[1], duties[0]
    requirements[0].text = "硕士及以上学历，统计学相关专业"
    duties.append(Item("维护数据看板"))
    return library.save_posting(posting, note="edited")


def test_compare_revisions_sees_moved_edited_and_added_items(library: Library) -> None:
    first = library.create_posting(chinese_posting())
    assert first.id is not None
    second = _edit_chinese(library, first)
    assert second.version == 2
    diff = library.compare_revisions(first.id, 1, 2)
    changes = {item.change for _section, item in diff.item_changes()}
    assert {Change.MOVED, Change.EDITED, Change.ADDED} <= changes
    assert not library.compare_revisions(first.id, 2, 2).has_changes


def test_history_summaries_describe_each_revision(library: Library) -> None:
    posting = library.create_posting(chinese_posting())
    assert posting.id is not None
    _edit_chinese(library, posting)
    lines = library.history_summaries(posting.id, "zh")
    assert [info.version for info, _text in lines] == [2, 1]
    assert lines[0][1] == "新增第 3 条岗位职责，移动第 2 条岗位职责，修改第 1 条任职要求"
    assert lines[1][1] == ""
    assert library.history_summaries(posting.id, "en")[0][1] == (
        "duty 3 added, duty 2 moved, requirement 1 edited"
    )


def test_compare_two_postings(library: Library) -> None:
    a = library.create_posting(english_posting())
    changed = english_posting()
    changed.department = "Platform"
    changed.sections[0].items[0].text = "Design and build REST APIs in Python"
    b = library.create_posting(changed)
    assert a.id is not None and b.id is not None
    diff = library.compare_postings((a.id, None), (b.id, 1))
    assert [change.name for change in diff.fields] == ["department"]
    [(_section, item)] = [pair for pair in diff.item_changes() if pair[1].change is Change.EDITED]
    assert item.new is not None and "REST" in item.new.text


def test_restore_saves_a_new_revision_and_keeps_history(library: Library) -> None:
    posting = library.create_posting(chinese_posting())
    assert posting.id is not None
    _edit_chinese(library, posting)
    restored = library.restore_revision(posting.id, 1)
    assert restored.version == 3
    assert [info.version for info in library.history(posting.id)] == [3, 2, 1]
    assert library.history(posting.id)[0].note == "restored revision 1"
    assert not library.compare_revisions(posting.id, 1, 3).has_changes
    # Restoring the content it has now writes nothing.
    again = library.restore_revision(posting.id, 3)
    assert again.version == 3 and len(library.history(posting.id)) == 3


def test_restore_refuses_a_stale_base_and_unknown_revisions(library: Library) -> None:
    posting = library.create_posting(chinese_posting())
    assert posting.id is not None
    _edit_chinese(library, posting)
    with pytest.raises(ConflictError):
        library.restore_revision(posting.id, 1, base_version=1)
    assert len(library.history(posting.id)) == 2
    with pytest.raises(NotFoundError, match="no revision 9"):
        library.restore_revision(posting.id, 9)
    with pytest.raises(NotFoundError):
        library.compare_revisions(999, 1, 2)


def test_copy_posting_starts_a_fresh_history_that_says_where_it_came_from(
    library: Library,
) -> None:
    original = _edit_chinese(library, library.create_posting(chinese_posting("产品经理")))
    assert original.id is not None and original.version == 2
    copied = library.copy_posting(original.id)
    assert copied.id not in (None, original.id)
    assert copied.id is not None and copied.version == 1
    assert copied.title == "产品经理"
    diff = library.compare_postings((original.id, None), (copied.id, None))
    assert [change.name for change in diff.fields] == ["status"]  # a copy starts as a draft
    assert not any(section.has_changes for section in diff.sections)
    history = library.history(copied.id)
    assert [info.note for info in history] == [f"copied from #{original.id} «产品经理»"]
    assert len(library.history(original.id)) == 2  # the original is untouched
    renamed = library.copy_posting(original.id, title="产品经理（上海）")
    assert renamed.title == "产品经理（上海）"
    with pytest.raises(NotFoundError):
        library.copy_posting(9999)
