"""The import warnings of a posting, shown in the editor until dismissed (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QToolButton

from jdeditor.core.model import Item, Posting
from jdeditor.core.posting_warnings import PostingWarning
from jdeditor.errors import LibraryError, NotFoundError
from jdeditor.gui.main_window import MainWindow
from jdeditor.gui.panels.import_warnings_panel import MAX_SHOWN, ImportWarningsPanel
from jdeditor.service import Library
from tests.factories import NUMBERING_GAP_ITEM, NUMBERING_GAP_ZH, chinese_posting

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "warnings.db"


def import_text(library_path: Path, tmp_path: Path, text: str, name: str = "数据岗位.txt") -> int:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    with Library.open(library_path) as library:
        [posting_id] = library.import_files([source]).added
        library.create_posting(chinese_posting("没有导入提示的岗位"))
    return posting_id


@pytest.fixture
def open_window(qtbot: object, library_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Opens a main window on the library (each call a new one, as at the next start)."""
    opened: list[MainWindow] = []

    def open_one() -> MainWindow:
        window = MainWindow(Library.open(library_path))
        qtbot.addWidget(window, before_close_func=lambda w: w.editor.set_posting(None))  # type: ignore[attr-defined]
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
        opened.append(window)
        return window

    yield open_one
    for window in opened:
        window.editor.set_posting(None)
        window.library.close()


@pytest.fixture
def imported(
    library_path: Path, tmp_path: Path, open_window: Callable[[], MainWindow]
) -> Callable[..., MainWindow]:
    """Imports a text through the service, opens the window and chooses the posting."""

    def show(text: str = NUMBERING_GAP_ZH) -> MainWindow:
        import_text(library_path, tmp_path, text)
        window = open_window()
        select(window, "数据分析师")
        return window

    return show


def select(window: MainWindow, title: str) -> None:
    model = window.panel.model
    titles = [model.summary_at(row).title for row in range(model.rowCount())]  # type: ignore[union-attr]
    window.panel.view.selectRow(titles.index(title))


def rows(panel: ImportWarningsPanel) -> list[QLabel]:
    labels = panel.findChildren(QLabel, "import_warning_text")
    return [label for label in labels if label.isVisible()]


def dismiss_buttons(panel: ImportWarningsPanel) -> list[QToolButton]:
    return [
        button
        for button in panel.findChildren(QToolButton, "dismiss_import_warning")
        if button.isVisible()
    ]


def test_a_numbering_gap_is_shown_until_dismissed_and_stays_dismissed(
    qtbot: object, imported: Callable[..., MainWindow], open_window: Callable[[], MainWindow]
) -> None:
    window = imported()
    panel = window.editor.warnings_panel
    assert panel.isVisible()
    assert panel.title_label.text() == "1 import warning from 数据岗位.txt"
    [label] = rows(panel)
    assert label.text().startswith('<a href="')
    sentence = f"Line 6: the numbering jumps from 2 to 4: “{NUMBERING_GAP_ITEM}”."
    assert sentence in label.text()

    select(window, "没有导入提示的岗位")  # a posting made in the editor has none
    assert not panel.isVisible()
    select(window, "数据分析师")
    assert panel.isVisible()

    [dismiss] = dismiss_buttons(panel)
    qtbot.mouseClick(dismiss, LEFT)  # type: ignore[attr-defined]
    assert not panel.isVisible()
    assert not window.isWindowModified()  # dismissing is not an edit of the posting
    select(window, "没有导入提示的岗位")
    select(window, "数据分析师")
    assert not panel.isVisible()

    again = open_window()  # the next start: still gone
    select(again, "数据分析师")
    assert again.editor.posting() is not None
    assert not again.editor.warnings_panel.isVisible()


def test_the_warnings_are_in_the_interface_language(
    imported: Callable[..., MainWindow], chinese: None
) -> None:
    window = imported()
    panel = window.editor.warnings_panel
    assert panel.title_label.text() == "导入时的 1 条提示（来自 数据岗位.txt）"
    [label] = rows(panel)
    assert "第 6 行：编号从 2 跳到 4" in label.text()
    [dismiss] = dismiss_buttons(panel)
    assert dismiss.text() == "忽略"


def test_clicking_a_warning_selects_its_item(
    qtbot: object, imported: Callable[..., MainWindow]
) -> None:
    window = imported()
    [label] = rows(window.editor.warnings_panel)
    qtbot.mouseClick(label, LEFT, pos=QPoint(8, 8))  # type: ignore[attr-defined]
    duties = window.editor.section_frames()[0].editor
    current = duties.view().currentIndex()
    assert current.isValid()
    assert duties.model().item(current).text == NUMBERING_GAP_ITEM  # type: ignore[union-attr]
    assert duties.view().hasFocus()


def test_a_warning_whose_item_was_removed_selects_nothing(
    imported: Callable[..., MainWindow],
) -> None:
    window = imported()
    duties = window.editor.section_frames()[0].editor
    duties.view().setCurrentIndex(duties.model().index(2, 0))
    duties.delete_item()  # the item the warning is about, through the undo stack
    panel = window.editor.warnings_panel
    [warning] = panel.warnings()
    assert not panel.select_item(warning)
    duties.view().setCurrentIndex(duties.model().index(0, 0))
    window.undo_action.trigger()  # the item is back: found again
    assert panel.select_item(warning)
    current = duties.view().currentIndex()
    assert duties.model().item(current) == Item(NUMBERING_GAP_ITEM)


def test_many_warnings_fold_and_dismiss_all_hides_the_panel(
    qtbot: object, imported: Callable[..., MainWindow]
) -> None:
    numbers = [1, 3, 5, 7, 9, 11, 13]  # a jump at every item after the first
    duties = "".join(f"{n}、第 {n} 条职责内容；\n" for n in numbers)
    text = f"数据分析师\n\n岗位职责：\n{duties}\n任职要求：\n1、本科学历；\n2、会 SQL。\n"
    window = imported(text)
    panel = window.editor.warnings_panel
    assert len(panel.warnings()) == len(numbers) - 1
    assert len(rows(panel)) == MAX_SHOWN
    show_all = panel.findChild(QToolButton, "show_all_import_warnings")
    assert show_all is not None and show_all.text() == "Show 2 more"
    qtbot.mouseClick(show_all, LEFT)  # type: ignore[attr-defined]
    assert len(rows(panel)) == len(numbers) - 1
    qtbot.mouseClick(dismiss_buttons(panel)[0], LEFT)  # type: ignore[attr-defined]
    assert len(rows(panel)) == len(numbers) - 2  # still unfolded
    assert panel.title_label.text().startswith("5 import warnings")
    dismiss_all = panel.findChild(QPushButton, "dismiss_all_import_warnings")
    assert dismiss_all is not None
    qtbot.mouseClick(dismiss_all, LEFT)  # type: ignore[attr-defined]
    assert not panel.isVisible()
    assert window.library.import_warnings(window.editor.posting().id or 0) == []  # type: ignore[union-attr]


def test_a_new_posting_shows_no_panel(open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    window.new_posting()
    assert not window.editor.warnings_panel.isVisible()


class FakeSource:
    """The library's three warning methods, failing as told."""

    def __init__(self, warnings: list[PostingWarning], error: Exception | None = None) -> None:
        self.open = warnings
        self.error = error

    def import_warnings(self, posting_id: int) -> list[PostingWarning]:
        return [warning for warning in self.open if warning.posting_id == posting_id]

    def dismiss_import_warning(self, warning_id: int) -> None:
        if self.error is not None:
            raise self.error
        self.open = [warning for warning in self.open if warning.id != warning_id]

    def dismiss_import_warnings(self, posting_id: int) -> int:
        raise AssertionError("not used here")


def kept(warning_id: int) -> PostingWarning:
    return PostingWarning(
        "no_duties", "no_duties", (), 3, "no duties", "a.txt", None, warning_id, 1
    )


def test_a_library_error_while_dismissing_is_shown_and_keeps_the_warning(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    busy = LibraryError("busy", "library_busy", name="team.db")
    source = FakeSource([kept(7)], busy)
    panel = ImportWarningsPanel(source)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show_posting(chinese_posting_with_id(1))
    panel.dismiss(7)
    assert shown and "team.db" in shown[0] and "locked" in shown[0]
    assert [warning.id for warning in panel.warnings()] == [7]
    source.error = NotFoundError("gone")  # purged meanwhile: quietly show what is left
    source.open = []
    panel.dismiss(7)
    assert panel.warnings() == [] and panel.isHidden()
    assert len(shown) == 1


def chinese_posting_with_id(posting_id: int) -> Posting:
    posting = chinese_posting()
    posting.id = posting_id
    return posting
