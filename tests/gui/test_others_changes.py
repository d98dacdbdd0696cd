"""Other people's changes reach an open window, on both databases: the list follows, the
selection and the open posting stay, and the form is reloaded or a notice says why not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jdeditor.gui.main_window import MainWindow
from jdeditor.service import Library
from tests.factories import chinese_posting, english_posting
from tests.gui.typing_helpers import type_text


@pytest.fixture
def theirs(library_url: str) -> Iterator[Library]:
    """Someone else's app on the same library, holding two postings."""
    with Library.open(library_url) as library:
        library.create_posting(chinese_posting("数据分析师"))
        library.create_posting(english_posting("Backend Engineer"))
        yield library


@pytest.fixture
def window(qtbot: object, library_url: str, theirs: Library) -> Iterator[MainWindow]:
    opened = MainWindow(Library.open(library_url))
    qtbot.addWidget(  # type: ignore[attr-defined]
        opened, before_close_func=lambda w: w.editor.set_posting(None)
    )
    opened.show()
    yield opened
    opened.others.stop()
    if opened.open_library() is not None:
        opened.library.close()


def titles(window: MainWindow) -> list[str]:
    model = window.panel.model
    return sorted(model.summary_at(row).title for row in range(model.rowCount()))  # type: ignore[union-attr]


def wait_for_news(qtbot: object, window: MainWindow, change: object) -> None:
    """Run ``change`` (someone else's write) and wait until the window has shown it: the
    server's notice on PostgreSQL; on SQLite, the check the timer and the focus make."""
    if window.library.notifies:
        with qtbot.waitSignal(window.others.applied, timeout=10000):  # type: ignore[attr-defined]
            change()  # type: ignore[operator]
    else:
        change()  # type: ignore[operator]
        assert window.others.check_now()


def open_first(window: MainWindow, title: str) -> int:
    model = window.panel.model
    row = next(r for r in range(model.rowCount()) if model.summary_at(r).title == title)  # type: ignore[union-attr]
    posting_id = model.summary_at(row).id  # type: ignore[union-attr]
    assert posting_id is not None
    window.open_posting(posting_id)
    return posting_id


def test_list_picks_up_others_postings_and_keeps_the_selection(
    qtbot: object, window: MainWindow, theirs: Library
) -> None:
    opened = open_first(window, "数据分析师")
    wait_for_news(qtbot, window, lambda: theirs.create_posting(chinese_posting("产品经理")))
    assert titles(window) == ["Backend Engineer", "产品经理", "数据分析师"]
    assert window.panel.current_posting_id() == opened
    assert window.panel.selected_posting_ids() == [opened]
    other = next(s for s in theirs.list_postings().rows if s.title == "Backend Engineer")
    wait_for_news(qtbot, window, lambda: theirs.delete_posting(other.id or 0))
    assert titles(window) == ["产品经理", "数据分析师"]
    assert window.current_posting() is not None
    assert window.current_posting().id == opened  # type: ignore[union-attr]
    assert not window.others.check_now() or window.library.notifies  # nothing new since


def test_open_posting_without_edits_is_reloaded_with_a_notice(
    qtbot: object, window: MainWindow, theirs: Library
) -> None:
    opened = open_first(window, "数据分析师")
    stored = theirs.get_posting(opened)
    stored.title = "高级数据分析师"
    wait_for_news(qtbot, window, lambda: theirs.save_posting(stored))
    assert window.current_posting().title == "高级数据分析师"  # type: ignore[union-attr]
    assert window.editor.header.title_edit.text() == "高级数据分析师"
    assert not window.is_modified()
    assert "now shows their version" in window.others.notice.text()
    assert "高级数据分析师" in titles(window)


def test_unsaved_edits_are_kept_and_the_notice_says_the_save_will_ask(
    qtbot: object, window: MainWindow, theirs: Library
) -> None:
    opened = open_first(window, "数据分析师")
    type_text(qtbot, window.editor.header.title_edit, "（北京）")
    assert window.is_modified()
    stored = theirs.get_posting(opened)
    stored.title = "他们的标题"
    wait_for_news(qtbot, window, lambda: theirs.save_posting(stored))
    assert window.editor.header.title_edit.text() == "数据分析师（北京）"
    assert window.is_modified()
    assert "your save will ask how to combine" in window.others.notice.text()
    assert window.others.notice.isVisible()


def test_open_posting_trashed_by_someone_else_keeps_the_edits(
    qtbot: object, window: MainWindow, theirs: Library
) -> None:
    opened = open_first(window, "数据分析师")
    type_text(qtbot, window.editor.header.title_edit, "！")
    wait_for_news(qtbot, window, lambda: theirs.delete_posting(opened))
    assert window.editor.header.title_edit.text() == "数据分析师！"
    assert "moved this posting to the trash" in window.others.notice.text()
    assert titles(window) == ["Backend Engineer"]
