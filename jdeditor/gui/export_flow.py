"""Exporting from the window: ask what and where, then write the files in the background.

The library renders every document before it writes any, and writes each file under a
temporary name first, so a failure (a template error, LibreOffice missing for PDF) leaves
nothing half written; the message says what to do. A file that exists is replaced only
after the user said so; in a folder, new names are numbered instead (``产品经理 (2).docx``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from jdeditor.core.listing import ListQuery
from jdeditor.errors import UserFacingError
from jdeditor.gui.busy import BusyIndicator
from jdeditor.gui.error_text import error_text
from jdeditor.gui.export_dialog import ExportChoice, ExportDialog
from jdeditor.gui.workers import Task, start_task

if TYPE_CHECKING:
    from jdeditor.service import Library


class ExportFlow(QObject):
    exported = Signal(list)  # the files written
    failed = Signal(str)  # a message for the status bar

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._parent = parent
        self._task: Task | None = None
        self._busy = BusyIndicator(parent, self.tr("Export"))
        self._dialog: ExportDialog | None = None

    def choose_and_export(self, current: tuple[int, str] | None) -> None:
        """Show the export dialog (``current``: the open, saved posting) and run it."""
        library = self._library
        count = library.list_postings(ListQuery(limit=1)).total
        dialog = ExportDialog(current, count, library.templates(), self._parent)
        self._dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.export(dialog.choice())

    def export(self, choice: ExportChoice) -> None:
        from jdeditor.service import ExportRequest

        one_file = choice.posting_ids is not None or choice.merge
        overwrite = False
        if one_file and choice.target.exists():
            if choice.target.is_dir():
                QMessageBox.warning(
                    self._parent,
                    self.tr("Export"),
                    self.tr("“{0}” is a folder. Give a file name to save as.").format(
                        choice.target
                    ),
                )
                return
            overwrite = self._confirm_replace(choice.target)
            if not overwrite:
                return
        request = ExportRequest(
            format=choice.format,
            target=choice.target,
            template=choice.template,
            merge=choice.merge,
            overwrite=overwrite,
        )
        library = self._library
        self._busy.show(self.tr("Exporting…"))  # no cancel: the files are written at the end
        self._task = start_task(
            lambda: library.export(choice.posting_ids, request), self._on_done, self._on_failed
        )

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self._parent,
            self.tr("Replace file?"),
            self.tr("“{0}” already exists. Replace it?").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_done(self, written: list[Path]) -> None:
        self._busy.close()
        if self._dialog is not None:
            self._dialog.remember()
        self.exported.emit(written)

    def _on_failed(self, error: BaseException) -> None:
        self._busy.close()
        if not isinstance(error, UserFacingError):
            raise error
        QMessageBox.warning(self._parent, self.tr("Export failed"), error_text(error))
        self.failed.emit(self.tr("Export failed; no file was written."))
