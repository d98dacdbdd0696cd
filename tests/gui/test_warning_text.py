"""Import warnings written in the interface's language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from jdeditor.core.structure import ParseWarning, parse_text
from jdeditor.core.structure.warnings import KINDS
from jdeditor.gui.warning_text import _patterns, warning_text

TEXT = (
    "数据分析师\n岗位职责\n1、负责数据分析\n3、撰写报告\n3、维护报表\n"
    "4、负责产'品规划\n5、负责数据分析\n任职要求\n薪资：面议 15 起\n"
)


def warnings_of(text: str) -> list[ParseWarning]:
    return [warning for parsed in parse_text(text) for warning in parsed.warnings]


def test_every_kind_of_warning_has_a_pattern() -> None:
    assert set(_patterns()) == set(KINDS)


def test_warnings_in_english(qapp: QApplication) -> None:
    texts = [warning_text(warning) for warning in warnings_of(TEXT)]
    assert "Line 4: the numbering jumps from 1 to 3: “撰写报告”." in texts
    assert "Line 5: the number 3 comes again after 3: “维护报表”." in texts
    assert any(
        text.startswith("Line 6: possible scraping debris (a stray apostrophe") for text in texts
    )
    assert "Line 7: the item “负责数据分析” appears twice (first on line 3)." in texts


def test_warnings_in_chinese(chinese: None) -> None:
    texts = [warning_text(warning) for warning in warnings_of(TEXT)]
    assert "第 4 行：编号从 1 跳到 3：“撰写报告”。" in texts
    assert "第 7 行：条目“负责数据分析”出现了两次（第一次在第 3 行）。" in texts
    assert any("中文中夹杂的撇号" in text for text in texts)


def test_a_warning_of_an_unknown_kind_keeps_its_sentence(qapp: QApplication) -> None:
    warning = ParseWarning("new_code", 'Posting "x", line 2: something new.', 2, "x")
    assert warning_text(warning) == 'Posting "x", line 2: something new.'
