"""View › Statements: the list most used first, search, insert with undo, preferred,
starter statements; driven through the main window as a person would."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jdeditor.core.model import Language, SectionKind
from jdeditor.gui.main_window import MainWindow
from jdeditor.settings import load_settings
from tests.gui.statement_postings import (
    MOST_USED,
    VARIANTS,
    open_row,
    statements_window,
    wait_statements,
)
from tests.gui.typing_helpers import commit_text


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    yield from statements_window(qtbot, tmp_path / "statements.db")


def focus_section(window: MainWindow, position: int, row: int | None = None) -> None:
    """Click into a section of the open posting (its item ``row`` made current)."""
    editor = window.editor.section_frames()[position].editor
    editor.view().setFocus(Qt.FocusReason.MouseFocusReason)
    if row is not None:
        editor.view().setCurrentIndex(editor.model().index_for_path((row,)))


def show_kind(qtbot: object, window: MainWindow, kind: SectionKind) -> None:
    window.statements.panel.set_kind(kind)
    window.statements.refresh()
    wait_statements(qtbot, window)


def test_the_kind_follows_the_section_being_edited(qtbot: object, window: MainWindow) -> None:
    open_row(window, "产品经理")
    focus_section(window, 1)
    assert window.statements.panel.kind() is SectionKind.REQUIREMENTS
    focus_section(window, 0)
    assert window.statements.panel.kind() is SectionKind.DUTIES


def test_lists_most_used_first_with_counts(qtbot: object, window: MainWindow) -> None:
    show_kind(qtbot, window, SectionKind.REQUIREMENTS)
    panel = window.statements.panel
    own = [entry for entry in panel.entries() if not entry.starter]
    texts = [entry.text for entry in own]
    assert texts[:2] == ["本科及以上学历", MOST_USED]  # in 4 postings, then in 2
    assert set(texts[2:]) == {VARIANTS[1], VARIANTS[2]}
    entry = own[1]
    assert entry.postings == 2 and entry.uses == 0
    assert "2 posting" in panel.list.item(panel.entries().index(entry)).text()


def test_search_finds_through_the_index(qtbot: object, window: MainWindow) -> None:
    show_kind(qtbot, window, SectionKind.REQUIREMENTS)
    panel = window.statements.panel
    commit_text(panel.search_edit, "相关经验")
    assert panel.search() == "相关经验"

    def found() -> list[str]:
        return [entry.text for entry in panel.entries()]

    qtbot.waitUntil(lambda: "本科及以上学历" not in found(), timeout=3000)  # type: ignore[attr-defined]
    assert VARIANTS[1] in found()
    assert all("相关" in text for text in found())


def test_insert_adds_an_item_undoably_and_counts_the_use(qtbot: object, window: MainWindow) -> None:
    posting = open_row(window, "产品经理")
    focus_section(window, 1, row=0)
    wait_statements(qtbot, window)
    panel = window.statements.panel
    row = next(i for i, e in enumerate(panel.entries()) if e.text == MOST_USED)
    panel.list.setCurrentRow(row)
    entry = panel.current_entry()
    assert entry is not None and entry.uses == 0
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    items = [item.text for item in posting.sections[1].items]
    assert items == ["本科及以上学历", MOST_USED, VARIANTS[1]]  # after the current item
    assert window.is_modified()
    assert window.library.statement(entry.id).uses == 1
    wait_statements(qtbot, window)
    shown = next(e for e in panel.entries() if e.id == entry.id)
    assert shown.uses == 1 and "1 use" in panel.list.currentItem().text()
    window.undo_action.trigger()
    assert [item.text for item in posting.sections[1].items] == ["本科及以上学历", VARIANTS[1]]
    window.redo_action.trigger()
    assert len(posting.sections[1].items) == 3


def test_enter_and_double_click_insert(qtbot: object, window: MainWindow) -> None:
    posting = open_row(window, "产品经理")
    focus_section(window, 0)  # duties; no current item: at the end
    wait_statements(qtbot, window)
    panel = window.statements.panel
    panel.list.setCurrentRow(0)
    first = panel.current_entry()
    assert first is not None and first.kind is SectionKind.DUTIES
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert posting.sections[0].items[-1].text == first.text
    item = panel.list.item(0)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]
    assert [i.text for i in posting.sections[0].items].count(first.text) >= 2


def test_insert_without_an_open_posting_says_what_to_do(qtbot: object, window: MainWindow) -> None:
    show_kind(qtbot, window, SectionKind.REQUIREMENTS)
    panel = window.statements.panel
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "Open a posting" in window.statusBar().currentMessage()


def test_marking_preferred_puts_it_first_with_a_star(qtbot: object, window: MainWindow) -> None:
    show_kind(qtbot, window, SectionKind.REQUIREMENTS)
    panel = window.statements.panel
    row = next(i for i, e in enumerate(panel.entries()) if e.text == VARIANTS[2])
    assert row > 0
    panel.list.setCurrentRow(row)
    assert not panel.preferred_button.isChecked()
    qtbot.mouseClick(panel.preferred_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_statements(qtbot, window)
    assert panel.entries()[0].text == VARIANTS[2] and panel.entries()[0].preferred
    assert panel.list.item(0).text().startswith("★")
    assert panel.current_entry() is not None and panel.current_entry().text == VARIANTS[2]  # type: ignore[union-attr]
    assert panel.preferred_button.isChecked()
    qtbot.mouseClick(panel.preferred_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_statements(qtbot, window)
    assert panel.entries()[0].text != VARIANTS[2]


@dataclass(frozen=True)
class Starter:  # as jdeditor.core.statements.starter gives them
    kind: SectionKind
    language: Language
    role: str
    text: str


STARTER = Starter(SectionKind.REQUIREMENTS, Language.ZH, "数据分析师", "具备良好的沟通表达能力")


@pytest.fixture
def starter_window(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The window on a library whose shipped starter set is one known statement."""
    module = types.ModuleType("jdeditor.core.statements.starter")
    module.load_starter_statements = lambda path=None: (STARTER,)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    yield from statements_window(qtbot, tmp_path / "starter.db")


def test_starter_statements_are_marked_and_can_be_hidden(
    qtbot: object, starter_window: MainWindow
) -> None:
    window = starter_window
    show_kind(qtbot, window, SectionKind.REQUIREMENTS)
    panel = window.statements.panel
    starters = [e for e in panel.entries() if e.starter]
    assert [e.text for e in starters] == [STARTER.text]
    row = panel.entries().index(starters[0])
    assert "starter" in panel.list.item(row).text()
    panel.starter_box.setChecked(False)  # "Show starter statements"
    wait_statements(qtbot, window)
    assert not any(e.starter for e in panel.entries())
    assert load_settings()[0].show_starter_statements is False
    panel.starter_box.setChecked(True)
    wait_statements(qtbot, window)
    assert any(e.starter for e in panel.entries())
    assert load_settings()[0].show_starter_statements is True


def test_the_panel_is_hidden_until_asked_for_and_remembered(
    qtbot: object, window: MainWindow
) -> None:
    action = window.statements.statements_action
    assert action.shortcut().toString() == "F7"
    assert window.statements.dock.isVisibleTo(window)
    action.trigger()
    assert not window.statements.dock.isVisibleTo(window)


def test_the_panel_lists_the_statement_kinds_of_the_core() -> None:
    from jdeditor.core.statements.model import STATEMENT_KINDS
    from jdeditor.gui.panels import statements_panel

    assert statements_panel.STATEMENT_KINDS == STATEMENT_KINDS


def test_a_capped_total_is_shown_with_a_plus(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdeditor.store import statement_reading

    monkeypatch.setattr(statement_reading, "TOTAL_CAP", 2)
    show_kind(qtbot, window, SectionKind.REQUIREMENTS)
    panel = window.statements.panel
    assert len(panel.entries()) > 2
    assert (
        panel.status_label.text()
        == f"The {len(panel.entries())} most used of 2+; search to find others."
    )
