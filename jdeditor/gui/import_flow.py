"""Importing from the window: read files (or pasted text), review, store.

It uses the library's two steps (plan, then commit) so that nothing is stored until the
user has reviewed what was found (:class:`ImportReviewDialog`). Reading runs off the GUI
thread with a progress dialog (file n of m) that can be cancelled; a cancelled read is
dropped, the review's Cancel drops the plan, and the commit is one transaction: a cancel
never leaves half an import behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from jdeditor.errors import UserFacingError
from jdeditor.gui.busy import BusyIndicator
from jdeditor.gui.error_text import error_text
from jdeditor.gui.workers import Task, start_progress_task, start_task

if TYPE_CHECKING:  # the service (and SQLAlchemy) loads after the window shows
    from jdeditor.import_plan import ImportPlan, ImportReport
    from jdeditor.service import Library


class ImportFlow(QObject):
    imported = Signal(list)  # ids of the postings added
    failed = Signal(str)  # a message for the status bar
    notice = Signal(str)  # the same, after a done import that did not store everything

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._parent = parent
        self._task: Task | None = None
        self._paths: list[Path] = []
        self._storing = 0  # postings the user chose to store
        self.running = False  # reading, reviewing or storing: a second import waits
        self._busy = BusyIndicator(parent, self.tr("Import"))

    def choose_and_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Import postings"),
            "",
            self.tr("Postings (*.txt *.md *.docx *.json);;All files (*)"),
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Read files (folders: the supported files inside them), then review them."""
        from jdeditor.import_review import files_to_import

        if self.running:
            self.failed.emit(self.tr("An import is already running; try again when it is done."))
            return
        files = files_to_import(paths)
        if not files:
            QMessageBox.information(
                self._parent,
                self.tr("Nothing to import"),
                self.tr("There are no files JD Editor can import there (.txt, .md, .docx, .json)."),
            )
            self.failed.emit(self.tr("Nothing to import."))
            return
        library = self._library
        self._paths = files
        self.running = True
        self._show_progress(self.tr("Reading %Ln file(s)…", "", len(files)))
        self._task = start_progress_task(
            lambda report: library.plan_import(files, progress=report),
            self._on_planned,
            self._on_failed,
            self._on_progress,
        )

    def import_text(self, text: str, name: str) -> None:
        """Pasted text (File › New from Text…), into the same review."""
        if self.running:
            self.failed.emit(self.tr("An import is already running; try again when it is done."))
            return
        self.running = True
        try:
            plan = self._library.plan_text(text, name)
        except Exception as error:  # _on_failed shows it, or re-raises a bug
            self._on_failed(error)
            return
        self._on_planned(plan)

    def _show_progress(self, text: str) -> None:
        self._busy.show(text, (self.tr("Cancel"), self.cancel))

    def _on_progress(self, done: int, total: int) -> None:
        if done < total and total > 1:
            text = self.tr("Reading file {0} of {1}: {2}").format(
                done + 1, total, self._paths[done].name
            )
            self._busy.set_progress(done, total, text)

    def cancel(self) -> None:
        """Stop reading (what the progress dialog's Cancel does); nothing is changed."""
        if self._task is not None:
            self._task.cancelled = True
        self._busy.close()
        self.running = False
        self.failed.emit(self.tr("Import cancelled; nothing was changed."))

    def _on_failed(self, error: BaseException) -> None:
        self._busy.close()
        self.running = False
        if not isinstance(error, UserFacingError):
            raise error
        QMessageBox.warning(self._parent, self.tr("Import failed"), error_text(error))
        self.failed.emit(self.tr("Import failed; nothing was changed."))

    def _on_planned(self, plan: ImportPlan) -> None:
        self._busy.close()
        if not plan.postings:
            QMessageBox.information(
                self._parent,
                self.tr("Nothing to import"),
                self.tr("No postings were found in the text."),
            )
            self.running = False
            self.failed.emit(self.tr("Nothing to import."))
            return
        try:
            accepted = self.review(plan)
        except BaseException:  # a bug: reported by the exception hook; imports go on
            self.running = False
            raise
        if not accepted:
            self.running = False
            self.failed.emit(self.tr("Import cancelled; nothing was changed."))
            return
        library = self._library
        self._storing = len(plan.included)
        self._busy.show(self.tr("Storing %Ln posting(s)…", "", len(plan.included)))
        self._task = start_task(
            lambda: library.commit_import(plan), self._on_committed, self._on_failed
        )

    def review(self, plan: ImportPlan) -> bool:
        """Show the review; True when the user chose to import (the plan holds their edits)."""
        from jdeditor.gui.dialogs.import_review_dialog import ImportReviewDialog

        dialog = ImportReviewDialog(self._library, plan, self._parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and bool(plan.included)
        finally:
            dialog.deleteLater()

    def _on_committed(self, report: ImportReport) -> None:
        self._busy.close()
        self.running = False
        self.imported.emit(report.added)
        # Stored meanwhile by someone else (or another import): the save skipped them.
        already = self._storing - len(report.added)
        if already > 0:
            self.notice.emit(
                self.tr("Imported %Ln posting(s).", "", len(report.added))
                + " "
                + self.tr(
                    "%Ln posting(s) were already in the library and were not imported again.",
                    "",
                    already,
                )
            )
