"""Undo commands for changes to the library itself (not to one posting's text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:  # the service (and SQLAlchemy) loads after the window shows
    from jdeditor.service import Library


TrashRefresher = Callable[[int, bool], None]
"""Called with (posting id, now in the trash) after the command ran."""


class DeletePostingCommand(QUndoCommand):
    """Move a posting to the trash; undo restores it."""

    def __init__(
        self, library: Library, posting_id: int, title: str, refresh: TrashRefresher
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DeletePostingCommand", "Move “{0}” to the trash").format(
                title
            )
        )
        self._library = library
        self._posting_id = posting_id
        self._refresh = refresh

    def redo(self) -> None:
        self._library.delete_posting(self._posting_id)
        self._refresh(self._posting_id, True)

    def undo(self) -> None:
        self._library.restore_posting(self._posting_id)
        self._refresh(self._posting_id, False)
