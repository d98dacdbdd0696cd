"""The margin of the import review's source text: line numbers and what each line became."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from jdeditor.core.structure.line_roles import LineRole
from jdeditor.gui.panels.line_roles_style import BANDS, MARK_COLOURS, MARKS, OUTSIDE_COLOUR


class LineFacts(Protocol):
    """What the gutter asks of the view about its lines (the view answers, SourceView)."""

    def largest_number(self) -> int: ...
    def number_of_block(self, block: int) -> int: ...
    def role_of_block(self, block: int) -> LineRole | None: ...
    def is_in_posting(self, number: int) -> bool: ...


BAND_WIDTH = 16


class LineGutter(QWidget):
    def __init__(self, view: QPlainTextEdit, facts: LineFacts) -> None:
        super().__init__(view)
        self._view = view
        self._facts = facts

    def width_needed(self) -> int:
        digits = len(str(max(self._facts.largest_number(), 1)))
        return 8 + self.fontMetrics().horizontalAdvance("9") * max(digits, 3) + 4 + BAND_WIDTH

    def sizeHint(self) -> QSize:
        return QSize(self.width_needed(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        view, facts = self._view, self._facts
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        block = view.firstVisibleBlock()
        top = round(view.blockBoundingGeometry(block).translated(view.contentOffset()).top())
        number_width = self.width() - BAND_WIDTH - 6
        previous = None
        while block.isValid() and top <= event.rect().bottom():
            height = round(view.blockBoundingRect(block).height())
            if block.isVisible() and top + height >= event.rect().top():
                number = facts.number_of_block(block.blockNumber())
                role = facts.role_of_block(block.blockNumber())
                inside = facts.is_in_posting(number)
                painter.setPen(
                    self.palette().color(QPalette.ColorRole.Text) if inside else OUTSIDE_COLOUR
                )
                if number != previous:
                    painter.drawText(
                        QRect(0, top, number_width, height),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                        str(number),
                    )
                if role in BANDS:
                    band = QRect(self.width() - BAND_WIDTH, top, BAND_WIDTH, height)
                    painter.fillRect(band, BANDS[role])
                    painter.setPen(MARK_COLOURS[role])
                    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, MARKS[role])
                previous = number
            block = block.next()
            top += height
        painter.end()
