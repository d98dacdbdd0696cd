"""The three ways into an import (File › Import Files…, dropped files and folders, File › New
from Text…), the review each leads to, progress and cancelling."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QMimeData, QPoint, QPointF, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from jdeditor.gui.busy import SHOW_AFTER_MS, BusyIndicator
from jdeditor.gui.dialogs.import_review_dialog import ImportReviewDialog
from jdeditor.gui.dialogs.new_from_text_dialog import NewFromTextDialog
from jdeditor.gui.main_window import MainWindow
from jdeditor.import_plan import ImportPlan
from jdeditor.service import Library
from tests.factories import TWO_JOBS
from tests.gui.windows import open_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path / "library.db")
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


@dataclass
class Reviewed:
    """What the review showed when it opened (the dialog is gone once the flow goes on)."""

    summary: str
    import_text: str
    plan: ImportPlan


def review_with(
    monkeypatch: pytest.MonkeyPatch,
    act: Callable[[ImportReviewDialog], None] = lambda dialog: None,
    accept: bool = True,
) -> list[Reviewed]:
    """Answer the review: ``act`` on it as a user would, then Import (or Cancel)."""
    shown: list[Reviewed] = []

    def exec_(dialog: ImportReviewDialog) -> int:
        shown.append(Reviewed(dialog.summary.text(), dialog.import_button.text(), dialog.plan))
        act(dialog)
        if accept:
            assert dialog.import_button.isEnabled()
            dialog.import_button.click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ImportReviewDialog, "exec", exec_)
    return shown


def titles(library: Library) -> list[str]:
    return sorted(summary.title for summary in library.list_postings().rows)


def test_importing_the_sample_from_the_welcome_page(
    qtbot: object, window: MainWindow, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = samples_dir / "product-manager-postings.zh.txt"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(sample)], ""))
    shown = review_with(monkeypatch)
    assert window.panel.stack.currentWidget() is window.panel.welcome
    button = window.panel.welcome.findChild(QPushButton, "welcome_import")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.panel.model.total == 10, timeout=20000)  # type: ignore[attr-defined]
    assert shown and shown[0].summary.startswith("10 postings found in 1 file.")
    assert shown[0].import_text == "&Import 10 Postings"
    assert window.panel.stack.currentWidget() is window.panel.view
    assert window.statusBar().currentMessage() == "Imported 10 postings."
    posting = window.editor.posting()  # the first imported posting is opened
    assert posting is not None and posting.title.startswith("产品经理岗位职责说明")


def test_file_import_goes_through_the_same_review(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "jobs.txt"
    path.write_text(TWO_JOBS, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(path)], ""))
    shown = review_with(monkeypatch)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.library.list_postings().total == 2, timeout=20000)  # type: ignore[attr-defined]
    assert len(shown) == 1
    assert titles(window.library) == ["Backend Engineer", "Data Analyst"]


def test_cancelling_the_review_stores_nothing(
    qtbot: object, window: MainWindow, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = review_with(monkeypatch, accept=False)
    with qtbot.waitSignal(window.imports.flow.failed, timeout=20000) as blocker:  # type: ignore[attr-defined, union-attr]
        window.imports.import_paths([samples_dir / "product-manager-postings.zh.txt"])
    assert shown
    assert blocker.args == ["Import cancelled; nothing was changed."]
    assert window.library.list_postings().total == 0


def test_importing_the_same_file_again_shows_the_duplicates_unticked(
    qtbot: object, window: MainWindow, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = samples_dir / "product-manager-postings.zh.txt"
    window.library.import_files([sample])
    seen: list[tuple[str, bool]] = []

    def look(dialog: ImportReviewDialog) -> None:
        seen.append((dialog.summary.text(), dialog.import_button.isEnabled()))

    review_with(monkeypatch, look, accept=False)
    with qtbot.waitSignal(window.imports.flow.failed, timeout=20000):  # type: ignore[attr-defined, union-attr]
        window.imports.import_paths([sample])
    text, can_import = seen[0]
    assert "10 of them are already in the library: unticked." in text
    assert not can_import  # nothing is ticked
    assert window.library.list_postings().total == 10


def test_postings_stored_meanwhile_are_named_as_already_in_the_library(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review found no copies, but while it was open another import stored the same
    file: the save skips them, and the window says so instead of a bare smaller count."""
    path = tmp_path / "jobs.txt"
    path.write_text(TWO_JOBS, encoding="utf-8")
    other = Library.open(window.library.location.file)  # type: ignore[union-attr]

    def someone_else_imports(dialog: ImportReviewDialog) -> None:
        other.import_files([path])

    review_with(monkeypatch, someone_else_imports)
    try:
        with qtbot.waitSignal(window.imports.flow.notice, timeout=20000) as blocker:  # type: ignore[attr-defined, union-attr]
            window.imports.import_paths([path])
    finally:
        other.close()
    text = (
        "Imported 0 postings. 2 postings were already in the library and were not imported again."
    )
    assert blocker.args == [text]
    assert window.statusBar().currentMessage() == text
    assert window.library.list_postings().total == 2


def test_a_file_that_cannot_be_read_is_explained_and_nothing_changes(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_word = tmp_path / "岗位说明书.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    with qtbot.waitSignal(window.imports.flow.failed, timeout=20000) as blocker:  # type: ignore[attr-defined, union-attr]
        window.imports.import_paths([old_word])
    assert blocker.args == ["Import failed; nothing was changed."]
    assert warned and "岗位说明书.doc" in warned[0] and ".docx" in warned[0]
    assert window.library.list_postings().total == 0


def test_cancelling_while_reading_changes_nothing(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for number in range(30):
        path = tmp_path / f"{number:02}.txt"
        path.write_text(TWO_JOBS, encoding="utf-8")
        paths.append(path)
    monkeypatch.setattr(ImportReviewDialog, "exec", lambda dialog: pytest.fail("reviewed"))
    flow = window.imports.flow
    assert flow is not None
    progress: list[str] = []

    def see_and_cancel(busy: BusyIndicator, done: int, total: int, text: str) -> None:
        progress.append(text)
        if len(progress) == 1:
            flow.cancel()  # what the progress dialog's Cancel button does

    monkeypatch.setattr(BusyIndicator, "set_progress", see_and_cancel)
    with qtbot.waitSignal(flow.failed, timeout=20000) as blocker:  # type: ignore[attr-defined]
        flow.import_paths(paths)
    assert progress[0].startswith("Reading file 1 of 30: 00.txt")
    assert blocker.args == ["Import cancelled; nothing was changed."]
    assert QThreadPool.globalInstance().waitForDone(20000)  # the reading stopped early
    QApplication.processEvents()  # anything it sent is dropped: no review opens
    assert len(progress) < 30
    assert window.library.list_postings().total == 0


def drag_and_drop(window: QWidget, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    action, button, keys = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 20), action, data, button, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    bar = window.statusBar()  # type: ignore[attr-defined]
    assert bar.currentMessage().startswith(f"Drop to read {len(paths)} file")
    QApplication.sendEvent(window, QDropEvent(QPointF(20, 20), action, data, button, keys))


def test_dropping_files_onto_the_window_imports_them(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.md"
    first.write_text(TWO_JOBS, encoding="utf-8")
    second.write_text(
        "# Product Designer\n\n## Responsibilities\n\n- Draw flows\n", encoding="utf-8"
    )
    shown = review_with(monkeypatch)
    drag_and_drop(window, [first, second])
    qtbot.waitUntil(lambda: window.library.list_postings().total == 3, timeout=20000)  # type: ignore[attr-defined]
    assert len(shown) == 1 and len(shown[0].plan.postings) == 3
    assert titles(window.library) == ["Backend Engineer", "Data Analyst", "Product Designer"]


def test_dropping_a_folder_imports_the_supported_files_inside(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "downloads"
    (folder / "2026" / "december").mkdir(parents=True)
    (folder / "jobs.txt").write_text(TWO_JOBS, encoding="utf-8")
    (folder / "2026" / "december" / "designer.md").write_text(
        "# Product Designer\n\n## Responsibilities\n\n- Draw flows\n", encoding="utf-8"
    )
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    shown = review_with(monkeypatch)
    drag_and_drop(window, [folder])
    qtbot.waitUntil(lambda: window.library.list_postings().total == 3, timeout=20000)  # type: ignore[attr-defined]
    sources = {item.source.name for item in shown[0].plan.postings}
    assert sources == {"jobs.txt", "designer.md"}
    assert titles(window.library) == ["Backend Engineer", "Data Analyst", "Product Designer"]


def test_pasting_text_goes_through_the_review(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def paste(dialog: NewFromTextDialog) -> int:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.text_edit.setPlainText(
            "高级数据分析师\n岗位职责：\n1. 制作周报\n任职要求：\n1. 熟悉SQL\n"
        )
        dialog.name_edit.setText("BOSS直聘")
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewFromTextDialog, "exec", paste)
    shown = review_with(monkeypatch)
    window.imports.text_action.trigger()
    qtbot.waitUntil(lambda: window.library.list_postings().total == 1, timeout=20000)  # type: ignore[attr-defined]
    assert shown[0].plan.postings[0].source.name == "BOSS直聘"
    assert shown[0].summary.startswith("1 posting found in the pasted text.")
    posting = window.library.get_posting(window.library.list_postings().rows[0].id)
    assert posting.title == "高级数据分析师"
    assert [item.text for _, _, item in posting.walk_items()] == ["制作周报", "熟悉SQL"]
    assert window.library.history(posting.id or 0)[0].note == "imported from BOSS直聘"


def test_a_closed_busy_indicator_never_shows_later(qtbot: object) -> None:
    """The "Reading 1 file…" dialog closed when the review opened, then popped up over it."""
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    parent.show()
    busy = BusyIndicator(parent, "Import")
    seen: list[bool] = []

    def ask_a_question() -> None:  # as the flow does: close, then a modal question
        busy.show("Reading 1 file…", ("Cancel", lambda: None))
        busy.close()
        loop = QEventLoop()  # the question's own event loop: deleteLater() waits for ours
        QTimer.singleShot(SHOW_AFTER_MS * 2, loop.quit)
        loop.exec()
        dialogs = parent.findChildren(QProgressDialog)
        seen.append(any(dialog.isVisible() for dialog in dialogs))
        # Qt's show timer may run for up to 4 s (its default): none may be left running.
        seen.append(any(t.isActive() for d in dialogs for t in d.findChildren(QTimer)))

    QTimer.singleShot(0, ask_a_question)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)  # type: ignore[attr-defined]
    assert seen == [False, False]


def test_the_busy_indicator_shows_soon_and_counts_files(qtbot: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    parent.show()
    busy = BusyIndicator(parent, "Import")
    busy.show("Reading 3 files…", ("Cancel", lambda: None))
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=SHOW_AFTER_MS * 3)  # type: ignore[attr-defined]
    busy.set_progress(1, 3, "Reading file 2 of 3: b.txt")
    assert dialog.labelText() == "Reading file 2 of 3: b.txt"
    busy.close()
    assert not dialog.isVisible()


def test_after_an_import_the_list_shows_the_postings_with_errors(
    qtbot: object, window: MainWindow, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import stores no check counts (a large import stays fast); the window counts them
    in the background right after, and the list's errors column fills in for every
    imported posting."""
    from jdeditor.gui.models.posting_list_model import Column

    review_with(monkeypatch)
    with qtbot.waitSignal(window.imports.checked, timeout=20000):  # type: ignore[attr-defined]
        window.imports.import_paths([samples_dir / "product-manager-postings.zh.txt"])
    counts = window.library.error_counts(window.library.matching_ids(""))
    assert None not in counts.values()  # every imported posting is counted
    model = window.panel.model
    shown = {
        model.index(row, Column.TITLE).data(): model.index(row, Column.CHECKS).data()
        for row in range(model.rowCount())
    }
    assert len(shown) == 10 and all(value is not None for value in shown.values())
