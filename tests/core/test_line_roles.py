"""What each source line of a posting became, for the import review's marks."""

from __future__ import annotations

from jdeditor.core.structure import ParseOptions, SourceLine, parse_text
from jdeditor.core.structure.line_roles import LineRole, line_roles
from jdeditor.core.structure.source import split_source_text

POSTING = """高级数据分析师
工作地点：上海
负责公司的数据分析工作。
岗位职责：
1. 制作周报
2. 维护指标体系

任职要求：
- 熟悉SQL
"""


def test_each_line_is_marked_by_what_it_became() -> None:
    parsed = parse_text(POSTING, ParseOptions(single=True))[0]
    roles = line_roles(split_source_text(POSTING), parsed.title_line)
    assert parsed.title_line == 1
    assert roles == {
        1: LineRole.TITLE,
        2: LineRole.FIELD,
        3: LineRole.TEXT,
        4: LineRole.HEADING,
        5: LineRole.ITEM,
        6: LineRole.ITEM,
        7: LineRole.BLANK,
        8: LineRole.HEADING,
        9: LineRole.ITEM,
    }


def test_a_fallback_title_marks_no_line_as_the_title() -> None:
    lines = split_source_text("岗位职责：\n1. 制作周报\n")
    roles = line_roles(lines, None)
    assert LineRole.TITLE not in roles.values()
    assert roles == {1: LineRole.HEADING, 2: LineRole.ITEM}


def test_a_bulleted_field_is_a_field_in_the_header_and_an_item_in_a_section() -> None:
    lines = split_source_text("产品经理\n- 工作地点：上海\n岗位职责：\n- 工作地点：客户现场\n")
    roles = line_roles(lines, 1)
    assert roles[2] is LineRole.FIELD
    assert roles[4] is LineRole.ITEM


def test_a_line_cut_in_several_takes_its_strongest_role() -> None:
    # Pasted HTML: one source line holds a heading and an item (<br> splits it).
    lines = [SourceLine("岗位职责：<br>1. 制作周报", 7)]
    assert line_roles(lines, None) == {7: LineRole.HEADING}


def test_word_paragraph_numbers_are_kept() -> None:
    lines = [
        SourceLine("数据分析师", 3, heading_level=1),
        SourceLine("制作周报", 5, list_level=0),
    ]
    assert line_roles(lines, 3) == {3: LineRole.TITLE, 5: LineRole.ITEM}


def test_a_team_introduction_under_the_duties_heading_is_marked_as_text() -> None:
    text = "前端工程师\n职位描述\n团队介绍：生活服务业务依托于抖音。\n1、负责前端研发\n"
    parsed = parse_text(text, ParseOptions(single=True))[0]
    roles = line_roles(split_source_text(text), parsed.title_line)
    assert [roles[number] for number in (2, 3, 4)] == [
        LineRole.HEADING,
        LineRole.TEXT,
        LineRole.ITEM,
    ]
