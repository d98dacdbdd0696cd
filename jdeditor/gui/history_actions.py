"""History in the app: View › History (Ctrl+Shift+H), compare, restore, New from Posting.

The panel follows the open posting: whenever the form shows another posting, or the
same one at another version (after a save or a restore), its revisions are loaded again,
in the background (a long history is many revisions to compare), while the panel is
shown. Comparisons open a :class:`CompareDialog` beside the window.

Restoring saves the old content as a new revision through the history service (with the
version the form was loaded at, so someone else's save in between is a conflict and
nothing is written), then shows it in the form as one undo step: Ctrl+Z brings back what
the form held before, unsaved edits included, and nothing in the history is rewritten.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QMessageBox

from jdeditor.core.diff import PostingDiff, compare_postings
from jdeditor.core.listing import RevisionInfo
from jdeditor.errors import ConflictError, UserFacingError
from jdeditor.gui.error_text import error_text
from jdeditor.gui.panels.checks_panel import interface_language
from jdeditor.gui.panels.diff_html import DiffSides
from jdeditor.gui.panels.history_panel import HistoryPanel, local_time
from jdeditor.gui.workers import Task, start_task

if TYPE_CHECKING:
    from jdeditor.gui.dialogs.compare_dialog import CompareDialog
    from jdeditor.gui.editors.posting_editor import PostingEditor
    from jdeditor.gui.window_protocol import WindowParts
    from jdeditor.service import Library

logger = logging.getLogger(__name__)

SETTINGS_KEY = "main_window/history"
DOCK_WIDTH = 300


def _summary_language() -> str:
    return "zh" if interface_language().startswith("zh") else "en"


class HistoryActions(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._editor: PostingEditor | None = None
        self._shown_key: tuple[int, int] | None = None  # (posting id, version) listed
        self._task: Task | None = None
        self.compare_dialog: CompareDialog | None = None  # the last one opened
        self.panel = HistoryPanel()
        self.panel.compare_requested.connect(self.compare_revisions)
        self.panel.compare_current_requested.connect(self.compare_with_current)
        self.panel.restore_requested.connect(self.restore)
        self.dock = QDockWidget(self.tr("History"), window)
        self.dock.setObjectName("history_dock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.history_action = QAction(self.tr("&History"), window)
        self.history_action.setObjectName("history_action")
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.history_action.setCheckable(True)
        shown = QSettings().value(SETTINGS_KEY, False) in (True, "true")
        self.history_action.setChecked(shown)
        self.dock.setVisible(shown)
        self.history_action.toggled.connect(self._toggle)
        self.new_from_action = QAction(self.tr("New from &Posting…"), window)
        self.new_from_action.setObjectName("new_from_posting_action")
        self.new_from_action.triggered.connect(self.new_from_posting)
        self.compare_with_action = QAction(self.tr("Compare &With Posting…"), window)
        self.compare_with_action.setObjectName("compare_with_action")
        self.compare_with_action.triggered.connect(self.compare_with_posting)
        self.compare_postings_action = QAction(self.tr("Compare Two P&ostings…"), window)
        self.compare_postings_action.setObjectName("compare_postings_action")
        self.compare_postings_action.triggered.connect(lambda: self.compare_two_postings())
        # The library list's context menu: compare the two postings selected there.
        for action in (self.compare_postings_action, self.compare_with_action):
            parts.panel.view.addAction(action)

    @property
    def actions(self) -> Sequence[QAction]:
        """View menu: the panel."""
        return [self.history_action]

    @property
    def file_actions(self) -> Sequence[QAction]:
        """File menu: a new posting from another."""
        return [self.new_from_action]

    @property
    def compare_actions(self) -> Sequence[QAction]:
        return [self.compare_with_action, self.compare_postings_action]

    def watch(self, editor: PostingEditor) -> None:
        """Follow the form: another posting, or a new version of this one, is listed."""
        self._editor = editor
        editor.changed.connect(self._follow)
        editor.modified_changed.connect(lambda _modified: self._follow())

    # -- the panel -----------------------------------------------------------------------

    def _toggle(self, shown: bool) -> None:
        self.dock.setVisible(shown)
        QSettings().setValue(SETTINGS_KEY, shown)
        if shown:
            self._shown_key = None
            self._follow()

    def _follow(self) -> None:
        posting = self._parts.current_posting()
        key = None if posting is None or posting.id is None else (posting.id, posting.version)
        if key == self._shown_key or not self.history_action.isChecked():
            return
        self.reload()

    def reload(self) -> None:
        """List the open posting's revisions again (in the background)."""
        if self._task is not None:
            self._task.cancelled = True
            self._task = None
        posting = self._parts.current_posting()
        library = self._parts.open_library()
        if posting is None or library is None:
            self._shown_key = None
            self.panel.show_message(self.tr("Open a saved posting to see its history."))
            return
        if posting.id is None:
            self._shown_key = None
            self.panel.show_message(self.tr("A new posting has no history until it is saved."))
            return
        key = (posting.id, posting.version)
        self._shown_key = key
        self.panel.show_message(self.tr("Loading history…"))
        language = _summary_language()
        self._task = start_task(
            lambda: library.history_summaries(key[0], language),
            lambda rows: self._loaded(key, rows),
            self._failed,
        )

    def _loaded(self, key: tuple[int, int], rows: list[tuple[RevisionInfo, str]]) -> None:
        self._task = None
        if key == self._shown_key:
            self.panel.show_revisions(rows)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._shown_key = None
        if isinstance(error, UserFacingError):
            self.panel.show_message(error_text(error))
            return
        logger.error("loading the history failed", exc_info=error)
        self.panel.show_message(self.tr("The history could not be loaded; see the log."))

    # -- comparing -----------------------------------------------------------------------

    def _library(self) -> Library | None:
        return self._parts.open_library()

    def _revision_name(self, posting_id: int, version: int) -> str:
        library = self._library()
        times = (
            {info.version: info.created_at for info in library.history(posting_id)}
            if (library is not None)
            else {}
        )
        when = f" · {local_time(times[version])}" if version in times else ""
        return self.tr("Revision {0}").format(version) + when

    def show_comparison(self, diff: PostingDiff, sides: DiffSides, title: str) -> CompareDialog:
        from jdeditor.gui.dialogs.compare_dialog import CompareDialog

        dialog = CompareDialog(diff, sides, title, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog))
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def _forget(self, dialog: CompareDialog) -> None:
        if self.compare_dialog is dialog:
            self.compare_dialog = None

    def compare_revisions(self, old_version: int, new_version: int) -> None:
        posting = self._parts.current_posting()
        library = self._library()
        if posting is None or posting.id is None or library is None:
            return
        try:
            diff = library.compare_revisions(posting.id, old_version, new_version)
        except UserFacingError as error:
            QMessageBox.warning(self._window, self.tr("Cannot compare"), error_text(error))
            return
        sides = DiffSides(
            self._revision_name(posting.id, old_version),
            self._revision_name(posting.id, new_version),
        )
        self.show_comparison(diff, sides, self.tr("Compare Revisions: {0}").format(posting.title))

    def compare_with_current(self, version: int) -> None:
        """A revision against the form as it is now, unsaved edits included."""
        posting = self._parts.current_posting()
        library = self._library()
        if posting is None or posting.id is None or library is None:
            return
        try:
            old = library.posting_at(posting.id, version)
        except UserFacingError as error:
            QMessageBox.warning(self._window, self.tr("Cannot compare"), error_text(error))
            return
        now = self.tr("Now (not saved)") if self._parts.is_modified() else self.tr("Now")
        sides = DiffSides(self._revision_name(posting.id, version), now)
        self.show_comparison(
            compare_postings(old, posting),
            sides,
            self.tr("Compare Revisions: {0}").format(posting.title),
        )

    def compare_posting_ids(self, first: int, second: int) -> None:
        library = self._library()
        if library is None:
            return
        try:
            diff = library.compare_postings((first, None), (second, None))
            titles = [library.get_posting(posting_id).title for posting_id in (first, second)]
        except UserFacingError as error:
            QMessageBox.warning(self._window, self.tr("Cannot compare"), error_text(error))
            return
        sides = DiffSides(f"#{first} {titles[0]}", f"#{second} {titles[1]}")
        self.show_comparison(diff, sides, self.tr("Compare Postings"))

    def _pick(
        self,
        title: str,
        prompt: str,
        count: int,
        exclude: int | None,
        preselect: Sequence[int] = (),
    ) -> list[int]:
        from jdeditor.gui.dialogs.posting_picker_dialog import PostingPickerDialog

        library = self._library()
        if library is None:
            return []
        dialog = PostingPickerDialog(
            library, title, prompt, count, exclude, preselect, self._window
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            return dialog.chosen()
        finally:
            dialog.deleteLater()

    def compare_with_posting(self) -> None:
        """The open posting (as saved) against another one chosen from a list."""
        posting = self._parts.current_posting()
        if posting is None or posting.id is None:
            self._window.statusBar().showMessage(
                self.tr("Open a saved posting first, then compare it with another."), 5000
            )
            return
        chosen = self._pick(
            self.tr("Compare With Posting"),
            self.tr("Compare “{0}” with:").format(posting.title),
            1,
            posting.id,
        )
        if chosen:
            self.compare_posting_ids(posting.id, chosen[0])

    def compare_two_postings(self) -> None:
        """The two postings selected in the list, or two chosen from a picker."""
        ids = self._parts.panel.selected_posting_ids()
        if len(ids) != 2:
            ids = self._pick(
                self.tr("Compare Two Postings"), self.tr("Choose the two postings:"), 2, None
            )
        if len(ids) == 2:
            self.compare_posting_ids(ids[0], ids[1])

    # -- restoring and copying -----------------------------------------------------------

    def restore(self, version: int) -> None:
        from jdeditor.gui.commands.history_commands import ReplaceContentCommand

        editor, library = self._editor, self._library()
        posting = self._parts.current_posting()
        stack = editor.undo_stack() if editor is not None else None
        if editor is None or library is None or posting is None or posting.id is None:
            return
        if stack is None:
            return
        if self._parts.is_modified() and not self._confirm_over_edits(posting.title, version):
            return
        try:
            stored = library.restore_revision(posting.id, version, base_version=posting.version)
        except ConflictError:
            QMessageBox.warning(
                self._window,
                self.tr("Not restored"),
                self.tr(
                    "Someone else saved “{0}” since you opened it, so nothing was restored. "
                    "Open the posting again to see their version, then restore."
                ).format(posting.title),
            )
            return
        except UserFacingError as error:
            QMessageBox.warning(self._window, self.tr("Not restored"), error_text(error))
            return
        if stored.version == posting.version and not self._parts.is_modified():
            self._window.statusBar().showMessage(
                self.tr("The posting already reads as revision {0}: nothing to restore.").format(
                    version
                ),
                5000,
            )
            return
        stack.push(
            ReplaceContentCommand(
                posting,
                stored,
                lambda: editor.set_posting(editor.posting(), editor.undo_stack()),
                version,
            )
        )
        editor.mark_saved(stored)
        self._parts.drafts.discard()  # the edits it kept are on the undo stack now
        self._parts.panel.refresh()
        self._window.statusBar().showMessage(
            self.tr(
                "Restored revision {0} as revision {1}. Undo (Ctrl+Z) brings back the form "
                "as it was."
            ).format(version, stored.version),
            8000,
        )
        self._follow()

    def _confirm_over_edits(self, title: str, version: int) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Unsaved changes"),
            self.tr(
                "“{0}” has changes that are not saved. Restoring revision {1} replaces "
                "them in the form; Undo (Ctrl+Z) brings them back. Restore?"
            ).format(title, version),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def new_from_posting(self) -> None:
        """File › New from Posting…: copy a posting as a new one and open it."""
        library = self._library()
        if library is None or not self._parts.maybe_save():
            return
        current = self._parts.current_posting()
        chosen = self._pick(
            self.tr("New from Posting"),
            self.tr("Start a new posting from a copy of:"),
            1,
            None,
            [current.id] if current is not None and current.id is not None else [],
        )
        if not chosen:
            return
        try:
            copied = library.copy_posting(chosen[0])
        except UserFacingError as error:
            QMessageBox.warning(self._window, self.tr("Cannot copy"), error_text(error))
            return
        assert copied.id is not None
        self._parts.panel.refresh()
        self._parts.open_posting(copied.id)
        self._window.statusBar().showMessage(
            self.tr("New posting #{0} copied from #{1}.").format(copied.id, chosen[0]), 5000
        )
