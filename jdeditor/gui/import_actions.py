"""The window's ways into an import, all leading to the same review: File › Import Files…,
File › New from Text…, and files or folders dropped onto the window."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from jdeditor.gui.import_flow import ImportFlow
from jdeditor.gui.workers import start_task

if TYPE_CHECKING:
    from jdeditor.service import Library

STATUS_MS = 8000

logger = logging.getLogger(__name__)


class ImportActions(QObject):
    imported = Signal(list)  # ids of the postings added
    checked = Signal()  # their check errors are counted: the list can show them

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.flow: ImportFlow | None = None
        self.import_action = QAction(self.tr("&Import Files…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr("Read postings from text, Word or JD Editor files (or drop them here)")
        )
        self.import_action.triggered.connect(self.choose_files)
        self.text_action = QAction(self.tr("New from &Text…"), window)
        self.text_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.text_action.setStatusTip(self.tr("Paste a posting from a job board or an e-mail"))
        self.text_action.triggered.connect(self.paste_text)
        self.set_enabled(False)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @property
    def actions(self) -> tuple[QAction, QAction]:
        return self.import_action, self.text_action

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    def attach(self, library: Library) -> None:
        """The library is open: imports can start (into it, not the one before)."""
        if self.flow is not None:
            self.flow.deleteLater()
        self.flow = ImportFlow(library, self._window)
        self.flow.imported.connect(self.imported)
        self.flow.imported.connect(lambda ids: self._count_checks(library, ids))
        self.flow.failed.connect(lambda text: self._window.statusBar().showMessage(text, STATUS_MS))
        self.flow.notice.connect(lambda text: self._window.statusBar().showMessage(text, STATUS_MS))
        self.set_enabled(True)

    def _count_checks(self, library: Library, ids: list[int]) -> None:
        """An import stores postings without counting their check errors (that would make
        a 10,000-posting import a second slower): count them now, off the GUI thread."""
        if ids:
            start_task(
                lambda: library.count_checks(ids),
                lambda _counted: self.checked.emit(),
                lambda error: logger.warning("could not count check errors: %s", error),
            )

    def choose_files(self) -> None:
        if self.flow is not None:
            self.flow.choose_and_import()

    def paste_text(self) -> None:
        if self.flow is None:
            return
        from jdeditor.gui.dialogs.new_from_text_dialog import NewFromTextDialog

        dialog = NewFromTextDialog(self._window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            text, name = dialog.text(), dialog.source_name()
        finally:
            dialog.deleteLater()
        self.flow.import_text(text, name)

    def import_paths(self, paths: list[Path]) -> None:
        if self.flow is not None and paths:
            self.flow.import_paths(paths)

    # -- dropping files onto the window -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            paths = _dropped_paths(event)
            if self.flow is not None and paths:
                event.acceptProposedAction()
                if kind == QEvent.Type.DragEnter:
                    self._window.statusBar().showMessage(
                        self.tr(
                            "Drop to read %Ln file(s) or folder(s) and review them.", "", len(paths)
                        )
                    )
                return True
        elif kind == QEvent.Type.DragLeave:
            self._window.statusBar().clearMessage()
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = _dropped_paths(event)
            if self.flow is not None and paths:
                event.acceptProposedAction()
                # After the drop has finished: the file manager that dragged waits for it.
                QTimer.singleShot(0, lambda: self.import_paths(paths))
                return True
        return super().eventFilter(watched, event)


def _dropped_paths(event: QDropEvent) -> list[Path]:
    """The local files and folders a drag carries."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
