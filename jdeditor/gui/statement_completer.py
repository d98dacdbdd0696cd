"""Completion while typing in an item: statements of the section's kind that match.

Attached to the item editor that has focus. Nothing is looked up on the keystroke
itself: typing restarts a short timer, and once typing pauses (``LOOKUP_DELAY_MS``) the
library's indexed search is asked for a few statements (preferred first). No popup
below ``MIN_CHARS`` characters (one Chinese character is enough: it is a word), none
for no match; Esc closes it, Down chooses a line and Enter takes it. Nothing is chosen
until the user moves into the list, so Enter keeps adding the next item as usual.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter

from jdeditor.core.model import SectionKind
from jdeditor.gui.editors.item_delegate import ItemTextEdit

if TYPE_CHECKING:
    from jdeditor.core.statements.catalog import StatementEntry

LOOKUP_DELAY_MS = 150
MIN_CHARS = 2
LIMIT = 8
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

Lookup = Callable[[SectionKind, str], "list[StatementEntry]"]
Chosen = Callable[[ItemTextEdit, "StatementEntry"], None]


def long_enough(text: str) -> bool:
    """Two characters, or one Chinese character."""
    return len(text) >= MIN_CHARS or any("\u4e00" <= char <= "\u9fff" for char in text)


class StatementCompleter(QObject):
    def __init__(self, lookup: Lookup, chosen: Chosen, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._chosen = chosen
        self._editor: ItemTextEdit | None = None
        self._kind: SectionKind | None = None
        self._quiet = False  # the text is being replaced by a chosen statement
        self.last_lookup_seconds = 0.0
        self.lookups = 0
        self.model = QStandardItemModel(self)
        self.completer: QCompleter | None = None  # one per item editor, deleted with it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)

    def editor(self) -> ItemTextEdit | None:
        editor = self._editor
        return editor if editor is not None and shiboken6.isValid(editor) else None

    def popup(self) -> QAbstractItemView | None:
        """The list of offered statements (None while no item is edited)."""
        completer = self.completer
        if completer is None or not shiboken6.isValid(completer):
            return None
        return completer.popup()

    def _hide(self) -> None:
        popup = self.popup()
        if popup is not None:
            popup.hide()

    def _make_completer(self, editor: ItemTextEdit) -> QCompleter:
        # A child of the editor: the item editor is deleted when editing ends, and its
        # completer and popup with it.
        completer = QCompleter(self.model, editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(LIMIT)
        completer.setWidget(editor)
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        popup = completer.popup()
        assert popup is not None  # QCompleter makes its list view
        popup.setObjectName("statement_completion")
        popup.installEventFilter(self)  # after the completer's own: ours sees keys first
        return completer

    def attach(self, editor: ItemTextEdit | None, kind: SectionKind | None) -> None:
        """Offer statements of ``kind`` in ``editor`` (None: in no editor)."""
        if editor is self.editor() and kind == self._kind:
            return
        old = self.editor()
        if old is not None:
            old.textChanged.disconnect(self._text_changed)
        self._timer.stop()
        self._hide()
        self._editor, self._kind = editor, kind
        if editor is not None and kind is not None:
            if self.popup() is None or self.completer.widget() is not editor:  # type: ignore[union-attr]
                self.completer = self._make_completer(editor)
            editor.textChanged.connect(self._text_changed)

    def _text_changed(self) -> None:
        if self._quiet:
            return
        editor = self.editor()
        if editor is None or not long_enough(editor.text().strip()):
            self._timer.stop()
            self._hide()
            return
        self._timer.start()

    def look_up(self) -> None:
        """Ask for statements matching the item's text; show them, or hide the popup."""
        self._timer.stop()
        editor = self.editor()
        if editor is None or self._kind is None or not editor.hasFocus():
            return
        text = editor.text().strip()
        if not long_enough(text):
            return
        started = time.perf_counter()
        entries = [entry for entry in self._lookup(self._kind, text) if entry.text != text]
        self.last_lookup_seconds = time.perf_counter() - started
        self.lookups += 1
        popup, completer = self.popup(), self.completer
        if popup is None or completer is None:
            return
        if not entries:
            popup.hide()
            return
        self.model.clear()
        for entry in entries[:LIMIT]:
            star = "★ " if entry.preferred else ""
            item = QStandardItem(star + entry.text)
            item.setData(entry, ENTRY_ROLE)
            item.setToolTip(entry.text)
            self.model.appendRow(item)
        rect = editor.cursorRect()
        rect.setWidth(max(editor.width(), 360))
        completer.complete(rect)
        popup.setCurrentIndex(QModelIndex())  # nothing chosen until the user moves there

    def entries(self) -> list[StatementEntry]:
        return [self.model.item(row).data(ENTRY_ROLE) for row in range(self.model.rowCount())]

    def choose(self, row: int) -> None:
        """Take the statement in ``row`` of the popup (what Enter on it does)."""
        self._activated(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        editor = self.editor()
        self._hide()
        if entry is None or editor is None:
            return
        self._quiet = True
        try:
            self._chosen(editor, entry)
        finally:
            self._quiet = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.popup()
        if (
            popup is not None
            and watched is popup
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self._activated(index)
            elif (editor := self.editor()) is not None:
                # Not choosing: Enter does what it does in the list (the next item).
                QCoreApplication.sendEvent(editor, QKeyEvent(event))
            return True
        return super().eventFilter(watched, event)
