"""File › New Library…, Open Library… and Open Recent, driven as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library
from tests.factories import chinese_posting, english_posting
from tests.gui.typing_helpers import type_text
from tests.gui.windows import open_window

Answer = QMessageBox.StandardButton


def make_library(path: Path, *titles: str) -> Path:
    with Library.open(path) as library:
        for title in titles:
            library.create_posting(
                english_posting(title) if title.isascii() else chinese_posting(title)
            )
    return path


def titles(window: MainWindow) -> list[str]:
    model = window.panel.model
    return [model.summary_at(row).title for row in range(model.rowCount())]  # type: ignore[union-attr]


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, make_library(tmp_path / "first.db", "数据分析师"))
    yield opened
    opened.editor.set_posting(None)
    if opened.open_library() is not None:
        opened.library.close()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(path), ""))


def answer(monkeypatch: pytest.MonkeyPatch, reply: Answer) -> list[str]:
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> Answer:
        asked.append(str(args[2]))
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def switch(qtbot: object, window: MainWindow, trigger: object) -> None:
    with qtbot.waitSignal(window.library_ready, timeout=10000):  # type: ignore[attr-defined]
        trigger()  # type: ignore[operator]


def edit_first_posting(qtbot: object, window: MainWindow) -> None:
    window.panel.view.selectRow(0)
    type_text(qtbot, window.editor.header.title_edit, " Lead")
    assert window.is_modified() and window.isWindowModified()


def test_cancel_keeps_the_library_and_the_edit(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = make_library(tmp_path / "second.db", "Backend Engineer")
    first = window.library
    edit_first_posting(qtbot, window)
    choose_file(monkeypatch, second)
    asked = answer(monkeypatch, Answer.Cancel)
    window.libraries.open_library_action.trigger()
    assert len(asked) == 1 and "数据分析师 Lead" in asked[0]
    assert window.library is first and window.is_modified()
    assert window.editor.header.title_edit.text() == "数据分析师 Lead"
    assert titles(window) == ["数据分析师"]


def test_discard_switches_and_forgets_the_edit(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = make_library(tmp_path / "second.db", "Backend Engineer")
    edit_first_posting(qtbot, window)
    window.drafts.write_now()  # a draft was kept of the edit
    first = window.library
    assert first.drafts()
    choose_file(monkeypatch, second)
    answer(monkeypatch, Answer.Discard)
    switch(qtbot, window, window.libraries.open_library_action.trigger)
    assert window.library.location.file == second
    assert titles(window) == ["Backend Engineer"]
    assert window.editor_area.currentWidget() is window.editor_hint
    assert not window.is_modified() and not window.isWindowModified()
    assert not window.undo_action.isEnabled() and window.new_action.isEnabled()
    assert window.statusBar().currentMessage().endswith("second.db")
    with Library.open(tmp_path / "first.db") as reopened:
        assert [row.title for row in reopened.list_postings().rows] == ["数据分析师"]
        assert reopened.drafts() == []
    # The form now works on the new library: a new posting is saved there.
    window.new_action.trigger()
    type_text(qtbot, window.editor.header.title_edit, "Data Engineer")
    assert window.save()
    assert sorted(titles(window)) == ["Backend Engineer", "Data Engineer"]
    window.drafts.write_now()
    assert window.library.drafts() == []


def test_save_saves_then_switches(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = make_library(tmp_path / "second.db", "Backend Engineer")
    edit_first_posting(qtbot, window)
    choose_file(monkeypatch, second)
    answer(monkeypatch, Answer.Save)
    switch(qtbot, window, window.libraries.open_library_action.trigger)
    assert titles(window) == ["Backend Engineer"]
    with Library.open(tmp_path / "first.db") as reopened:
        assert [row.title for row in reopened.list_postings().rows] == ["数据分析师 Lead"]


def test_switching_leaves_trash_search_and_undo_of_the_old_library(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = make_library(tmp_path / "second.db", "Backend Engineer", "Data Analyst")
    window.panel.view.selectRow(0)
    window.delete_action.trigger()  # undoable on the first library
    assert window.undo_action.isEnabled()
    window.trash_action.setChecked(True)
    window.panel.search_edit.setText("数据")
    choose_file(monkeypatch, second)
    switch(qtbot, window, window.libraries.open_library_action.trigger)
    assert not window.trash_action.isChecked() and not window.panel.in_trash_mode()
    assert window.panel.search_edit.text() == ""
    assert sorted(titles(window)) == ["Backend Engineer", "Data Analyst"]
    assert not window.undo_action.isEnabled()


def test_open_recent_after_two_switches(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "first.db"
    second = make_library(tmp_path / "second.db", "Backend Engineer")
    third = make_library(tmp_path / "third.db", "Data Analyst")
    window.libraries.remember_open_library()  # as when the app opened it at start
    for path in (second, third):
        choose_file(monkeypatch, path)
        switch(qtbot, window, window.libraries.open_library_action.trigger)
    menu = window.libraries.recent_menu
    window.libraries.fill_recent_menu()
    entries = [action.data() for action in menu.actions() if action.data()]
    assert entries == [str(third), str(second), str(first)]
    [first_entry] = [action for action in menu.actions() if action.data() == str(first)]
    switch(qtbot, window, first_entry.trigger)
    assert titles(window) == ["数据分析师"]
    assert window.libraries.recent()[0] == str(first)
    # The current library chosen again: nothing to do.
    window.libraries.open_recent(str(first))
    assert "is the library open now" in window.statusBar().currentMessage()
    # A library that was deleted meanwhile: said so, and taken off the list.
    second.unlink()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(str(args[2])))
    window.libraries.open_recent(str(second))
    assert told and str(second) in told[0] and "removed from the list" in told[0]
    assert str(second) not in window.libraries.recent()
    assert window.library.location.file == first
    window.libraries.fill_recent_menu()
    [clear] = [action for action in menu.actions() if action.objectName() == "clear_recent"]
    clear.trigger()
    assert window.libraries.recent() == []


def test_the_recent_list_keeps_five(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(6):
        path = make_library(tmp_path / f"lib{number}.db")
        choose_file(monkeypatch, path)
        switch(qtbot, window, window.libraries.open_library_action.trigger)
    recent = window.libraries.recent()
    assert recent == [str(tmp_path / f"lib{number}.db") for number in (5, 4, 3, 2, 1)]


def test_new_library_creates_and_opens_an_empty_one(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def save_name(parent: object, title: str, folder: str, *rest: object, **kw: object) -> tuple:
        asked.append(folder)
        return str(tmp_path / "团队岗位"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    switch(qtbot, window, window.libraries.new_library_action.trigger)
    assert asked == [str(tmp_path / "library.db")]  # beside the open library
    created = tmp_path / "团队岗位.db"
    assert created.is_file() and window.library.location.file == created
    assert window.panel.stack.currentWidget() is window.panel.welcome
    assert window.new_action.isEnabled() and window.import_action.isEnabled()


def test_new_library_never_overwrites_a_file(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "notes.db"
    existing.write_bytes(b"someone's notes")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(existing), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    window.libraries.new_library_action.trigger()
    assert warned and "already exists" in warned[0]
    assert existing.read_bytes() == b"someone's notes"
    assert window.library.location.file == tmp_path / "first.db"


@pytest.mark.parametrize("backups_on", [True, False])
def test_opening_a_library_backs_it_up_once_a_day_if_wanted(
    qtbot: object,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    backups_on: bool,
) -> None:
    from jdeditor.service import list_backups
    from jdeditor.settings import Settings, save_settings

    save_settings(Settings(backups=backups_on, backups_keep=3))
    second = make_library(tmp_path / "second.db", "Backend Engineer")
    choose_file(monkeypatch, second)
    switch(qtbot, window, window.libraries.open_library_action.trigger)
    choose_file(monkeypatch, tmp_path / "first.db")
    switch(qtbot, window, window.libraries.open_library_action.trigger)
    choose_file(monkeypatch, second)
    switch(qtbot, window, window.libraries.open_library_action.trigger)  # the same day again
    assert len(list_backups(second)) == (1 if backups_on else 0)
