"""The postings an import found, as rows the review dialog shows and edits.

One row per planned posting: a checkbox to include it and its title (editable in place),
whether the library already holds it, its department and location, how many sections and
items it has, its warnings and where it came from. Structural changes (split, merge,
re-read) reset the model; ticks and titles change one row.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from jdeditor.import_plan import ImportPlan, PlannedPosting

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(enum.IntEnum):
    TITLE = 0
    DUPLICATE = 1
    DEPARTMENT = 2
    LOCATION = 3
    SECTIONS = 4
    ITEMS = 5
    WARNINGS = 6
    SOURCE = 7


class ImportReviewModel(QAbstractTableModel):
    include_changed = Signal()  # a tick changed: the dialog updates its Import button
    title_edited = Signal(int)  # row whose title the user changed
    ticked = Signal()  # the user ticked or unticked postings

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan = plan

    @property
    def plan(self) -> ImportPlan:
        return self._plan

    def item_at(self, row: int) -> PlannedPosting:
        return self._plan.postings[row]

    def reset(self) -> None:
        """The plan's postings changed (split, merge, re-read): show them again."""
        self.beginResetModel()
        self.endResetModel()
        self.include_changed.emit()

    def refresh(self) -> None:
        """Counts, duplicate marks or ticks changed in place: repaint every row."""
        if self._plan.postings:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.include_changed.emit()

    def set_all_included(self, include: bool) -> None:
        for item in self._plan.postings:
            item.include = include
        self.refresh()
        self.ticked.emit()

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._plan.postings)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            Column.TITLE: self.tr("Title"),
            Column.DUPLICATE: self.tr("Library"),
            Column.DEPARTMENT: self.tr("Department"),
            Column.LOCATION: self.tr("Location"),
            Column.SECTIONS: self.tr("Sections"),
            Column.ITEMS: self.tr("Items"),
            Column.WARNINGS: self.tr("Warnings"),
            Column.SOURCE: self.tr("Source"),
        }
        return headers.get(Column(section)) if 0 <= section < len(Column) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._plan.postings):
            return None
        item = self._plan.postings[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.TITLE:
            return Qt.CheckState.Checked if item.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and not item.include:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.WARNINGS and item.warnings:
            return QBrush(QColor("#9a4d00"))  # dark orange: 6:1 on white
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE and item.include:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.SECTIONS,
            Column.ITEMS,
            Column.WARNINGS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, item: PlannedPosting, column: Column) -> str:
        posting = item.posting
        if column == Column.TITLE:
            return posting.title
        if column == Column.DUPLICATE:
            if item.duplicate_of is not None:
                return self.tr("Already there")
            return self.tr("Repeated") if item.duplicate_in_plan else self.tr("New")
        if column == Column.DEPARTMENT:
            return posting.department
        if column == Column.LOCATION:
            return posting.location
        if column == Column.SECTIONS:
            return str(len(posting.sections))
        if column == Column.ITEMS:
            return str(sum(section.count_items() for section in posting.sections))
        if column == Column.WARNINGS:
            return str(len(item.warnings)) if item.warnings else ""
        if item.source_line:
            return self.tr("{0}, line {1}").format(item.source.name, item.source_line)
        return item.source.name

    def _tooltip(self, item: PlannedPosting, column: Column) -> str | None:
        if column == Column.DUPLICATE and item.duplicate_of is not None:
            return self.tr(
                "The library already holds this posting (id {0}); it is not imported "
                "unless you tick it."
            ).format(item.duplicate_of)
        if column == Column.DUPLICATE and item.duplicate_in_plan:
            return self.tr("The same posting came earlier in this import.")
        if column == Column.SECTIONS:
            return "\n".join(section.heading for section in item.posting.sections) or None
        if column == Column.SOURCE:
            return str(item.source)
        if column in (Column.TITLE, Column.DEPARTMENT, Column.LOCATION):
            return self._text(item, column) or None  # the whole text, when it is cut short
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.TITLE:
            return False
        item = self._plan.postings[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            item.include = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(
                self.index(index.row(), 0), self.index(index.row(), len(Column) - 1)
            )
            self.include_changed.emit()
            self.ticked.emit()
            return True
        if role == Qt.ItemDataRole.EditRole:
            title = str(value).strip()
            if not title or title == item.posting.title:
                return False
            from jdeditor.import_review import rename_posting  # the review's own rules

            rename_posting(item, title)
            self.dataChanged.emit(index, index)
            self.title_edited.emit(index.row())
            return True
        return False
