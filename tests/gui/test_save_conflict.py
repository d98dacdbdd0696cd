"""A save that meets someone else's save, in the app: keep mine, take theirs, merge, cancel.

The "someone else" is a second ``Library`` on the same database file, saving while the
form has unsaved edits. The conflict dialog's ``exec`` is replaced by a function that
looks at it and clicks what a person would.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QRadioButton, QTextBrowser

from jdeditor.core.model import Dismissal, Item, Posting
from jdeditor.gui.dialogs.save_conflict_dialog import SaveConflictDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library
from tests.factories import chinese_posting
from tests.gui.typing_helpers import commit_text
from tests.gui.windows import open_window

THEIR_ITEM = "熟练使用 Python 进行数据处理"


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "conflict.db"


@pytest.fixture
def window(qtbot: object, library_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, library_path)
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


@pytest.fixture
def other(library_path: Path, window: MainWindow) -> Iterator[Library]:
    """Someone else's app on the same library."""
    library = Library.open(library_path, create=False)
    yield library
    library.close()


def open_and_meet_their_save(
    window: MainWindow, other: Library, their_title: str = "", my_title: str = "（我的）"
) -> Posting:
    """Open a posting; they save it (a new requirement, maybe a title); I edit the title."""
    stored = window.library.create_posting(chinese_posting())
    window.panel.refresh()
    window.panel.view.selectRow(0)
    theirs = other.get_posting(stored.id or 0)
    theirs.sections[1].items.append(Item(THEIR_ITEM))
    if their_title:
        theirs.title = their_title
    other.save_posting(theirs, note="补充任职要求")
    window.editor.header.title_edit.selectAll()
    commit_text(window.editor.header.title_edit, my_title)
    assert window.isWindowModified()
    return stored


def answer_dialog(
    monkeypatch: pytest.MonkeyPatch, act: Callable[[SaveConflictDialog], None]
) -> list[SaveConflictDialog]:
    shown: list[SaveConflictDialog] = []

    def fake_exec(dialog: SaveConflictDialog) -> int:
        shown.append(dialog)
        act(dialog)
        return int(dialog.result())

    monkeypatch.setattr(SaveConflictDialog, "exec", fake_exec)
    return shown


def answer_question(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answer)


def choice_text(dialog: SaveConflictDialog, side: str, key: str) -> str:
    label = dialog.findChild(QLabel, f"text_{side}_{key}")
    assert isinstance(label, QLabel)
    return label.text()


def requirements(posting: Posting) -> list[str]:
    return [item.text for item in posting.sections[1].items]


def test_the_dialog_shows_when_they_saved_and_both_sets_of_changes(
    window: MainWindow, other: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = open_and_meet_their_save(window, other)
    shown = answer_dialog(monkeypatch, lambda dialog: dialog.reject())
    assert not window.save()
    [dialog] = shown
    assert "revision 2" in dialog.when_label.text()
    assert "补充任职要求" in dialog.when_label.text()
    theirs = dialog.their_view.property("browser")
    mine = dialog.my_view.property("browser")
    assert isinstance(theirs, QTextBrowser) and isinstance(mine, QTextBrowser)
    assert THEIR_ITEM in theirs.toPlainText()
    assert "（我的）" in mine.toPlainText() and THEIR_ITEM not in mine.toPlainText()
    # Cancel: nothing saved, the edits stay in the form.
    assert window.isWindowModified()
    assert window.editor.header.title_edit.text() == "（我的）"
    assert other.get_posting(stored.id or 0).title == stored.title


def test_keep_mine_saves_on_top_of_theirs_and_keeps_theirs_in_history(
    window: MainWindow, other: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = open_and_meet_their_save(window, other)
    answer_dialog(monkeypatch, lambda dialog: dialog.keep_button.click())
    assert window.save()
    assert not window.isWindowModified()
    now = other.get_posting(stored.id or 0)
    assert now.title == "（我的）" and now.version == 3
    assert THEIR_ITEM not in requirements(now)  # mine, as it was in the form
    assert THEIR_ITEM in requirements(other.posting_at(stored.id or 0, 2))  # in history


def test_take_theirs_asks_first_and_undo_brings_my_edits_back(
    window: MainWindow, other: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = open_and_meet_their_save(window, other, their_title="他们的标题")
    shown = answer_dialog(monkeypatch, lambda dialog: dialog.theirs_button.click())
    answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.save()  # not confirmed: nothing changes
    assert window.editor.header.title_edit.text() == "（我的）"
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.save()
    assert window.editor.header.title_edit.text() == "他们的标题"
    posting = window.editor.posting()
    assert posting is not None and THEIR_ITEM in requirements(posting)
    assert not window.isWindowModified()
    window.undo_action.trigger()
    assert window.editor.header.title_edit.text() == "（我的）"
    assert window.isWindowModified()
    # Saving the undone edits meets their save again: asked again, nothing overwritten.
    shown.clear()
    monkeypatch.setattr(SaveConflictDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    assert not window.save()
    assert len(shown) == 1
    assert other.get_posting(stored.id or 0).title == "他们的标题"


def test_merge_puts_both_in_the_form_as_one_undo_step_then_saves_on_theirs(
    window: MainWindow, other: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = open_and_meet_their_save(window, other)
    shown = answer_dialog(monkeypatch, lambda dialog: dialog.merge_button.click())
    assert not window.save()  # merged, for me to review: not saved yet
    assert shown[0].findChildren(QRadioButton) == []  # nothing overlaps: nothing to pick
    posting = window.editor.posting()
    assert posting is not None
    assert window.editor.header.title_edit.text() == "（我的）"
    assert THEIR_ITEM in requirements(posting)
    assert window.isWindowModified()
    window.undo_action.trigger()  # one step back: my edits alone
    assert THEIR_ITEM not in requirements(posting)
    assert window.editor.header.title_edit.text() == "（我的）"
    window.redo_action.trigger()
    assert THEIR_ITEM in requirements(posting)
    assert window.save()  # on top of theirs, no conflict
    now = other.get_posting(stored.id or 0)
    assert now.title == "（我的）" and THEIR_ITEM in requirements(now) and now.version == 3


def test_merge_picks_decide_what_both_changed(
    window: MainWindow, other: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_and_meet_their_save(window, other, their_title="他们的标题")

    def pick_theirs_and_merge(dialog: SaveConflictDialog) -> None:
        theirs = dialog.findChild(QRadioButton, "pick_theirs_field:title")
        mine = dialog.findChild(QRadioButton, "pick_mine_field:title")
        assert isinstance(theirs, QRadioButton) and isinstance(mine, QRadioButton)
        assert mine.isChecked() and mine.accessibleName() == "（我的）"  # mine until picked
        assert choice_text(dialog, "theirs", "field:title") == "他们的标题"
        theirs.click()
        dialog.merge_button.click()

    answer_dialog(monkeypatch, pick_theirs_and_merge)
    assert not window.save()
    assert window.editor.header.title_edit.text() == "他们的标题"
    posting = window.editor.posting()
    assert posting is not None and THEIR_ITEM in requirements(posting)
    # The merge is at their version: it saves without another conflict.
    assert window.save()


def test_a_heading_both_renamed_is_asked_and_a_click_on_their_text_takes_it(
    qtbot: object, window: MainWindow, other: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A section heading renamed by both: the merge asks (mine until picked); clicking
    their heading's text picks it. A long summary written by both wraps in the dialog."""
    long_mine = "负责公司核心业务的数据分析，搭建指标体系，推动数据驱动的决策。" * 4
    long_theirs = "Owns the analysis of the core business and the metrics behind it. " * 4
    stored = open_and_meet_their_save(window, other)
    theirs = other.get_posting(stored.id or 0)
    theirs.sections[1].heading = "岗位要求"
    theirs.summary = long_theirs
    other.save_posting(theirs)
    frame = window.editor.section_frames()[1]
    frame.heading_edit.selectAll()
    commit_text(frame.heading_edit, "任职资格")
    window.editor.header.summary_edit.selectAll()
    commit_text(window.editor.header.summary_edit, long_mine)
    seen: dict[str, object] = {}

    def pick_their_heading(dialog: SaveConflictDialog) -> None:
        dialog.show()
        dialog.tabs.setCurrentIndex(2)
        assert choice_text(dialog, "mine", "section:1") == "任职资格"
        mine = dialog.findChild(QRadioButton, "pick_mine_section:1")
        assert isinstance(mine, QRadioButton) and mine.isChecked()
        label = dialog.findChild(QLabel, "text_theirs_section:1")
        assert isinstance(label, QLabel) and label.text() == "岗位要求"
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert not mine.isChecked()
        for side, text in (("mine", long_mine), ("theirs", long_theirs)):
            summary = dialog.findChild(QLabel, f"text_{side}_field:summary")
            assert isinstance(summary, QLabel) and summary.text() == text
            seen[f"{side} wraps"] = summary.height() > 2 * summary.fontMetrics().height()
            seen[f"{side} fits"] = summary.mapTo(dialog, summary.rect().topRight()).x() < (
                dialog.width()
            )
        dialog.merge_button.click()

    answer_dialog(monkeypatch, pick_their_heading)
    assert not window.save()
    assert all(seen.values()) and len(seen) == 4
    posting = window.editor.posting()
    assert posting is not None
    assert posting.sections[1].heading == "岗位要求"
    assert window.editor.section_frames()[1].heading_edit.text() == "岗位要求"
    assert posting.summary == long_mine  # mine until picked
    assert window.save()
    assert other.get_posting(stored.id or 0).sections[1].heading == "岗位要求"


def test_the_merge_tab_names_a_removed_section_and_a_dismissed_check(qtbot: object) -> None:
    """What the merge tab says for a section one side removed and the other renamed, and
    for a dismissal both changed; picking theirs there brings their section back."""
    base = chinese_posting()
    base.id, base.version = 5, 1
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    theirs.version = 2
    del mine.sections[1]
    theirs.sections[1].heading = "岗位要求"
    mine.dismissals = [Dismissal("en.gender_coded:abcd", "产品名称")]
    dialog = SaveConflictDialog(base, mine, theirs, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert choice_text(dialog, "mine", "section:1") == "(section removed)"
    assert choice_text(dialog, "theirs", "section:1") == "岗位要求"
    what = dialog.findChild(QLabel, "what_section:1")
    assert isinstance(what, QLabel) and "任职要求" in what.text()
    assert dialog.findChild(QLabel, "what_dismissal:en.gender_coded:abcd") is None  # theirs kept it
    theirs.dismissals = [Dismissal("en.gender_coded:abcd")]
    dialog = SaveConflictDialog(base, mine, theirs, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    what = dialog.findChild(QLabel, "what_dismissal:en.gender_coded:abcd")
    assert isinstance(what, QLabel) and "Gender-coded word" in what.text()
    assert "(not dismissed)" in what.text()  # before
    assert choice_text(dialog, "mine", "dismissal:en.gender_coded:abcd") == "产品名称"
    assert choice_text(dialog, "theirs", "dismissal:en.gender_coded:abcd") == (
        "(dismissed, no reason given)"
    )
    theirs_pick = dialog.findChild(QRadioButton, "pick_theirs_section:1")
    assert isinstance(theirs_pick, QRadioButton)
    theirs_pick.click()
    merged = dialog.merged().posting
    assert [section.heading for section in merged.sections][1] == "岗位要求"
    assert merged.sections[1].items == theirs.sections[1].items
