"""The import review: what the files hold, and the user's say over it before anything is stored.

Left, the postings found (tick to include, rename in place, duplicates of the library
unticked); right, the chosen posting's source text marked line by line, its sections and
its warnings. The user can split a posting at a line, merge it with the one before, change
a section's kind and re-read a file with another encoding or separator. Nothing is written
here: accepting the dialog hands the edited plan back to the import flow, which stores the
ticked postings in one transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jdeditor import import_review
from jdeditor.errors import UserFacingError
from jdeditor.gui.dialogs.reread_dialog import ReReadDialog
from jdeditor.gui.error_text import error_text
from jdeditor.gui.models.import_review_model import Column, ImportReviewModel
from jdeditor.gui.panels.posting_review_panel import PostingReviewPanel

if TYPE_CHECKING:
    from jdeditor.core.model import SectionKind
    from jdeditor.import_plan import ImportPlan, PlannedPosting
    from jdeditor.service import Library

GEOMETRY_KEY = "import_review/geometry"
SPLITTER_KEY = "import_review/splitter"


class ImportReviewDialog(QDialog):
    def __init__(self, library: Library, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_review_dialog")
        self.setWindowTitle(self.tr("Review Import"))
        self._library = library
        self._edited = False  # whether Cancel throws away the user's work
        self.model = ImportReviewModel(plan, self)
        self.summary = QLabel()
        self.summary.setObjectName("review_summary")
        self.summary.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("review_postings")
        self.table.setAccessibleName(self.tr("Postings found"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        chars = self.fontMetrics().averageCharWidth()
        for column, width in ((Column.DEPARTMENT, 12), (Column.LOCATION, 12), (Column.SOURCE, 20)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(chars * width, header.sectionSizeHint(column)))
        header.setStretchLastSection(False)

        self.split_button = QPushButton(self.tr("&Split at Line"))
        self.split_button.setObjectName("review_split")
        self.split_button.setToolTip(
            self.tr("Start a new posting at the line chosen in the source text (click a line).")
        )
        self.merge_button = QPushButton(self.tr("&Merge with Previous"))
        self.merge_button.setObjectName("review_merge")
        self.merge_button.setToolTip(
            self.tr("Join this posting to the one above it (from the same file).")
        )
        self.reread_button = QPushButton(self.tr("Re-&read File…"))
        self.reread_button.setObjectName("review_reread")
        self.reread_button.setToolTip(
            self.tr("Read the chosen posting's file again, with another encoding or separator.")
        )
        self.all_button = QPushButton(self.tr("Tick &All"))
        self.none_button = QPushButton(self.tr("Untick A&ll"))
        actions = QHBoxLayout()
        for button in (self.split_button, self.merge_button, self.reread_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.all_button)
        actions.addWidget(self.none_button)
        self.hint = QLabel()
        self.hint.setObjectName("review_hint")
        self.hint.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.hint)
        self.panel = PostingReviewPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setObjectName("review_import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self.model.include_changed.connect(self._update_counts)
        self.model.title_edited.connect(self._on_title_edited)
        self.model.ticked.connect(self._on_ticked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.panel.source_view.line_chosen.connect(lambda _number: self._update_actions())
        self.panel.kind_changed.connect(self._on_kind_changed)
        self.split_button.clicked.connect(self.split_at_chosen_line)
        self.merge_button.clicked.connect(self.merge_with_previous)
        self.reread_button.clicked.connect(self.reread_file)
        self.all_button.clicked.connect(lambda: self.model.set_all_included(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_included(False))
        self.split_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        split_here = QAction(self.tr("Split Posting Here"), self)
        split_here.triggered.connect(self.split_at_chosen_line)
        self.panel.source_view.extra_actions = [split_here]
        self.merge_button.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self._restore_geometry()
        self._update_counts()
        self.select_row(0)

    @property
    def plan(self) -> ImportPlan:
        return self.model.plan

    # -- choosing ---------------------------------------------------------------------------

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._show_current()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, Column.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, Column.TITLE))
        self._show_current()

    def _current_item(self) -> PlannedPosting | None:
        row = self.current_row()
        return self.model.item_at(row) if 0 <= row < self.model.rowCount() else None

    def _show_current(self) -> None:
        item = self._current_item()
        roles = import_review.roles_of(item) if item is not None else {}
        self.panel.show_item(item, roles)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.current_row()
        item = self._current_item()
        line = self.panel.source_view.chosen_line()
        can_split = (
            item is not None
            and line is not None
            and import_review.can_split_at(self.plan, row, line)
        )
        self.split_button.setEnabled(can_split)
        self.merge_button.setEnabled(import_review.can_merge_with_previous(self.plan, row))
        self.reread_button.setEnabled(
            item is not None and item.file is not None and item.file.can_reread
        )
        if item is not None and not import_review.is_line_based(item):
            self.hint.setText(
                self.tr(
                    "This posting was not read from lines of text, so it cannot be split or merged."
                )
            )
        elif can_split:
            self.hint.setText(
                self.tr("Split at Line starts a new posting at line {0}.").format(line)
            )
        else:
            self.hint.setText(
                self.tr("Click a line of the source text to split the posting there.")
            )

    def _update_counts(self) -> None:
        plan = self.plan
        included = len(plan.included)
        duplicates = sum(1 for item in plan.postings if item.duplicate_of is not None)
        postings = self.tr("%Ln posting(s)", "", len(plan.postings))
        if all(source.kind == "pasted" for source in plan.sources) and plan.sources:
            found = self.tr("{0} found in the pasted text.").format(postings)
        else:
            found = self.tr("{0} found in {1}.").format(
                postings, self.tr("%Ln file(s)", "", len(plan.sources) or len(plan.files))
            )
        # Sentences joined by a translated pattern: Chinese puts no space between them.
        if duplicates:
            found = self.tr("{0} {1}").format(
                found, self.tr("%Ln of them already in the library: unticked.", "", duplicates)
            )
        self.summary.setText(
            self.tr("{0} {1}").format(
                found, self.tr("Tick what to import; nothing is stored before Import.")
            )
        )
        self.import_button.setText(self.tr("&Import %Ln Posting(s)", "", included))
        self.import_button.setEnabled(included > 0)

    # -- changes ------------------------------------------------------------------------

    def _recheck(self, changed: list[PlannedPosting]) -> None:
        """The library's duplicates, again, for postings the review changed."""
        self._edited = True
        self._library.check_duplicates(self.plan, changed)

    def _on_ticked(self) -> None:
        self._edited = True  # choices worth asking about before Cancel throws them away

    def _on_title_edited(self, row: int) -> None:
        self._recheck([self.model.item_at(row)])
        self.model.refresh()
        if row == self.current_row():
            self._show_current()

    def _on_kind_changed(self, section: int, kind: SectionKind) -> None:
        item = self._current_item()
        if item is None or item.posting.sections[section].kind is kind:
            return
        import_review.set_section_kind(item, section, kind)
        self._recheck([item])
        self.model.refresh()

    def split_at_chosen_line(self) -> None:
        row, line = self.current_row(), self.panel.source_view.chosen_line()
        if line is None or not import_review.can_split_at(self.plan, row, line):
            return
        parts = import_review.split_posting(self.plan, row, line)
        self._after_structure_change(list(parts), row + 1)

    def merge_with_previous(self) -> None:
        row = self.current_row()
        if not import_review.can_merge_with_previous(self.plan, row):
            return
        merged = import_review.merge_with_previous(self.plan, row)
        self._after_structure_change([merged], row - 1)

    def reread_file(self) -> None:
        item = self._current_item()
        if item is None or item.file is None or not item.file.can_reread:
            return
        dialog = ReReadDialog(item.file, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        source, row = item.file, self.current_row()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            postings = import_review.reread_source(source, dialog.options())
        except UserFacingError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Cannot re-read the file"), error_text(error))
            return
        QGuiApplication.restoreOverrideCursor()
        import_review.replace_source(self.plan, source, postings)
        self._after_structure_change(postings, row)

    def _after_structure_change(self, changed: list[PlannedPosting], row: int) -> None:
        self._recheck(changed)
        self.model.reset()
        self.select_row(min(row, self.model.rowCount() - 1))

    # -- window -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            metrics = self.fontMetrics()
            self.resize(metrics.averageCharWidth() * 190, metrics.height() * 44)
        state = settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:  # the list needs room for its titles, the source text for its lines
            self.splitter.setSizes([self.width() // 2, self.width() // 2])

    def reject(self) -> None:
        """Cancel: nothing is imported; after changes, only once the user says so."""
        if self._edited:
            answer = QMessageBox.question(
                self,
                self.tr("Cancel the import"),
                self.tr(
                    "Throw away the changes made here? Nothing has been imported yet, "
                    "and nothing will be."
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        super().done(result)
