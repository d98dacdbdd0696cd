"""The Families tab follows the section being edited, as the statements list does, and
keeps a kind the user picks there for the rest of the session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jdeditor.core.model import SectionKind
from jdeditor.gui.main_window import MainWindow
from tests.gui.statement_postings import MOST_USED, open_row, statements_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    yield from statements_window(qtbot, tmp_path / "families.db")


def focus_section(window: MainWindow, position: int) -> None:
    """Click into a section of the open posting."""
    window.editor.section_frames()[position].editor.view().setFocus(Qt.FocusReason.MouseFocusReason)


def click_tab(qtbot: object, window: MainWindow, index: int) -> None:
    bar = window.statements.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())  # type: ignore[attr-defined]


def wait_families(qtbot: object, window: MainWindow) -> None:
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not window.statements.task_running("families"), timeout=10000
    )


def test_the_families_tab_follows_the_section_being_edited(
    qtbot: object, window: MainWindow
) -> None:
    families = window.statements.families_panel
    open_row(window, "产品经理")
    focus_section(window, 1)  # requirements, with the Statements tab shown
    assert families.kind() is SectionKind.REQUIREMENTS
    assert not window.statements.task_running("families")  # hidden: not listed yet
    click_tab(qtbot, window, 1)
    assert families.isVisible()
    wait_families(qtbot, window)
    assert any(MOST_USED in family.representative for family in families.families())
    focus_section(window, 0)  # duties: the shown tab follows and lists again
    assert families.kind() is SectionKind.DUTIES
    wait_families(qtbot, window)
    assert not any(MOST_USED in family.representative for family in families.families())


def test_a_kind_picked_in_the_tab_is_kept_for_the_session(
    qtbot: object, window: MainWindow
) -> None:
    actions = window.statements
    families = actions.families_panel
    open_row(window, "产品经理")
    focus_section(window, 0)
    click_tab(qtbot, window, 1)
    wait_families(qtbot, window)
    families.kind_combo.setFocus()
    qtbot.keyClick(families.kind_combo, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    qtbot.keyClick(families.kind_combo, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert families.kind() is SectionKind.PREFERRED
    wait_families(qtbot, window)
    focus_section(window, 1)  # the statements list follows; the user's pick stays
    assert actions.panel.kind() is SectionKind.REQUIREMENTS
    assert families.kind() is SectionKind.PREFERRED
    click_tab(qtbot, window, 0)
    focus_section(window, 0)
    click_tab(qtbot, window, 1)
    assert families.kind() is SectionKind.PREFERRED
    open_row(window, "数据分析师")  # another posting, the same session
    focus_section(window, 1)
    assert families.kind() is SectionKind.PREFERRED
