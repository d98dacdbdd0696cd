"""A template's first page as an image, for the template manager's thumbnails.

Run off the GUI thread (``workers.start_task``): the service fills the template in and
asks LibreOffice for a picture; without one, the service's HTML sketch is laid out here on
a page of the document's size with Qt's rich text and painted into a ``QImage``, which is
then kept in the cache like LibreOffice's picture.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument

from jdeditor.core.model import Posting
from jdeditor.service.templates import FirstPage, TemplateEntry, first_page, store_page_image

PAGE_WIDTH_PX = 794  # A4 at 96 dpi; LibreOffice's pictures are about this size too
_PX_PER_PT = 96 / 72


def page_image(entry: TemplateEntry, posting: Posting) -> tuple[QImage, bool]:
    """The first page, and whether it is a sketch (LibreOffice did not draw it)."""
    page = first_page(entry, posting)
    if page.png is not None:
        image = QImage.fromData(page.png)
        if not image.isNull():
            return image, page.sketched
    image = paint_sketch(page)
    store_page_image(page.key, png_bytes(image))
    return image, True


def paint_sketch(page: FirstPage) -> QImage:
    """Lay the sketch's HTML out on a white page and paint what fits on it."""
    width = PAGE_WIDTH_PX
    height = round(width * page.height_pt / page.width_pt) if page.width_pt else 1123
    margin = max(24.0, page.margin_left_pt * _PX_PER_PT)
    top = max(24.0, page.margin_top_pt * _PX_PER_PT)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(page.html)
    document.setPageSize(QSizeF(width - 2 * margin, height - top))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(3780)  # 96 dpi, so points in the HTML come out at page scale
    image.setDotsPerMeterY(3780)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(margin, top)
    document.drawContents(painter, QRectF(0, 0, width - 2 * margin, height - 2 * top))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    buffer.close()
    return bytes(data.data())
