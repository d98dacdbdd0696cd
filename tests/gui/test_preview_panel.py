"""The live preview numbers items as the chosen Word template does, and remembers the choice."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jdeditor.gui.editors.item_delegate import ItemTextEdit
from jdeditor.gui.main_window import MainWindow
from tests.factories import chinese_posting
from tests.gui.windows import open_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    opened = open_window(qtbot, tmp_path / "lib.db")
    opened.library.create_posting(chinese_posting())
    opened.panel.refresh()
    opened.panel.view.selectRow(0)
    yield opened
    opened.editor.set_posting(None)
    opened.library.close()


def shown(window: MainWindow) -> str:
    """The preview's lines; a label and its item's text (two table cells) as one line."""
    lines = window.preview.toPlainText().splitlines()
    return "\n".join(f"{a} {b}" for a, b in itertools.pairwise(lines))


def test_default_template_numbering_and_a_chosen_one(window: MainWindow, qtbot: object) -> None:
    combo = window.preview_panel.template_combo
    assert combo.isEnabled()
    assert combo.currentIndex() == 0  # the default template: formal-zh for Chinese
    assert combo.itemText(0) == "Default template (formal-zh)"
    assert [combo.itemData(i) for i in range(combo.count())][1:] == [
        info.name for info in window.library.templates()
    ]
    text = shown(window)
    assert "一、 市场及用户研究" in text and "1、 市场分析：了解竞争对手产品" in text

    combo.setCurrentIndex(combo.findData("jd-en"))  # as a user picks it from the list
    text = shown(window)
    assert "1. 市场及用户研究" in text and "1.1. 市场分析：了解竞争对手产品" in text
    assert QSettings().value("preview/template") == "jd-en"


def test_the_choice_is_remembered_by_the_next_window(
    window: MainWindow, qtbot: object, tmp_path: Path
) -> None:
    combo = window.preview_panel.template_combo
    combo.setCurrentIndex(combo.findData("jd-en"))
    window.editor.set_posting(None)
    window.library.close()
    window.close()
    again = open_window(qtbot, tmp_path / "lib.db")
    try:
        again.panel.view.selectRow(0)
        assert again.preview_panel.template() == "jd-en"
        assert "1.1. 市场分析" in shown(again)
        again_combo = again.preview_panel.template_combo
        again_combo.setCurrentIndex(0)
        assert "1、 市场分析" in shown(again)
        assert QSettings().value("preview/template") == ""
    finally:
        again.editor.set_posting(None)
        again.library.close()


def test_typing_a_new_item_shows_its_number(window: MainWindow, qtbot: object) -> None:
    requirements = window.editor.section_frames()[1].editor
    requirements.view().setFocus()
    requirements.view().setCurrentIndex(requirements.model().index(1, 0))
    requirements.item_action("add_item").trigger()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: isinstance(QApplication.focusWidget(), ItemTextEdit)
    )
    qtbot.keyClicks(QApplication.focusWidget(), "Hire fast")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "3、 Hire fast" in shown(window))  # type: ignore[attr-defined]
    window.preview_action.setChecked(False)  # F9: hidden, and shown again as it is now
    assert not window.preview_panel.isVisible()
    window.preview_action.setChecked(True)
    assert "3、 Hire fast" in shown(window)
