"""The library list with the real rules (zh.gender, quality.debris): the errors column and
filter show the posting with a gender condition. Skipped until those rules are in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from jdeditor.core.model import Item
from jdeditor.gui.library_panel import LibraryPanel
from jdeditor.gui.models.posting_list_model import Column
from jdeditor.service import Library
from tests.checks_real import needs_rules
from tests.factories import chinese_posting, english_posting


@needs_rules("quality.debris", "zh.gender")
def test_a_gender_condition_shows_in_the_list(qtbot: QtBot, tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.db") as library:
        library.create_posting(english_posting())
        faulty = chinese_posting("前台接待")
        faulty.sections[1].items.append(Item("限女性，___"))
        library.create_posting(faulty)
        panel = LibraryPanel(library)
        qtbot.addWidget(panel)
        panel.errors_filter.setChecked(True)
        model = panel.model
        assert model.rowCount() == 1
        assert model.index(0, Column.TITLE).data() == "前台接待"
        cell = model.index(0, Column.CHECKS)
        assert int(cell.data()) >= 1
        assert isinstance(cell.data(Qt.ItemDataRole.DecorationRole), QIcon)
