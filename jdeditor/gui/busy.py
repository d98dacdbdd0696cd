"""A "working…" dialog for background work, shown only if the work takes a moment.

Imports and exports run in the thread pool; the window stays responsive but modal to this
dialog, so the user cannot start the same work twice. A dialog that would flash for a
quick task is never shown (Qt's minimum duration).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 300


class BusyIndicator:
    def __init__(self, parent: QWidget, title: str) -> None:
        self._parent = parent
        self._title = title
        self._dialog: QProgressDialog | None = None

    def show(self, text: str, cancel: tuple[str, Callable[[], None]] | None = None) -> None:
        """Show ``text``; ``cancel`` is (button text, what pressing it does), if it can be."""
        self.close()
        dialog = QProgressDialog(text, cancel[0] if cancel else "", 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        if cancel is None:
            dialog.setCancelButton(None)
        else:
            dialog.canceled.connect(cancel[1])
        self._dialog = dialog

    def close(self) -> None:
        """Take the dialog away (without reporting a cancel)."""
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.blockSignals(True)  # closing is not the user cancelling
            dialog.close()
            dialog.deleteLater()
