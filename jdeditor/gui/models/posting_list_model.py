"""The library list: a table model that pages its rows from the library service.

It never holds whole postings, only light summaries, and asks for more rows only when
the view scrolls near the end (``canFetchMore``/``fetchMore``), so a library of
100,000 postings opens as fast as one of ten. A new search or filter replaces the page
source and resets the model instead of filtering rows in a proxy.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from jdeditor.core.listing import PostingSummary, SortKey
from jdeditor.core.model import Status

PAGE_SIZE = 200


@dataclass(frozen=True)
class ListRow:
    summary: PostingSummary
    snippet: str = ""


PageSource = Callable[[int, int], tuple[int, list[ListRow]]]
"""``source(offset, limit) -> (total rows, rows)``: one page of the current list or search."""


class PostingListRole(enum.IntEnum):
    POSTING_ID = Qt.ItemDataRole.UserRole + 1
    SNIPPET = Qt.ItemDataRole.UserRole + 2
    VERSION = Qt.ItemDataRole.UserRole + 3
    ERRORS = Qt.ItemDataRole.UserRole + 4  # unresolved check errors; None: not checked


class Column(enum.IntEnum):
    TITLE = 0
    DEPARTMENT = 1
    STATUS = 2
    UPDATED = 3
    CHECKS = 4  # an error icon and count when the checks found unresolved errors


SORT_KEYS = {
    Column.TITLE: SortKey.TITLE,
    Column.DEPARTMENT: SortKey.DEPARTMENT,
    Column.STATUS: SortKey.STATUS,
    Column.UPDATED: SortKey.UPDATED,
}


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_CHECKS = Column.CHECKS.value
_TITLE, _DEPARTMENT, _STATUS = Column.TITLE.value, Column.DEPARTMENT.value, Column.STATUS.value


def when_text(moment: datetime, locale: QLocale) -> str:
    """Today's changes by time, older ones by date: short, and what people scan for."""
    local = moment.astimezone()
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    if local.date() == datetime.now().astimezone().date():
        return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)


def status_label(status: Status) -> str:
    labels = {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.IN_REVIEW: QCoreApplication.translate("Status", "In review"),
        Status.PUBLISHED: QCoreApplication.translate("Status", "Published"),
        Status.ARCHIVED: QCoreApplication.translate("Status", "Archived"),
    }
    return labels[status]


class PostingListModel(QAbstractTableModel):
    sort_requested = Signal(object, bool)  # (SortKey, descending)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._source: PageSource | None = None
        self._rows: list[ListRow] = []
        self._total = 0
        self._modified: set[int] = set()
        self._locale = QLocale()
        self._when_cache: dict[int, str] = {}
        self._error_icon: QIcon | None = None

    # -- our API -------------------------------------------------------------------------

    def set_source(self, source: PageSource | None) -> None:
        """Show another list or search; loads its first page at once."""
        self.beginResetModel()
        self._source = source
        self._rows = []
        self._when_cache = {}
        self._total = 0
        if source is not None:
            self._total, self._rows = source(0, PAGE_SIZE)
        self.endResetModel()

    def reload(self) -> None:
        """Re-read the current source (after a save, delete or import)."""
        self.set_source(self._source)

    @property
    def total(self) -> int:
        return self._total

    def row_of(self, posting_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.summary.id == posting_id:
                return row
        return -1

    def summary_at(self, row: int) -> PostingSummary | None:
        return self._rows[row].summary if 0 <= row < len(self._rows) else None

    def set_modified(self, posting_id: int | None, modified: bool) -> None:
        """Mark a posting as having unsaved changes (shown with a • before its title)."""
        if posting_id is None:
            return
        changed = (posting_id in self._modified) != modified
        if modified:
            self._modified.add(posting_id)
        else:
            self._modified.discard(posting_id)
        row = self.row_of(posting_id)
        if changed and row >= 0:
            index = self.index(row, Column.TITLE)
            self.dataChanged.emit(index, index)

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._source is not None and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._source is None:
            return
        total, rows = self._source(len(self._rows), PAGE_SIZE)
        if not rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self._total = total
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.TITLE: self.tr("Title"),
            Column.DEPARTMENT: self.tr("Department"),
            Column.STATUS: self.tr("Status"),
            Column.UPDATED: self.tr("Updated"),
            Column.CHECKS: self.tr("Errors"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # Called for every visible cell on each paint: plain int comparisons, no enums
        # built per call, and the date text formatted once per row.
        row_number = index.row()
        if not index.isValid() or not 0 <= row_number < len(self._rows):
            return None
        row = self._rows[row_number]
        summary = row.summary
        column = index.column()
        if role == _DISPLAY:
            if column == _TITLE:
                return ("• " + summary.title) if summary.id in self._modified else summary.title
            if column == _DEPARTMENT:
                return summary.department
            if column == _STATUS:
                return status_label(summary.status)
            if column == _CHECKS:
                return str(summary.errors) if summary.errors else ""
            return self._when_text(row_number)
        if column == _CHECKS and summary.errors:
            if role == _DECORATION:
                return self._icon()
            if role == _TOOLTIP:
                return self.tr("%Ln unresolved error(s) found by the checks", "", summary.errors)
        if role == _TOOLTIP and column == _TITLE:
            return row.snippet or summary.title
        if role == _FONT and summary.id in self._modified:
            font = QFont()
            font.setItalic(True)
            return font
        if role == PostingListRole.POSTING_ID:
            return summary.id
        if role == PostingListRole.SNIPPET:
            return row.snippet
        if role == PostingListRole.VERSION:
            return summary.version
        if role == PostingListRole.ERRORS:
            return summary.errors
        return None

    def _icon(self) -> QIcon:
        if self._error_icon is None:
            style = QApplication.style()
            self._error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        return self._error_icon

    def _when_text(self, row_number: int) -> str:
        text = self._when_cache.get(row_number)
        if text is None:
            text = when_text(self._rows[row_number].summary.updated_at, self._locale)
            self._when_cache[row_number] = text
        return text

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorting happens in the database: ask the owner for a new query. The errors
        # column has no order of its own (the "with errors" filter narrows the list).
        if 0 <= column < len(Column) and Column(column) in SORT_KEYS:
            self.sort_requested.emit(
                SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder
            )
