"""The service keeps each imported posting's warnings, lists the open ones and dismisses them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jdeditor.core.model import Item
from jdeditor.core.posting_warnings import locate_item
from jdeditor.errors import NotFoundError
from jdeditor.service import Library
from tests.factories import NUMBERING_GAP_ITEM, NUMBERING_GAP_ZH, chinese_posting


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    """A new library on each backend: a SQLite file, then a PostgreSQL database."""
    with Library.open(library_url) as opened:
        yield opened


@pytest.fixture
def gap_file(tmp_path: Path) -> Path:
    path = tmp_path / "数据岗位.txt"
    path.write_text(NUMBERING_GAP_ZH, encoding="utf-8")
    return path


def test_an_import_keeps_the_warnings_of_the_plan(library: Library, gap_file: Path) -> None:
    plan = library.plan_import([gap_file])
    [planned] = plan.postings
    [expected] = planned.warnings
    [posting_id] = library.commit_import(plan).added
    [kept] = library.import_warnings(posting_id)
    assert (kept.code, kept.kind, kept.line, kept.message) == (
        expected.code,
        expected.kind,
        expected.line,
        expected.message,
    )
    assert kept.values == expected.values
    assert kept.source_name == "数据岗位.txt"
    assert kept.item_text == NUMBERING_GAP_ITEM
    assert kept.posting_id == posting_id


def test_unticked_postings_leave_no_warnings(library: Library, gap_file: Path) -> None:
    plan = library.plan_import([gap_file])
    plan.postings[0].include = False
    assert library.commit_import(plan).added == []
    assert library.info().postings == 0


def test_a_posting_made_in_the_editor_has_none(library: Library) -> None:
    stored = library.create_posting(chinese_posting())
    assert library.import_warnings(stored.id or 0) == []


def test_dismiss_one_and_dismiss_all(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text(NUMBERING_GAP_ZH.replace("3、有良好", "5、有良好"), encoding="utf-8")
    [posting_id] = library.import_files([path]).added
    first, second = library.import_warnings(posting_id)
    assert (first.line, second.line) == (6, 11)
    library.dismiss_import_warning(first.id or 0)
    assert library.import_warnings(posting_id) == [second]
    assert library.dismiss_import_warnings(posting_id) == 1
    assert library.import_warnings(posting_id) == []
    with pytest.raises(NotFoundError):
        library.dismiss_import_warning(12345)


def test_warnings_outlive_edits_and_still_find_their_item(library: Library, gap_file: Path) -> None:
    [posting_id] = library.import_files([gap_file]).added
    posting = library.get_posting(posting_id)
    posting.sections[0].items.insert(0, Item("新增的第一条职责"))
    saved = library.save_posting(posting)
    [kept] = library.import_warnings(posting_id)
    assert locate_item(saved, kept) == (0, (3,))
    saved.sections[0].items[3].text = "改写过的职责"  # the item itself was rewritten
    assert locate_item(saved, kept) is None
