"""A save that changes nothing, or only whitespace, writes no revision (issue 13)."""

from __future__ import annotations

import copy

import pytest

from jdeditor.core.model import Dismissal, Item
from jdeditor.errors import ConflictError, NotFoundError
from jdeditor.service import Library
from tests.factories import chinese_posting, english_posting


def test_saving_an_unchanged_posting_writes_nothing(library: Library) -> None:
    stored = library.create_posting(chinese_posting())
    saved = library.save_posting(copy.deepcopy(stored), note="nothing")
    assert saved.version == stored.version == 1
    assert saved.updated_at == stored.updated_at
    assert [revision.version for revision in library.history(stored.id or 0)] == [1]


def test_whitespace_only_edits_write_nothing_and_keep_the_stored_text(library: Library) -> None:
    stored = library.create_posting(english_posting())
    edited = copy.deepcopy(stored)
    edited.title = f"  {edited.title}  "
    edited.sections[0].items[0].text = edited.sections[0].items[0].text.replace(" ", "   ")
    edited.tags = [f"{tag} " for tag in edited.tags]
    saved = library.save_posting(edited)
    assert saved.version == 1
    assert saved.title == stored.title
    assert saved.sections[0].items[0].text == stored.sections[0].items[0].text
    assert len(library.history(stored.id or 0)) == 1


def test_a_real_change_after_a_no_op_save_is_saved(library: Library) -> None:
    stored = library.create_posting(chinese_posting())
    unchanged = library.save_posting(copy.deepcopy(stored))
    unchanged.sections[0].items.append(Item("新增职责"))
    saved = library.save_posting(unchanged, note="added")
    assert saved.version == 2
    assert [revision.note for revision in library.history(stored.id or 0)] == ["added", "created"]


def test_an_unchanged_but_stale_save_still_reports_the_conflict(library: Library) -> None:
    stored = library.create_posting(chinese_posting())
    theirs = copy.deepcopy(stored)
    theirs.title = "他们的标题"
    library.save_posting(theirs)
    with pytest.raises(ConflictError):
        library.save_posting(copy.deepcopy(stored))


def test_an_unchanged_save_of_a_trashed_posting_says_it_is_in_the_trash(
    library: Library,
) -> None:
    stored = library.create_posting(chinese_posting())
    library.delete_posting(stored.id or 0)
    with pytest.raises(NotFoundError, match="trash"):
        library.save_posting(copy.deepcopy(stored))


def test_a_new_dismissal_is_not_taken_for_no_change(library: Library) -> None:
    # Dismissals are kept with the posting but are not content: a save that only adds
    # one must still reach the write path (which stores them), not be skipped.
    stored = library.create_posting(chinese_posting())
    edited = copy.deepcopy(stored)
    edited.dismissals.append(Dismissal("rule:text", "on purpose"))
    assert library.save_posting(edited).version == 2
