"""The list's match count: exact up to the cap, "1,000+" past it, and the list still
loads every hit as it scrolls. A cap of 3 (monkeypatched) stands for the 1,000."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jdeditor.core.model import Item, Posting, Section, SectionKind
from jdeditor.gui import library_panel
from jdeditor.gui.main_window import MainWindow
from jdeditor.gui.models import posting_list_model
from jdeditor.store import search
from tests.gui.typing_helpers import commit_text
from tests.gui.windows import open_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """Sixty postings with 岗位, two of them with 预算; a cap of 3, pages of 40 rows
    (more than the list shows at once, so that it scrolls)."""
    monkeypatch.setattr(search, "TOTAL_CAP", 3)
    monkeypatch.setattr(posting_list_model, "PAGE_SIZE", 40)
    opened = open_window(qtbot, tmp_path / "count.db")
    opened.library._repository.add_many(
        [
            Posting(
                title=f"职位 {n}",
                sections=[
                    Section(
                        SectionKind.DUTIES,
                        "职责",
                        [Item("负责岗位工作"), Item("编制预算" if n < 2 else "沟通")],
                    )
                ],
            )
            for n in range(60)
        ]
    )
    opened.panel.refresh()
    yield opened
    opened.library.close()


def _search(qtbot: object, window: MainWindow, text: str, label: str) -> None:
    window.panel.search_edit.clear()
    commit_text(window.panel.search_edit, text)
    qtbot.waitUntil(lambda: window.panel.count_label.text() == label)  # type: ignore[attr-defined]


def _scroll_to_the_end(qtbot: object, window: MainWindow) -> None:
    """Scroll down as a person would, until the list has loaded every row."""
    model = window.panel.model
    while model.canFetchMore():
        rows = model.rowCount()
        window.panel.view.scrollToBottom()
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda rows=rows: model.rowCount() > rows or not model.canFetchMore()
        )


def test_a_capped_count_says_plus_and_the_list_loads_every_hit(
    qtbot: object, window: MainWindow
) -> None:
    _search(qtbot, window, "预算", "2 matches")
    _search(qtbot, window, "岗位", "3+ matches")
    assert window.panel.model.rowCount() == 40  # the first page
    _scroll_to_the_end(qtbot, window)
    assert window.panel.model.rowCount() == 60
    assert window.panel.count_label.text() == "3+ matches"
    assert window.panel.listed_count() == 60  # what "the postings in the list" exports


def test_a_capped_count_in_chinese(qtbot: object, chinese: None, window: MainWindow) -> None:
    _search(qtbot, window, "岗位", "找到 3+ 个")
    _search(qtbot, window, "预算", "找到 2 个")


def test_rows_to_load_follow_full_pages_past_the_cap() -> None:
    rows = [object()] * 2
    assert library_panel._rows_to_load(5, True, 0, 2, rows) == 5  # type: ignore[arg-type]
    assert library_panel._rows_to_load(3, False, 0, 2, rows) == 3  # type: ignore[arg-type]
    assert library_panel._rows_to_load(3, False, 4, 2, rows) == 7  # type: ignore[arg-type]
    assert library_panel._rows_to_load(3, False, 4, 2, rows[:1]) == 5  # type: ignore[arg-type]
