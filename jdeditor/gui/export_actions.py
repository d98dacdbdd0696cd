"""File › Export…: the open posting (saved first, if it has changes), the listed ones or all,
and the status-bar message with an Open Folder button once the files are written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

if TYPE_CHECKING:
    from jdeditor.gui.export_flow import ExportFlow
    from jdeditor.gui.window_protocol import WindowParts
    from jdeditor.service import Library

EXPORTED_MESSAGE_MS = 15000
FAILED_MESSAGE_MS = 8000


class ExportActions(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._flow: ExportFlow | None = None
        self._flow_library: Library | None = None  # the flow exports from this library
        self._open_folder_button: QPushButton | None = None
        self._folder: Path | None = None
        self._message = ""
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export)

    def export(self) -> None:
        window, parts = self._window, self._parts
        library = parts.open_library()
        if library is None:
            return
        posting = parts.current_posting()
        if posting is not None and parts.is_modified():
            answer = QMessageBox.question(
                window,
                self.tr("Export"),
                self.tr("Export writes the saved posting. Save your changes first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Save or not parts.save():
                return
            posting = parts.current_posting()
        current = None
        if posting is not None and posting.id is not None and not parts.panel.in_trash_mode():
            current = (posting.id, posting.title)
        if self._flow is None or self._flow_library is not library:
            from jdeditor.gui.export_flow import ExportFlow

            self._flow = ExportFlow(library, window)
            self._flow_library = library
            self._flow.exported.connect(self._on_exported)
            self._flow.failed.connect(
                lambda text: window.statusBar().showMessage(text, FAILED_MESSAGE_MS)
            )
        narrowed = parts.panel.narrowed_query()
        listed = (narrowed, parts.panel.listed_count()) if narrowed is not None else None
        self._flow.choose_and_export(current, listed)

    def _on_exported(self, written: list[Path]) -> None:
        if len(written) == 1:
            text = self.tr("Exported to {0}.").format(written[0])
        else:
            text = self.tr("Exported %Ln file(s) to {0}.", "", len(written)).format(
                written[0].parent if written else ""
            )
        if written:
            self._show_open_folder(written[0].parent, text)
        self._window.statusBar().showMessage(text, EXPORTED_MESSAGE_MS)

    def _show_open_folder(self, folder: Path, message: str) -> None:
        """An "Open Folder" button beside the export message, gone with that message."""
        if self._open_folder_button is None:
            bar = self._window.statusBar()
            button = QPushButton(self.tr("Open Folder"))
            button.setObjectName("open_export_folder")
            button.setFlat(True)
            button.hide()
            button.clicked.connect(self._open_folder)
            bar.addPermanentWidget(button)
            bar.messageChanged.connect(
                lambda text: button.setVisible(bool(text) and text == self._message)
            )
            self._open_folder_button = button
        self._folder = folder
        self._message = message

    def _open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
