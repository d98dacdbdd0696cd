"""Families and rewording: the families tab shows variants with counts; the reword dialog
previews, applies as one library undo step, leaves the open posting with unsaved edits
alone, reloads a clean open posting, and Undo / Redo revert and apply it again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from jdeditor.core.model import SectionKind
from jdeditor.core.statements.model import Family
from jdeditor.gui.dialogs.reword_dialog import RewordDialog
from jdeditor.gui.main_window import MainWindow
from tests.gui.statement_postings import MOST_USED, VARIANTS, open_row, statements_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    yield from statements_window(qtbot, tmp_path / "reword.db")


def families_tab(qtbot: object, window: MainWindow) -> Family:
    """Show the Families tab for requirements; the family of the three wordings."""
    actions = window.statements
    actions.tabs.setCurrentWidget(actions.families_panel)
    actions.families_panel.set_kind(SectionKind.REQUIREMENTS)
    qtbot.waitUntil(lambda: not actions.task_running("families"), timeout=10000)  # type: ignore[attr-defined]
    family = next(f for f in actions.families_panel.families() if MOST_USED in f.representative)
    return family


def answer_reword(
    monkeypatch: pytest.MonkeyPatch, wording: str | None, seen: list[RewordDialog]
) -> None:
    """Replace the dialog's exec: choose ``wording`` (a variant or typed) and Apply."""

    def exec_(dialog: RewordDialog) -> int:
        seen.append(dialog)
        if wording is None:
            return QDialog.DialogCode.Rejected
        dialog.wording_edit.setText(wording)
        dialog.update_preview()
        assert dialog.apply_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RewordDialog, "exec", exec_)


def items(window: MainWindow, title: str) -> list[str]:
    summary = next(s for s in window.library.list_postings().rows if s.title == title)
    posting = window.library.get_posting(summary.id)
    return [item.text for item in posting.sections[1].items]


def test_families_show_variants_with_counts(qtbot: object, window: MainWindow) -> None:
    family = families_tab(qtbot, window)
    panel = window.statements.families_panel
    assert {variant.text for variant in family.variants} == set(VARIANTS)
    top = panel.tree.topLevelItem(panel.families().index(family))
    assert top is not None and top.childCount() == 3
    counts = {top.child(i).text(0): top.child(i).text(1) for i in range(3)}
    assert counts == {VARIANTS[0]: "2", VARIANTS[1]: "1", VARIANTS[2]: "1"}
    assert top.text(1) == "4"
    assert not panel.busy_bar.isVisible()


def test_reword_previews_applies_and_undoes_as_one_step(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    family = families_tab(qtbot, window)
    seen: list[RewordDialog] = []
    answer_reword(monkeypatch, MOST_USED, seen)
    window.statements.reword(family)
    dialog = seen[0]
    plan = dialog.plan()
    assert plan is not None
    titles = {change.title for change in plan.changes if not change.skipped}
    assert titles == {"产品经理", "运营专员"}
    preview = dialog.preview
    rows = [preview.topLevelItem(i) for i in range(preview.topLevelItemCount())]
    assert any(row is not None and row.childCount() and "→" in row.child(0).text(1) for row in rows)
    assert items(window, "产品经理")[1] == MOST_USED
    assert items(window, "运营专员")[1] == MOST_USED
    stack = window.statements.reword_stack
    assert stack.count() == 1
    panel = window.statements.families_panel
    assert panel.undo_button.isEnabled()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert items(window, "产品经理")[1] == VARIANTS[1]
    assert items(window, "运营专员")[1] == VARIANTS[2]
    qtbot.mouseClick(panel.redo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert items(window, "产品经理")[1] == MOST_USED
    assert items(window, "运营专员")[1] == MOST_USED


def test_the_open_posting_with_unsaved_edits_is_left_alone(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = open_row(window, "产品经理")
    window.editor.header.title_edit.setFocus()
    qtbot.keyClicks(window.editor.header.title_edit, "X")  # type: ignore[attr-defined]
    assert window.is_modified()
    family = families_tab(qtbot, window)
    seen: list[RewordDialog] = []
    answer_reword(monkeypatch, MOST_USED, seen)
    window.statements.reword(family)
    skipped = [c for c in seen[0].plan().changes if c.skipped]  # type: ignore[union-attr]
    assert [c.title for c in skipped] == ["产品经理"]
    assert "unsaved" in skipped[0].skipped
    preview = seen[0].preview
    texts = [preview.topLevelItem(i).text(1) for i in range(preview.topLevelItemCount())]  # type: ignore[union-attr]
    assert any("unsaved" in text for text in texts)
    assert items(window, "产品经理")[1] == VARIANTS[1]  # not overwritten
    assert items(window, "运营专员")[1] == MOST_USED
    assert window.editor.posting() is opened and window.is_modified()  # the edits are kept


def test_a_clean_open_posting_is_reloaded(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_row(window, "运营专员")
    family = families_tab(qtbot, window)
    answer_reword(monkeypatch, "具备三年以上相关工作经验", [])
    window.statements.reword(family)
    shown = window.editor.posting()
    assert shown is not None and shown.sections[1].items[1].text == "具备三年以上相关工作经验"
    assert not window.is_modified()
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    window.statements.reword_stack.undo()
    shown = window.editor.posting()
    assert shown is not None and shown.sections[1].items[1].text == VARIANTS[2]
    assert window.save()  # the reloaded posting saves without a conflict


def test_undo_names_postings_saved_since(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    family = families_tab(qtbot, window)
    answer_reword(monkeypatch, MOST_USED, [])
    window.statements.reword(family)
    opened = open_row(window, "产品经理")
    opened.department = "产品部"
    window.editor.header.refresh_field("department")
    window.library.save_posting(opened)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.statements.reword_stack.undo()
    assert told and "产品经理" in told[0]
    assert items(window, "运营专员")[1] == VARIANTS[2]


def test_cancel_changes_nothing(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    family = families_tab(qtbot, window)
    answer_reword(monkeypatch, None, [])
    window.statements.reword(family)
    assert window.statements.reword_stack.count() == 0
    assert items(window, "产品经理")[1] == VARIANTS[1]
