"""File › Print… and Print Preview…, as a person uses them: the open posting, printed to a
PDF file and read back with poppler's pdftotext and pdffonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QMessageBox

from jdeditor.core.model import Posting
from jdeditor.gui.main_window import MainWindow
from tests.factories import chinese_posting, english_posting
from tests.gui.typing_helpers import commit_text
from tests.gui.windows import open_window

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)
CJK_FONTS = re.compile(r"WenQuanYi|Noto ?Sans ?CJK|SourceHanSans|YaHei|PingFang", re.IGNORECASE)


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path / "print-library.db")
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


def open_posting(window: MainWindow, posting: Posting) -> Posting:
    """Store ``posting`` and open it from the list, as a click would."""
    stored = window.library.create_posting(posting)
    window.panel.refresh()
    window.panel.view.selectRow(window.panel.model.row_of(stored.id or 0))
    assert window.current_posting() is not None
    return stored


def print_to_pdf_on_accept(monkeypatch: pytest.MonkeyPatch, pdf: Path) -> list[str]:
    """The print dialog, answered by choosing a PDF file; returns the dialogs' titles."""
    titles: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        titles.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(pdf))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return titles


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pdf_fonts(pdf: Path) -> list[str]:
    """pdffonts' rows, one line per font (name, type, encoding, emb, sub, uni…)."""
    output = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return output.splitlines()[2:]


def joined(text: str, separator: str) -> str:
    """The PDF's text with its line ends joined (Chinese without, English with a space)."""
    return re.sub(r"\s*\n\s*", separator, text)


@needs_poppler
def test_printing_the_chinese_posting_writes_every_word_in_an_embedded_cjk_font(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_posting(window, chinese_posting())
    pdf = tmp_path / "printed-zh.pdf"
    titles = print_to_pdf_on_accept(monkeypatch, pdf)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert titles == ["Print “高级数据分析师”"]
    text = joined(pdf_text(pdf), "")
    for expected in ("高级数据分析师", "负责数据分析报告的撰写", "本科及以上学历，统计学相关专业"):
        assert expected in text
    assert "熟练使用Excel和SQL，R&D经验优先 <研发>" in text  # escaped for HTML, printed as typed
    assert "第1页/共1页" in text.replace(" ", "")  # the footer, in the posting's language
    fonts = pdf_fonts(pdf)
    assert fonts and all(" yes " in row for row in fonts)  # every font embedded
    assert any(CJK_FONTS.search(row) for row in fonts), fonts
    message = window.statusBar().currentMessage()
    assert str(pdf) in message and "1 page" in message


@needs_poppler
def test_printing_the_english_posting_keeps_words_whole_on_a4(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_posting(window, english_posting())
    pdf = tmp_path / "printed-en.pdf"
    print_to_pdf_on_accept(monkeypatch, pdf)
    window.prints.print_action.trigger()
    text = joined(pdf_text(pdf), " ")
    for expected in (
        "Senior Backend Engineer",
        "Design and build APIs in Python",
        "5+ years of experience with PostgreSQL",
        "Page 1 of 1",
    ):
        assert expected in text
    size = window.prints.printer().pageLayout().pageSize()
    assert size.id() == QPageSize.PageSizeId.A4  # no printer here says otherwise


@needs_poppler
def test_unsaved_edits_are_printed_as_the_form_shows_them(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_posting(window, english_posting())
    title_edit = window.editor.header.title_edit
    title_edit.selectAll()
    commit_text(title_edit, "Staff Backend Engineer")
    assert window.is_modified()
    pdf = tmp_path / "edited.pdf"
    print_to_pdf_on_accept(monkeypatch, pdf)
    window.prints.print_action.trigger()
    assert "Staff Backend Engineer" in pdf_text(pdf)
    assert "not saved" in window.statusBar().currentMessage()
    assert window.is_modified()  # printing saved nothing


def test_a_long_posting_prints_on_several_numbered_pages(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    posting = english_posting()
    duties = posting.sections[0]
    duties.items = [type(duties.items[0])(f"Duty number {n} " + "word " * 40) for n in range(60)]
    open_posting(window, posting)
    pdf = tmp_path / "long.pdf"
    print_to_pdf_on_accept(monkeypatch, pdf)
    window.prints.print_action.trigger()
    if shutil.which("pdftotext") is None:
        assert pdf.stat().st_size > 0
        return
    text = pdf_text(pdf)
    pages = text.count("\f")
    assert pages >= 3
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "Duty number 59" in text


def test_a_cancelled_print_dialog_prints_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_posting(window, chinese_posting())
    pdf = tmp_path / "never.pdf"

    def choose_then_cancel(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(pdf))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_then_cancel)
    window.prints.print_action.trigger()
    assert not pdf.exists()
    assert "Printed" not in window.statusBar().currentMessage()


def test_print_preview_shows_the_pages_of_the_open_posting(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_posting(window, chinese_posting())
    commit_text(window.editor.header.title_edit, "（修改）")
    shown: list[tuple[str, int]] = []

    def show_and_close(dialog: QPrintPreviewDialog) -> int:
        dialog.show()  # the preview asks for its pages (paintRequested) as it shows
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0)  # type: ignore[attr-defined]
        shown.append((dialog.windowTitle(), preview.pageCount()))
        dialog.close()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show_and_close)
    window.prints.preview_action.trigger()
    ((title, pages),) = shown
    assert pages == 1
    assert "（修改）" in title and "unsaved" in title


def test_printing_needs_an_open_posting(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.prints.actions
    assert actions and not any(action.isEnabled() for action in actions)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: pytest.fail("a print dialog"))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    open_posting(window, english_posting())
    assert all(action.isEnabled() for action in actions)
    window.delete_action.trigger()  # to the trash: no posting open any more
    assert window.current_posting() is None
    assert not any(action.isEnabled() for action in actions)


def test_the_file_menu_offers_print_and_print_preview(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.prints.print_action in file_menu.actions()  # type: ignore[union-attr]
    assert window.prints.preview_action in file_menu.actions()  # type: ignore[union-attr]
    assert window.prints.print_action.shortcut().toString() == "Ctrl+P"


@pytest.mark.qt_log_ignore(r"QPainter::begin", r"QPdfWriter|QPdfEngine|QPrinter")
def test_a_printer_that_does_not_start_is_reported(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_posting(window, chinese_posting())
    print_to_pdf_on_accept(monkeypatch, tmp_path / "no such folder" / "out.pdf")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    window.prints.print_action.trigger()
    (warning,) = warned
    assert "高级数据分析师" in warning and "could not be printed" in warning
    assert "Printed" not in window.statusBar().currentMessage()
