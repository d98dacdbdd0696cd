"""View › Statements (F7): the library of statements beside the form, and what it does.

One dock with two tabs: the statements (most used first; insert one into the section
being edited, as an undoable edit of the posting, and the use is counted) and their
families (near-duplicate wordings; reword a family through the reword dialog). Both
lists are read in the thread pool, so a slow first read never freezes the window; a
newer request drops the answer to an older one. Completion in the item editor is
attached to whichever item editor has focus (``StatementCompleter``).

A reword changes many postings: it is one step on ``reword_stack``, the library's own
undo, whose Undo and Redo buttons sit in the Families tab (the Edit menu's Undo stays
the open posting's, so Ctrl+Z never takes back a change the user cannot see).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from jdeditor.core.model import Item, SectionKind
from jdeditor.errors import UserFacingError
from jdeditor.gui.commands.item_commands import EditItemTextCommand, InsertItemsCommand, SectionTree
from jdeditor.gui.commands.reword_command import RewordCommand
from jdeditor.gui.editors.item_delegate import ItemTextEdit
from jdeditor.gui.editors.section_editor import SectionEditorWidget
from jdeditor.gui.error_text import error_text
from jdeditor.gui.panels.families_panel import FamiliesPanel
from jdeditor.gui.panels.statements_panel import STATEMENT_KINDS, StatementsPanel
from jdeditor.gui.statement_completer import StatementCompleter
from jdeditor.gui.workers import Task, start_task
from jdeditor.settings import load_settings, save_settings

if TYPE_CHECKING:
    from jdeditor.core.statements.catalog import (
        RevertResult,
        RewordResult,
        StatementEntry,
        StatementPage,
    )
    from jdeditor.core.statements.model import Family
    from jdeditor.gui.editors.posting_editor import PostingEditor
    from jdeditor.gui.window_protocol import WindowParts

logger = logging.getLogger(__name__)

SETTINGS_KEY = "main_window/statements"
DOCK_WIDTH = 340
PAGE_SIZE = 100


class StatementsActions(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._editor: PostingEditor | None = None
        self._section: SectionEditorWidget | None = None  # the one last edited
        self._tasks: dict[str, Task] = {}  # the newest read of each list
        self.reword_stack = QUndoStack(self)
        self.panel = StatementsPanel()
        self.families_panel = FamiliesPanel()
        self.families_panel.set_undo_actions(
            self.reword_stack.createUndoAction(self, self.tr("Undo")),
            self.reword_stack.createRedoAction(self, self.tr("Redo")),
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("statements_tabs")
        self.tabs.addTab(self.panel, self.tr("Statements"))
        self.tabs.addTab(self.families_panel, self.tr("Families"))
        self.dock = QDockWidget(self.tr("Statements"), window)
        self.dock.setObjectName("statements_dock")
        self.dock.setWidget(self.tabs)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.completer = StatementCompleter(self._complete, self._complete_chosen, self)
        self.statements_action = QAction(self.tr("&Statements"), window)
        self.statements_action.setObjectName("statements_action")
        self.statements_action.setShortcut(QKeySequence("F7"))
        self.statements_action.setCheckable(True)
        shown = QSettings().value(SETTINGS_KEY, False) in (True, "true")
        self.statements_action.setChecked(shown)
        self.dock.setVisible(shown)
        self.statements_action.toggled.connect(self._toggle)
        self.panel.set_include_starter(load_settings()[0].show_starter_statements)
        self.panel.query_changed.connect(self.refresh)
        self.panel.insert_requested.connect(self.insert)
        self.panel.preferred_requested.connect(self.set_preferred)
        self.panel.starter_box.toggled.connect(self._remember_starter)
        self.families_panel.kind_changed.connect(self.refresh_families)
        self.families_panel.refresh_requested.connect(self.refresh_families)
        self.families_panel.reword_requested.connect(self.reword)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_shown())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def actions(self) -> Sequence[QAction]:
        return [self.statements_action]

    def watch(self, editor: PostingEditor) -> None:
        """The posting form: insert into its sections, follow the section being edited."""
        self._editor = editor
        editor.changed.connect(self._posting_changed)

    def library_changed(self) -> None:
        """Another library is open: its statements, and no reword of the last to undo."""
        self.reword_stack.clear()
        self._refresh_shown()

    def _toggle(self, shown: bool) -> None:
        self.dock.setVisible(shown)
        QSettings().setValue(SETTINGS_KEY, shown)
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        if not self.statements_action.isChecked():
            return
        if self.tabs.currentWidget() is self.families_panel:
            self.refresh_families()
        else:
            self.refresh()

    # -- the statements list -------------------------------------------------------------

    def _language(self) -> Any:
        posting = self._parts.current_posting()
        return posting.language if posting is not None else None

    def refresh(self) -> None:
        """List the statements again (in the background), as the panel asks."""
        library = self._parts.open_library()
        if library is None or not self.statements_action.isChecked():
            return
        kind, search = self.panel.kind(), self.panel.search()
        language, starter = self._language(), self.panel.include_starter()
        self.panel.show_loading()

        def read() -> StatementPage:
            return library.statements(
                kind, search, language=language, include_starter=starter, limit=PAGE_SIZE
            )

        self._start("statements", read, self.panel.show_page, self._statements_failed)

    def _statements_failed(self, error: BaseException) -> None:
        logger.error("listing statements failed", exc_info=error)
        self.panel.show_failure(self._failure_text(error))

    def _start(self, name: str, work: Any, done: Any, failed: Any) -> None:
        old = self._tasks.pop(name, None)
        if old is not None:
            old.cancelled = True  # its answer is older than the one asked for now

        def finish(result: object) -> None:
            self._tasks.pop(name, None)
            if shiboken6.isValid(self.panel):  # the window may have closed meanwhile
                done(result)

        def fail(error: BaseException) -> None:
            self._tasks.pop(name, None)
            if shiboken6.isValid(self.panel):
                failed(error)

        self._tasks[name] = start_task(work, finish, fail)

    def task_running(self, name: str) -> bool:
        """Whether a read of ``name`` ("statements", "families") has not reported yet."""
        return name in self._tasks

    def set_preferred(self, entry: StatementEntry, preferred: bool) -> None:
        library = self._parts.open_library()
        if library is None:
            return
        try:
            library.set_preferred(entry.id, preferred)
        except UserFacingError as error:
            QMessageBox.warning(self._window, self.tr("Statements"), error_text(error))
        self.refresh()

    def _remember_starter(self, shown: bool) -> None:
        settings, _problems = load_settings()
        if settings.show_starter_statements != shown:
            settings.show_starter_statements = shown
            save_settings(settings)  # the library honours it too (and the command line)
            self.refresh()  # the list read before it was saved is dropped

    # -- inserting -------------------------------------------------------------------------

    def _posting_changed(self) -> None:
        section = self._section
        if section is not None and (not shiboken6.isValid(section) or not section.isVisible()):
            self._section = None  # another posting, or its section removed

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, SectionEditorWidget):
            widget = widget.parentWidget()
        if widget is None:
            return
        self._section = widget
        kind = widget.section().kind
        if kind in STATEMENT_KINDS:
            self.panel.set_kind(kind)
            self.families_panel.follow_section(kind)
        editor = new if isinstance(new, ItemTextEdit) else None
        self.completer.attach(editor, kind if kind in STATEMENT_KINDS else None)

    def target_section(self, kind: SectionKind) -> SectionEditorWidget | None:
        """Where an inserted statement goes: the section last edited if it is of ``kind``,
        else the first section of ``kind`` in the form."""
        section = self._section
        if section is not None and shiboken6.isValid(section) and section.section().kind == kind:
            return section
        if self._editor is None:
            return None
        for frame in self._editor.section_frames():
            if frame.editor.section().kind == kind:
                return frame.editor
        return None

    def insert(self, entry: StatementEntry) -> None:
        """Add ``entry`` as a new item after the current one (or in place of an empty
        current item), as one undo step of the posting, and count the use."""
        editor = self._editor
        stack = editor.undo_stack() if editor is not None else None
        target = self.target_section(entry.kind)
        if stack is None or target is None:
            self._window.statusBar().showMessage(
                self.tr("Open a posting with a section of this kind to insert a statement."),
                5000,
            )
            return
        section = target.section()
        path = target.current_path()
        tree = SectionTree(section)
        title = self.tr("Insert statement")
        if path is not None and not tree.node(path).text.strip() and not tree.node(path).children:
            stack.beginMacro(title)
            stack.push(EditItemTextCommand(stack, section, path, tree.node(path).text, entry.text))
            stack.endMacro()
        else:
            parent, row = ((), len(section.items)) if path is None else (path[:-1], path[-1] + 1)
            stack.push(InsertItemsCommand(stack, section, parent, row, [Item(entry.text)], title))
            path = (*parent, row)
        index = target.model().index_for_path(path)
        if index.isValid():
            target.view().setCurrentIndex(index)
            target.view().scrollTo(index)
        self._count_use(entry)
        self._window.statusBar().showMessage(
            self.tr("Statement inserted. Undo (Ctrl+Z) takes it out."), 5000
        )

    def _count_use(self, entry: StatementEntry) -> None:
        library = self._parts.open_library()
        if library is None:
            return
        try:
            library.count_statement_use(entry.id)
        except UserFacingError:
            logger.warning("could not count the use of statement %s", entry.id, exc_info=True)
        self.refresh()

    # -- completion --------------------------------------------------------------------------

    def _complete(self, kind: SectionKind, text: str) -> list[StatementEntry]:
        library = self._parts.open_library()
        if library is None:
            return []
        try:
            page = library.statements(
                kind,
                text,
                language=self._language(),
                include_starter=self.panel.include_starter(),
                limit=8,
            )
        except UserFacingError:
            return []
        return sorted(page.entries, key=lambda entry: not entry.preferred)

    def _complete_chosen(self, editor: ItemTextEdit, entry: StatementEntry) -> None:
        stack = self._editor.undo_stack() if self._editor is not None else None
        if stack is None:
            return
        stack.beginMacro(self.tr("Insert statement"))  # never merges with the typing
        editor.set_text(entry.text)
        stack.endMacro()
        self._count_use(entry)

    # -- families and rewording --------------------------------------------------------------

    def refresh_families(self) -> None:
        library = self._parts.open_library()
        if library is None:
            return
        kind = self.families_panel.kind()
        language = self._language()
        self.families_panel.show_busy()
        self._start(
            "families",
            lambda: library.statement_families(kind, language),
            self._families_found,
            self._families_failed,
        )

    def _families_found(self, families: list[Family]) -> None:
        self.families_panel.show_families(families)

    def _families_failed(self, error: BaseException) -> None:
        logger.error("finding families failed", exc_info=error)
        self.families_panel.show_failure(self._failure_text(error))

    def _failure_text(self, error: BaseException) -> str:
        if isinstance(error, UserFacingError):
            return error_text(error)
        return self.tr("The statements could not be read; the log file has the details.")

    def skip(self) -> Mapping[int, str]:
        """The postings a reword must leave alone: the open one with unsaved edits."""
        posting = self._parts.current_posting()
        if posting is not None and posting.id is not None and self._parts.is_modified():
            return {posting.id: self.tr("open with unsaved edits")}
        return {}

    def _preferred_of(self, family: Family) -> str:
        library = self._parts.open_library()
        if library is None:
            return ""
        for variant in family.variants[:10]:
            page = library.statements(family.kind, variant.text, language=family.language, limit=5)
            if any(entry.preferred and entry.text == variant.text for entry in page.entries):
                return variant.text
        return ""

    def reword(self, family: Family) -> None:
        """Ask for the wording with a preview; apply it as one step of ``reword_stack``."""
        from jdeditor.gui.dialogs.reword_dialog import RewordDialog

        library = self._parts.open_library()
        if library is None:
            return
        dialog = RewordDialog(
            family,
            lambda text: library.reword_plan(family.id, text, self.skip()),
            self._preferred_of(family),
            self._window,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            plan, text = dialog.plan(), dialog.wording()
        finally:
            dialog.deleteLater()
        if plan is None or not text:
            return
        expected = {c.posting_id: c.version for c in plan.changes if not c.skipped}
        try:
            result = library.reword_family(family.id, text, self.skip(), expected)
        except UserFacingError as error:
            self._reword_failed(error)
            return
        command = RewordCommand(
            library,
            family.id,
            text,
            result,
            self.skip,
            self._reworded,
            self._reverted,
            self._reword_failed,
        )
        self.reword_stack.push(command)
        self._reworded(result)

    def _reworded(self, result: RewordResult) -> None:
        self._after_library_change([posting_id for posting_id, _, _ in result.changed])
        message = self.tr(
            "Reworded %Ln posting(s). Undo in the Families tab takes it back.",
            "",
            len(result.changed),
        )
        self._window.statusBar().showMessage(message, 8000)

    def _reverted(self, result: RevertResult) -> None:
        self._after_library_change(result.restored)
        if result.conflicts:
            QMessageBox.information(
                self._window,
                self.tr("Reword undone"),
                self.tr("Postings saved since the reword were left as they are: {0}").format(
                    ", ".join(self._titles(result.conflicts))
                ),
            )
        self._window.statusBar().showMessage(
            self.tr("Put %Ln posting(s) back as they were.", "", len(result.restored)), 8000
        )

    def _titles(self, posting_ids: Sequence[int]) -> list[str]:
        library = self._parts.open_library()
        titles = []
        for posting_id in posting_ids:
            try:
                titles.append(f"“{library.get_posting(posting_id).title}”" if library else "")
            except UserFacingError:
                titles.append(f"#{posting_id}")
        return titles

    def _reword_failed(self, error: UserFacingError) -> None:
        QMessageBox.warning(self._window, self.tr("Cannot reword"), error_text(error))

    def _after_library_change(self, posting_ids: Sequence[int]) -> None:
        """Show the stored postings: the open one again (it has no unsaved edits, or the
        reword left it alone), the list, the statements and the families."""
        posting = self._parts.current_posting()
        library = self._parts.open_library()
        editor = self._editor
        if (
            posting is not None
            and posting.id is not None
            and posting.id in posting_ids
            and not self._parts.is_modified()
            and editor is not None
            and library is not None
        ):
            stack = editor.undo_stack()
            if stack is not None:
                stack.clear()  # its commands edit the posting as it was
            editor.set_posting(library.get_posting(posting.id), stack)
        self._parts.panel.refresh()
        self._parts.preview_panel.refresh()
        self._refresh_shown()
