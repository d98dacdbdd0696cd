"""Painting and in-place editing of one item row: number gutter, wrapped text, editor.

The editor is a :class:`QTextEdit` laid over the text area only (the number stays
visible), wrapping exactly like the painted row and growing the row as the text grows.
Enter never types a line break: it and the other list keys are handed to the key filter
the section editor installs, and a multi-line paste is handed on as
:attr:`ItemDelegate.multiline_paste` (it becomes several items). The line breaks an item
already has (an imported ``市场分析:`` followed by its text on the next line) are shown
and kept when it is edited.

Edits are committed as they are typed (each change is an undo command that merges with
the previous one for the same item), so the posting is never behind the screen when it
is saved; Escape puts back the text the item had when editing started.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QTreeView,
    QWidget,
)

from jdeditor.core.model import ItemKind
from jdeditor.gui.models.item_tree_model import ItemRole

AnyIndex = QModelIndex | QPersistentModelIndex
KeyFilter = Callable[["ItemTextEdit", QKeyEvent], bool]

H_MARGIN = 4
V_MARGIN = 3
GUTTER_GAP = 6
PARAGRAPH_MARK = "¶"
_TEXT_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap

_NONE = Qt.KeyboardModifier.NoModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_KEYS: dict[tuple[Qt.Key, Qt.KeyboardModifier], str] = {
    (Qt.Key.Key_Return, _NONE): "next",
    (Qt.Key.Key_Return, _SHIFT): "finish",
    (Qt.Key.Key_Return, _CTRL): "add_paragraph",
    (Qt.Key.Key_Backspace, _NONE): "backspace",
    (Qt.Key.Key_Delete, _NONE): "delete",
    (Qt.Key.Key_Tab, _NONE): "indent",
    (Qt.Key.Key_Tab, _SHIFT): "outdent",
    (Qt.Key.Key_Backtab, _NONE): "outdent",
    (Qt.Key.Key_Backtab, _SHIFT): "outdent",
    (Qt.Key.Key_Tab, _CTRL): "focus_next",
    (Qt.Key.Key_Tab, _CTRL | _SHIFT): "focus_previous",
    (Qt.Key.Key_Backtab, _CTRL | _SHIFT): "focus_previous",
    (Qt.Key.Key_Up, _ALT): "move_up",
    (Qt.Key.Key_Down, _ALT): "move_down",
    (Qt.Key.Key_P, _CTRL | _SHIFT): "convert",
    (Qt.Key.Key_V, _CTRL | _SHIFT): "paste_items",
}


def key_action(event: QKeyEvent, editing: bool) -> str | None:
    """The list operation a key stands for in the section editor, or ``None``.

    The same keys work in the view and in an item's editor, except Delete (deletes text
    while editing), Shift+Enter (finishes editing) and Ctrl+V (an ordinary paste while
    editing; the editor hands multi-line text on as items).
    """
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = Qt.Key.Key_Return if event.key() == Qt.Key.Key_Enter else Qt.Key(event.key())
    name = _KEYS.get((key, modifiers))
    if name is None and not editing and event.matches(QKeySequence.StandardKey.Paste):
        return "paste_items"
    if (name == "delete" and editing) or (name == "finish" and not editing):
        return None
    return name


class ItemTextEdit(QTextEdit):
    """Plain text, wrapped, no frame; Enter types no line break, multi-line pastes go elsewhere."""

    multiline_paste = Signal(str)

    def __init__(self, index: AnyIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.original_text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        self.setObjectName("item_text_editor")
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(0)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text and put the cursor at the end."""
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.End)

    def set_cursor_position(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.text())))
        self.setTextCursor(cursor)

    def content_height(self) -> int:
        return math.ceil(self.document().size().height())

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            return
        lines = [line for line in source.text().splitlines() if line.strip()]
        if len(lines) > 1:
            self.multiline_paste.emit(source.text())
        elif lines:
            self.insertPlainText(lines[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the section editor decides what Enter does; never a line break
            return
        super().keyPressEvent(event)


class ItemDelegate(QStyledItemDelegate):
    """Draws ``1.2  text`` rows (``¶`` and italics for paragraphs) and edits them in place."""

    multiline_paste = Signal(str)

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._key_filter: KeyFilter | None = None
        self._editor: ItemTextEdit | None = None

    def install(self) -> None:
        """Set up the view for these rows: one column, no header, always expanded, rows
        that wrap to the width (re-laid out when it changes), nested numbers under the
        parent's text."""
        view = self._view
        view.setItemDelegate(self)
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        view.setExpandsOnDoubleClick(False)
        view.setIndentation(self.indentation(view.font()))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.header().sectionResized.connect(lambda *_: self.sizeHintChanged.emit(QModelIndex()))

    def set_key_filter(self, key_filter: KeyFilter | None) -> None:
        """Give key presses (and shortcut overrides) in an open editor to ``key_filter``."""
        self._key_filter = key_filter

    def active_editor(self) -> ItemTextEdit | None:
        """The open editor, if any (a closed one is hidden, then deleted later)."""
        editor = self._editor
        if editor is None or not shiboken6.isValid(editor) or editor.isHidden():
            return None
        return editor if editor.index.isValid() else None

    def indentation(self, font: QFont) -> int:
        """A nested row's indent that puts its number under its parent's text."""
        return H_MARGIN + self._gutter(QFontMetrics(font), "") + GUTTER_GAP

    # -- geometry shared by painting, size hints and the editor -------------------------

    @staticmethod
    def _label(index: AnyIndex) -> str:
        if index.data(ItemRole.ItemKindRole) == ItemKind.PARAGRAPH:  # a str through QVariant
            return PARAGRAPH_MARK
        return str(index.data(ItemRole.NumberLabelRole) or "")

    @staticmethod
    def _gutter(metrics: QFontMetrics, label: str) -> int:
        return max(metrics.horizontalAdvance("00.0"), metrics.horizontalAdvance(label))

    def _text_rect(self, rect: QRect, metrics: QFontMetrics, label: str) -> QRect:
        left = rect.left() + H_MARGIN + self._gutter(metrics, label) + GUTTER_GAP
        return QRect(
            left,
            rect.top() + V_MARGIN,
            max(1, rect.right() - H_MARGIN - left + 1),
            max(1, rect.height() - 2 * V_MARGIN),
        )

    def _row_width(self, option: QStyleOptionViewItem, index: AnyIndex) -> int:
        view = self._view
        depth = int(index.data(ItemRole.DepthRole) or 0)
        levels = depth + (1 if view.rootIsDecorated() else 0)
        width = view.columnWidth(0) or view.viewport().width()
        return max(1, width - view.indentation() * levels)

    def _options(self, option: QStyleOptionViewItem, index: AnyIndex) -> QStyleOptionViewItem:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        return options

    # -- Qt delegate interface -------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        options = self._options(option, index)
        metrics = QFontMetrics(options.font)
        label = self._label(index)
        row = QRect(0, 0, self._row_width(options, index), 1_000_000)
        area = self._text_rect(row, metrics, label)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "") or self._empty_text()
        height = metrics.boundingRect(QRect(0, 0, area.width(), 1_000_000), _TEXT_FLAGS, text)
        text_height = max(height.height(), metrics.height())
        editor = self.active_editor()
        if editor is not None and editor.index == index:
            text_height = max(text_height, editor.content_height())
        minimum_width = area.left() + metrics.horizontalAdvance("M") * 4 + H_MARGIN
        return QSize(minimum_width, text_height + 2 * V_MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        options = self._options(option, index)
        options.text = ""  # the style draws background, selection and focus only
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)

        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if options.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = options.palette.color(group, text_role)
        muted_role = QPalette.ColorRole.PlaceholderText
        muted = text_color if selected else options.palette.color(group, muted_role)

        metrics = QFontMetrics(options.font)
        label = self._label(index)
        area = self._text_rect(options.rect, metrics, label)
        gutter = QRect(options.rect.left() + H_MARGIN, area.top(), self._gutter(metrics, label), 0)
        gutter.setHeight(area.height())
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")

        painter.save()
        label_font = QFont(options.font)
        label_font.setItalic(False)
        painter.setFont(label_font)
        painter.setPen(muted if label == PARAGRAPH_MARK else text_color)
        painter.drawText(gutter, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)
        painter.setFont(options.font)
        painter.setPen(text_color if text else muted)
        painter.drawText(area, _TEXT_FLAGS, text or self._empty_text())
        painter.restore()

    def _empty_text(self) -> str:
        return self.tr("(empty)")

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = ItemTextEdit(index, parent)
        options = self._options(option, index)  # keep alive: .font belongs to it
        editor.setFont(QFont(options.font))
        editor.multiline_paste.connect(self.multiline_paste)
        editor.textChanged.connect(lambda: self.commitData.emit(editor))
        layout = editor.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self._editor_resized(editor))
        self._editor = editor
        return editor

    def _editor_resized(self, editor: ItemTextEdit) -> None:
        if editor.index.isValid():
            self.sizeHintChanged.emit(QModelIndex(editor.index))  # type: ignore[call-overload]

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, ItemTextEdit)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.text() != text:  # the model echoes each typed change back: keep the cursor
            with QSignalBlocker(editor):  # the model has this text already: nothing to commit
                editor.set_text(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, ItemTextEdit)
        if index.data(Qt.ItemDataRole.EditRole) != editor.text():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        options = self._options(option, index)
        metrics = QFontMetrics(options.font)
        editor.setGeometry(self._text_rect(options.rect, metrics, self._label(index)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, ItemTextEdit):
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if self._key_filter is not None and self._key_filter(watched, event):
                return True
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.revert(watched)
                return True
        return super().eventFilter(watched, event)

    def revert(self, editor: ItemTextEdit) -> None:
        """Put back the text the item had when editing started, and close the editor."""
        if editor.index.isValid() and editor.text() != editor.original_text:
            editor.set_text(editor.original_text)  # commits: merges away the typing
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def finish(self, editor: ItemTextEdit) -> None:
        """Commit (already done while typing) and close the editor."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
