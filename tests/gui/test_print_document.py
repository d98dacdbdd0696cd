"""The printed layout: page size and margins from the printer, headings kept with their text,
items not cut in two, page numbers in the posting's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextBlock
from PySide6.QtPrintSupport import QPrinter

from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.gui.print_document import PrintDocument
from jdeditor.service import Library

ENGLISH_WORDS = ("Page ", " of ", "")


def pdf_printer(path: Path, size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(size))
    printer.setPageMargins(QMarginsF(20, 20, 20, 15), QPageLayout.Unit.Millimeter)
    return printer


def many_sections() -> Posting:
    """Headings and items of every length, so that some fall on page ends."""
    return Posting(
        title="Page ends",
        language=Language.EN,
        sections=[
            Section(
                SectionKind.DUTIES,
                f"Heading {n}",
                [Item("line " * (10 + 37 * k % 90)) for k in range(1 + n % 4)],
            )
            for n in range(40)
        ],
    )


def html_of(posting: Posting, tmp_path: Path) -> str:
    with Library.open(tmp_path / "lib.db") as library:
        return library.preview_html(posting)


def page_ends_respected(document: PrintDocument) -> list[str]:
    """What a page end separates that it must not: a heading from its text, an item."""
    doc = document.document
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    problems = []

    def page(y: float) -> int:
        return int((y + 0.5) // height)  # Qt's positions are rounded to 1/64 px

    for frame in doc.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if rect.height() < height and page(rect.top()) != page(rect.bottom() - 1):
            problems.append(f"item at {rect.top():.0f} crosses a page end")
    block: QTextBlock = doc.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            text = following.layout()
            line = text.lineAt(0)
            first = layout.blockBoundingRect(following).top() + line.y() + line.height()
            if page(layout.blockBoundingRect(block).top()) != page(first - 1):
                problems.append(f"{block.text()} ends a page")
        block = following
    return problems


@pytest.mark.parametrize(
    "size", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.A5]
)
def test_no_heading_ends_a_page_and_no_item_is_cut(
    qapp: object, tmp_path: Path, size: QPageSize.PageSizeId
) -> None:
    document = PrintDocument(html_of(many_sections(), tmp_path), ENGLISH_WORDS)
    pages = document.print_to(pdf_printer(tmp_path / "out.pdf", size))
    assert pages > 3
    assert page_ends_respected(document) == []


def test_the_layout_follows_the_printers_page_and_margins(qapp: object, tmp_path: Path) -> None:
    document = PrintDocument(html_of(many_sections(), tmp_path), ENGLISH_WORDS)
    a4 = document.lay_out(pdf_printer(tmp_path / "a4.pdf"))
    a4_width = document.document.pageSize().width()
    a5 = document.lay_out(pdf_printer(tmp_path / "a5.pdf", QPageSize.PageSizeId.A5))
    assert a5 > a4
    # A4 is 210 mm wide, less 2 × 20 mm of margin: 170 mm in CSS pixels (96 to the inch).
    assert a4_width == pytest.approx(170 / 25.4 * 96, abs=1)
    assert page_ends_respected(document) == []  # the breaks were redone for A5


def test_page_numbers_read_in_the_postings_words(qapp: object) -> None:
    chinese = PrintDocument("<p>正文</p>", ("第 ", " 页 / 共 ", " 页"))
    assert chinese.footer_text(2, 3) == "第 2 页 / 共 3 页"
    assert PrintDocument("<p>Text</p>", ENGLISH_WORDS).footer_text(1, 4) == "Page 1 of 4"
