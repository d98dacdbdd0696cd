"""The left side of the window: search box, filters, match count and the posting list.

Typing in the search box re-queries after a short pause (so a fast typist does not run a
search per key), and a new search or filter resets the list model with a new page
source. On an empty library the list gives way to a welcome page. The panel can show
before the library is open (a short "opening" page; ``set_library`` then fills it), so
that the window appears without waiting for the database layer to load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QInputEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jdeditor.core.listing import ListQuery, PostingFilter, SortKey
from jdeditor.core.model import Status
from jdeditor.gui.models.posting_list_model import (
    Column,
    ListRow,
    PageSource,
    PostingListModel,
    PostingListRole,
    status_label,
)

if TYPE_CHECKING:
    from jdeditor.service import Library

SEARCH_DELAY_MS = 150
_CHOOSING_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
)


class LibraryPanel(QWidget):
    posting_activated = Signal(int)  # the user chose a posting (click, arrows, Enter)
    new_requested = Signal()
    import_requested = Signal()
    delete_requested = Signal()  # Delete pressed in the list: the chosen posting to the trash

    def __init__(self, library: Library | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._sort = SortKey.UPDATED
        self._descending = True
        self._trash = False
        self._current_id: int | None = None
        # The search's total and whether it is exact (False past the cap: "1,000+").
        self._found = (0, True)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Search titles and text (中文 or English)"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_label(status), status)
        self.department_filter = QComboBox()
        self.department_filter.setObjectName("department_filter")
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        self.errors_filter = QCheckBox(self.tr("With errors"))
        self.errors_filter.setObjectName("errors_filter")
        self.errors_filter.setToolTip(
            self.tr("Only postings in which the checks found errors not dismissed")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("match_count")

        self.model = PostingListModel(self)
        self.view = QTableView()
        self.view.setObjectName("posting_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl+click chooses a second posting too (Compare Selected Postings); the current
        # row is the open one.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (Column.DEPARTMENT, Column.STATUS, Column.UPDATED, Column.CHECKS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the rows on screen only: measuring every loaded row (Qt's
        # default, up to 1,000) costs more than the query behind the page.
        header.setResizeContentsPrecision(0)
        header.setHighlightSections(False)

        self.welcome = self._build_welcome()
        self.opening = QLabel(self.tr("Opening the library…"))
        self.opening.setObjectName("opening_library")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.department_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.errors_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        for combo in (self.status_filter, self.department_filter, self.tag_filter):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.errors_filter.toggled.connect(lambda _: self.refresh())
        self.model.sort_requested.connect(self._on_sort_requested)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._extending = False  # the last click or key held Ctrl or Shift
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        # A plain click on the row Ctrl+click made current (not the open one) opens it.
        self.view.clicked.connect(self._on_current_changed)
        self.view.activated.connect(lambda index: self._emit_activated(index))
        # Delete in the list (only there: in a text field it deletes text) moves the posting
        # to the trash, as in a file manager.
        delete = QAction(self.tr("Move to Trash"), self.view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_requested)
        self.view.addAction(delete)
        self._set_controls_enabled(False)
        self.refresh_filters()
        if library is not None:
            self.set_library(library)

    def set_library(self, library: Library) -> None:
        """The library is open: enable searching and show its postings."""
        self._library = library
        self._set_controls_enabled(True)
        self.refresh_filters()
        self.refresh()

    def clear_library(self) -> None:
        """Another library is opening: forget this one's list, search, filters and trash."""
        self._library = None
        self._trash = False
        self._current_id = None
        for combo in (self.status_filter, self.department_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.errors_filter.blockSignals(True)
        self.errors_filter.setChecked(False)
        self.errors_filter.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()
        self.model.set_source(None)
        self.count_label.clear()
        self._set_controls_enabled(False)
        self.refresh_filters()
        # Focus left in the list would come back with the next library's rows, and a list
        # given focus makes its first row current: that posting would open by itself.
        self.view.clearFocus()
        self.stack.setCurrentWidget(self.opening)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (
            self.search_edit,
            self.status_filter,
            self.department_filter,
            self.tag_filter,
            self.errors_filter,
        ):
            widget.setEnabled(enabled)

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("WelcomePage")
        title = QLabel(self.tr("Welcome to JD Editor"))
        title.setObjectName("WelcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Your library is empty. Create a posting, or import the job descriptions you "
                "already have from text, Word or JD Editor files."
            )
        )
        text.setWordWrap(True)
        new_button = QPushButton(self.tr("&New posting"))
        new_button.setObjectName("welcome_new")
        import_button = QPushButton(self.tr("&Import files…"))
        import_button.setObjectName("welcome_import")
        new_button.clicked.connect(self.new_requested)
        import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (title, text, new_button, import_button):
            layout.addWidget(widget)
        layout.addStretch(2)
        return page

    # -- queries -------------------------------------------------------------------------

    def current_filter(self) -> PostingFilter:
        return PostingFilter(
            status=Status(status) if (status := self.status_filter.currentData()) else None,
            department=self.department_filter.currentData(),
            tag=self.tag_filter.currentData(),
            with_errors=self.errors_filter.isChecked(),
            trash=self._trash,
        )

    def set_trash_mode(self, trash: bool) -> None:
        self._trash = trash
        self.refresh()

    def in_trash_mode(self) -> bool:
        return self._trash

    def narrowed_query(self) -> tuple[str, ListQuery] | None:
        """The search text and listing the list shows, when a search or filter narrows the
        library (not in the trash); None when it shows every posting."""
        text = self.search_edit.text().strip()
        where = self.current_filter()
        if self._trash or (not text and where == PostingFilter()):
            return None
        return text, ListQuery(where, self._sort, self._descending)

    def _source(self) -> PageSource | None:
        library = self._library
        if library is None:
            return None
        text = self.search_edit.text().strip()
        where = self.current_filter()
        if text:

            def search_page(offset: int, limit: int) -> tuple[int, list[ListRow]]:
                results = library.search(text, where, offset, limit)
                if offset == 0:
                    self._found = (results.total, results.total_exact)
                rows = [ListRow(hit.summary, hit.snippet) for hit in results.hits]
                return _rows_to_load(results.total, results.total_exact, offset, limit, rows), rows

            return search_page
        sort, descending = self._sort, self._descending

        def list_page(offset: int, limit: int) -> tuple[int, list[ListRow]]:
            page = library.list_postings(ListQuery(where, sort, descending, offset, limit))
            return page.total, [ListRow(row) for row in page.rows]

        return list_page

    def listed_count(self) -> int:
        """How many postings the list holds: every search hit, also past the count's cap."""
        narrowed = self.narrowed_query()
        exact = self._found[1]
        if self._library is None or narrowed is None or not narrowed[0] or exact:
            return self.model.total
        return len(self._library.matching_ids(*narrowed))

    def refresh(self) -> None:
        """Re-run the current search or list, keeping the current posting selected."""
        self._search_timer.stop()
        if self._library is None:
            return
        self.model.set_source(self._source())
        searching = bool(self.search_edit.text().strip())
        total = self.model.total
        if searching:
            total, exact = self._found
            if exact:
                self.count_label.setText(self.tr("%Ln match(es)", "", total))
            else:
                self.count_label.setText(self.tr("{0}+ matches").format(f"{total:,}"))
        elif self._trash:
            self.count_label.setText(self.tr("%Ln posting(s) in the trash", "", total))
        else:
            self.count_label.setText(self.tr("%Ln posting(s)", "", total))
        unfiltered = self.current_filter() == PostingFilter()
        empty_library = total == 0 and not searching and unfiltered
        self.stack.setCurrentWidget(self.welcome if empty_library else self.view)
        self.select_posting(self._current_id, emit=False)

    def refresh_filters(self) -> None:
        """Offer the departments and tags now in use (only "all" until the library opens)."""
        library = self._library
        for combo, field, everything in (
            (self.department_filter, "department", self.tr("All departments")),
            (self.tag_filter, "tag", self.tr("All tags")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in library.distinct_values(field) if library is not None else ():
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _on_sort_requested(self, key: SortKey, descending: bool) -> None:
        self._sort, self._descending = key, descending
        if not self.search_edit.text().strip():
            self.refresh()

    # -- selection -----------------------------------------------------------------------

    def current_posting_id(self) -> int | None:
        return self._current_id

    def selected_posting_ids(self) -> list[int]:
        """The postings selected in the list (Ctrl+click), top to bottom."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        ids = [self.model.index(row, Column.TITLE).data(PostingListRole.POSTING_ID) for row in rows]
        return [int(posting_id) for posting_id in ids if posting_id is not None]

    def select_posting(self, posting_id: int | None, emit: bool = True) -> None:
        self._current_id = posting_id
        row = -1 if posting_id is None else self.model.row_of(posting_id)
        selection = self.view.selectionModel()
        selection.blockSignals(not emit)
        if row >= 0:
            index = self.model.index(row, Column.TITLE)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember whether the list's last click or key held Ctrl or Shift: those
        extend the selection (two postings to compare) and leave the open posting open."""
        if event.type() in _CHOOSING_EVENTS and isinstance(event, QInputEvent):
            extend = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            self._extending = bool(event.modifiers() & extend)
        return super().eventFilter(watched, event)

    def _on_current_changed(self, current: QModelIndex, _previous: object = None) -> None:
        if not self._extending:
            self._emit_activated(current)

    def _emit_activated(self, index: QModelIndex) -> None:
        posting_id = index.data(PostingListRole.POSTING_ID) if index.isValid() else None
        if posting_id is not None and posting_id != self._current_id:
            self.posting_activated.emit(int(posting_id))


def _rows_to_load(total: int, exact: bool, offset: int, limit: int, rows: list[ListRow]) -> int:
    """The rows the list model may load: the total, or past the count's cap, one more
    than loaded so far while pages come back full, so that scrolling loads every hit."""
    if exact:
        return total
    loaded = offset + len(rows)
    return max(total, loaded + 1 if len(rows) == limit else loaded)
