"""Undo commands for check findings: dismissing one is an edit of the posting.

A dismissal (``core.model.Dismissal``) is kept with the posting, so letting a finding go
makes the posting modified, is saved with it, and Ctrl+Z brings the finding back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from jdeditor.core.model import Dismissal, Posting


class DismissFindingCommand(QUndoCommand):
    """Append ``dismissal`` to the posting's dismissals (undo takes it out again)."""

    def __init__(
        self, posting: Posting, dismissal: Dismissal, refresh: Callable[[], None] | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("DismissFindingCommand", "Dismiss finding"))
        self._posting = posting
        self._dismissal = dismissal
        self._refresh = refresh

    def redo(self) -> None:
        self._posting.dismissals.append(self._dismissal)
        if self._refresh is not None:
            self._refresh()

    def undo(self) -> None:
        dismissals = self._posting.dismissals
        for position in range(len(dismissals) - 1, -1, -1):
            if dismissals[position] is self._dismissal:
                del dismissals[position]
                break
        if self._refresh is not None:
            self._refresh()
