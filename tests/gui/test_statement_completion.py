"""Completion while typing in an item: offers statements of the section's kind, takes
one as a single undo step, counts the use, and keeps out of the way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jdeditor.gui.editors.item_delegate import ItemTextEdit
from jdeditor.gui.main_window import MainWindow
from tests.gui.statement_postings import MOST_USED, VARIANTS, open_row, statements_window
from tests.gui.typing_helpers import commit_text


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    yield from statements_window(qtbot, tmp_path / "completion.db")


def new_requirement(qtbot: object, window: MainWindow) -> ItemTextEdit:
    """Open 产品经理, add an empty requirement and edit it (as Add item does)."""
    open_row(window, "产品经理")
    section = window.editor.section_frames()[1].editor
    section.view().setFocus()
    section.view().setCurrentIndex(section.model().index_for_path((1,)))
    section.add_item()  # the new item is edited at once, as after Enter
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), ItemTextEdit))  # type: ignore[attr-defined]
    editor = QApplication.focusWidget()
    assert isinstance(editor, ItemTextEdit)
    return editor


def test_typing_offers_statements_and_choosing_is_one_undo_step(
    qtbot: object, window: MainWindow
) -> None:
    editor = new_requirement(qtbot, window)
    completer = window.statements.completer
    commit_text(editor, "3年以上")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)  # type: ignore[attr-defined]
    offered = [entry.text for entry in completer.entries()]
    assert MOST_USED in offered
    assert all(entry.kind.value == "requirements" for entry in completer.entries())
    posting = window.editor.posting()
    assert posting is not None
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    chosen = completer.entries()[popup.currentIndex().row()]
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert not popup.isVisible()
    assert posting.sections[1].items[2].text == chosen.text
    assert window.library.statement(chosen.id).uses == 1
    window.undo_action.trigger()  # the choice, not the typing
    assert posting.sections[1].items[2].text == "3年以上"
    window.redo_action.trigger()
    assert posting.sections[1].items[2].text == chosen.text


def test_enter_without_choosing_adds_the_next_item(qtbot: object, window: MainWindow) -> None:
    editor = new_requirement(qtbot, window)
    completer = window.statements.completer
    commit_text(editor, "相关经验")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)  # type: ignore[attr-defined]
    assert VARIANTS[1] in [entry.text for entry in completer.entries()]
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    posting = window.editor.posting()
    assert posting is not None
    assert [item.text for item in posting.sections[1].items][2:] == ["相关经验", ""]


def test_escape_closes_and_no_popup_without_a_match_or_for_one_letter(
    qtbot: object, window: MainWindow
) -> None:
    editor = new_requirement(qtbot, window)
    completer = window.statements.completer
    popup = completer.popup()
    qtbot.keyClicks(editor, "x")  # type: ignore[attr-defined]
    completer.look_up()  # what the timer would do
    assert not popup.isVisible() and completer.lookups == 0
    qtbot.keyClicks(editor, "yzzy")  # type: ignore[attr-defined]
    completer.look_up()
    assert completer.lookups == 1 and not popup.isVisible()  # asked, nothing matched
    editor.clear()
    commit_text(editor, "学历")
    completer.look_up()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not popup.isVisible()
    assert editor.text() == "学历"  # Escape closed the list, the typing stays


def test_typing_never_waits_for_the_library(qtbot: object, window: MainWindow) -> None:
    editor = new_requirement(qtbot, window)
    completer = window.statements.completer
    for char in "experience":
        qtbot.keyClick(editor, char)  # type: ignore[attr-defined]
    assert completer.lookups == 0  # no query on the keystroke path
    qtbot.waitUntil(lambda: completer.lookups == 1, timeout=3000)  # type: ignore[attr-defined]
    commit_text(editor, "相关")
    qtbot.waitUntil(lambda: completer.lookups == 2, timeout=3000)  # type: ignore[attr-defined]
    assert completer.last_lookup_seconds < 0.1  # once typing pauses, and fast
