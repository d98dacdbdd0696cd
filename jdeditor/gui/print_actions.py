"""File › Print… and Print Preview…: the open posting on paper, as the preview shows it.

What is printed is the posting as the form shows it, unsaved changes included (the status
bar says so): printing writes nothing, so there is nothing to save first, and the page
matches the preview beside the form. The numbering follows the template chosen above the
preview. The printer is kept for the session, so the paper, margins and printer chosen
once stay chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from jdeditor.gui.print_document import PrintDocument

if TYPE_CHECKING:
    from jdeditor.gui.window_protocol import WindowParts

# Left, top, right, bottom, in mm: room to hole-punch and staple; the page number sits
# inside the bottom one.
PAGE_MARGINS_MM = QMarginsF(20, 20, 20, 15)
PRINTED_MESSAGE_MS = 8000


def new_printer() -> QPrinter:
    """A printer on A4 with our margins, unless the system's printer has paper of its own."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    default = QPrinterInfo.defaultPrinter()
    if default.isNull() or not default.defaultPageSize().isValid():
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
    return printer


class PrintActions(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._printer: QPrinter | None = None
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_posting)
        self.preview_action = QAction(self.tr("Print Pre&view…"), window)
        self.preview_action.triggered.connect(self.preview)
        self.actions = [self.print_action, self.preview_action]
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """Printing needs an open posting."""
        for action in self.actions:
            action.setEnabled(enabled)

    def printer(self) -> QPrinter:
        """The session's printer, with the choices made in the last print dialog."""
        if self._printer is None:
            self._printer = new_printer()
        return self._printer

    def _title(self) -> str:
        posting = self._parts.current_posting()
        title = posting.title.strip() if posting is not None else ""
        return title or self.tr("Untitled posting")

    def document(self) -> PrintDocument | None:
        """The open posting laid out for printing, or None when nothing is open."""
        library = self._parts.open_library()
        posting = self._parts.current_posting()
        if library is None or posting is None:
            return None
        html = library.preview_html(posting, self._parts.preview_panel.template())
        return PrintDocument(html, library.page_words(posting.language))

    def print_posting(self) -> None:
        document = self.document()
        if document is None:
            return
        title = self._title()
        printer = self.printer()
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print “{0}”").format(title))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        pages = document.print_to(printer)
        if pages == 0:
            QMessageBox.warning(
                self._window,
                self.tr("Print"),
                self.tr(
                    "“{0}” could not be printed: the printer did not start. Check that it "
                    "is connected, or, when printing to a file, that its folder can be "
                    "written to."
                ).format(title),
            )
            return
        self._say_printed(title, pages, printer)

    def _say_printed(self, title: str, pages: int, printer: QPrinter) -> None:
        file_name = printer.outputFileName()
        if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and file_name:
            text = self.tr("Printed “{0}” to {1} (%Ln page(s)).", "", pages).format(
                title, file_name
            )
        else:
            text = self.tr("Sent “{0}” to the printer (%Ln page(s)).", "", pages).format(title)
        if self._parts.is_modified():
            text += " " + self.tr("Printed as the form shows it: the changes are not saved yet.")
        self._window.statusBar().showMessage(text, PRINTED_MESSAGE_MS)

    def preview(self) -> None:
        dialog = self.preview_dialog()
        if dialog is None:
            return
        dialog.exec()
        dialog.deleteLater()

    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """The print preview of the open posting, not yet shown; None when nothing is open."""
        document = self.document()
        if document is None:
            return None
        title = self._title()
        if self._parts.is_modified():
            title = self.tr("{0} (unsaved changes)").format(title)
        dialog = QPrintPreviewDialog(self.printer(), self._window)
        dialog.setObjectName("print_preview")
        dialog.setWindowTitle(self.tr("Print Preview – {0}").format(title))
        # A lambda, so that the connection keeps the document alive with the dialog.
        dialog.paintRequested.connect(lambda printer: document.print_to(printer))
        dialog.resize(self._window.size() * 0.9)
        return dialog
