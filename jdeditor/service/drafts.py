"""Drafts: the open posting's unsaved changes, kept on disk so that a crash loses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jdeditor.core.model import Posting
from jdeditor.paths import data_dir
from jdeditor.service.base import LibraryBase, library_key

if TYPE_CHECKING:
    from jdeditor.formats.draft_files import Draft


class DraftService(LibraryBase):
    def drafts_folder(self) -> Path:
        """Drafts of this library: one folder per library, so two libraries never mix."""
        return data_dir() / "drafts" / library_key(self._location)

    def save_draft(self, key: str, posting: Posting) -> None:
        from jdeditor.formats import draft_files

        draft_files.write_draft(self.drafts_folder(), key, posting)

    def drafts(self) -> list[Draft]:
        from jdeditor.formats import draft_files

        return draft_files.read_drafts(self.drafts_folder())

    def discard_draft(self, key: str) -> None:
        from jdeditor.formats import draft_files

        draft_files.remove_draft(self.drafts_folder(), key)
