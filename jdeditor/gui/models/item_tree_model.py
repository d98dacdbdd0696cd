"""The Qt item model over one section's item tree (one column: number and text).

Numbers are never stored: the labels come from :func:`jdeditor.core.numbering.numbered`
and are recomputed after every structural edit, with ``dataChanged`` for the rows whose
number changed (after the row signals, never inside them). Each index's internal id is
the ``id()`` of its :class:`Item`; the model keeps every item it handed out an index for,
so a stale index never points at a freed object. User edits (``setData``, drops) become
undo commands on the posting's stack; the commands call back into :meth:`insert_items`
and friends, which emit the row signals.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QUndoStack

from jdeditor.core.model import Item, ItemKind, Section
from jdeditor.core.numbering import numbered
from jdeditor.gui.commands.item_commands import (
    EditItemTextCommand,
    MoveItemsCommand,
    Path,
    SectionTree,
    attach_tree_editor,
    move_text,
    path_after_removal,
    path_before_removal,
)

ITEM_PATH_MIME = "application/x-jdeditor-item-path"

AnyIndex = QModelIndex | QPersistentModelIndex


class ItemRole(IntEnum):
    NumberLabelRole = Qt.ItemDataRole.UserRole + 1  # "1." at the top, "1.2" below; "" for ¶
    ItemKindRole = Qt.ItemDataRole.UserRole + 2  # ItemKind (a plain str through QModelIndex)
    DepthRole = Qt.ItemDataRole.UserRole + 3  # 0 for top-level rows
    PathRole = Qt.ItemDataRole.UserRole + 4  # tuple of child indices from section.items


_LABEL_ROLES = [Qt.ItemDataRole.DisplayRole, ItemRole.NumberLabelRole]


def display_labels(items: Sequence[Item]) -> dict[int, str]:
    """``id(item) -> label`` as shown: ``1.`` for top-level numbers, ``1.1`` below."""
    labels: dict[int, str] = {}
    for label, depth, item in numbered(items):
        labels[id(item)] = f"{label}." if label and depth == 0 else label
    return labels


class ItemTreeModel(QAbstractItemModel):
    """One column over ``section.items``; edits go through ``undo_stack`` as commands."""

    items_changed = Signal()  # after every command's redo or undo that touched this section

    def __init__(
        self, section: Section, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tree = SectionTree(section)
        self._stack = undo_stack
        self._nodes: dict[int, Item] = {}
        self._parents: dict[int, tuple[Item | None, int]] | None = None
        self._labels = display_labels(section.items)
        attach_tree_editor(undo_stack, self)

    # -- what the model shows ------------------------------------------------------------

    def section(self) -> Section:
        return self._tree.section()

    def undo_stack(self) -> QUndoStack:
        return self._stack

    def set_section(self, section: Section) -> None:
        """Show another section (or re-read this one); the undo stack is left alone."""
        self.beginResetModel()
        self._tree = SectionTree(section)
        self._forget()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the section after someone else changed it."""
        self.set_section(self.section())

    def _forget(self) -> None:
        self._nodes.clear()
        self._parents = None
        self._labels = display_labels(self.section().items)

    def item(self, index: AnyIndex) -> Item | None:
        if not index.isValid():
            return None
        return self._nodes.get(index.internalId())

    def path(self, index: AnyIndex) -> Path:
        """The item's path; ``()`` for the invisible root (an invalid index)."""
        path: list[int] = []
        while index.isValid():
            path.append(index.row())
            index = index.parent()
        return tuple(reversed(path))

    def index_for_path(self, path: Path) -> QModelIndex:
        index = QModelIndex()
        for row in path:
            index = self.index(row, 0, index)
        return index

    def label(self, item: Item) -> str:
        return self._labels.get(id(item), "")

    # -- Qt model interface ------------------------------------------------------------

    def _children(self, parent: AnyIndex) -> list[Item] | None:
        if not parent.isValid():
            return self.section().items
        if parent.column() != 0:
            return None
        node = self.item(parent)
        return None if node is None else node.children

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        children = self._children(parent)
        if children is None or column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        node = children[row]
        self._nodes[id(node)] = node
        return self.createIndex(row, column, id(node))

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.item(index)
        if node is None:
            return QModelIndex()
        parent, _ = self._parent_map().get(id(node), (None, -1))
        if parent is None:
            return QModelIndex()
        _, row = self._parent_map()[id(parent)]
        return self.createIndex(row, 0, id(parent))

    def _parent_map(self) -> dict[int, tuple[Item | None, int]]:
        if self._parents is None:
            parents: dict[int, tuple[Item | None, int]] = {}

            def visit(items: list[Item], parent: Item | None) -> None:
                for row, node in enumerate(items):
                    parents[id(node)] = (parent, row)
                    visit(node.children, node)

            visit(self.section().items, None)
            self._parents = parents
        return self._parents

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        children = self._children(parent)
        return 0 if children is None else len(children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.item(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.label(node)
            return f"{label} {node.text}" if label else node.text
        if role == Qt.ItemDataRole.EditRole:
            return node.text
        if role == ItemRole.NumberLabelRole:
            return self.label(node)
        if role == ItemRole.ItemKindRole:
            return node.kind
        if role == ItemRole.DepthRole:
            return len(self.path(index)) - 1
        if role == ItemRole.PathRole:
            return self.path(index)
        if role == Qt.ItemDataRole.FontRole and node.kind is ItemKind.PARAGRAPH:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and node.kind is ItemKind.PARAGRAPH:
            return self.tr("Paragraph: prose, not numbered")
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.item(index)
        if node is None or role != Qt.ItemDataRole.EditRole:
            return False
        # Line breaks an item already has (a wrapped duty, "市场分析:\n发现…") are kept;
        # only the ending is made "\n", whatever the editor or clipboard used.
        text = "\n".join(str(value).splitlines())
        if text != node.text:
            command = EditItemTextCommand(
                self._stack, self.section(), self.path(index), node.text, text
            )
            self._stack.push(command)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop: internal moves only ------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_PATH_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        valid = [index for index in indexes if index.isValid()]
        if valid:
            payload = {"model": id(self), "path": list(self.path(valid[0]))}
            mime.setData(ITEM_PATH_MIME, QByteArray(json.dumps(payload).encode()))
        return mime

    def _dragged_path(self, data: QMimeData) -> Path | None:
        if not data.hasFormat(ITEM_PATH_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(ITEM_PATH_MIME).data()).decode())
            path = tuple(int(row) for row in payload["path"])
        except (ValueError, KeyError, TypeError):
            return None
        if payload.get("model") != id(self) or not path:
            return None  # from another section's list: not a move we can undo as one step
        return path if self.index_for_path(path).isValid() else None

    def plan_drop(self, source: Path, parent: AnyIndex, row: int) -> tuple[Path, int] | None:
        """Where a drop of ``source`` lands, in the tree without it; ``None`` if impossible.

        ``row == -1`` means onto ``parent``: the item becomes its last child.
        """
        parent_path = self.path(parent)
        target = path_after_removal(parent_path, source)
        if target is None:
            return None  # onto itself or into its own subtree
        if row < 0:
            row = self.rowCount(parent)
        if parent_path == source[:-1] and row > source[-1]:
            row -= 1
        if target == source[:-1] and row == source[-1]:
            return None  # dropped where it already is
        return target, row

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action not in (Qt.DropAction.MoveAction, Qt.DropAction.IgnoreAction):
            return False
        source = self._dragged_path(data)
        if source is None:
            return False
        return path_after_removal(self.path(parent), source) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if action == Qt.DropAction.IgnoreAction:
            return True
        source = self._dragged_path(data)
        assert source is not None
        plan = self.plan_drop(source, parent, row)
        if plan is not None:
            step = (source, *plan)
            self._stack.push(
                MoveItemsCommand(self._stack, self.section(), [step], move_text("drop"))
            )
        return True

    # -- edits, called by the undo commands ------------------------------------------------

    def insert_items(self, parent_path: Path, row: int, items: Sequence[Item]) -> None:
        if not items:
            return
        self.beginInsertRows(self.index_for_path(parent_path), row, row + len(items) - 1)
        self._tree.insert_items(parent_path, row, items)
        self._parents = None
        self.endInsertRows()
        self._renumber()

    def remove_items(self, parent_path: Path, row: int, count: int) -> list[Item]:
        if count <= 0:
            return []
        self.beginRemoveRows(self.index_for_path(parent_path), row, row + count - 1)
        removed = self._tree.remove_items(parent_path, row, count)
        self._parents = None
        self.endRemoveRows()
        self._renumber()
        return removed

    def move_item(self, source: Path, parent_path: Path, row: int) -> Path:
        """Move one item (with its children); the destination is in the tree without it."""
        before = path_before_removal(parent_path, source)
        qt_row = row + 1 if before == source[:-1] and row >= source[-1] else row
        source_parent = self.index_for_path(source[:-1])
        target_parent = self.index_for_path(before)
        if not self.beginMoveRows(source_parent, source[-1], source[-1], target_parent, qt_row):
            return source  # already there
        self._tree.move_item(source, parent_path, row)
        self._parents = None
        self.endMoveRows()
        self._renumber()
        return (*parent_path, row)

    def set_item_text(self, path: Path, text: str) -> None:
        self._tree.set_item_text(path, text)
        index = self.index_for_path(path)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])

    def set_item_kind(self, path: Path, kind: ItemKind) -> None:
        self._tree.set_item_kind(path, kind)
        index = self.index_for_path(path)
        self.dataChanged.emit(index, index, [])
        self._renumber()

    def notify_changed(self) -> None:
        self.items_changed.emit()

    def _renumber(self) -> None:
        """Recompute the numbers once the rows are in place, and announce the changes.

        Renumbering is a separate ``dataChanged`` after the structural signal, not part
        of it: views (and the model tester) see rows move first, then their labels change.
        """
        old, self._labels = self._labels, display_labels(self.section().items)
        for _, node in self.section().walk():
            if old.get(id(node)) != self._labels.get(id(node)):
                _, row = self._parent_map()[id(node)]
                self._nodes[id(node)] = node
                index = self.createIndex(row, 0, id(node))
                self.dataChanged.emit(index, index, _LABEL_ROLES)
