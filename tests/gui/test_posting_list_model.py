"""The library list model: pages fetched as the view scrolls, and the text of each cell."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from jdeditor.core.listing import PostingSummary
from jdeditor.core.model import Status
from jdeditor.gui.models.posting_list_model import (
    PAGE_SIZE,
    Column,
    ListRow,
    PostingListModel,
    PostingListRole,
    when_text,
)

NOW = datetime.now(UTC)


def summaries(count: int) -> list[PostingSummary]:
    return [
        PostingSummary(
            id=number,
            title=f"岗位 {number}",
            department="数据部" if number % 2 else "",
            location="上海",
            status=Status.PUBLISHED if number % 3 == 0 else Status.DRAFT,
            updated_at=NOW - timedelta(days=number % 3),
            version=1,
        )
        for number in range(1, count + 1)
    ]


class Source:
    """A page source over a fixed list, counting the queries it answers."""

    def __init__(self, rows: list[PostingSummary]) -> None:
        self.rows = rows
        self.queries: list[tuple[int, int]] = []

    def __call__(self, offset: int, limit: int) -> tuple[int, list[ListRow]]:
        self.queries.append((offset, limit))
        page = self.rows[offset : offset + limit]
        return len(self.rows), [ListRow(row, f"…{row.title}…") for row in page]


def test_pages_are_fetched_only_as_needed(qapp: object) -> None:
    source = Source(summaries(PAGE_SIZE * 2 + 50))
    model = PostingListModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_source(source)
    assert (model.rowCount(), model.total) == (PAGE_SIZE, PAGE_SIZE * 2 + 50)
    assert source.queries == [(0, PAGE_SIZE)]
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE * 2 + 50 and not model.canFetchMore(QModelIndex())
    assert source.queries == [(0, PAGE_SIZE), (PAGE_SIZE, PAGE_SIZE), (PAGE_SIZE * 2, PAGE_SIZE)]


def test_scrolling_the_view_to_the_end_fetches_the_next_page(qtbot: object) -> None:
    source = Source(summaries(PAGE_SIZE * 3))
    model = PostingListModel()
    model.set_source(source)
    view = QTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)  # type: ignore[attr-defined]
    assert len(source.queries) == 2


def test_a_library_that_shrank_meanwhile_stops_fetching(qapp: object) -> None:
    source = Source(summaries(PAGE_SIZE + 10))
    model = PostingListModel()
    model.set_source(source)
    source.rows = source.rows[:PAGE_SIZE]  # someone deleted ten postings
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE and not model.canFetchMore(QModelIndex())


def test_cells_show_title_status_department_and_when(qapp: object) -> None:
    model = PostingListModel()
    model.set_source(Source(summaries(3)))

    def cell(row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(row, column), role)

    assert cell(0, Column.TITLE) == "岗位 1"
    assert cell(0, Column.DEPARTMENT) == "数据部" and cell(1, Column.DEPARTMENT) == ""
    assert cell(2, Column.STATUS) == "Published"
    assert cell(0, Column.TITLE, Qt.ItemDataRole.ToolTipRole) == "…岗位 1…"
    assert cell(0, Column.TITLE, PostingListRole.POSTING_ID) == 1
    assert cell(0, Column.UPDATED) == when_text(NOW - timedelta(days=1), QLocale())
    model.set_modified(1, True)
    assert cell(0, Column.TITLE) == "• 岗位 1"
    font = cell(0, Column.TITLE, Qt.ItemDataRole.FontRole)
    assert font is not None and font.italic()  # type: ignore[attr-defined]
    model.set_modified(1, False)
    assert cell(0, Column.TITLE) == "岗位 1"


def test_today_shows_the_time_and_older_days_the_date(qapp: object) -> None:
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    today = when_text(NOW, locale)
    earlier = when_text(NOW - timedelta(days=400), locale)
    assert ":" in today and "/" not in today
    assert "/" in earlier and ":" not in earlier


def test_sorting_asks_the_database(qapp: object) -> None:
    model = PostingListModel()
    asked: list[tuple[object, bool]] = []
    model.sort_requested.connect(lambda key, descending: asked.append((key, descending)))
    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert [(str(key), descending) for key, descending in asked] == [("title", True)]
