"""User flows through the main window, driven with pytest-qt offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from jdeditor.core.listing import ListQuery, PostingFilter
from jdeditor.core.model import Item, Language, SectionKind, Status
from jdeditor.gui.main_window import MainWindow
from jdeditor.settings import set_setting
from tests.factories import chinese_posting, english_posting
from tests.gui.typing_helpers import commit_text, type_text
from tests.gui.windows import open_window


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "gui-library.db"


@pytest.fixture
def window(qtbot: object, library_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, library_path)
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


def answer_message_boxes(monkeypatch: pytest.MonkeyPatch, answer: object) -> list[str]:
    """Replace QMessageBox.question with a fixed answer; returns the questions asked."""
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> object:
        asked.append(str(args[2]) if len(args) > 2 else "")
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_empty_library_shows_welcome(window: MainWindow) -> None:
    assert window.panel.stack.currentWidget() is window.panel.welcome
    assert window.editor.posting() is None
    assert not window.save_action.isEnabled()


def test_create_fill_header_save_and_find_after_restart(
    qtbot: object, window: MainWindow, library_path: Path
) -> None:
    welcome_new = window.panel.welcome.findChild(QPushButton, "welcome_new")
    qtbot.mouseClick(welcome_new, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    header = window.editor.header
    assert window.isWindowModified()
    commit_text(header.title_edit, "高级数据分析师")
    commit_text(header.department_combo.lineEdit(), "数据部")
    type_text(qtbot, header.tags_edit, "data, sql")
    header.headcount_spin.setValue(3)
    header.salary_min.setValue(15000)
    header.salary_max.setValue(25000)
    header.status_combo.setCurrentIndex(header.status_combo.findData(Status.PUBLISHED))
    posting = window.editor.posting()
    assert posting is not None
    assert posting.title == "高级数据分析师"
    assert posting.department == "数据部"
    assert posting.tags == ["data", "sql"]
    assert posting.salary is not None and int(posting.salary.maximum or 0) == 25000
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert not window.isWindowModified()
    assert posting.id is not None
    assert window.panel.model.total == 1
    window.close()
    window.library.close()

    again = open_window(qtbot, library_path)
    try:
        assert again.panel.model.total == 1
        again.panel.view.selectRow(0)
        reopened = again.editor.posting()
        assert reopened is not None
        assert reopened.title == "高级数据分析师"
        assert reopened.headcount == 3
        assert reopened.status is Status.PUBLISHED
        assert again.editor.header.department_combo.currentText() == "数据部"
    finally:
        again.editor.set_posting(None)
        again.library.close()


def test_header_undo_merges_typing_and_redo(qtbot: object, window: MainWindow) -> None:
    window.new_posting()
    title = window.editor.header.title_edit
    type_text(qtbot, title, "Data")
    type_text(qtbot, title, " Analyst")
    commit_text(window.editor.header.reports_to_edit, "总监")
    stack = window.editor.undo_stack()
    assert stack is not None
    assert stack.count() == 2  # the title typing merged into one step
    window.undo_action.trigger()
    assert window.editor.posting().reports_to == ""  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert title.text() == ""
    window.redo_action.trigger()
    assert title.text() == "Data Analyst"
    assert window.editor.posting().title == "Data Analyst"  # type: ignore[union-attr]


def test_switching_with_changes_asks_and_cancel_keeps_them(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    for posting in (chinese_posting(), english_posting()):
        window.library.create_posting(posting)
    window.panel.refresh()
    window.panel.view.selectRow(0)
    first = window.editor.posting()
    assert first is not None
    commit_text(window.editor.header.title_edit, "改")
    asked = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.panel.view.selectRow(1)
    assert asked and first.title in asked[0]
    assert window.editor.posting() is first
    assert window.panel.current_posting_id() == first.id
    answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    window.panel.view.selectRow(1)
    assert window.editor.posting() is not first
    assert window.library.get_posting(first.id or 0).title == first.title.removesuffix("改")


def test_search_chinese_and_english_with_count(qtbot: object, window: MainWindow) -> None:
    for posting in (chinese_posting(), english_posting(), chinese_posting("财务专员")):
        window.library.create_posting(posting)
    window.panel.refresh()
    commit_text(window.panel.search_edit, "财务")
    qtbot.waitUntil(lambda: window.panel.model.total == 1)  # type: ignore[attr-defined]
    assert "1" in window.panel.count_label.text()
    assert window.panel.model.summary_at(0).title == "财务专员"  # type: ignore[union-attr]
    window.panel.search_edit.clear()
    commit_text(window.panel.search_edit, "数据分析")
    qtbot.waitUntil(lambda: window.panel.model.total == 2)  # type: ignore[attr-defined]
    window.panel.search_edit.clear()
    type_text(qtbot, window.panel.search_edit, "postgres")
    qtbot.waitUntil(lambda: window.panel.model.total == 1)  # type: ignore[attr-defined]
    assert window.panel.model.summary_at(0).title == "Senior Backend Engineer"  # type: ignore[union-attr]
    window.panel.search_edit.clear()
    qtbot.waitUntil(lambda: window.panel.model.total == 3)  # type: ignore[attr-defined]


def test_filters_by_status(window: MainWindow) -> None:
    window.library.create_posting(chinese_posting())  # published
    window.library.create_posting(english_posting())  # draft
    window.panel.refresh_filters()
    window.panel.refresh()
    combo = window.panel.status_filter
    combo.setCurrentIndex(combo.findData(Status.DRAFT))
    assert window.panel.model.total == 1
    assert window.panel.model.summary_at(0).title == "Senior Backend Engineer"  # type: ignore[union-attr]
    departments = window.panel.department_filter
    assert departments.findText("数据部") >= 0


def test_delete_is_undoable_and_trash_restores(window: MainWindow) -> None:
    stored = window.library.create_posting(chinese_posting())
    window.panel.refresh()
    window.panel.view.selectRow(0)
    window.delete_action.trigger()
    assert window.panel.model.total == 0
    assert window.editor.posting() is None
    window.undo_action.trigger()
    assert window.panel.model.total == 1
    window.delete_action.trigger()
    window.trash_action.setChecked(True)
    assert window.panel.model.total == 1
    window.panel.view.selectRow(0)
    assert window.restore_action.isEnabled() and not window.save_action.isEnabled()
    window.restore_action.trigger()
    assert not window.trash_action.isChecked()
    assert window.library.get_posting(stored.id or 0).title == stored.title


def test_preview_follows_the_editor(window: MainWindow) -> None:
    stored = window.library.create_posting(english_posting())
    window.panel.refresh()
    window.panel.view.selectRow(0)
    assert "Senior Backend Engineer" in window.preview.toPlainText()
    assert "Design and build APIs in Python" in window.preview.toPlainText()
    posting = window.editor.posting()
    assert posting is not None and posting.id == stored.id
    window.preview_action.setChecked(False)
    assert not window.preview.isVisible()


def test_draft_survives_a_crash_and_is_offered_back(
    qtbot: object, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_window(qtbot, library_path)
    first.library.create_posting(english_posting())
    first.panel.refresh()
    first.panel.view.selectRow(0)
    type_text(qtbot, first.editor.header.title_edit, " II")
    first.drafts.write_now()  # what the timer does a moment after typing
    first.library.close()  # "crash": the window is never closed or saved

    answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    second = open_window(qtbot, library_path)
    try:
        second.offer_drafts()
        recovered = second.editor.posting()
        assert recovered is not None and recovered.title == "Senior Backend Engineer II"
        assert second.isWindowModified()
        assert second.save()
        assert second.library.drafts() == []
        assert second.library.list_postings().rows[0].title == "Senior Backend Engineer II"
    finally:
        second.editor.set_posting(None)
        second.library.close()


def test_sections_can_be_added_renamed_and_removed_with_undo(window: MainWindow) -> None:
    window.new_posting()
    posting = window.editor.posting()
    assert posting is not None
    assert [s.kind for s in posting.sections] == [SectionKind.DUTIES, SectionKind.REQUIREMENTS]
    window.editor.add_section(SectionKind.BENEFITS)
    assert posting.sections[-1].kind is SectionKind.BENEFITS
    frame = window.editor.section_frames()[-1]
    commit_text(frame.heading_edit, "员工福利")
    assert posting.sections[-1].heading.endswith("员工福利")
    assert not window.editor.section_frames()[0].remove_button.isEnabled()
    window.editor.section_frames()[-1].remove_button.click()
    assert len(posting.sections) == 2
    window.undo_action.trigger()
    assert posting.sections[-1].kind is SectionKind.BENEFITS
    window.editor.section_frames()[-1].up_button.click()
    assert posting.sections[1].kind is SectionKind.BENEFITS
    window.undo_action.trigger()
    assert posting.sections[2].kind is SectionKind.BENEFITS


def test_items_typed_in_the_section_editor_are_saved(window: MainWindow) -> None:
    window.new_posting()
    commit_text(window.editor.header.title_edit, "产品经理")
    editor = window.editor.section_frames()[0].editor
    editor.paste_text("1、负责产品规划\n2、撰写需求文档\n2.1 与研发沟通")
    posting = window.editor.posting()
    assert posting is not None
    duties = posting.sections[0]
    assert [item.text for item in duties.items] == ["负责产品规划", "撰写需求文档"]
    assert duties.items[1].children == [Item("与研发沟通")]
    assert window.save()
    stored = window.library.get_posting(posting.id or 0)
    assert stored.sections[0].items == duties.items


def test_full_flow_type_indent_move_undo_redo_save_reopen(
    qtbot: object, window: MainWindow, library_path: Path
) -> None:
    from tests.gui.test_section_editor import key, open_editor, type_item

    window.new_posting()
    commit_text(window.editor.header.title_edit, "产品经理")
    duties = window.editor.section_frames()[0].editor
    duties.item_action("add_item").trigger()
    editor = type_item(qtbot, "负责产品规划")
    key(qtbot, editor, Qt.Key.Key_Return)
    editor = type_item(qtbot, "市场及用户研究")
    key(qtbot, editor, Qt.Key.Key_Return)
    editor = type_item(qtbot, "Competitor analysis")
    key(qtbot, editor, Qt.Key.Key_Tab)  # indent under 市场及用户研究; editing goes on
    key(qtbot, open_editor(qtbot), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(list(duties.section().walk())) == 4)  # type: ignore[attr-defined]
    editor = type_item(qtbot, "撰写需求文档")
    key(qtbot, editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, open_editor(qtbot), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    posting = window.editor.posting()
    assert posting is not None
    texts = [(depth, item.text) for depth, item in posting.sections[0].walk()]
    assert texts == [
        (0, "负责产品规划"),
        (0, "撰写需求文档"),
        (0, "市场及用户研究"),
        (1, "Competitor analysis"),
    ]
    window.undo_action.trigger()  # the move
    window.undo_action.trigger()  # the outdent
    assert [(d, i.text) for d, i in posting.sections[0].walk()][-1] == (1, "撰写需求文档")
    window.redo_action.trigger()  # outdent again
    assert [(d, i.text) for d, i in posting.sections[0].walk()][-1] == (0, "撰写需求文档")
    assert window.save()
    expected = [(d, i.text) for d, i in posting.sections[0].walk()]
    window.editor.set_posting(None)
    window.library.close()

    again = open_window(qtbot, library_path)
    try:
        again.panel.view.selectRow(0)
        reopened = again.editor.posting()
        assert reopened is not None and reopened.title == "产品经理"
        assert [(d, i.text) for d, i in reopened.sections[0].walk()] == expected
        frame = again.editor.section_frames()[0]
        assert frame.editor.model().rowCount() == 3
    finally:
        again.editor.set_posting(None)
        again.library.close()


def test_a_new_postings_currency_is_the_default_of_the_preferences(window: MainWindow) -> None:
    set_setting("currency", "eur")  # the window is open already: it applies at once
    window.new_posting()
    header = window.editor.header
    header.language_combo.setCurrentIndex(header.language_combo.findData(Language.EN))
    assert header.currency_combo.currentText() == "EUR"
    header.salary_min.setValue(90000)
    posting = window.editor.posting()
    assert posting is not None and posting.salary is not None
    assert posting.salary.currency == "EUR"


def test_an_invalid_posting_is_not_saved_and_the_field_gets_the_focus(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    window.new_posting()  # no title yet
    assert not window.save()
    assert warned == ["The posting has no title: enter a job title before saving."]
    assert window.editor.header.title_edit.hasFocus()
    assert window.library.list_postings().total == 0
    assert window.isWindowModified()  # the edit is still there, unsaved


def test_find_and_preview_from_the_keyboard(qtbot: object, window: MainWindow) -> None:
    window.library.create_posting(english_posting())
    window.panel.refresh()
    window.panel.view.selectRow(0)
    window.panel.search_edit.setText("backend")
    window.panel.view.setFocus()
    window.find_action.trigger()  # Ctrl+F
    assert window.panel.search_edit.hasFocus()
    assert window.panel.search_edit.selectedText() == "backend"
    assert window.preview.isVisible() and "Senior Backend Engineer" in window.preview.toPlainText()
    window.preview_action.trigger()  # F9
    assert not window.preview.isVisible()
    window.preview_action.trigger()
    assert window.preview.isVisible() and "Senior Backend Engineer" in window.preview.toPlainText()


def test_the_search_box_searches_the_trash_in_the_trash_view(window: MainWindow) -> None:
    kept = window.library.create_posting(chinese_posting("数据分析师"))
    gone = window.library.create_posting(english_posting("Data Engineer"))
    window.library.delete_posting(gone.id or 0)
    window.trash_action.setChecked(True)
    window.panel.search_edit.setText("data")
    window.panel.refresh()
    assert window.panel.model.total == 1
    assert window.panel.model.summary_at(0).title == "Data Engineer"  # type: ignore[union-attr]
    window.trash_action.setChecked(False)
    window.panel.search_edit.setText("数据")
    window.panel.refresh()
    assert window.panel.model.total == 1
    assert window.panel.model.summary_at(0).id == kept.id  # type: ignore[union-attr]


def test_the_delete_key_in_the_list_moves_the_posting_to_the_trash(
    qtbot: object, window: MainWindow
) -> None:
    window.library.create_posting(chinese_posting())
    window.panel.refresh()
    window.panel.view.selectRow(0)
    window.panel.view.setFocus()
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert window.panel.model.total == 0
    assert window.library.list_postings(ListQuery(PostingFilter(trash=True))).total == 1
    window.undo_action.trigger()
    assert window.panel.model.total == 1
    # In a text field Delete deletes text, never the posting.
    window.panel.view.selectRow(0)
    title = window.editor.header.title_edit
    title.setFocus()
    title.setCursorPosition(0)
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert window.panel.model.total == 1
