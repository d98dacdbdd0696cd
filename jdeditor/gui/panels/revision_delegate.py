"""How the history list draws a revision: its number, time and note in bold, and below
it, in the normal weight, what changed; a thin rule between rows. The posting picker
draws its rows the same way (title in bold, department and place below)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex
HEAD_ROLE = Qt.ItemDataRole.UserRole + 1  # the first line; DisplayRole holds both lines
BODY_ROLE = Qt.ItemDataRole.UserRole + 2
MARGIN = 6
GAP = 2


class RevisionDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _body_rect(self, option: QStyleOptionViewItem, width: int, body: str) -> QRect:
        _bold, normal = self._fonts(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(normal).boundingRect(QRect(0, 0, width, 10_000), flags, body)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = max(option.rect.width(), 200) - 2 * MARGIN
        bold, _normal = self._fonts(option)
        head = QFontMetrics(bold).height()
        body = self._body_rect(option, width, str(index.data(BODY_ROLE) or "")).height()
        return QSize(width + 2 * MARGIN, head + GAP + body + 2 * MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        painter.save()
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, normal = self._fonts(option)
        inner = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.setPen(palette.color(text_role))
        painter.setFont(bold)
        head_height = QFontMetrics(bold).height()
        head = QFontMetrics(bold).elidedText(
            str(index.data(HEAD_ROLE) or ""), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), head_height), 0, head)
        painter.setFont(normal)
        body_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(body_role))
        body_top = inner.top() + head_height + GAP
        painter.drawText(
            QRect(inner.left(), body_top, inner.width(), inner.bottom() - body_top + 1),
            int(Qt.TextFlag.TextWordWrap),
            str(index.data(BODY_ROLE) or ""),
        )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
