"""The open posting on paper: the live preview's HTML laid out in pages, with page numbers.

The preview pane and the printout show the same HTML (``Library.preview_html``), so what is
printed is what the user sees beside the form. The document is laid out in CSS pixels
(96 to the inch) whatever the screen, and the painter scales that to the printer: the
stylesheet's sizes are in px, and a layout at the screen's resolution would print 15px
text a third larger on macOS (72 dpi) than elsewhere. Each page gets a footer with its
number in the posting's language (第 1 页 / 共 2 页, Page 1 of 2), like the Word templates.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)

CSS_DPI = 96.0  # the stylesheet's px: 1/96 inch
# The posting's own fonts come from the stylesheet; these serve the footer and anything the
# stylesheet leaves unset. Windows, macOS, then Linux: each falls back to the next.
FONT_FAMILIES = [
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
]
BODY_PX = 14  # what the stylesheet leaves unset (10.5 pt)
FOOTER_PX = 12  # 9 pt
FOOTER_GAP_PX = 12.0  # between the text and the page number
FOOTER_COLOUR = QColor("#57606a")
POSITION_SLACK = 0.5  # px
MAX_PAGE_BREAKS = 500  # a bound on the search for page breaks; a posting needs a few


def print_font(pixel_size: int = BODY_PX) -> QFont:
    """A sans-serif font that shows Chinese and Latin text on each platform.

    Sized in CSS px: a point size would be turned into pixels at the printer's resolution
    and then scaled once more by the painter."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(pixel_size)
    return font


def _css_pixel_device() -> QImage:
    """A paint device of 96 dpi for the layout, so that sizes do not follow the screen."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    per_metre = round(CSS_DPI / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    return image


class PrintDocument:
    """A posting's HTML, paginated for one printer's page and margins."""

    def __init__(self, html: str, page_words: tuple[str, str, str]) -> None:
        """``page_words`` go around the page number and count: ("第 ", " 页 / 共 ", " 页")."""
        self._device = _css_pixel_device()  # kept alive as long as the layout uses it
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(self._device)
        self.document.setDefaultFont(print_font())
        self.document.setHtml(html)
        # The printer's page margins are the margins: not the HTML body's, not Qt's 4 px.
        self.document.setDocumentMargin(0)
        # Given a page break by ``_keep_together``, to be undone for another page size.
        self._broken_blocks: list[int] = []
        self._broken_tables: list[QTextFrame] = []
        self._page_words = page_words
        self._footer_font = print_font(FOOTER_PX)

    def footer_text(self, page: int, pages: int) -> str:
        before, between, after = self._page_words
        return f"{before}{page}{between}{pages}{after}"

    def _footer_height(self) -> float:
        return QFontMetricsF(self._footer_font, self._device).height() + FOOTER_GAP_PX

    def lay_out(self, printer: QPagedPaintDevice) -> int:
        """Lay the text out for the printer's page inside its margins; the page count."""
        rect = printer.pageLayout().paintRect(QPageLayout.Unit.Point)  # inside the margins
        width = rect.width() * CSS_DPI / 72
        height = rect.height() * CSS_DPI / 72 - self._footer_height()
        self.document.setPageSize(QSizeF(width, height))
        self._keep_together(height)
        return self.document.pageCount()

    def _keep_together(self, page_height: float) -> None:
        """No heading ends a page, and no item is cut in two when it fits on one page.

        Qt's layout breaks pages between lines and knows no keep-with-next, so the first
        offender in reading order is given a page break before it, and the search runs
        again on the new layout (each break only moves what comes after it)."""
        for table in self._broken_tables:  # laid out for another page size before
            self._set_break(table, False)
        self._broken_tables.clear()
        for number in self._broken_blocks:
            self._set_break(self.document.findBlockByNumber(number), False)
        self._broken_blocks.clear()
        for _attempt in range(MAX_PAGE_BREAKS):
            offender = self._first_split(page_height)
            if offender is None:
                return
            offender = self._with_its_heading(offender)
            self._set_break(offender, True)
            if isinstance(offender, QTextBlock):
                self._broken_blocks.append(offender.blockNumber())
            else:
                self._broken_tables.append(offender)

    def _first_split(self, page_height: float) -> QTextBlock | QTextFrame | None:
        """The first heading or item (a one-row table) that a page end separates."""
        layout = self.document.documentLayout()

        def page(y: float) -> int:
            # Qt rounds positions to 1/64 px: a line placed at a page's top may read as a
            # hair above it.
            return int((y + POSITION_SLACK) // page_height)

        def first_line_bottom(block: QTextBlock) -> float:
            text_layout = block.layout()
            top = layout.blockBoundingRect(block).top() - text_layout.boundingRect().top()
            if text_layout.lineCount() == 0:
                return top
            line = text_layout.lineAt(0)
            return top + line.y() + line.height()

        offenders: list[tuple[float, QTextBlock | QTextFrame]] = []
        for frame in self.document.rootFrame().childFrames():
            rect = layout.frameBoundingRect(frame)
            if (
                rect.height() < page_height
                and page(rect.top()) != page(rect.bottom() - 1)
                and frame not in self._broken_tables
            ):
                offenders.append((rect.top(), frame))
        block = self.document.begin()
        while block.isValid():
            following = block.next()
            if (
                block.blockFormat().headingLevel() > 0
                and following.isValid()
                and block.blockNumber() not in self._broken_blocks
            ):
                top = layout.blockBoundingRect(block).top()
                if page(first_line_bottom(following) - 1) > page(top):
                    offenders.append((top, block))
            block = following
        return min(offenders, key=lambda offender: offender[0])[1] if offenders else None

    def _with_its_heading(self, target: QTextBlock | QTextFrame) -> QTextBlock | QTextFrame:
        """The heading just above an item moved to the next page goes with it."""
        if isinstance(target, QTextBlock):
            return target
        before = self.document.findBlock(target.firstPosition() - 1)
        while before.isValid() and not before.text().strip() and before.previous().isValid():
            before = before.previous()  # Qt puts an empty block between tables
        heading = before.isValid() and before.blockFormat().headingLevel() > 0
        if heading and before.blockNumber() not in self._broken_blocks:
            return before
        return target

    @staticmethod
    def _set_break(target: QTextBlock | QTextFrame, before: bool) -> None:
        flag = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        policy = flag if before else QTextFormat.PageBreakFlag.PageBreak_Auto
        if isinstance(target, QTextBlock):
            format_ = QTextBlockFormat()
            format_.setPageBreakPolicy(policy)
            QTextCursor(target).mergeBlockFormat(format_)
        else:
            frame_format = target.frameFormat()
            frame_format.setPageBreakPolicy(policy)
            target.setFrameFormat(frame_format)

    def print_to(self, printer: QPagedPaintDevice) -> int:
        """Paint every page on the printer (or a preview's); the number of pages."""
        pages = self.lay_out(printer)
        page_size = self.document.pageSize()
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            scale = printer.logicalDpiX() / CSS_DPI
            painter.scale(scale, scale * printer.logicalDpiY() / printer.logicalDpiX())
            for page in range(pages):
                if page:
                    printer.newPage()
                self._paint_page(painter, page, pages, page_size)
        finally:
            painter.end()
        return pages

    def _paint_page(self, painter: QPainter, page: int, pages: int, size: QSizeF) -> None:
        painter.save()
        painter.translate(0, -page * size.height())
        clip = QRectF(QPointF(0, page * size.height()), size)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setFont(self._footer_font)
        painter.setPen(FOOTER_COLOUR)
        footer = QRectF(0, size.height(), size.width(), self._footer_height())
        painter.drawText(
            footer,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            self.footer_text(page + 1, pages),
        )
        painter.restore()
