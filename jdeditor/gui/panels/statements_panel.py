"""The statements list of View › Statements: filter by kind, search, insert, mark preferred.

The panel only shows what it is given (``show_page``) and says what the user asked for
through its signals; ``gui/statements_actions.py`` asks the library and inserts. A search
waits for typing to pause (``SEARCH_DELAY_MS``) and then replaces the whole list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.model import SectionKind
from jdeditor.gui.editors.section_frame import section_kind_label

if TYPE_CHECKING:
    from jdeditor.core.statements.catalog import StatementEntry, StatementPage

# core.statements.STATEMENT_KINDS (a test checks they agree): importing that package
# loads part of the recogniser, which the window must not wait for at start-up.
STATEMENT_KINDS = (
    SectionKind.DUTIES,
    SectionKind.REQUIREMENTS,
    SectionKind.PREFERRED,
    SectionKind.BENEFITS,
)
SEARCH_DELAY_MS = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole
STAR = "★"


class StatementsPanel(QWidget):
    """Kind, search box, starter toggle, the list (most used first) and its buttons."""

    query_changed = Signal()  # kind, search or starter toggle changed: list again
    insert_requested = Signal(object)  # StatementEntry
    preferred_requested = Signal(object, bool)  # StatementEntry, preferred

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statements_panel")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("statement_kind")
        for kind in STATEMENT_KINDS:
            self.kind_combo.addItem(section_kind_label(kind), kind.value)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("statement_search")
        self.search_edit.setPlaceholderText(self.tr("Search statements"))
        self.search_edit.setClearButtonEnabled(True)
        self.starter_box = QCheckBox(self.tr("Show starter statements"))
        self.starter_box.setObjectName("show_starter")
        self.starter_box.setChecked(True)
        self.list = QListWidget()
        self.list.setObjectName("statement_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.installEventFilter(self)
        self.status_label = QLabel()
        self.status_label.setObjectName("statement_status")
        self.status_label.setWordWrap(True)
        self.insert_button = QPushButton(self.tr("&Insert"))
        self.insert_button.setObjectName("insert_statement")
        self.insert_button.setToolTip(
            self.tr("Add the statement as a new item of the section being edited (Enter)")
        )
        self.preferred_button = QPushButton(self.tr("Mark as preferred wording"))
        self.preferred_button.setObjectName("preferred_statement")
        self.preferred_button.setCheckable(True)

        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(self.search_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.preferred_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.starter_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.query_changed)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.query_changed.emit())
        self.starter_box.toggled.connect(lambda _on: self.query_changed.emit())
        self.list.itemDoubleClicked.connect(lambda _item: self._insert_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.insert_button.clicked.connect(self._insert_current)
        self.preferred_button.clicked.connect(self._toggle_preferred)
        self._update_buttons()

    # -- what the user asked for -------------------------------------------------------

    def kind(self) -> SectionKind:
        return SectionKind(self.kind_combo.currentData() or SectionKind.DUTIES.value)

    def set_kind(self, kind: SectionKind) -> None:
        """Follow the section being edited (no refresh if it is the kind shown)."""
        index = self.kind_combo.findData(kind.value)
        if index >= 0 and index != self.kind_combo.currentIndex():
            self.kind_combo.setCurrentIndex(index)

    def search(self) -> str:
        return self.search_edit.text().strip()

    def include_starter(self) -> bool:
        return self.starter_box.isChecked()

    def set_include_starter(self, shown: bool) -> None:
        with QSignalBlocker(self.starter_box):
            self.starter_box.setChecked(shown)

    def current_entry(self) -> StatementEntry | None:
        item = self.list.currentItem()
        entry: StatementEntry | None = item.data(ENTRY_ROLE) if item is not None else None
        return entry

    def entries(self) -> list[StatementEntry]:
        return [self.list.item(row).data(ENTRY_ROLE) for row in range(self.list.count())]

    # -- what it shows -------------------------------------------------------------------

    def show_loading(self) -> None:
        self.status_label.setText(self.tr("Loading statements…"))

    def show_failure(self, message: str) -> None:
        self.list.clear()
        self.status_label.setText(message)
        self._update_buttons()

    def show_page(self, page: StatementPage) -> None:
        """The statements found, most used first; the chosen one stays chosen."""
        current = self.current_entry()
        keep = current.id if current is not None else None
        self.list.clear()
        for entry in page.entries:
            item = QListWidgetItem(self._row_text(entry))
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(entry.text + ("\n" + entry.role if entry.role else ""))
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not page.total:
            text = (
                self.tr("No statements match “{0}”.").format(self.search())
                if self.search()
                else self.tr("No statements of this kind yet.")
            )
        elif not page.total_exact:
            text = self.tr("The {0} most used of {1}+; search to find others.").format(
                len(page.entries), f"{page.total:,}"
            )
        elif page.total > len(page.entries):
            text = self.tr("The {0} most used of {1}; search to find others.").format(
                len(page.entries), page.total
            )
        else:
            text = self.tr("%Ln statement(s)", "", page.total)
        self.status_label.setText(text)
        self._update_buttons()

    def _row_text(self, entry: StatementEntry) -> str:
        mark = STAR + " " if entry.preferred else ""
        return f"{mark}{entry.text}\n    {self.counts(entry)}"

    def counts(self, entry: StatementEntry) -> str:
        """ "3 postings · 5 uses", or "starter · Sales Manager"."""
        parts = []
        if entry.postings or not entry.starter:
            parts.append(self.tr("%Ln posting(s)", "", entry.postings))
        if entry.uses:
            parts.append(self.tr("%Ln use(s)", "", entry.uses))
        if entry.starter:
            parts.append(self.tr("starter"))
            if entry.role:
                parts.append(entry.role)
        return " · ".join(parts)

    # -- reactions -----------------------------------------------------------------------

    def _search_now(self) -> None:
        self._timer.stop()
        self.query_changed.emit()

    def _insert_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.insert_requested.emit(entry)

    def _toggle_preferred(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.preferred_requested.emit(entry, self.preferred_button.isChecked())

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.insert_button.setEnabled(entry is not None)
        self.preferred_button.setEnabled(entry is not None)
        with QSignalBlocker(self.preferred_button):
            self.preferred_button.setChecked(entry is not None and entry.preferred)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._insert_current()
            return True
        return super().eventFilter(watched, event)
