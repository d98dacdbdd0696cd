"""The main window: the library list on the left, the posting form, and a live preview.

It wires the parts together and owns the flows that span them: opening a posting
(asking Save / Discard / Cancel when the current one has changes), saving with conflict
handling, new / duplicate / delete / restore, and window state in QSettings.

The window can be built and shown before the library is open (``MainWindow()``, then
``attach_library``): the app shows it first and opens the library in the background, so
a window appears at once instead of after the database layer has loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from jdeditor.core.model import Language, Posting
from jdeditor.core.section_headings import new_posting
from jdeditor.errors import ConflictError, NotFoundError, UserFacingError, ValidationError
from jdeditor.gui.checks_actions import ChecksActions
from jdeditor.gui.commands.library_commands import DeletePostingCommand
from jdeditor.gui.draft_keeper import DraftKeeper
from jdeditor.gui.draft_recovery import draft_to_recover
from jdeditor.gui.error_text import error_text
from jdeditor.gui.export_actions import ExportActions
from jdeditor.gui.history_actions import HistoryActions
from jdeditor.gui.import_actions import ImportActions
from jdeditor.gui.library_actions import LibraryActions
from jdeditor.gui.library_panel import LibraryPanel
from jdeditor.gui.others_changes import OthersChanges
from jdeditor.gui.panels.preview_panel import PreviewPanel
from jdeditor.gui.print_actions import PrintActions
from jdeditor.gui.statements_actions import StatementsActions
from jdeditor.gui.window_menus import build_menus

if TYPE_CHECKING:
    from jdeditor.gui.editors.posting_editor import PostingEditor
    from jdeditor.service import Library


class MainWindow(QMainWindow):
    library_ready = Signal()  # attach_library has filled the window

    def __init__(self, library: Library | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("JD Editor") + " [*]")
        self.undo_group = QUndoGroup(self)
        self.library_stack = QUndoStack(self)  # trash and restore, when no posting is open
        self.undo_group.addStack(self.library_stack)

        self.panel = LibraryPanel()
        # The form is built the first time a posting opens (see ``editor``): the window
        # shows sooner, and until then the place holds a hint of what to do.
        self._editor: PostingEditor | None = None
        self.editor_area = QStackedWidget()
        self.editor_area.setObjectName("editor_area")
        self.editor_hint = QLabel(self.tr("Choose a posting on the left, or create a new one."))
        self.editor_hint.setObjectName("editor_hint")
        self.editor_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_hint.setWordWrap(True)
        self.editor_area.addWidget(self.editor_hint)
        self.preview_panel = PreviewPanel(self.current_posting)
        self.preview = self.preview_panel.browser
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        for widget, stretch in ((self.panel, 2), (self.editor_area, 4), (self.preview_panel, 3)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._create_actions()
        build_menus(self, self)
        self._connect()
        self._set_stack(None)
        self.restore_state()
        self._set_library_actions_enabled(False)
        if library is not None:
            self.attach_library(library)

    @property
    def library(self) -> Library:
        if self._library is None:
            raise RuntimeError("the library is not open yet")
        return self._library

    def attach_library(self, library: Library) -> None:
        """The library is open: list its postings and enable everything that needs it
        (again after ``detach_library``, when the user switches library)."""
        self._library = library
        if self._editor is not None:  # built for the library before
            self._editor.warnings_panel.set_source(library)
            self.drafts.set_library(library)
        self.imports.attach(library)
        self.panel.set_library(library)  # fills the list and its filters
        self.preview_panel.set_library(library, [info.name for info in library.templates()])
        self._offer_suggestions()
        self._set_library_actions_enabled(True)
        self._set_stack(None)
        self.statusBar().showMessage(
            self.tr("Library: {0}").format(library.location.display_name), 5000
        )
        self.library_ready.emit()

    def library_opened(self, library: Library) -> None:
        """The library opened in the background: fill the window, offer crash drafts."""
        self.attach_library(library)
        self.offer_drafts()

    def library_failed(self, error: BaseException) -> None:
        """The library cannot be opened: say why; another, a backup, or quit."""
        self.libraries.failed(error)

    def detach_library(self) -> Library | None:
        """Before another library opens: close the posting (its changes were asked about)
        and empty the window; returns the library let go of, for the caller to close."""
        library, self._library = self._library, None
        self._edit(None)
        self.trash_action.setChecked(False)
        self.library_stack.clear()  # its commands act on that library
        self._set_library_actions_enabled(False)
        self.panel.clear_library()
        return library

    def _set_library_actions_enabled(self, enabled: bool) -> None:
        for action in (self.new_action, self.export_action, self.trash_action):
            action.setEnabled(enabled)
        self.imports.set_enabled(enabled)

    @property
    def editor(self) -> PostingEditor:
        """The posting form, built on first use."""
        if self._editor is None:
            from jdeditor.gui.editors.posting_editor import PostingEditor

            editor = PostingEditor(warnings=self.library)
            self._editor = editor
            self.editor_area.addWidget(editor)
            editor.modified_changed.connect(self._on_modified_changed)
            editor.changed.connect(self.preview_panel.refresh_soon)
            self.checks.watch(editor)  # re-checked as the user types
            self.history.watch(editor)  # lists the open posting's revisions
            self.statements.watch(editor)  # inserts into it, completes its items
            editor.header.salary_problem.connect(self._on_salary_problem)
            self.drafts = DraftKeeper(self.library, editor, self)
            self._offer_suggestions()
        return self._editor

    def open_library(self) -> Library | None:
        """The library, or None while it is still opening."""
        return self._library

    def current_posting(self) -> Posting | None:
        """The posting in the form, without building the form to ask."""
        return self._editor.posting() if self._editor is not None else None

    def is_modified(self) -> bool:
        return self._editor is not None and self._editor.is_modified()

    def reload_posting(self, posting: Posting) -> None:
        self._edit(posting)

    def write_draft_now(self) -> None:
        """Keep the open posting's changes as a draft at once (after an unexpected error)."""
        if self._editor is not None:
            self.drafts.write_now()

    # -- set-up ------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        slot: Callable[[], object] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New Posting"), QKeySequence.StandardKey.New, self.new_posting
        )
        self.imports = ImportActions(self)  # Import Files…, New from Text…, dropped files
        self.imports.imported.connect(self._on_imported)
        self.imports.checked.connect(self.panel.refresh)  # the errors column filled in
        self.import_action = self.imports.import_action
        self.exports = ExportActions(self, self)
        self.libraries = LibraryActions(self, self)  # New Library…, Open Library…, Recent
        self.library_ready.connect(self.libraries.remember_open_library)
        self.others = OthersChanges(self, self)  # others' saves: list, form, notice bar
        self.library_ready.connect(self.others.follow)
        self.export_action = self.exports.export_action
        self.prints = PrintActions(self, self)  # Print…, Print Preview…
        self.checks: ChecksActions = ChecksActions(self, self)  # View › Checks (F8)
        self.history: HistoryActions = HistoryActions(self, self)  # View › History, Compare
        self.statements: StatementsActions = StatementsActions(self, self)  # View › Statements (F7)
        self.library_ready.connect(self.statements.library_changed)
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        self.duplicate_action = self._action(
            self.tr("D&uplicate"), QKeySequence("Ctrl+D"), self.duplicate
        )
        self.delete_action = self._action(
            self.tr("&Move to Trash"), QKeySequence("Ctrl+Shift+Backspace"), self.delete
        )
        self.restore_action = self._action(self.tr("&Restore from Trash"), None, self.restore)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.find_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.preview_action = self._action(self.tr("&Preview"), QKeySequence("F9"))
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.preview_action.toggled.connect(self._toggle_preview)
        self.trash_action = self._action(self.tr("Show &Trash"), QKeySequence("Ctrl+Shift+T"))
        self.trash_action.setCheckable(True)
        self.trash_action.toggled.connect(self._toggle_trash)
        self.about_action = self._action(self.tr("&About JD Editor"), None, self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), None, QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _connect(self) -> None:
        self.panel.posting_activated.connect(self.open_posting)
        self.panel.new_requested.connect(self.new_posting)
        self.panel.import_requested.connect(self.imports.choose_files)
        self.panel.delete_requested.connect(
            lambda: self.delete_action.trigger() if self.delete_action.isEnabled() else None
        )

    def refresh_suggestions(self) -> None:
        """Offer the departments, locations and tags in use (filters and completers)."""
        self.panel.refresh_filters()
        self._offer_suggestions()

    def _offer_suggestions(self) -> None:
        if self._editor is not None and self._library is not None:
            self._editor.header.set_suggestions(
                self._library.distinct_values("department"),
                self._library.distinct_values("location"),
            )

    # -- window state ------------------------------------------------------------------

    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = settings.value("main_window/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([440, 600, 400])
        preview = settings.value("main_window/preview", True)
        self.preview_action.setChecked(preview not in (False, "false"))

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue("main_window/preview", self.preview_action.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_state()
        event.accept()

    # -- opening and saving ------------------------------------------------------------

    def _set_stack(self, stack: QUndoStack | None) -> None:
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack if stack is not None else self.library_stack)
        has_posting = self.current_posting() is not None
        in_trash = self.panel.in_trash_mode()
        for action in (self.save_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has_posting and not in_trash)
        self.restore_action.setEnabled(has_posting and in_trash)
        self.prints.set_enabled(has_posting)

    def _edit(self, posting: Posting | None, draft_key: str | None = None) -> None:
        if posting is None and self._editor is None:
            self.panel.select_posting(None, emit=False)
            self._set_stack(None)
            self.update_preview()
            return
        editor = self.editor
        old = editor.undo_stack()
        editor.set_posting(posting)
        if old is not None:
            self.undo_group.removeStack(old)
            old.deleteLater()
        self.drafts.start(draft_key)
        if posting is None:
            self.panel.select_posting(None, emit=False)
        self.editor_area.setCurrentWidget(editor if posting is not None else self.editor_hint)
        self._set_stack(editor.undo_stack())
        editor.setEnabled(not self.panel.in_trash_mode())
        self.update_preview()

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel if the open posting has changes; True to go on."""
        if not self.is_modified():
            return True
        posting = self.current_posting()
        title = posting.title if posting and posting.title else self.tr("Untitled posting")
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them?").format(title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.drafts.discard()
            self.panel.model.set_modified(posting.id if posting else None, False)
            return True
        return False

    def open_posting(self, posting_id: int) -> None:
        current = self.current_posting()
        if current is not None and current.id == posting_id:
            return
        if not self.maybe_save():
            self.panel.select_posting(current.id if current else None, emit=False)
            return
        try:
            posting = self.library.get_posting(posting_id, include_trash=True)
        except NotFoundError as error:
            QMessageBox.warning(self, self.tr("Posting not found"), error_text(error))
            self.panel.refresh()
            return
        self.panel.select_posting(posting_id, emit=False)
        self._edit(posting)

    def new_posting(self) -> None:
        if not self.maybe_save():
            return
        if self.panel.in_trash_mode():
            self.trash_action.setChecked(False)
        language = Language.EN if self.locale().language().name == "English" else Language.ZH
        posting = new_posting(language=language)
        self.panel.select_posting(None, emit=False)
        self._edit(posting)
        stack = self.editor.undo_stack()
        if stack is not None:
            stack.resetClean()  # a new posting is unsaved until saved
        self.editor.header.title_edit.setFocus()

    def save(self) -> bool:
        posting = self.current_posting()
        if posting is None:
            return True
        try:
            if posting.id is None:
                stored = self.library.create_posting(posting)
            else:
                stored = self.library.save_posting(posting)
        except ConflictError as error:
            return self._resolve_conflict(posting, error)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error_text(error))
            self._focus_field(error.field)
            return False
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error_text(error))
            return False
        self.editor.mark_saved(stored)
        self.drafts.discard()
        self.refresh_suggestions()
        self.panel.select_posting(stored.id, emit=False)
        self.panel.refresh()
        self.statusBar().showMessage(self.tr("Saved “{0}”.").format(stored.title), 5000)
        return True

    def _resolve_conflict(self, mine: Posting, error: ConflictError) -> bool:
        from jdeditor.gui.save_conflict_flow import resolve_save_conflict

        return resolve_save_conflict(self, self, self.editor, self.library, error)

    def _focus_field(self, field: str) -> None:
        header = self.editor.header
        widgets = {
            "title": header.title_edit,
            "headcount": header.headcount_spin,
            "tags": header.tags_edit,
        }
        widget = widgets.get(field.split(".")[0], header.salary_min)
        widget.setFocus()

    def duplicate(self) -> None:
        posting = self.current_posting()
        if posting is None or posting.id is None or not self.maybe_save():
            return
        copy_ = self.library.duplicate_posting(posting.id, self.tr(" (copy)"))
        self.panel.refresh()
        self.panel.select_posting(copy_.id, emit=False)
        self._edit(copy_)
        self.statusBar().showMessage(self.tr("Duplicated as “{0}”.").format(copy_.title), 5000)

    def delete(self) -> None:
        posting = self.current_posting()
        if posting is None:
            return
        if posting.id is None:  # never saved: just close it
            self.drafts.discard()
            self._edit(None)
            return
        if self.is_modified():
            self.drafts.discard()
        command = DeletePostingCommand(
            self.library, posting.id, posting.title, self._after_trash_change
        )
        self._edit(None)
        self.library_stack.push(command)
        self.statusBar().showMessage(
            self.tr("Moved “{0}” to the trash. Undo (Ctrl+Z) brings it back.").format(
                posting.title
            ),
            8000,
        )

    def restore(self) -> None:
        posting = self.current_posting()
        if posting is None or posting.id is None:
            return
        self.library.restore_posting(posting.id)
        self.trash_action.setChecked(False)
        self.panel.select_posting(posting.id, emit=False)
        self.panel.refresh()
        self._edit(self.library.get_posting(posting.id))
        self.statusBar().showMessage(self.tr("Restored “{0}”.").format(posting.title), 5000)

    def _after_trash_change(self, posting_id: int, in_trash: bool) -> None:
        self.panel.refresh_filters()
        self.panel.refresh()
        if not in_trash and not self.panel.in_trash_mode():
            self.panel.select_posting(posting_id, emit=False)
            if self.current_posting() is None:
                self._edit(self.library.get_posting(posting_id))

    # -- other flows -------------------------------------------------------------------

    def _on_imported(self, ids: list[int]) -> None:
        self.refresh_suggestions()
        self.panel.refresh()
        self.statusBar().showMessage(self.tr("Imported %Ln posting(s).", "", len(ids)), 8000)
        if ids and self.current_posting() is None:
            self.open_posting(ids[0])

    def focus_search(self) -> None:
        self.panel.search_edit.setFocus()
        self.panel.search_edit.selectAll()

    def _toggle_preview(self, shown: bool) -> None:
        self.preview_panel.setVisible(shown)
        if shown:
            self.update_preview()

    def _toggle_trash(self, trash: bool) -> None:
        if trash and not self.maybe_save():
            self.trash_action.setChecked(False)
            return
        self._edit(None)
        self.panel.set_trash_mode(trash)
        self._set_stack(None)

    def update_preview(self) -> None:
        self.preview_panel.refresh()

    def _on_modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)
        posting = self.current_posting()
        if posting is not None:
            self.panel.model.set_modified(posting.id, modified)

    def _on_salary_problem(self, problem: str) -> None:
        if problem:
            self.statusBar().showMessage(problem, 5000)

    def offer_drafts(self) -> None:
        """After a crash: offer the newest unsaved draft back."""
        recovered = draft_to_recover(self, self.library)
        if recovered is None:
            return
        posting, key = recovered
        self.panel.select_posting(posting.id, emit=False)
        self._edit(posting, draft_key=key)
        stack = self.editor.undo_stack()
        if stack is not None:
            stack.resetClean()
        self.statusBar().showMessage(self.tr("Recovered changes: save them with Ctrl+S."), 8000)

    def about(self) -> None:
        from jdeditor.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self._library, self)
        dialog.exec()
        dialog.deleteLater()
