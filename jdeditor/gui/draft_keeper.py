"""Keeps a draft of the posting being edited, so a crash never loses an edit.

A moment after each change the posting is written to a draft file through the library
service; saving or discarding the changes removes the draft. At the next start, drafts
left behind by a crash are offered back (see ``MainWindow.offer_drafts``).
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from jdeditor.errors import UserFacingError

if TYPE_CHECKING:  # the service (and SQLAlchemy) loads after the window shows
    from jdeditor.gui.editors.posting_editor import PostingEditor
    from jdeditor.service import Library

logger = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1500


class DraftKeeper(QObject):
    def __init__(self, library: Library, editor: PostingEditor, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._editor = editor
        self._key: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        editor.changed.connect(self._on_changed)

    def set_library(self, library: Library) -> None:
        """Another library is open (File › Open Library…): its drafts go there."""
        self._timer.stop()
        self._library = library
        self._key = None

    def start(self, key: str | None = None) -> None:
        """A posting was opened: drafts of it go under ``key`` (or a new one)."""
        self._timer.stop()
        posting = self._editor.posting()
        if key is not None:
            self._key = key
        elif posting is None:
            self._key = None
        elif posting.id is not None:
            self._key = f"posting-{posting.id}"
        else:
            self._key = f"new-{os.urandom(6).hex()}"

    @property
    def key(self) -> str | None:
        return self._key

    def _on_changed(self) -> None:
        if self._editor.is_modified():
            self._timer.start()

    def write_now(self) -> None:
        posting = self._editor.posting()
        if posting is None or self._key is None or not self._editor.is_modified():
            return
        try:
            self._library.save_draft(self._key, posting)
        except (OSError, UserFacingError) as error:  # never let a draft break editing
            logger.warning("could not write draft %s: %s", self._key, error)

    def discard(self) -> None:
        """The edit was saved or thrown away: its draft is no longer needed."""
        self._timer.stop()
        if self._key is not None:
            self._library.discard_draft(self._key)
        posting = self._editor.posting()
        if posting is not None and posting.id is not None:
            self._key = f"posting-{posting.id}"
