"""After a crash: offering the newest unsaved draft back when the library opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jdeditor.core.model import Posting

if TYPE_CHECKING:
    from jdeditor.service import Library


def draft_to_recover(parent: QWidget, library: Library) -> tuple[Posting, str] | None:
    """The newest draft's posting and key if the user wants it back; a refused draft is
    discarded."""
    drafts = library.drafts()
    if not drafts:
        return None
    draft = drafts[0]
    when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DraftRecovery", "Recover unsaved changes"),
        QCoreApplication.translate(
            "DraftRecovery",
            "JD Editor was closed without saving “{0}” (last change {1}). Recover those changes?",
        ).format(draft.posting.title or "…", when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        library.discard_draft(draft.key)
        return None
    return draft.posting, draft.key
