"""The source text of a file in the import review, each line marked by what it became.

The whole file is shown (one block per source line, or per visual line of a Word
paragraph), so that the lines around the chosen posting are there to split or merge by;
the posting's own lines carry their role's tint and mark, the others are greyed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from jdeditor.core.structure.line_roles import LineRole
from jdeditor.gui.panels.line_gutter import LineGutter
from jdeditor.gui.panels.line_roles_style import OUTSIDE_COLOUR, TEXT_COLOUR, TINTS, role_name

if TYPE_CHECKING:
    from jdeditor.import_plan import SourceFile


def _shown_text(source: SourceFile, text: str) -> str:
    if source.kind == "docx":  # Word text was escaped for the recogniser (docx_lists.literal)
        return text.replace("&lt;", "<").replace("&amp;", "&")
    return text


WHOLE_FILE_LINES = 3000  # a file up to this long is shown whole
CONTEXT_LINES = 300  # else: this many lines before and after the posting


class SourceView(QPlainTextEdit):
    line_chosen = Signal(int)  # the source line number the cursor is on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("source_view")
        self.setAccessibleName(self.tr("Source text"))
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            self.textInteractionFlags() | self.textInteractionFlags().TextSelectableByKeyboard
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self._source: SourceFile | None = None
        self._shown: tuple[SourceFile | None, int, int] = (None, 0, 0)
        self._numbers: list[int] = []  # source line number of each block
        self._blocks: dict[int, tuple[int, int]] = {}  # line number -> first, last block
        self._roles: dict[int, LineRole] = {}
        self._range: tuple[int, int] | None = None
        self._gutter = LineGutter(self, self)
        self.extra_actions: list[QAction] = []  # offered in the context menu (Split Here)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._update_gutter)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self._update_margin()

    # -- what the gutter asks ---------------------------------------------------------------

    def number_of_block(self, block: int) -> int:
        return self._numbers[block] if 0 <= block < len(self._numbers) else 0

    def role_of_block(self, block: int) -> LineRole | None:
        return self._roles.get(self.number_of_block(block))

    def largest_number(self) -> int:
        return self._numbers[-1] if self._numbers else 0

    def is_in_posting(self, number: int) -> bool:
        return self._range is not None and self._range[0] <= number <= self._range[1]

    # -- showing ------------------------------------------------------------------------

    def set_source(self, source: SourceFile | None, around: tuple[int, int] | None = None) -> None:
        """Show a file's lines (nothing for a file without source lines, such as JSON).

        A long file shows only the lines ``around`` a posting (with some context): laying
        out ten megabytes of text for every file of a large import took seconds.
        """
        lines = source.shown_lines() if source is not None else []
        if source is not None and around is not None and len(lines) > WHOLE_FILE_LINES:
            lines = source.shown_lines(around[0] - CONTEXT_LINES, around[1] + CONTEXT_LINES)
        shown = (source, lines[0].number, lines[-1].number) if lines else (source, 0, 0)
        if shown == self._shown:
            return
        self._shown = shown
        self._source = source
        self._numbers = [line.number for line in lines]
        self._blocks = {}
        for block, number in enumerate(self._numbers):
            self._blocks[number] = (self._blocks.get(number, (block, block))[0], block)
        self._roles, self._range = {}, None
        self.blockSignals(True)  # no line is chosen while the text is replaced
        self.setPlainText(
            "\n".join(_shown_text(source, line.text) for line in lines) if source else ""
        )
        self.blockSignals(False)
        self._update_margin()

    def show_posting(self, first: int | None, last: int | None, roles: dict[int, LineRole]) -> None:
        """Mark a posting's lines ``first``..``last`` by role and scroll to them."""
        self._roles = roles
        self._range = (first, last) if first is not None and last is not None else None
        self.setExtraSelections(self._selections())
        start = max(self._block_of(first), 0) if first is not None else 0
        self.blockSignals(True)  # showing a posting is not choosing a line
        self.setTextCursor(QTextCursor(self.document().findBlockByNumber(start)))
        self.blockSignals(False)
        self.verticalScrollBar().setValue(max(start - 2, 0))  # a little context above
        self._gutter.update()

    def chosen_line(self) -> int | None:
        """The source line the cursor is on."""
        if not self._numbers:
            return None
        return self.number_of_block(self.textCursor().blockNumber())

    def choose_line(self, number: int) -> None:
        """Put the cursor on a source line (as a click there does)."""
        block = self.document().findBlockByNumber(max(self._block_of(number), 0))
        self.setTextCursor(QTextCursor(block))

    def _block_of(self, number: int, last: bool = False) -> int:
        """The first (or last) block showing source line ``number``; -1 if none does."""
        blocks = self._blocks.get(number)
        if blocks is None:
            return -1
        return blocks[1] if last else blocks[0]

    def _selections(self) -> list[QTextEdit.ExtraSelection]:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._range is None:
            return selections
        first, last = self._block_of(self._range[0]), self._block_of(self._range[1], True)
        document = self.document()
        for start, end in ((0, first - 1), (last + 1, document.blockCount() - 1)):
            if start > end or start < 0:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document.findBlockByNumber(start))
            end_block = document.findBlockByNumber(end)
            cursor.setPosition(
                end_block.position() + end_block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            grey = QTextCharFormat()
            grey.setForeground(OUTSIDE_COLOUR)
            selection.format = grey
            selections.append(selection)
        for block_number in range(max(first, 0), last + 1):
            role = self._roles.get(self._numbers[block_number])
            if role is None or role is LineRole.BLANK:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(document.findBlockByNumber(block_number))
            tint = QTextCharFormat()
            tint.setBackground(TINTS[role])
            tint.setForeground(TEXT_COLOUR)
            tint.setProperty(QTextFormat.Property.FullWidthSelection, True)
            tint.setToolTip(role_name(role))
            selection.format = tint
            selections.append(selection)
        return selections

    # -- margin -------------------------------------------------------------------------

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self._gutter.width_needed(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(
            QRect(area.left(), area.top(), self._gutter.width_needed(), area.height())
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # The line right-clicked is the line chosen, as a left click would make it.
        self.setTextCursor(self.cursorForPosition(event.pos()))
        menu = self.createStandardContextMenu(event.pos())
        if self.extra_actions:
            menu.addSeparator()
            for action in self.extra_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _on_cursor_moved(self) -> None:
        number = self.chosen_line()
        if number is not None:
            self.line_chosen.emit(number)
