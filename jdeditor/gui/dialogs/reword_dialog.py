"""Reword a family: choose one wording and see every posting it would change first.

The user picks one of the family's variants (the preferred wording is chosen at first,
else the most used) or edits their own; the preview below lists each posting that would
change (title, then each old wording → the new one) and each posting left alone with
the reason (an open posting with unsaved edits is never overwritten). Apply accepts;
``gui/statements_actions.py`` does the reword as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jdeditor.errors import UserFacingError
from jdeditor.gui.error_text import error_text

if TYPE_CHECKING:
    from jdeditor.core.statements.catalog import RewordPlan
    from jdeditor.core.statements.model import Family

PREVIEW_DELAY_MS = 250
ARROW = "→"


class RewordDialog(QDialog):
    def __init__(
        self,
        family: Family,
        plan: Callable[[str], RewordPlan],
        preferred: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``plan(text)``: what rewording the family to ``text`` would change."""
        super().__init__(parent)
        self.setObjectName("reword_dialog")
        self.setWindowTitle(self.tr("Reword a Family of Statements"))
        self._family = family
        self._plan_for = plan
        self._plan: RewordPlan | None = None

        intro = QLabel(
            self.tr(
                "Choose the wording every posting in this family should use, or edit it. "
                "Each posting that changes gets a revision; Undo in the Families tab "
                "takes the whole change back."
            )
        )
        intro.setWordWrap(True)
        self.variant_list = QListWidget()
        self.variant_list.setObjectName("reword_variants")
        self.variant_list.setWordWrap(True)
        for variant in family.variants:
            star = "★ " if variant.text == preferred else ""
            counts = self.tr("%Ln posting(s)", "", variant.postings)
            item = QListWidgetItem(f"{star}{variant.text}    ({counts})")
            item.setData(Qt.ItemDataRole.UserRole, variant.text)
            self.variant_list.addItem(item)
        self.wording_edit = QLineEdit()
        self.wording_edit.setObjectName("reword_wording")
        self.wording_edit.setPlaceholderText(self.tr("The wording to use"))
        self.preview = QTreeWidget()
        self.preview.setObjectName("reword_preview")
        self.preview.setHeaderLabels([self.tr("Posting"), self.tr("Change")])
        self.preview.setWordWrap(True)
        self.preview.setColumnWidth(0, 220)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("reword_summary")
        self.summary_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Wordings in use:")))
        layout.addWidget(self.variant_list, 2)
        layout.addWidget(QLabel(self.tr("New wording:")))
        layout.addWidget(self.wording_edit)
        layout.addWidget(QLabel(self.tr("Postings that would change:")))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.variant_list.currentItemChanged.connect(self._variant_chosen)
        self.wording_edit.textEdited.connect(lambda _text: self._wording_edited())
        texts = [variant.text for variant in family.variants]
        self.variant_list.setCurrentRow(texts.index(preferred) if preferred in texts else 0)

    def wording(self) -> str:
        return self.wording_edit.text().strip()

    def plan(self) -> RewordPlan | None:
        """The plan the preview shows (made for :meth:`wording`)."""
        return self._plan

    def _variant_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.wording_edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))
            self.update_preview()

    def _wording_edited(self) -> None:
        self.apply_button.setEnabled(False)  # until the preview matches the wording
        self._timer.start()

    def update_preview(self) -> None:
        """Ask for the plan of the wording now in the box and list it."""
        self._timer.stop()
        self.preview.clear()
        self._plan = None
        text = self.wording()
        if not text:
            self.summary_label.setText(self.tr("Type the wording to use."))
            self.apply_button.setEnabled(False)
            return
        try:
            plan = self._plan_for(text)
        except UserFacingError as error:
            self.summary_label.setText(error_text(error))
            self.apply_button.setEnabled(False)
            return
        self._plan = plan
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        changing = 0
        for change in plan.changes:
            row = QTreeWidgetItem([change.title or self.tr("Untitled posting")])
            if change.skipped:
                row.setText(1, self.tr("Left alone: {0}").format(change.skipped))
                for column in (0, 1):
                    row.setForeground(column, muted)
            else:
                changing += 1
                row.setText(1, self.tr("%Ln item(s) reworded", "", len(change.before)))
                for before in change.before:
                    line = QTreeWidgetItem(["", f"{before}  {ARROW}  {change.after}"])
                    line.setToolTip(1, f"{before}\n{ARROW} {change.after}")
                    row.addChild(line)
            self.preview.addTopLevelItem(row)
            row.setExpanded(True)
        skipped = len(plan.changes) - changing
        text = self.tr("%Ln posting(s) will change.", "", changing)
        if skipped:
            text += " " + self.tr("%Ln posting(s) left alone.", "", skipped)
        self.summary_label.setText(text)
        self.apply_button.setEnabled(changing > 0)
