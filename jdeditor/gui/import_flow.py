"""Importing files from the window: choose files, read them in the background, confirm, store.

It uses the library's two steps (plan, then commit) so that nothing is stored until the
user has seen what was found; reading and storing both run off the GUI thread with a
progress dialog that can be cancelled (a cancelled plan is dropped, and a commit is one
transaction, so a cancel never leaves half an import behind).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from jdeditor.errors import UserFacingError
from jdeditor.gui.busy import BusyIndicator
from jdeditor.gui.error_text import error_text
from jdeditor.gui.warning_text import warning_text
from jdeditor.gui.workers import Task, start_task

if TYPE_CHECKING:  # the service (and SQLAlchemy) loads after the window shows
    from jdeditor.import_plan import ImportPlan, ImportReport
    from jdeditor.service import Library

MAX_LISTED = 15
CONFIRM_WIDTH_CHARS = 90  # room for a title, its section counts and a warning per line


class ImportFlow(QObject):
    imported = Signal(list)  # ids of the postings added
    failed = Signal(str)  # a message for the status bar

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._parent = parent
        self._task: Task | None = None
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
        library = self._library
        self._show_progress(self.tr("Reading %Ln file(s)…", "", len(paths)))
        self._task = start_task(
            lambda: library.plan_import(list(paths)), self._on_planned, self._on_failed
        )

    def _show_progress(self, text: str) -> None:
        self._busy.show(text, (self.tr("Cancel"), self._cancel))

    def _close_progress(self) -> None:
        self._busy.close()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancelled = True
        self._close_progress()
        self.failed.emit(self.tr("Import cancelled; nothing was changed."))

    def _on_failed(self, error: BaseException) -> None:
        self._close_progress()
        if not isinstance(error, UserFacingError):
            raise error
        QMessageBox.warning(self._parent, self.tr("Import failed"), error_text(error))
        self.failed.emit(self.tr("Import failed; nothing was changed."))

    def _on_planned(self, plan: ImportPlan) -> None:
        self._close_progress()
        if not self.confirm(plan):
            self.failed.emit(self.tr("Import cancelled; nothing was changed."))
            return
        library = self._library
        self._show_progress(self.tr("Storing %Ln posting(s)…", "", len(plan.included)))
        self._task = start_task(
            lambda: library.commit_import(plan), self._on_committed, self._on_failed
        )

    def confirm(self, plan: ImportPlan) -> bool:
        included = plan.included
        skipped = len(plan.postings) - len(included)
        if not included:
            QMessageBox.information(
                self._parent,
                self.tr("Nothing to import"),
                self.tr(
                    "The files hold no postings that the library does not have already "
                    "(%Ln duplicate(s)).",
                    "",
                    skipped,
                ),
            )
            return False
        from jdeditor.gui.editors.section_frame import section_kind_label  # loaded on use

        lines = []
        for item in plan.postings[:MAX_LISTED]:
            counts = ", ".join(
                f"{section.heading or section_kind_label(section.kind)} {section.count_items()}"
                for section in item.posting.sections
            )
            mark = "" if item.include else self.tr(" (duplicate, skipped)")
            lines.append(f"• {item.posting.title}{mark} — {counts}")
            lines += [f"    ⚠ {warning_text(warning)}" for warning in item.warnings[:3]]
        if len(plan.postings) > MAX_LISTED:
            lines.append(self.tr("… and %Ln more", "", len(plan.postings) - MAX_LISTED))
        box = QMessageBox(self._parent)
        box.setWindowTitle(self.tr("Import postings"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            self.tr("Import {0} from {1}?").format(
                self.tr("%Ln posting(s)", "", len(included)),
                self.tr("%Ln file(s)", "", len(plan.files)),
            )
        )
        box.setInformativeText(
            self.tr("{0} will be skipped; the readers left {1}.").format(
                self.tr("%Ln duplicate(s)", "", skipped),
                self.tr("%Ln warning(s)", "", plan.warning_count),
            )
        )
        box.setDetailedText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        ok = box.button(QMessageBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Import"))
        _widen(box, CONFIRM_WIDTH_CHARS)
        return box.exec() == QMessageBox.StandardButton.Ok

    def _on_committed(self, report: ImportReport) -> None:
        self._close_progress()
        self.imported.emit(report.added)


def _widen(box: QMessageBox, chars: int) -> None:
    """Make a message box wide enough for its details (it ignores a minimum width)."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        width = box.fontMetrics().averageCharWidth() * chars
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
