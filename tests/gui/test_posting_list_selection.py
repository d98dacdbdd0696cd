"""Choosing postings in the list: a click opens one; Ctrl+click (or Shift) only adds to
the selection, for Compare Selected Postings, and leaves the open posting in the form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jdeditor.gui.main_window import MainWindow
from tests.factories import chinese_posting
from tests.gui.windows import open_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path / "selection.db")
    for title in ("产品经理", "Data Analyst"):
        opened.library.create_posting(chinese_posting(title))
    opened.panel.refresh()
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


def click_row(
    qtbot: object, window: MainWindow, row: int, modifier: Qt.KeyboardModifier | None = None
) -> None:
    view = window.panel.view
    rect = view.visualRect(window.panel.model.index(row, 0))
    qtbot.mouseClick(  # type: ignore[attr-defined]
        view.viewport(),
        Qt.MouseButton.LeftButton,
        modifier or Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )


def open_title(window: MainWindow) -> str:
    posting = window.editor.posting()
    return "" if posting is None else posting.title


def row_title(window: MainWindow, row: int) -> str:
    return str(window.panel.model.index(row, 0).data())


def test_ctrl_click_adds_a_second_posting_without_opening_it(
    qtbot: object, window: MainWindow
) -> None:
    first, second = row_title(window, 0), row_title(window, 1)
    click_row(qtbot, window, 0)
    assert open_title(window) == first
    click_row(qtbot, window, 1, Qt.KeyboardModifier.ControlModifier)
    assert open_title(window) == first  # still the open one
    assert window.editor.header.title_edit.text() == first
    assert len(window.panel.selected_posting_ids()) == 2
    assert window.panel.current_posting_id() == window.editor.posting().id  # type: ignore[union-attr]
    window.history.compare_postings_action.trigger()
    dialog = window.history.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert second in dialog.browser.toPlainText()
    dialog.close()
    click_row(qtbot, window, 1)  # a plain click opens it
    assert open_title(window) == second
    assert window.panel.selected_posting_ids() == [window.panel.current_posting_id()]


def test_shift_and_arrow_keys_extend_a_plain_arrow_opens(qtbot: object, window: MainWindow) -> None:
    first, second = row_title(window, 0), row_title(window, 1)
    click_row(qtbot, window, 0)
    view = window.panel.view
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert open_title(window) == first
    assert len(window.panel.selected_posting_ids()) == 2
    qtbot.keyClick(view, Qt.Key.Key_Up)  # type: ignore[attr-defined]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert open_title(window) == second
