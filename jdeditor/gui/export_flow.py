"""Exporting from the window: ask what and where, then write the files in the background.

The library renders every document before it writes any, and writes each file under a
temporary name first, so a failure (a template error, LibreOffice missing for PDF) leaves
nothing half written; the message says what to do. A file that exists is replaced only
after the user said so; in a folder, new names are numbered instead (``产品经理 (2).docx``).
Warnings about an export that went ahead (a template whose own words are in another
language than a posting) are shown once it is done. Before anything is written, postings
with unresolved check errors (a condition the law forbids, a blank left in) are named in a
question: Export Anyway or Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from jdeditor.core.listing import ListQuery
from jdeditor.errors import OutputFileError, UserFacingError
from jdeditor.gui.busy import BusyIndicator
from jdeditor.gui.error_text import error_text
from jdeditor.gui.export_dialog import ExportChoice, ExportDialog
from jdeditor.gui.workers import Task, start_task

if TYPE_CHECKING:
    from jdeditor.service import ExportRequest, ExportWarning, Library


def export_warning_text(warning: ExportWarning) -> str:
    """An export warning in the interface's language (the English message otherwise)."""
    values = dict(warning.values)
    if warning.kind != "template_language":
        return warning.message
    languages = {
        "Chinese": QCoreApplication.translate("ExportFlow", "Chinese"),
        "English": QCoreApplication.translate("ExportFlow", "English"),
        "Chinese and English": QCoreApplication.translate("ExportFlow", "Chinese and English"),
    }
    count = int(values.get("count", "1") or 1)
    if count == 1:
        pattern = QCoreApplication.translate(
            "ExportFlow",
            "The template {template} has words of its own in {template_language} "
            "(“{example}”), but “{title}” is in {posting_language}: the document mixes both "
            "languages. Choose a template for that language, or replace the template's words "
            "with labels such as {{{{ labels.export_date }}}}, which follow the posting.",
        )
    else:
        pattern = QCoreApplication.translate(
            "ExportFlow",
            "The template {template} has words of its own in {template_language} "
            "(“{example}”), but {count} postings are in {posting_language}: their documents "
            "mix both languages. Choose a template for that language, or replace the "
            "template's words with labels such as {{{{ labels.export_date }}}}, which follow "
            "the posting.",
        )
    if not values.get("example"):
        values["example"] = "…"
    for key in ("template_language", "posting_language"):
        values[key] = languages.get(values.get(key, ""), values.get(key, ""))
    return pattern.format(**{**values, "count": count})


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
        self._warnings: list[ExportWarning] = []
        self._list_written = False

    def choose_and_export(
        self,
        current: tuple[int, str] | None,
        listed: tuple[tuple[str, ListQuery], int] | None = None,
    ) -> None:
        """Show the export dialog and run it. ``current``: the open, saved posting (id,
        title); ``listed``: the search and listing the list shows, and how many it holds,
        when a search or filter narrows it."""
        library = self._library
        count = library.list_postings(ListQuery(limit=1)).total
        dialog = ExportDialog(
            current, count, library.templates(), self._parent, listed[1] if listed else None
        )
        self._dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.export(dialog.choice(), listed[0] if listed else None)

    def export(self, choice: ExportChoice, listed: tuple[str, ListQuery] | None = None) -> None:
        from jdeditor.service import ExportRequest

        ids = self._ids(choice, listed)
        if not self._errors_accepted(ids):
            return
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
        into_folder = not one_file
        # A folder that already holds files: the user is told exactly which ones are new.
        self._list_written = into_folder and choice.target.is_dir() and _holds_files(choice.target)
        self._warnings = []
        self._busy.show(self.tr("Exporting…"))  # no cancel: the files are written at the end
        self._task = start_task(
            lambda: self._run(request, ids, into_folder),
            self._on_done,
            self._on_failed,
        )

    def _run(self, request: ExportRequest, ids: list[int] | None, into_folder: bool) -> list[Path]:
        """Export (in the worker). A folder the user named is made first, so that one
        posting goes into it rather than becoming a file of that name; if the export
        fails, a folder made for it is taken away again."""
        folder = request.target
        made = into_folder and not folder.exists()
        if made:
            try:
                folder.mkdir(parents=True)
            except OSError as error:
                raise OutputFileError(
                    f"Cannot create the folder {folder}: {error.strerror}. Choose a folder "
                    "you can write to; nothing was exported."
                ) from error
        try:
            return self._library.export(ids, request, warn=self._warnings.append)
        except BaseException:
            if made and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
            raise

    def _ids(self, choice: ExportChoice, listed: tuple[str, ListQuery] | None) -> list[int] | None:
        """The postings to export (None: all). From the list: one query for the ids, which
        the error question needs before the export starts."""
        if choice.from_list and listed is not None:
            return self._library.matching_ids(*listed)
        return choice.posting_ids

    def _errors_accepted(self, ids: list[int] | None) -> bool:
        """True when none of the postings has unresolved errors, or the user goes on."""
        postings, errors = self._library.unresolved_errors(ids)
        if not errors:
            return True
        question = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export postings with errors?"),
            self.tr(
                "{postings} to export have {errors} that the checks found and nobody "
                "dismissed, such as a condition on applicants that the law forbids. Export "
                "anyway, or cancel and look at the findings first (View › Checks)."
            ).format(
                postings=self.tr("%Ln posting(s)", "", postings),
                errors=self.tr("%Ln unresolved error(s)", "", errors),
            ),
            QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        question.setObjectName("export_errors_question")
        go_on = question.addButton(self.tr("Export Anyway"), QMessageBox.ButtonRole.AcceptRole)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.exec()
        return question.clickedButton() is go_on

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
        if self._list_written and written:
            self._show_written(written)
        if self._warnings:
            QMessageBox.warning(
                self._parent,
                self.tr("Exported, with a warning"),
                "\n\n".join(export_warning_text(warning) for warning in self._warnings),
            )

    def _show_written(self, written: list[Path]) -> None:
        """The files this export wrote into a folder that held others (not modal)."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Exported"),
            self.tr(
                "%Ln file(s) written into “{0}”, which also holds other files:", "", len(written)
            ).format(written[0].parent),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setObjectName("export_written_files")
        box.setInformativeText("\n".join(path.name for path in written[:20]))
        if len(written) > 20:
            box.setDetailedText("\n".join(path.name for path in written))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_failed(self, error: BaseException) -> None:
        self._busy.close()
        if not isinstance(error, UserFacingError):
            raise error
        QMessageBox.warning(self._parent, self.tr("Export failed"), error_text(error))
        if "only these files were written" in error.message:  # a move failed halfway
            self.failed.emit(self.tr("Export stopped; some files were written (see the message)."))
        else:
            self.failed.emit(self.tr("Export failed; no file was written."))


def _holds_files(folder: Path) -> bool:
    try:
        return any(not entry.name.startswith(".") for entry in folder.iterdir())
    except OSError:
        return False
