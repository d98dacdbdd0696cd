"""The library list's "With errors" filter and its errors column (icon, count, tooltip)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from jdeditor.core.model import Item
from jdeditor.gui.library_panel import LibraryPanel
from jdeditor.gui.models.posting_list_model import Column, PostingListRole
from jdeditor.service import Library
from tests.checks_support import use_test_rules as use_test_rules  # a fixture
from tests.factories import chinese_posting, english_posting

pytestmark = pytest.mark.usefixtures("use_test_rules")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.db") as opened:
        opened.create_posting(english_posting())
        faulty = chinese_posting("有空白的岗位")
        faulty.sections[0].items.append(Item("已婚优先 ___"))
        opened.create_posting(faulty)
        yield opened


@pytest.fixture
def panel(qtbot: QtBot, library: Library) -> LibraryPanel:
    widget = LibraryPanel(library)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QAbstractItemModelTester(widget.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return widget


def titles(panel: LibraryPanel) -> list[str]:
    model = panel.model
    return [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]


def test_the_errors_column_shows_an_icon_and_the_count(panel: LibraryPanel) -> None:
    model = panel.model
    assert model.headerData(Column.CHECKS, Qt.Orientation.Horizontal) == "Errors"
    cells = {
        model.index(row, Column.TITLE).data(): model.index(row, Column.CHECKS)
        for row in range(model.rowCount())
    }
    faulty, clean = cells["有空白的岗位"], cells["Senior Backend Engineer"]
    assert faulty.data() == "2"
    assert isinstance(faulty.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert "2 unresolved error" in faulty.data(Qt.ItemDataRole.ToolTipRole)
    assert faulty.data(PostingListRole.ERRORS) == 2
    assert clean.data() == ""
    assert clean.data(Qt.ItemDataRole.DecorationRole) is None
    assert clean.data(Qt.ItemDataRole.ToolTipRole) is None


def test_with_errors_narrows_the_list_and_back(qtbot: QtBot, panel: LibraryPanel) -> None:
    assert sorted(titles(panel)) == ["Senior Backend Engineer", "有空白的岗位"]
    qtbot.mouseClick(panel.errors_filter, Qt.MouseButton.LeftButton)
    assert panel.errors_filter.isChecked()
    assert titles(panel) == ["有空白的岗位"]
    assert panel.count_label.text() == "1 posting"
    assert panel.narrowed_query() is not None  # "export the postings in the list" follows it
    qtbot.mouseClick(panel.errors_filter, Qt.MouseButton.LeftButton)
    assert len(titles(panel)) == 2


def test_a_fixed_posting_leaves_the_filtered_list(
    qtbot: QtBot, panel: LibraryPanel, library: Library
) -> None:
    panel.errors_filter.setChecked(True)
    posting = library.get_posting(
        next(row.id for row in library.list_postings().rows if row.errors)
    )
    posting.sections[0].items[-1].text = "按计划推进"
    library.save_posting(posting)
    panel.refresh()
    assert titles(panel) == []
    assert panel.stack.currentWidget() is panel.view  # filtered empty: not the welcome page


def test_clicking_the_errors_header_does_not_ask_for_a_sort(
    qtbot: QtBot, panel: LibraryPanel
) -> None:
    with qtbot.assertNotEmitted(panel.model.sort_requested):
        panel.model.sort(Column.CHECKS, Qt.SortOrder.AscendingOrder)


def test_a_new_library_clears_the_filter(panel: LibraryPanel) -> None:
    panel.errors_filter.setChecked(True)
    panel.clear_library()
    assert not panel.errors_filter.isChecked()
    assert not panel.errors_filter.isEnabled()
