"""Choose one posting (or two) from the library: a search field over a short list.

Used by File › New from Posting… (one posting to copy) and by the Compare actions (one
posting to compare the open one with, or two to compare with each other). With an empty
search the list shows the most recently changed postings; typing searches the library
(its full-text search, in Chinese and English), never a scan of every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.listing import ListQuery, PostingSummary
from jdeditor.gui.panels.revision_delegate import BODY_ROLE, HEAD_ROLE, RevisionDelegate

if TYPE_CHECKING:
    from jdeditor.service import Library

LIMIT = 200
SEARCH_DELAY_MS = 200


class PostingPickerDialog(QDialog):
    def __init__(
        self,
        library: Library,
        title: str,
        prompt: str,
        count: int = 1,
        exclude: int | None = None,
        preselect: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``count``: how many postings to choose (1 or 2); ``exclude``: one not offered
        (the open posting, when comparing it with another)."""
        super().__init__(parent)
        self.setObjectName("posting_picker")
        self.setWindowTitle(title)
        self._library = library
        self._count = count
        self._exclude = exclude
        self._chosen: list[int] = list(preselect)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("picker_search")
        self.search_edit.setPlaceholderText(self.tr("Search title, department, text…"))
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("picker_list")
        self.list.setSelectionMode(
            QAbstractItemView.SelectionMode.MultiSelection
            if count > 1
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.list.setItemDelegate(RevisionDelegate(self.list))  # title bold, place below
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_if_ready())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        self.refresh()

    def _rows(self) -> list[PostingSummary]:
        query = self.search_edit.text().strip()
        if query:
            return [hit.summary for hit in self._library.search(query, limit=LIMIT).hits]
        return self._library.list_postings(ListQuery(limit=LIMIT)).rows

    def refresh(self) -> None:
        """List what the search finds (or the latest postings), keeping the choice."""
        self._timer.stop()
        chosen = list(self._chosen)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self._rows():
            if row.id == self._exclude:
                continue
            place = " · ".join(part for part in (row.department, row.location) if part)
            text = f"#{row.id}  {row.title or self.tr('Untitled posting')}"
            item = QListWidgetItem(text + (f"\n{place}" if place else ""))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(HEAD_ROLE, text)
            item.setData(BODY_ROLE, place or "—")
            self.list.addItem(item)
            item.setSelected(row.id in chosen)
        self.list.blockSignals(False)
        self._update_ok()

    def _on_selection(self) -> None:
        shown = {
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        }
        selected = [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]
        # A choice scrolled out of the list by a search stays chosen.
        kept = [posting_id for posting_id in self._chosen if posting_id not in shown]
        new = [posting_id for posting_id in selected if posting_id not in self._chosen]
        still = [posting_id for posting_id in self._chosen if posting_id in selected]
        self._chosen = (kept + still + new)[-self._count :]
        if len(selected) > self._count:  # a third click lets go of the oldest choice
            self.list.blockSignals(True)
            for item in self.list.selectedItems():
                if int(item.data(Qt.ItemDataRole.UserRole)) not in self._chosen:
                    item.setSelected(False)
            self.list.blockSignals(False)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(len(self._chosen) == self._count)

    def _accept_if_ready(self) -> None:
        if len(self._chosen) == self._count:
            self.accept()

    def chosen(self) -> list[int]:
        """The chosen postings' ids, in the order they were chosen."""
        return list(self._chosen)
