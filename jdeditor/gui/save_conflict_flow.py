"""A save that met someone else's save: ask (``SaveConflictDialog``), then do what was
chosen. Nothing is overwritten without that choice:

- **Keep mine** saves the form on top of their version: a new revision, theirs stays in
  the history (another save in between asks again);
- **Take theirs** (after a confirmation) shows their version as one undo step: Ctrl+Z
  brings my edits back, with the version I had, so saving them asks again;
- **Merge** puts the three-way merge (``core/diff/merge``) in the form as one undo step,
  at their version, unsaved: the user reviews it and saves as usual;
- **Cancel** leaves the form as it was, unsaved.
"""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from jdeditor.errors import ConflictError, NotFoundError
from jdeditor.gui.commands.conflict_commands import ResolveConflictCommand
from jdeditor.gui.dialogs.save_conflict_dialog import ConflictChoice, SaveConflictDialog
from jdeditor.gui.error_text import error_text

if TYPE_CHECKING:
    from jdeditor.gui.editors.posting_editor import PostingEditor
    from jdeditor.gui.window_protocol import WindowParts
    from jdeditor.service import Library

logger = logging.getLogger(__name__)


def resolve_save_conflict(
    window: QMainWindow,
    parts: WindowParts,
    editor: PostingEditor,
    library: Library,
    error: ConflictError,
) -> bool:
    """Ask and act; True when the form ends up saved (kept mine, or took theirs)."""
    mine = editor.posting()
    stack = editor.undo_stack()
    if mine is None or stack is None:
        return False
    try:
        theirs = library.get_posting(error.posting_id)
    except NotFoundError as gone:  # trashed or deleted since: nothing to merge with
        QMessageBox.warning(
            window, QCoreApplication.translate("SaveConflict", "Cannot save"), error_text(gone)
        )
        return False
    try:
        base = library.posting_at(error.posting_id, mine.version)
    except NotFoundError:  # no revision of what was opened: their version stands in
        logger.warning("no revision %s of posting %s to merge from", mine.version, mine.id)
        base = copy.deepcopy(theirs)
    revision = next(
        (info for info in library.history(error.posting_id) if info.version == theirs.version),
        None,
    )
    dialog = SaveConflictDialog(base, mine, theirs, revision, window)
    try:
        dialog.exec()
        choice = dialog.choice()
        merged = dialog.merged().posting if choice is ConflictChoice.MERGE else None
    finally:
        dialog.deleteLater()

    def reload() -> None:
        editor.set_posting(editor.posting(), editor.undo_stack())

    if choice is ConflictChoice.KEEP_MINE:
        mine.version = theirs.version
        return parts.save()  # asks again if yet another save came in between
    if choice is ConflictChoice.TAKE_THEIRS:
        if not _confirm_take_theirs(window, mine.title):
            return False
        stack.push(
            ResolveConflictCommand(
                mine,
                theirs,
                theirs.version,
                reload,
                QCoreApplication.translate("SaveConflict", "Take their version"),
            )
        )
        editor.mark_saved(theirs)
        parts.drafts.discard()  # my edits are on the undo stack
        parts.panel.refresh()
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SaveConflict", "Loaded their version. Undo (Ctrl+Z) brings your edits back."
            ),
            8000,
        )
        return True
    if choice is ConflictChoice.MERGE and merged is not None:
        stack.push(
            ResolveConflictCommand(
                mine,
                merged,
                theirs.version,
                reload,
                QCoreApplication.translate("SaveConflict", "Merge with their version"),
            )
        )
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SaveConflict", "Merged with their version: review it, then save."
            ),
            8000,
        )
    return False


def _confirm_take_theirs(window: QMainWindow, title: str) -> bool:
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("SaveConflict", "Take their version"),
        QCoreApplication.translate(
            "SaveConflict",
            "Replace your unsaved edits of “{0}” with their version? "
            "Undo (Ctrl+Z) brings your edits back while the posting stays open.",
        ).format(title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
