"""File ▸ Import Files… and the welcome page's Import button: read, confirm, store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    library = Library.open(tmp_path / "library.db")
    opened = MainWindow(library)
    qtbot.addWidget(opened, before_close_func=lambda w: w.editor.set_posting(None))  # type: ignore[attr-defined]
    opened.show()
    yield opened
    opened.editor.set_posting(None)
    library.close()


def confirm_with(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Answer the "Import N postings from M files?" box; returns the questions asked."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text() + "\n" + box.informativeText() + "\n" + box.detailedText())
        return answer.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_importing_the_sample_from_the_welcome_page(
    qtbot: object, window: MainWindow, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = samples_dir / "product-manager-postings.zh.txt"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(sample)], ""))
    asked = confirm_with(monkeypatch, QMessageBox.StandardButton.Ok)
    assert window.panel.stack.currentWidget() is window.panel.welcome
    button = window.panel.welcome.findChild(QPushButton, "welcome_import")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.panel.model.total == 10, timeout=20000)  # type: ignore[attr-defined]
    assert asked and asked[0].startswith("Import 10 postings from 1 file?")
    assert "产品经理岗位职责说明" in asked[0]  # the titles are listed before anything is stored
    assert window.panel.stack.currentWidget() is window.panel.view
    assert window.statusBar().currentMessage() == "Imported 10 postings."
    posting = window.editor.posting()  # the first imported posting is opened
    assert posting is not None and posting.title.startswith("产品经理岗位职责说明")


def test_declining_the_confirmation_stores_nothing(
    qtbot: object, window: MainWindow, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirm_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(window.import_flow.failed, timeout=20000) as blocker:  # type: ignore[attr-defined]
        window.import_flow.import_paths([samples_dir / "product-manager-postings.zh.txt"])
    assert blocker.args == ["Import cancelled; nothing was changed."]
    assert window.library.list_postings().total == 0


def test_importing_the_same_file_again_finds_nothing_new(
    qtbot: object, window: MainWindow, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = samples_dir / "product-manager-postings.zh.txt"
    window.library.import_files([sample])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(str(args[2])))
    with qtbot.waitSignal(window.import_flow.failed, timeout=20000):  # type: ignore[attr-defined]
        window.import_flow.import_paths([sample])
    assert told and "10 duplicates" in told[0]
    assert window.library.list_postings().total == 10


def test_a_file_that_cannot_be_read_is_explained_and_nothing_changes(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_word = tmp_path / "岗位说明书.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    with qtbot.waitSignal(window.import_flow.failed, timeout=20000) as blocker:  # type: ignore[attr-defined]
        window.import_flow.import_paths([old_word])
    assert blocker.args == ["Import failed; nothing was changed."]
    assert warned and "岗位说明书.doc" in warned[0] and ".docx" in warned[0]
    assert window.library.list_postings().total == 0


def test_cancelling_while_reading_changes_nothing(
    qtbot: object, window: MainWindow, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked after a cancel"))
    flow = window.import_flow
    with qtbot.waitSignal(flow.failed, timeout=20000) as blocker:  # type: ignore[attr-defined]
        flow.import_paths([samples_dir / "product-manager-postings.zh.txt"])
        flow._cancel()  # what the progress dialog's Cancel button does
    assert blocker.args == ["Import cancelled; nothing was changed."]
    qtbot.wait(300)  # type: ignore[attr-defined]  # the plan arrives, and is dropped
    assert window.library.list_postings().total == 0
