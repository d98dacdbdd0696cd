"""View › History: the open posting's revisions, newest first, and what each changed.

Each row shows the revision's number, its local time, its note and a one-line summary
("2 duties added, salary changed"). Selecting one revision compares it with the one
before it; selecting two compares them; Compare with Current and Restore act on one.
The panel only shows and asks: ``HistoryActions`` loads the rows and does the work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.listing import RevisionInfo
from jdeditor.gui.commands.field_commands import field_label
from jdeditor.gui.panels.revision_delegate import BODY_ROLE, HEAD_ROLE, RevisionDelegate

_RESTORED = re.compile(r"restored revision (\d+)")
_COPIED = re.compile(r"copied from #(\d+) «(.*)»", re.DOTALL)
_DUPLICATED = re.compile(r"duplicated from (\d+)")
_IMPORTED = re.compile(r"imported from (.+)", re.DOTALL)
_SET = re.compile(r"set (\w+)")
_MNEMONIC = re.compile(r"\(&\w\)")


def local_time(moment: datetime) -> str:
    """A stored time (UTC) as the user's clock shows it: 2026-12-04 18:20."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def note_text(note: str) -> str:
    """The notes the app writes, in the interface language; a user's own note as is."""
    if note == "created":
        return QCoreApplication.translate("HistoryPanel", "created")
    if note == "imported":
        return QCoreApplication.translate("HistoryPanel", "imported")
    if note == "edited":
        return QCoreApplication.translate("HistoryPanel", "edited")
    if match := _RESTORED.fullmatch(note):
        return QCoreApplication.translate("HistoryPanel", "restored revision {0}").format(match[1])
    if match := _COPIED.fullmatch(note):
        text = QCoreApplication.translate("HistoryPanel", "copied from #{0} «{1}»")
        return text.format(match[1], match[2])
    if note == "saved as a copy after a conflict":
        return QCoreApplication.translate("HistoryPanel", "saved as a copy after a conflict")
    if match := _IMPORTED.fullmatch(note):
        return QCoreApplication.translate("HistoryPanel", "imported from {0}").format(match[1])
    if match := _SET.fullmatch(note):  # jdeditor set ID FIELD VALUE
        text = QCoreApplication.translate("HistoryPanel", "{0} set on the command line")
        return text.format(field_label(match[1]))
    if match := _DUPLICATED.fullmatch(note):
        return QCoreApplication.translate("HistoryPanel", "duplicated from #{0}").format(match[1])
    return note


class HistoryPanel(QWidget):
    compare_requested = Signal(int, int)  # older version, newer version
    compare_current_requested = Signal(int)  # a version, against the form as it is
    restore_requested = Signal(int)  # a version

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self._versions: list[int] = []
        self.status_label = QLabel()
        self.status_label.setObjectName("history_status")
        self.status_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("history_list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(RevisionDelegate(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows rewrap on resizing
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self._compare())
        self.compare_action = QAction(self.tr("&Compare"), self)
        self.compare_action.triggered.connect(self._compare)
        self.current_action = QAction(self.tr("Compare with C&urrent"), self)
        self.current_action.triggered.connect(self._compare_current)
        self.restore_action = QAction(self.tr("&Restore This Revision"), self)
        self.restore_action.triggered.connect(self._restore)
        self.compare_button = self._button(self.compare_action, "history_compare")
        self.current_button = self._button(self.current_action, "history_compare_current")
        self.restore_button = self._button(self.restore_action, "history_restore")
        self.restore_button.setText(self.tr("Restore"))
        self.current_button.setText(self.tr("With Current"))
        buttons = QHBoxLayout()
        for button in (self.compare_button, self.current_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.status_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_message(self.tr("Open a saved posting to see its history."))

    @staticmethod
    def _button(action: QAction, name: str) -> QPushButton:
        # The menu's text without its mnemonic: "&Compare", "比较(&C)" → "Compare", "比较".
        button = QPushButton(_MNEMONIC.sub("", action.text()).replace("&", ""))
        button.setObjectName(name)
        button.clicked.connect(action.trigger)
        return button

    # -- what is shown -------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """No revisions to list (no posting, a new one, loading…): say why."""
        self.list.clear()
        self._versions = []
        self.status_label.setText(text)
        self._update_buttons()

    def show_revisions(self, rows: Sequence[tuple[RevisionInfo, str]]) -> None:
        """``rows`` newest first, as ``history_summaries`` gives them."""
        selected = set(self.selected_versions())
        self.list.clear()
        self._versions = [info.version for info, _text in rows]
        self.status_label.setText(self.tr("%Ln revision(s)", "", len(rows)))
        for info, text in rows:
            head = self.tr("Revision {0} · {1}").format(info.version, local_time(info.created_at))
            note = note_text(info.note)
            line = head + (f" — {note}" if note else "")
            what = text or self.tr("first revision")
            item = QListWidgetItem(f"{line}\n{what}")
            item.setData(Qt.ItemDataRole.UserRole, info.version)
            item.setData(HEAD_ROLE, line)
            item.setData(BODY_ROLE, what)
            item.setToolTip(f"{line}\n{what}")
            self.list.addItem(item)
            item.setSelected(info.version in selected)
        self._update_buttons()

    def versions(self) -> list[int]:
        """The listed versions, newest first."""
        return list(self._versions)

    def selected_versions(self) -> list[int]:
        """The selected versions, oldest first."""
        return sorted(
            int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()
        )

    def select_versions(self, versions: Sequence[int]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in versions)

    def _update_buttons(self) -> None:
        selected = self.selected_versions()
        one_older = len(selected) == 1 and selected[0] != min(self._versions, default=0)
        self.compare_action.setEnabled(len(selected) == 2 or one_older)
        self.current_action.setEnabled(len(selected) == 1)
        self.restore_action.setEnabled(len(selected) == 1)
        for button, action in (
            (self.compare_button, self.compare_action),
            (self.current_button, self.current_action),
            (self.restore_button, self.restore_action),
        ):
            button.setEnabled(action.isEnabled())

    # -- what is asked -------------------------------------------------------------------

    def _compare(self) -> None:
        selected = self.selected_versions()
        if len(selected) == 2:
            self.compare_requested.emit(selected[0], selected[1])
        elif len(selected) == 1:
            earlier = [version for version in self._versions if version < selected[0]]
            if earlier:
                self.compare_requested.emit(max(earlier), selected[0])

    def _compare_current(self) -> None:
        selected = self.selected_versions()
        if len(selected) == 1:
            self.compare_current_requested.emit(selected[0])

    def _restore(self) -> None:
        selected = self.selected_versions()
        if len(selected) == 1:
            self.restore_requested.emit(selected[0])

    def _show_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.compare_action, self.current_action])
        menu.addSeparator()
        menu.addAction(self.restore_action)
        menu.exec(self.list.viewport().mapToGlobal(point))
