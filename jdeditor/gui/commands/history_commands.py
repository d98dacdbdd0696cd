"""The undo command that puts an old revision's content in the form (History › Restore).

Restoring saves the old content as a new revision first; this command then shows it in
the form as one step on the posting's undo stack, so Ctrl+Z brings back what the form
held before (unsaved edits included), and saving that makes one more revision.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from jdeditor.core.model import Posting

# What the library owns, not the content: a restore keeps the id and the new version.
_NOT_CONTENT = frozenset({"id", "version", "created_at", "updated_at"})
CONTENT_FIELDS = tuple(
    field.name for field in dataclasses.fields(Posting) if field.name not in _NOT_CONTENT
)


def _content(posting: Posting) -> dict[str, object]:
    return {name: copy.deepcopy(getattr(posting, name)) for name in CONTENT_FIELDS}


class ReplaceContentCommand(QUndoCommand):
    """Replace everything the posting says with ``content``'s (one undo step).

    ``reload`` shows the changed posting again in the form (every widget rebuilt).
    """

    def __init__(
        self, posting: Posting, content: Posting, reload: Callable[[], None], version: int
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ReplaceContentCommand", "Restore revision {0}").format(
                version
            )
        )
        self._posting = posting
        self._before = _content(posting)
        self._after = _content(content)
        self._reload = reload

    def _apply(self, values: dict[str, object]) -> None:
        for name, value in values.items():
            setattr(self._posting, name, copy.deepcopy(value))
        self._reload()

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)
