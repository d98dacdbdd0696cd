"""A "working…" dialog for background work, shown only if the work takes a moment.

Imports and exports run in the thread pool; the window stays responsive but modal to this
dialog, so the user cannot start the same work twice. A dialog that would flash for a
quick task is never shown (Qt's minimum duration).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

SHOW_AFTER_MS = 300


class BusyIndicator:
    def __init__(self, parent: QWidget, title: str) -> None:
        self._parent = parent
        self._title = title
        self._dialog: QProgressDialog | None = None
        self._bar: QProgressBar | None = None

    def show(self, text: str, cancel: tuple[str, Callable[[], None]] | None = None) -> None:
        """Show ``text``; ``cancel`` is (button text, what pressing it does), if it can be."""
        self.close()
        dialog = QProgressDialog(text, cancel[0] if cancel else "", 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._bar = QProgressBar(dialog)
        self._bar.setRange(0, 0)  # busy until the work says how far it is
        self._bar.setValue(0)
        dialog.setBar(self._bar)
        # Restarts the dialog's show timer only while the bar is at its minimum (hence the
        # value above): otherwise the dialog keeps Qt's default of four seconds.
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        if cancel is None:
            dialog.setCancelButton(None)
        else:
            dialog.canceled.connect(cancel[1])
        self._dialog = dialog

    def set_progress(self, done: int, total: int, text: str) -> None:
        """Show how far the work is (``done`` of ``total``) with ``text``."""
        if self._dialog is None or self._bar is None:
            return
        self._dialog.setLabelText(text)
        # The bar, not QProgressDialog.setValue(): that one runs the event loop of a modal
        # dialog, and the work's result could arrive in the middle of this call.
        self._bar.setRange(0, max(total, 1))
        self._bar.setValue(done)

    def close(self) -> None:
        """Take the dialog away (without reporting a cancel); it never shows after this."""
        dialog, self._dialog, self._bar = self._dialog, None, None
        if dialog is not None:
            dialog.blockSignals(True)  # closing is not the user cancelling
            # The dialog's own show timer (minimum duration) keeps running after close(),
            # and deleteLater() waits for the event loop this call came from: a question
            # asked meanwhile (a nested loop) saw the closed dialog pop up over it.
            # reset() stops that timer and marks the dialog as shown once.
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
