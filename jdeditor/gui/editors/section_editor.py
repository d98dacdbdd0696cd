"""The list editor for one section's items: numbered tree, in-place editing, full undo.

Every change is an undo command on the posting's shared stack (``gui/commands``); the
widget never edits the section itself. The list keys (``item_delegate.key_action``) work
the same whether or not an item is being edited: the editor is closed (its text is
already committed), the command runs, and editing resumes where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.model import Item, ItemKind, Section
from jdeditor.gui.commands import item_commands as commands
from jdeditor.gui.commands.item_commands import MoveStep, Path, SectionTree
from jdeditor.gui.editors.item_delegate import AnyIndex, ItemDelegate, ItemTextEdit, key_action
from jdeditor.gui.models.item_tree_model import ItemTreeModel

Editing = tuple[Path, int] | None
"""The item that was being edited and its cursor position, to resume after a command."""

MENU_GROUPS = (
    ("add_item", "add_paragraph"),
    ("indent", "outdent", "move_up", "move_down"),
    ("convert", "delete"),
    ("paste_items",),
)
ACTION_NAMES = tuple(name for group in MENU_GROUPS for name in group)


class _ItemTreeView(QTreeView):
    """A tree view without branch arrows: every row is always expanded."""

    def drawBranches(self, painter: QPainter, rect: QRect, index: AnyIndex) -> None:
        pass


class SectionEditorWidget(QWidget):
    """Edits ``section.items`` through commands on ``undo_stack``."""

    changed = Signal()  # after any change to the section's items, including undo and redo

    def __init__(
        self, section: Section, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._stack = undo_stack
        self._model = ItemTreeModel(section, undo_stack, self)
        self._view = _ItemTreeView(self)
        self._delegate = ItemDelegate(self._view)
        self._setup_view()
        self._placeholder = self._create_placeholder()
        self._actions = self._create_actions()

        buttons = QHBoxLayout()
        for name in ("add_item", "add_paragraph"):
            button = QToolButton(self)
            button.setObjectName(f"{name}_button")
            button.setDefaultAction(self._actions[name])
            button.setAutoRaise(True)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._view, 1)
        layout.addLayout(buttons)

        self._model.items_changed.connect(self._on_items_changed)
        self._model.modelReset.connect(self._on_reset)
        self._model.rowsInserted.connect(self._view.expandAll)
        self._model.rowsMoved.connect(self._view.expandAll)
        self._view.selectionModel().currentChanged.connect(self._update_actions)
        self._on_reset()

    # -- the contract ----------------------------------------------------------------------

    def section(self) -> Section:
        return self._model.section()

    def set_section(self, section: Section) -> None:
        """Show another Section object (after a reload); the undo stack is not touched."""
        self._close_editor()
        self._model.set_section(section)

    def paste_text(self, text: str) -> None:
        """Split ``text`` into items (typed numbers removed) and put them after the current
        item as one undo step; an empty current item is replaced by them."""
        path, _ = self._target()
        from jdeditor.core.structure import split_items  # the recogniser loads on first paste

        items = split_items(text)
        if not items:
            return
        parent_path, row = self._insertion_point(path)
        title = self.tr("Paste items")
        replace = commands.is_blank(self._tree(), path)
        if replace:
            row -= 1
            self._stack.beginMacro(title)
            self._push_remove((*parent_path, row), title)
        self._push_insert(parent_path, row, items, title)
        if replace:
            self._stack.endMacro()
        self._select((*parent_path, row + len(items) - 1))

    def focus_first_item(self) -> None:
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select((0,))

    def view(self) -> QTreeView:
        return self._view

    def select_text(self, path: Path, start: int, end: int) -> None:
        """Edit ``path`` with ``text[start:end]`` selected (where a check finding points)."""
        self._select(path, cursor=end)
        editor = self._delegate.active_editor()
        if editor is not None:
            cursor = editor.textCursor()
            cursor.setPosition(min(start, len(editor.text())))
            cursor.setPosition(min(end, len(editor.text())), cursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)

    # -- additions -------------------------------------------------------------------------

    def model(self) -> ItemTreeModel:
        return self._model

    def item_action(self, name: str) -> QAction:
        """The action called ``name`` (one of :data:`ACTION_NAMES`), e.g. for a menu bar."""
        return self._actions[name]

    def current_path(self) -> Path | None:
        index = self._view.currentIndex()
        return self._model.path(index) if index.isValid() else None

    # -- operations ------------------------------------------------------------------------

    def add_item(self, kind: ItemKind = ItemKind.ITEM) -> None:
        """Add an empty item (or paragraph) after the current one, at its level; edit it."""
        path, _ = self._target()
        parent_path, row = self._insertion_point(path)
        title = self.tr("Add paragraph") if kind is ItemKind.PARAGRAPH else self.tr("Add item")
        self._push_insert(parent_path, row, [Item("", kind=kind)], title)
        self._select((*parent_path, row), cursor=0)

    def indent(self) -> None:
        self._move(commands.indent_steps, "indent")

    def outdent(self) -> None:
        self._move(commands.outdent_steps, "outdent")

    def move_up(self) -> None:
        self._move(lambda tree, path: commands.reorder_steps(tree, path, -1), "up")

    def move_down(self) -> None:
        self._move(lambda tree, path: commands.reorder_steps(tree, path, 1), "down")

    def delete_item(self) -> None:
        """Remove the current item with its children."""
        path, _ = self._target()
        if path is not None:
            self._remove(path, self.tr("Delete item"), editing=False)

    def convert_item(self) -> None:
        """Turn the current item into a paragraph, or a paragraph into an item."""
        path, editing = self._target()
        if path is not None:
            old = self._tree().node(path).kind
            new = ItemKind.ITEM if old is ItemKind.PARAGRAPH else ItemKind.PARAGRAPH
            self._push(commands.SetItemKindCommand(self._stack, self.section(), path, old, new))
        self._resume(path, editing)

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    # -- helpers ---------------------------------------------------------------------------

    def _tree(self) -> SectionTree:
        return SectionTree(self.section())

    def _push(self, command: QUndoCommand) -> None:
        self._stack.push(command)

    def _push_insert(self, parent: Path, row: int, items: list[Item], title: str) -> None:
        stack, section = self._stack, self.section()
        self._push(commands.InsertItemsCommand(stack, section, parent, row, items, title))

    def _push_remove(self, path: Path, title: str) -> None:
        stack, section = self._stack, self.section()
        self._push(commands.RemoveItemsCommand(stack, section, path[:-1], path[-1], 1, title))

    def _insertion_point(self, path: Path | None) -> tuple[Path, int]:
        return ((), len(self.section().items)) if path is None else (path[:-1], path[-1] + 1)

    def _move(self, plan: Callable[[SectionTree, Path], list[MoveStep]], kind: str) -> None:
        path, editing = self._target()
        steps = [] if path is None else plan(self._tree(), path)
        if steps:
            text = commands.move_text(kind)
            command = commands.MoveItemsCommand(self._stack, self.section(), steps, text)
            self._push(command)
            path = command.final_path()
        self._resume(path, editing)

    def _remove(self, path: Path, title: str, editing: bool) -> None:
        """Remove ``path``; then the next item is current, or the one above (edited at its
        end if ``editing``)."""
        above = self._view.indexAbove(self._model.index_for_path(path))
        above_path = self._model.path(above) if above.isValid() else None
        self._push_remove(path, title)
        if above_path is not None and (editing or not self._model.index_for_path(path).isValid()):
            end = len(self._tree().node(above_path).text)
            self._select(above_path, cursor=end if editing else None)
        elif self._model.index_for_path(path).isValid():
            self._select(path)

    def _enter_in_editor(self, editor: ItemTextEdit) -> None:
        """Enter while editing adds the next item; on an empty item it outdents a nested
        one, and ends the list (removes the item) at the top level, as word processors do."""
        path = self._model.path(editor.index)
        if editor.text().strip():
            self.add_item(self._tree().node(path).kind)
        elif len(path) > 1:
            self.outdent()
        else:
            self._target()
            self._remove(path, self.tr("Delete item"), editing=False)

    def _close_editor(self) -> Editing:
        editor = self._delegate.active_editor()
        if editor is None:
            return None
        editing = (self._model.path(editor.index), editor.textCursor().position())
        self._delegate.finish(editor)
        return editing

    def _target(self) -> tuple[Path | None, Editing]:
        """The item an operation applies to; closes its editor, remembered in ``Editing``."""
        editing = self._close_editor()
        if editing is not None:
            return editing[0], editing
        return self.current_path(), None

    def _resume(self, path: Path | None, editing: Editing) -> None:
        if path is not None:
            self._select(path, cursor=None if editing is None else editing[1])

    def _select(self, path: Path, cursor: int | None = None) -> None:
        """Make ``path`` current; with ``cursor``, edit it with the cursor there."""
        index = self._model.index_for_path(path)
        if not index.isValid():
            return
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        if cursor is not None:
            self._view.edit(index)
            editor = self._delegate.active_editor()
            if editor is not None:
                editor.set_cursor_position(cursor)

    # -- set-up and reactions --------------------------------------------------------------

    def _setup_view(self) -> None:
        view = self._view
        view.setObjectName("section_items")
        view.setModel(self._model)
        self._delegate.install()
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        view.installEventFilter(self)
        self._delegate.set_key_filter(lambda editor, event: self._key(event, editor))
        self._delegate.multiline_paste.connect(self.paste_text)

    def _create_placeholder(self) -> QLabel:
        label = QLabel(self.tr("No items yet — press Enter or click Add item"))
        label.setObjectName("section_placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        QVBoxLayout(self._view.viewport()).addWidget(label)
        return label

    def _create_actions(self) -> dict[str, QAction]:
        paragraph = lambda: self.add_item(ItemKind.PARAGRAPH)  # noqa: E731
        specs: list[tuple[str, str, QKeySequence.StandardKey | str, Callable[[], None]]] = [
            ("add_item", self.tr("Add item"), "Return", self.add_item),
            ("add_paragraph", self.tr("Add paragraph"), "Ctrl+Return", paragraph),
            ("indent", self.tr("Indent"), "Tab", self.indent),
            ("outdent", self.tr("Outdent"), "Shift+Tab", self.outdent),
            ("move_up", self.tr("Move up"), "Alt+Up", self.move_up),
            ("move_down", self.tr("Move down"), "Alt+Down", self.move_down),
            ("delete", self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_item),
            ("convert", self.tr("Convert to paragraph"), "Ctrl+Shift+P", self.convert_item),
            ("paste_items", self.tr("Paste as items"), "Ctrl+Shift+V", self.paste_clipboard),
        ]
        actions: dict[str, QAction] = {}
        for name, text, shortcut, slot in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.addAction(action)
            actions[name] = action
        return actions

    def _update_actions(self) -> None:
        path = self.current_path()
        for name, enabled in commands.possible_edits(self._tree(), path).items():
            self._actions[name].setEnabled(enabled)
        self._actions["convert"].setEnabled(path is not None)
        paragraph = path is not None and self._tree().node(path).kind is ItemKind.PARAGRAPH
        self._actions["convert"].setText(
            self.tr("Convert to item") if paragraph else self.tr("Convert to paragraph")
        )

    def _on_items_changed(self) -> None:
        self._on_reset()
        self.changed.emit()

    def _on_reset(self) -> None:
        self._view.expandAll()
        self._placeholder.setVisible(self._model.rowCount() == 0)
        self._update_actions()

    def _show_context_menu(self, position: QPoint) -> None:
        index = self._view.indexAt(position)
        if index.isValid():
            self._view.setCurrentIndex(index)
        self._update_actions()
        menu = QMenu(self)
        for group in MENU_GROUPS:
            if menu.actions():
                menu.addSeparator()
            for name in group:
                menu.addAction(self._actions[name])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._view.viewport().mapToGlobal(position))

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and isinstance(event, QKeyEvent) and self._key(event, None):
            return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent, editor: ItemTextEdit | None) -> bool:
        """Run the list operation bound to ``event``, claiming its shortcut override first
        (a window-wide shortcut on the same key must not win while the list has focus)."""
        name = key_action(event, editing=editor is not None)
        if name == "backspace" and not commands.is_blank(self._tree(), self.current_path()):
            name = None  # an ordinary Backspace
        if name is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        if name == "next" and editor is not None:
            self._enter_in_editor(editor)
        elif name == "next":
            path = self.current_path()
            self.add_item(ItemKind.ITEM if path is None else self._tree().node(path).kind)
        elif name == "finish" and editor is not None:
            self._delegate.finish(editor)
        elif name == "backspace":  # on an empty item without children (checked above)
            path, _ = self._target()
            assert path is not None
            self._remove(path, self.tr("Delete item"), editing=editor is not None)
        elif name in ("focus_next", "focus_previous"):
            self._close_editor()
            self.focusNextPrevChild(name == "focus_next")
        else:
            self._actions[name].trigger()
        return True
