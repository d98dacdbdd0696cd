"""View › History, the compare view, restore with undo, compare postings and New from
Posting, driven through the main window as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QDialog, QListWidget, QMessageBox

from jdeditor.core.model import Item, Posting
from jdeditor.gui.dialogs.compare_dialog import CompareDialog
from jdeditor.gui.dialogs.posting_picker_dialog import PostingPickerDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.gui.panels.history_panel import note_text
from jdeditor.service import Library
from tests.factories import chinese_posting, english_posting
from tests.gui.typing_helpers import commit_text
from tests.gui.windows import open_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    QLocale.setDefault(QLocale("en"))
    opened = open_window(qtbot, tmp_path / "history.db")
    assert not opened.history.dock.isVisibleTo(opened)  # hidden until asked for
    opened.history.history_action.trigger()  # View › History (Ctrl+Shift+H)
    assert opened.history.dock.isVisibleTo(opened)
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


def edit_chinese(library: Library, posting: Posting) -> Posting:
    """Revision 2: the first two duties swapped, a requirement edited, a duty added."""
    duties, requirements = posting.sections[0].items, posting.sections[1].items
    duties[0], duties[1] = duties[1], duties[0]
    requirements[0].text = "硕士及以上学历，统计学相关专业"
    duties.append(Item("维护数据看板"))
    return library.save_posting(posting, note="edited")


def edit_english(library: Library, posting: Posting) -> Posting:
    """Revision 2: a duty moved to the end, words added to a requirement, one removed."""
    duties, requirements = posting.sections[0].items, posting.sections[1].items
    duties.append(duties.pop(0))
    requirements[0].text = "5+ years of experience with PostgreSQL and Redis"
    del requirements[-1]
    return library.save_posting(posting, note="edited")


def open_in_window(qtbot: object, window: MainWindow, posting_id: int, rows: int) -> None:
    window.panel.refresh()
    window.open_posting(posting_id)
    wait_rows(qtbot, window, rows)


def wait_rows(qtbot: object, window: MainWindow, rows: int) -> None:
    panel = window.history.panel
    qtbot.waitUntil(lambda: len(panel.versions()) == rows)  # type: ignore[attr-defined]


def row_texts(window: MainWindow) -> list[str]:
    widget: QListWidget = window.history.panel.list
    return [widget.item(row).text() for row in range(widget.count())]


def click_row(qtbot: object, window: MainWindow, row: int, control: bool = False) -> None:
    widget = window.history.panel.list
    rect = widget.visualItemRect(widget.item(row))
    modifier = Qt.KeyboardModifier.ControlModifier if control else Qt.KeyboardModifier(0)
    qtbot.mouseClick(  # type: ignore[attr-defined]
        widget.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center()
    )


def compare_view(window: MainWindow) -> CompareDialog:
    dialog = window.history.compare_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_panel_lists_revisions_with_their_summaries_and_follows_saves(
    qtbot: object, window: MainWindow
) -> None:
    assert "Open a saved posting" in window.history.panel.status_label.text()
    first = window.library.create_posting(chinese_posting())
    assert first.id is not None
    edit_chinese(window.library, first)
    open_in_window(qtbot, window, first.id, 2)
    newest, oldest = row_texts(window)
    assert newest.startswith("Revision 2 · ") and "— edited" in newest
    assert newest.endswith("duty 3 added, duty 2 moved, requirement 1 edited")
    assert oldest.startswith("Revision 1 · ") and oldest.endswith("first revision")
    assert window.history.panel.status_label.text() == "2 revisions"

    window.editor.header.title_edit.selectAll()
    commit_text(window.editor.header.title_edit, "首席数据分析师")
    assert window.save()
    wait_rows(qtbot, window, 3)
    assert row_texts(window)[0].endswith("title changed")

    window.new_posting()  # a new posting has no history yet
    assert window.history.panel.versions() == []
    assert "until it is saved" in window.history.panel.status_label.text()


def test_compare_two_revisions_shows_moved_and_edited_chinese_items(
    qtbot: object, window: MainWindow
) -> None:
    first = window.library.create_posting(chinese_posting())
    assert first.id is not None
    edit_chinese(window.library, first)
    open_in_window(qtbot, window, first.id, 2)
    click_row(qtbot, window, 0)
    click_row(qtbot, window, 1, control=True)
    assert window.history.panel.selected_versions() == [1, 2]
    qtbot.mouseClick(window.history.panel.compare_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = compare_view(window)
    assert dialog.summary_label.text() == "duty 3 added, duty 2 moved, requirement 1 edited"
    text = dialog.browser.toPlainText()
    assert "↕ moved 1 → 2" in text  # the group of duties moved down, as one item
    assert "维护数据看板" in text and "added" in text
    html = dialog.browser.toHtml()
    # The changed characters are marked: struck through on the old side, underlined new.
    assert "line-through" in html and "underline" in html
    assert "硕士" in text and "本科" in text
    assert "1 unchanged item hidden" in text and "负责数据分析报告的撰写" not in text
    dialog.only_changes.setChecked(False)  # the unchanged items come back
    assert "unchanged item" not in dialog.browser.toPlainText()
    assert "负责数据分析报告的撰写" in dialog.browser.toPlainText()
    dialog.close()


def test_compare_english_revision_with_the_form_marks_words(
    qtbot: object, window: MainWindow
) -> None:
    first = window.library.create_posting(english_posting())
    assert first.id is not None
    edit_english(window.library, first)
    open_in_window(qtbot, window, first.id, 2)
    click_row(qtbot, window, 1)  # revision 1
    assert window.history.panel.selected_versions() == [1]
    window.history.panel.current_button.click()
    dialog = compare_view(window)
    assert dialog.windowTitle().startswith("Compare Revisions")
    text = dialog.browser.toPlainText()
    assert "Now" in text and "Revision 1" in text
    assert "↕ moved" in text and "removed" in text
    html = dialog.browser.toHtml()
    assert 'text-decoration: underline; background-color:#cdeccd;"> and Redis</span>' in html


def test_restore_makes_a_new_revision_and_undo_brings_the_form_back(
    qtbot: object, window: MainWindow
) -> None:
    first = window.library.create_posting(chinese_posting())
    assert first.id is not None
    edit_chinese(window.library, first)
    open_in_window(qtbot, window, first.id, 2)
    click_row(qtbot, window, 1)  # revision 1
    window.history.panel.restore_button.click()  # no question: nothing unsaved
    wait_rows(qtbot, window, 3)
    assert "— restored revision 1" in row_texts(window)[0]
    stored = window.library.get_posting(first.id)
    assert stored.version == 3
    assert [i.text for i in stored.sections[0].items] == [
        i.text for i in chinese_posting().sections[0].items
    ]
    form = window.editor.posting()
    assert form is not None and form.sections[0].items[-1].text != "维护数据看板"
    assert not window.is_modified()
    assert len(window.library.history(first.id)) == 3  # nothing rewritten

    window.undo_action.trigger()  # the form as it was (revision 2's content), unsaved
    form = window.editor.posting()
    assert form is not None and form.sections[0].items[-1].text == "维护数据看板"
    assert window.is_modified() and form.version == 3
    assert window.save()  # saving the undone content is one more revision, no conflict
    assert window.library.get_posting(first.id).version == 4


def test_restore_over_unsaved_edits_asks_first(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = window.library.create_posting(english_posting())
    assert first.id is not None
    edit_english(window.library, first)
    open_in_window(qtbot, window, first.id, 2)
    window.editor.header.title_edit.selectAll()
    commit_text(window.editor.header.title_edit, "Staff Backend Engineer")
    assert window.is_modified()
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> None:
        def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return reply

        monkeypatch.setattr(QMessageBox, "question", question)

    answer(QMessageBox.StandardButton.Cancel)
    click_row(qtbot, window, 1)
    window.history.panel.restore_button.click()
    assert "not saved" in asked[0] and len(window.library.history(first.id)) == 2
    posting = window.editor.posting()
    assert posting is not None and posting.title == "Staff Backend Engineer"

    window.write_draft_now()  # what the draft keeper does while the user types
    assert window.library.drafts()
    answer(QMessageBox.StandardButton.Yes)
    window.history.panel.restore_button.click()
    wait_rows(qtbot, window, 3)
    assert window.library.drafts() == []  # the edits are on the undo stack, not a draft
    posting = window.editor.posting()
    assert posting is not None and posting.title == "Senior Backend Engineer"
    window.undo_action.trigger()  # the unsaved title is back
    posting = window.editor.posting()
    assert posting is not None and posting.title == "Staff Backend Engineer"


def test_restore_after_someone_else_saved_writes_nothing(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = window.library.create_posting(english_posting())
    assert first.id is not None
    edit_english(window.library, first)
    open_in_window(qtbot, window, first.id, 2)
    theirs = window.library.get_posting(first.id)
    theirs.department = "Platform"
    window.library.save_posting(theirs, note="their edit")  # another person, version 3
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    click_row(qtbot, window, 1)
    window.history.panel.restore_button.click()
    assert warned and "Someone else saved" in warned[0]
    assert window.library.get_posting(first.id).version == 3


def choose_in_picker(monkeypatch: pytest.MonkeyPatch, *ids: int, search: str = "") -> list[str]:
    """Answer the picker as a person would: type a search, click the postings, OK."""
    shown: list[str] = []

    def fake_exec(dialog: PostingPickerDialog) -> int:
        if search:
            dialog.search_edit.setText(search)
            dialog.refresh()  # what the search timer does
        shown.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in ids:
                item.setSelected(True)
        assert dialog.chosen() == list(ids)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PostingPickerDialog, "exec", fake_exec)
    return shown


def test_compare_two_postings_selected_in_the_list(qtbot: object, window: MainWindow) -> None:
    a = window.library.create_posting(english_posting())
    other = english_posting()
    other.department = "Platform"
    b = window.library.create_posting(other)
    assert a.id is not None and b.id is not None
    window.panel.refresh()
    view = window.panel.view
    view.selectRow(0)
    view.selectionModel().select(
        window.panel.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert sorted(window.panel.selected_posting_ids()) == sorted([a.id, b.id])
    assert window.history.compare_postings_action in view.actions()  # its context menu
    window.history.compare_postings_action.trigger()
    dialog = compare_view(window)
    assert dialog.windowTitle() == "Compare Postings"
    assert "Platform" in dialog.browser.toPlainText()


def test_compare_the_open_posting_with_one_from_the_picker(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = window.library.create_posting(chinese_posting("产品经理"))
    b = window.library.create_posting(chinese_posting("数据分析师"))
    assert a.id is not None and b.id is not None
    open_in_window(qtbot, window, a.id, 1)
    shown = choose_in_picker(monkeypatch, b.id, search="数据分析师")
    window.history.compare_with_action.trigger()
    assert any("数据分析师" in text for text in shown)
    assert not any(text.startswith(f"#{a.id} ") for text in shown)  # not itself
    dialog = compare_view(window)
    assert "产品经理" in dialog.browser.toPlainText() and "Title\n" in dialog.browser.toPlainText()


def test_new_from_posting_opens_a_copy_that_says_where_it_came_from(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = window.library.create_posting(chinese_posting("产品经理"))
    assert original.id is not None
    edit_chinese(window.library, original)
    window.panel.refresh()
    choose_in_picker(monkeypatch, original.id)
    window.history.new_from_action.trigger()  # File › New from Posting…
    copied = window.editor.posting()
    assert copied is not None and copied.id not in (None, original.id)
    assert copied.title == "产品经理" and copied.version == 1
    wait_rows(qtbot, window, 1)
    assert f"— copied from #{original.id} «产品经理»" in row_texts(window)[0]
    assert window.panel.current_posting_id() == copied.id


def test_picker_for_two_keeps_the_last_two_clicked(qtbot: object, tmp_path: Path) -> None:
    with Library.open(tmp_path / "picker.db") as library:
        ids = [library.create_posting(english_posting(f"Role {n}")).id for n in range(3)]
        dialog = PostingPickerDialog(library, "Compare", "Choose two:", count=2)
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.show()
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        for row in range(3):
            item = dialog.list.item(row)
            rect = dialog.list.visualItemRect(item)
            qtbot.mouseClick(  # type: ignore[attr-defined]
                dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
            assert ok.isEnabled() == (row >= 1)
        shown = [int(dialog.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(3)]
        assert dialog.chosen() == shown[1:]  # the first click let go of
        assert len(dialog.list.selectedItems()) == 2
        assert sorted(shown) == sorted(i for i in ids if i is not None)
        dialog.search_edit.setText("Role 0")
        dialog.refresh()
        assert dialog.chosen() == shown[1:]  # a search keeps the choice


def test_the_chinese_interface_tells_the_history_in_chinese(
    qtbot: object, tmp_path: Path, chinese: None
) -> None:
    window = open_window(qtbot, tmp_path / "zh.db")
    try:
        window.history.history_action.trigger()
        first = window.library.create_posting(chinese_posting())
        assert first.id is not None
        edit_chinese(window.library, first)
        open_in_window(qtbot, window, first.id, 2)
        newest = row_texts(window)[0]
        assert newest.startswith("第 2 版 · ") and "— 编辑" in newest
        assert newest.endswith("新增第 3 条岗位职责，移动第 2 条岗位职责，修改第 1 条任职要求")
        assert window.history.panel.status_label.text() == "共 2 个版本"
        assert window.history.panel.compare_button.text() == "比较"
        window.history.compare_revisions(1, 2)
        text = compare_view(window).browser.toPlainText()
        assert "↕ 移动 1 → 2" in text and "已隐藏 1 条未改动的条目" in text
        assert note_text("restored revision 2") == "恢复了第 2 版"
        assert note_text("set status") == "命令行修改了状态"
    finally:
        window.library.close()


def test_the_notes_the_app_writes_are_told_in_words(qapp: object) -> None:
    assert note_text("imported from 岗位.docx") == "imported from 岗位.docx"
    assert note_text("set department") == "department set on the command line"
    assert note_text("duplicated from 7") == "duplicated from #7"
    assert note_text("copied from #3 «产品经理»") == "copied from #3 «产品经理»"
    assert note_text("approved by HR") == "approved by HR"  # a person's own note as is
