"""The undo command that puts their version, or the merge, in the form after a conflict.

One step on the posting's undo stack: Ctrl+Z brings back what the form held before (my
edits) together with the version it was loaded at, so saving that again meets their save
again and asks again: an undo never overwrites their work silently.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from jdeditor.core.model import Posting
from jdeditor.gui.commands.history_commands import CONTENT_FIELDS


def _content(posting: Posting) -> dict[str, object]:
    return {name: copy.deepcopy(getattr(posting, name)) for name in CONTENT_FIELDS}


class ResolveConflictCommand(QUndoCommand):
    """Replace the posting's content with ``content``'s and its version with ``version``."""

    def __init__(
        self,
        posting: Posting,
        content: Posting,
        version: int,
        reload: Callable[[], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._posting = posting
        self._before = (_content(posting), posting.version)
        self._after = (_content(content), version)
        self._reload = reload

    def _apply(self, values: tuple[dict[str, object], int]) -> None:
        content, version = values
        for name, value in content.items():
            setattr(self._posting, name, copy.deepcopy(value))
        self._posting.version = version
        self._reload()

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)
