"""The families tab of View › Statements: near-duplicate wordings grouped, with counts.

Each family is a row (its most used wording and how many postings use any of its
wordings) with its variants under it (each with its postings and uses). Finding the
families can take seconds, so the panel shows a busy bar while
``gui/statements_actions.py`` computes them in the background. Reword… opens the
reword dialog for the chosen family; Undo and Redo below take a whole reword back or
apply it again (the library's own undo, apart from the open posting's Ctrl+Z).

The kind shown follows the section being edited (``follow_section``), as the statements
list's does, until the user picks a kind here: that choice then stays for the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.model import SectionKind
from jdeditor.gui.editors.section_frame import section_kind_label
from jdeditor.gui.panels.statements_panel import STATEMENT_KINDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from jdeditor.core.statements.model import Family

FAMILY_ROLE = Qt.ItemDataRole.UserRole


class FamiliesPanel(QWidget):
    kind_changed = Signal()  # list the families of another kind
    refresh_requested = Signal()
    reword_requested = Signal(object)  # Family

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("families_panel")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("family_kind")
        for kind in STATEMENT_KINDS:
            self.kind_combo.addItem(section_kind_label(kind), kind.value)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refresh_families")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("families_busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("family_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Wording"), self.tr("Postings"), self.tr("Items")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel()
        self.status_label.setObjectName("families_status")
        self.status_label.setWordWrap(True)
        self.reword_button = QPushButton(self.tr("&Reword…"))
        self.reword_button.setObjectName("reword_family")
        self.reword_button.setToolTip(self.tr("Give every posting in this family one wording"))
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("undo_reword")
        self.redo_button = QToolButton()
        self.redo_button.setObjectName("redo_reword")

        top = QHBoxLayout()
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reword_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self._chosen = False  # the user picked a kind here: it no longer follows the form
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.kind_changed.emit())
        self.kind_combo.activated.connect(self._kind_chosen)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.reword_button.clicked.connect(self._reword_current)
        self.tree.itemDoubleClicked.connect(lambda *_: self._reword_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_undo_actions(self, undo: QAction, redo: QAction) -> None:
        """The reword stack's Undo and Redo (their text names the reword)."""
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)

    def kind(self) -> SectionKind:
        return SectionKind(self.kind_combo.currentData() or SectionKind.REQUIREMENTS.value)

    def set_kind(self, kind: SectionKind) -> None:
        index = self.kind_combo.findData(kind.value)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def follow_section(self, kind: SectionKind) -> None:
        """Show the families of ``kind``, the section being edited, unless the user chose
        a kind in this session. Lists them again only while the tab is shown (showing it
        lists them)."""
        index = self.kind_combo.findData(kind.value)
        if self._chosen or index < 0 or index == self.kind_combo.currentIndex():
            return
        with QSignalBlocker(self.kind_combo):
            self.kind_combo.setCurrentIndex(index)
        if self.isVisible():
            self.kind_changed.emit()

    def _kind_chosen(self, _index: int) -> None:
        self._chosen = True

    def current_family(self) -> Family | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        parent = item.parent()
        family: Family | None = (parent if parent is not None else item).data(0, FAMILY_ROLE)
        return family

    def families(self) -> list[Family]:
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [item.data(0, FAMILY_ROLE) for item in items if item is not None]

    def show_busy(self) -> None:
        self.busy_bar.show()
        self.refresh_button.setEnabled(False)
        self.status_label.setText(self.tr("Finding families of similar statements…"))

    def show_failure(self, message: str) -> None:
        self.busy_bar.hide()
        self.refresh_button.setEnabled(True)
        self.tree.clear()
        self.status_label.setText(message)
        self._update_buttons()

    def show_families(self, families: Sequence[Family]) -> None:
        """Only families with more than one wording: the others need no rewording."""
        self.busy_bar.hide()
        self.refresh_button.setEnabled(True)
        keep = self.current_family()
        self.tree.clear()
        shown = [family for family in families if len(family.variants) > 1]
        for family in shown:
            top = QTreeWidgetItem(
                [
                    family.representative,
                    str(family.postings),
                    str(family.uses),
                ]
            )
            top.setData(0, FAMILY_ROLE, family)
            top.setToolTip(0, family.representative)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for variant in family.variants:
                child = QTreeWidgetItem([variant.text, str(variant.postings), str(variant.uses)])
                child.setToolTip(0, variant.text)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if keep is not None and family.id == keep.id:
                self.tree.setCurrentItem(top)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        if shown:
            text = self.tr(
                "%Ln family(ies) of statements worded in more than one way.", "", len(shown)
            )
        else:
            text = self.tr("Every statement of this kind is worded one way only.")
        self.status_label.setText(text)
        self._update_buttons()

    def _reword_current(self) -> None:
        family = self.current_family()
        if family is not None:
            self.reword_requested.emit(family)

    def _update_buttons(self) -> None:
        self.reword_button.setEnabled(self.current_family() is not None)
