"""Undo commands that edit a section's item tree: text, kind, insert, remove and move.

Commands address items by path (a tuple of child indices from ``section.items``), never
by object, so an undo stays right after any other edit has been undone before it. They
mutate the :class:`~jdeditor.core.model.Section` in place. When an item model shows that
section (found through the undo stack, because the posting form rebuilds its section
widgets freely), the command edits through the model so views get the proper row
signals; otherwise it edits the plain tree (:class:`SectionTree`).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from jdeditor.core.model import Item, ItemKind, Section

Path = tuple[int, ...]
MoveStep = tuple[Path, Path, int]
"""``(source path, destination parent path, destination row)``; the destination is
given in the tree as it is once the source item has been taken out."""

EDIT_ITEM_TEXT_ID = 0x4A44_0003


class TreeEditor(Protocol):
    """The edits a command needs; an item model and :class:`SectionTree` both offer them."""

    def section(self) -> Section: ...
    def insert_items(self, parent_path: Path, row: int, items: Sequence[Item]) -> None: ...
    def remove_items(self, parent_path: Path, row: int, count: int) -> list[Item]: ...
    def move_item(self, source: Path, parent_path: Path, row: int) -> Path: ...
    def set_item_text(self, path: Path, text: str) -> None: ...
    def set_item_kind(self, path: Path, kind: ItemKind) -> None: ...
    def notify_changed(self) -> None: ...
    def refresh(self) -> None: ...


class SectionTree:
    """Path-based edits of a section's item tree, without any Qt signals."""

    def __init__(self, section: Section) -> None:
        self._section = section

    def section(self) -> Section:
        return self._section

    def children(self, parent_path: Path) -> list[Item]:
        items = self._section.items
        for row in parent_path:
            items = items[row].children
        return items

    def node(self, path: Path) -> Item:
        return self.children(path[:-1])[path[-1]]

    def insert_items(self, parent_path: Path, row: int, items: Sequence[Item]) -> None:
        self.children(parent_path)[row:row] = list(items)

    def remove_items(self, parent_path: Path, row: int, count: int) -> list[Item]:
        siblings = self.children(parent_path)
        removed = siblings[row : row + count]
        del siblings[row : row + count]
        return removed

    def move_item(self, source: Path, parent_path: Path, row: int) -> Path:
        (item,) = self.remove_items(source[:-1], source[-1], 1)
        self.insert_items(parent_path, row, [item])
        return (*parent_path, row)

    def set_item_text(self, path: Path, text: str) -> None:
        self.node(path).text = text

    def set_item_kind(self, path: Path, kind: ItemKind) -> None:
        self.node(path).kind = kind

    def notify_changed(self) -> None:
        """Nothing shows a bare tree."""

    def refresh(self) -> None:
        """Nothing shows a bare tree."""


def path_before_removal(path: Path, removed: Path) -> Path:
    """Where ``path`` (in the tree without ``removed``) is in the tree that still has it."""
    level = len(removed) - 1
    if len(path) > level and path[:level] == removed[:level] and path[level] >= removed[level]:
        return (*path[:level], path[level] + 1, *path[level + 1 :])
    return path


def path_after_removal(path: Path, removed: Path) -> Path | None:
    """Where ``path`` is once ``removed`` is taken out; ``None`` if it is inside it."""
    level = len(removed) - 1
    if len(path) > level and path[:level] == removed[:level]:
        if path[level] == removed[level]:
            return None
        if path[level] > removed[level]:
            return (*path[:level], path[level] - 1, *path[level + 1 :])
    return path


def indent_steps(tree: SectionTree, path: Path) -> list[MoveStep]:
    """Indent: the item becomes the last child of its previous sibling (none if first)."""
    if path[-1] == 0:
        return []
    previous = (*path[:-1], path[-1] - 1)
    return [(path, previous, len(tree.node(previous).children))]


def outdent_steps(tree: SectionTree, path: Path) -> list[MoveStep]:
    """Outdent as word processors do, keeping the reading order.

    The item moves to just after its parent with its own children; the siblings that
    followed it become its last children (1.1 a, 1.2 b, 1.3 c: outdenting b gives 2. b
    with 2.1 c). A top-level item cannot be outdented.
    """
    if len(path) < 2:
        return []
    parent_path, row = path[:-1], path[-1]
    moved_to = (*parent_path[:-1], parent_path[-1] + 1)
    own = len(tree.node(path).children)
    following = len(tree.children(parent_path)) - row - 1
    steps: list[MoveStep] = [(path, moved_to[:-1], moved_to[-1])]
    steps += [((*parent_path, row), moved_to, own + n) for n in range(following)]
    return steps


def reorder_steps(tree: SectionTree, path: Path, offset: int) -> list[MoveStep]:
    """Move the item ``offset`` places among its siblings (none past either end)."""
    row = path[-1] + offset
    if not 0 <= row < len(tree.children(path[:-1])) or offset == 0:
        return []
    return [(path, path[:-1], row)]


def possible_edits(tree: SectionTree, path: Path | None) -> dict[str, bool]:
    """Which edits apply to the item at ``path`` (``None``: no current item)."""
    if path is None:
        return dict.fromkeys(("indent", "outdent", "move_up", "move_down", "delete"), False)
    return {
        "indent": bool(indent_steps(tree, path)),
        "outdent": bool(outdent_steps(tree, path)),
        "move_up": bool(reorder_steps(tree, path, -1)),
        "move_down": bool(reorder_steps(tree, path, 1)),
        "delete": True,
    }


def is_blank(tree: SectionTree, path: Path | None) -> bool:
    """An item with no text and no children (what Backspace removes, a paste replaces)."""
    node = None if path is None else tree.node(path)
    return node is not None and not node.text and not node.children


class _EditorLink(QObject):
    """Ties a live tree editor (an item model) to the undo stack whose commands it shows."""

    def __init__(self, stack: QUndoStack, editor: QObject) -> None:
        super().__init__(stack)
        self.editor = editor


def attach_tree_editor(stack: QUndoStack, editor: QObject) -> None:
    """Let item commands on ``stack`` edit through ``editor`` while it shows their section."""
    link = _EditorLink(stack, editor)
    editor.destroyed.connect(link.deleteLater)


def tree_editors(stack: QUndoStack, section: Section) -> list[TreeEditor]:
    """Live editors showing ``section``, the most recently attached first."""
    found: list[TreeEditor] = []
    for link in reversed(stack.findChildren(_EditorLink)):
        editor = link.editor
        if shiboken6.isValid(editor) and editor.section() is section:  # type: ignore[attr-defined]
            found.append(editor)  # type: ignore[arg-type]
    return found


class ItemCommand(QUndoCommand):
    """Base: applies ``_apply`` / ``_revert`` through the editor showing the section."""

    def __init__(self, stack: QUndoStack, section: Section, text: str) -> None:
        super().__init__(text)
        self._stack = stack
        self._section = section

    def _run(self, forward: bool) -> None:
        editors = tree_editors(self._stack, self._section)
        tree: TreeEditor = editors[0] if editors else SectionTree(self._section)
        if forward:
            self._apply(tree)
        else:
            self._revert(tree)
        for stale in editors[1:]:
            stale.refresh()
        tree.notify_changed()

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)

    def _apply(self, tree: TreeEditor) -> None:
        raise NotImplementedError

    def _revert(self, tree: TreeEditor) -> None:
        raise NotImplementedError


class EditItemTextCommand(ItemCommand):
    """New text for one item; a run of edits to the same item merges into one step."""

    def __init__(self, stack: QUndoStack, section: Section, path: Path, old: str, new: str) -> None:
        super().__init__(stack, section, QCoreApplication.translate("ItemCommands", "Edit item"))
        self._path = path
        self._old = old
        self._new = new

    def id(self) -> int:
        return EDIT_ITEM_TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditItemTextCommand)
            or other._section is not self._section
            or other._path != self._path
        ):
            return False
        self._new = other._new
        if self._new == self._old:
            self.setObsolete(True)  # typed and deleted back to the start: no step at all
        return True

    def _apply(self, tree: TreeEditor) -> None:
        tree.set_item_text(self._path, self._new)

    def _revert(self, tree: TreeEditor) -> None:
        tree.set_item_text(self._path, self._old)


class SetItemKindCommand(ItemCommand):
    """Turn a list item into a paragraph or back."""

    def __init__(
        self, stack: QUndoStack, section: Section, path: Path, old: ItemKind, new: ItemKind
    ) -> None:
        text = (
            QCoreApplication.translate("ItemCommands", "Convert to paragraph")
            if new is ItemKind.PARAGRAPH
            else QCoreApplication.translate("ItemCommands", "Convert to item")
        )
        super().__init__(stack, section, text)
        self._path = path
        self._old = old
        self._new = new

    def _apply(self, tree: TreeEditor) -> None:
        tree.set_item_kind(self._path, self._new)

    def _revert(self, tree: TreeEditor) -> None:
        tree.set_item_kind(self._path, self._old)


class InsertItemsCommand(ItemCommand):
    """Insert items (with their children) as rows ``row…`` of the parent at ``parent_path``."""

    def __init__(
        self,
        stack: QUndoStack,
        section: Section,
        parent_path: Path,
        row: int,
        items: Sequence[Item],
        text: str,
    ) -> None:
        super().__init__(stack, section, text)
        self._parent_path = parent_path
        self._row = row
        self._items = copy.deepcopy(list(items))

    def _apply(self, tree: TreeEditor) -> None:
        tree.insert_items(self._parent_path, self._row, copy.deepcopy(self._items))

    def _revert(self, tree: TreeEditor) -> None:
        tree.remove_items(self._parent_path, self._row, len(self._items))


class RemoveItemsCommand(ItemCommand):
    """Remove ``count`` rows (with their children) from the parent at ``parent_path``."""

    def __init__(
        self,
        stack: QUndoStack,
        section: Section,
        parent_path: Path,
        row: int,
        count: int,
        text: str,
    ) -> None:
        super().__init__(stack, section, text)
        self._parent_path = parent_path
        self._row = row
        self._count = count
        self._removed: list[Item] = []

    def _apply(self, tree: TreeEditor) -> None:
        self._removed = tree.remove_items(self._parent_path, self._row, self._count)

    def _revert(self, tree: TreeEditor) -> None:
        tree.insert_items(self._parent_path, self._row, self._removed)


class MoveItemsCommand(ItemCommand):
    """One or more single-item moves done as one step (indent, outdent, reorder, drop).

    Each step's inverse is worked out when it runs: the item now at the step's result goes
    back to the source's parent and row, which are valid in the tree without the item.
    """

    def __init__(
        self, stack: QUndoStack, section: Section, steps: Sequence[MoveStep], text: str
    ) -> None:
        super().__init__(stack, section, text)
        self._steps = list(steps)
        self._inverse: list[MoveStep] = []

    def _apply(self, tree: TreeEditor) -> None:
        inverse: list[MoveStep] = []
        for source, parent_path, row in self._steps:
            moved_to = tree.move_item(source, parent_path, row)
            inverse.append((moved_to, source[:-1], source[-1]))
        self._inverse = inverse[::-1]

    def _revert(self, tree: TreeEditor) -> None:
        for source, parent_path, row in self._inverse:
            tree.move_item(source, parent_path, row)

    def final_path(self) -> Path | None:
        """Where the first step's item ended up after the last redo."""
        return self._inverse[-1][0] if self._inverse else None


def move_text(kind: str) -> str:
    """Undo text for a move: ``indent``, ``outdent``, ``up``, ``down`` or ``drop``."""
    texts = {
        "indent": QCoreApplication.translate("ItemCommands", "Indent item"),
        "outdent": QCoreApplication.translate("ItemCommands", "Outdent item"),
        "up": QCoreApplication.translate("ItemCommands", "Move item up"),
        "down": QCoreApplication.translate("ItemCommands", "Move item down"),
        "drop": QCoreApplication.translate("ItemCommands", "Move item"),
    }
    return texts[kind]
