"""Markdown and the plain-text form of ``jdeditor show``: several postings, setext headings,
bulleted fields, escapes and nested lists."""

from __future__ import annotations

import gc
from collections.abc import Sequence

import pytest

from jdeditor.core.model import Item, ItemKind, Posting, SectionKind
from jdeditor.core.structure import (
    ParsedPosting,
    SourceLine,
    parse_lines,
    parse_text,
    split_items,
)
from jdeditor.core.structure.coverage import find_lost_lines, find_lost_text

D, R = SectionKind.DUTIES, SectionKind.REQUIREMENTS

MARKDOWN = """\
# 市场专员 0

- **所属部门**：市场部
- **工作地点**：Berlin

## 岗位职责

1. 具备团队精神用户研究需求文档。
2. 有责任心系统架构维护。

## 任职要求

1. 英语读写流利本科及以上学历。

# 财务经理 1

- **所属部门**：财务部
- **工作地点**：London

## 岗位职责

1. 业务流程系统架构参与。
"""

PLAIN = """\
市场专员 0
============

Department: 市场部
Location: Berlin
Status: draft
Language: zh

[岗位职责]
1. 具备团队精神用户研究需求文档。
2. 有责任心系统架构维护。

[任职要求]
1. 英语读写流利本科及以上学历。

Finance Manager 1
==================================

Department: Finance
Location: London
Status: published
Language: en

Short summary

[Responsibilities]
1. Own the budget.
"""


def _parse(text: str) -> list[ParsedPosting]:
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    return parsed


def _outline(posting: Posting) -> list[tuple[SectionKind, list[str]]]:
    return [(s.kind, [item.text for item in s.items]) for s in posting.sections]


def _tree(items: Sequence[Item]) -> list[object]:
    return [(item.text, _tree(item.children)) if item.children else item.text for item in items]


def test_markdown_postings_split_at_their_titles() -> None:
    first, second = (result.posting for result in _parse(MARKDOWN))
    assert (first.title, first.department, first.location) == ("市场专员 0", "市场部", "Berlin")
    assert _outline(first) == [
        (D, ["具备团队精神用户研究需求文档。", "有责任心系统架构维护。"]),
        (R, ["英语读写流利本科及以上学历。"]),
    ]
    assert (second.title, second.department, second.location) == ("财务经理 1", "财务部", "London")
    assert _outline(second) == [(D, ["业务流程系统架构参与。"])]
    # The field lines were read whole into their fields: they leave the summary.
    assert first.summary == ""


def test_bulleted_fields_are_items_inside_a_section() -> None:
    text = "# Engineer\n\n## Responsibilities\n\n- Build it.\n- Location: anywhere you like\n"
    [result] = _parse(text)
    assert result.posting.location == ""
    assert _outline(result.posting) == [(D, ["Build it.", "Location: anywhere you like"])]


def test_the_plain_text_form_of_show_reimports() -> None:
    first, second = (result.posting for result in _parse(PLAIN))
    assert (first.title, first.department, first.location) == ("市场专员 0", "市场部", "Berlin")
    assert first.summary == "Status: draft\nLanguage: zh"  # no fields of their own
    assert _outline(first) == [
        (D, ["具备团队精神用户研究需求文档。", "有责任心系统架构维护。"]),
        (R, ["英语读写流利本科及以上学历。"]),
    ]
    assert (second.title, second.location) == ("Finance Manager 1", "London")
    # A short line under the title's header lines is its summary, not another title.
    assert second.summary.endswith("Language: en\nShort summary")
    assert _outline(second) == [(D, ["Own the budget."])]


def test_unknown_label_lines_do_not_hide_the_next_title() -> None:
    text = (
        "产品经理\n岗位职责：\n1、负责产品规划。\n\n"
        "运营专员\nStatus: draft\nTags: 运营, 上海\n岗位职责：\n1、负责活动运营。\n"
    )
    assert [p.posting.title for p in _parse(text)] == ["产品经理", "运营专员"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Data Analyst\n---\n\nResponsibilities\n- Build reports.\n", "Data Analyst"),
        ("数据分析师\n=====\n工作地点：上海\n岗位职责\n1、做报表。\n", "数据分析师"),
    ],
)
def test_setext_headings(text: str, title: str) -> None:
    [result] = _parse(text)
    assert result.posting.title == title
    assert [s.kind for s in result.posting.sections] == [D]


def test_an_underline_under_a_list_item_is_a_rule() -> None:
    text = "Job A\nResponsibilities\n- one\n---\nJob B\nResponsibilities\n- two\n"
    parsed = _parse(text)
    assert [p.posting.title for p in parsed] == ["Job A", "Job B"]
    assert [s.count_items() for p in parsed for s in p.posting.sections] == [1, 1]


def test_a_heading_stronger_than_the_sections_starts_a_posting_across_prose() -> None:
    text = (
        "# Backend Engineer\n\n## Responsibilities\n\n- Build services.\n\n"
        "# Frontend Engineer\n\nWe are a small team in Lisbon.\n\n## Responsibilities\n\n"
        "- Build pages.\n"
    )
    parsed = _parse(text)
    assert [p.posting.title for p in parsed] == ["Backend Engineer", "Frontend Engineer"]
    assert parsed[1].posting.summary == "We are a small team in Lisbon."


def test_word_heading_levels_start_postings() -> None:
    paragraphs = [
        ("销售代表", 1),
        ("岗位职责", 2),
        ("开拓客户。", None),
        ("销售经理", 1),
        ("本岗位负责华东区。", None),
        ("岗位职责", 2),
        ("管理团队。", None),
    ]
    lines = [
        SourceLine(text, number, heading_level=level)
        for number, (text, level) in enumerate(paragraphs, 1)
    ]
    parsed = parse_lines(lines)
    assert [p.posting.title for p in parsed] == ["销售代表", "销售经理"]
    assert parsed[1].posting.summary == "本岗位负责华东区。"
    assert find_lost_lines(lines, parsed) == []


def test_a_bold_line_over_plain_sections_starts_a_posting() -> None:
    text = (
        "**产品经理**\n负责公司核心产品。\n岗位职责：\n1、产品规划。\n"
        "**运营专员**\n负责社区运营。\n岗位职责：\n1、活动策划。\n"
    )
    assert [p.posting.title for p in _parse(text)] == ["产品经理", "运营专员"]


def test_the_nearest_heading_is_the_title() -> None:
    text = (
        "## 社招职位\n### 1. 算法工程师\n【岗位职责】\n1. 训练模型。\n"
        "## 校招职位\n### 1. 算法实习生\n【岗位职责】\n1. 标注数据。\n"
    )
    parsed = _parse(text)
    assert [p.posting.title for p in parsed] == ["算法工程师", "算法实习生"]


def test_a_document_heading_does_not_swallow_the_first_title() -> None:
    text = (
        "# 【杭州】某公司\n简历投递至：jobs@example.com\n"
        "## Java开发工程师\n【岗位职责】\n1、写代码。\n"
    )
    [result] = _parse(text)
    assert result.posting.title == "Java开发工程师"


def test_markdown_escapes_are_text() -> None:
    text = (
        "# C\\# Developer\n\n## Requirements\n\n"
        "1. 1\\. is not a number here.\n"
        "2. \\- is not a bullet, \\*\\*nor bold\\*\\*, \\<b> is no tag, \\$5 \\_x\\_.\n"
        "3. First line\\\n   second line.\n"
    )
    [result] = _parse(text)
    assert result.posting.title == "C# Developer"
    assert _outline(result.posting) == [
        (
            R,
            [
                "1. is not a number here.",
                "- is not a bullet, **nor bold**, <b> is no tag, $5 _x_.",
                "First line\nsecond line.",
            ],
        )
    ]


def test_an_escaped_marker_starts_no_item() -> None:
    text = "# Engineer\n\n## Responsibilities\n\n- Code.\n\n1\\. Not an item.\n\n\\- Nor this.\n"
    [result] = _parse(text)
    [section] = result.posting.sections
    assert [(i.kind, i.text) for i in section.items] == [
        (ItemKind.ITEM, "Code."),
        (ItemKind.PARAGRAPH, "1. Not an item."),
        (ItemKind.PARAGRAPH, "- Nor this."),
    ]


def test_markdown_lists_nest_by_indentation() -> None:
    text = (
        "# Engineer\n\n## Responsibilities\n\n"
        "1. One.\n    1. One one.\n    2. One two.\n        - deep\n2. Two.\n"
        "    - bullet\n    - bullet too\n3. Three.\n"
    )
    [result] = _parse(text)
    [section] = result.posting.sections
    assert _tree(section.items) == [
        ("One.", ["One one.", ("One two.", ["deep"])]),
        ("Two.", ["bullet", "bullet too"]),
        "Three.",
    ]
    assert result.warnings == []


@pytest.mark.parametrize(
    "text",
    [
        "岗位职责\n1、甲。\n 2、乙。\n  3、丙。\n4、丁。\n",
        "岗位职责\n   1、甲。\n2、乙。\n  3、丙。\n4、丁。\n",
    ],
)
def test_sloppy_indentation_does_not_nest(text: str) -> None:
    [result] = _parse(text)
    items = result.posting.sections[0].items
    assert [(item.text, item.children) for item in items] == [
        ("甲。", []),
        ("乙。", []),
        ("丙。", []),
        ("丁。", []),
    ]
    assert result.warnings == []


def test_the_cycle_collector_runs_again_after_a_parse() -> None:
    assert gc.isenabled()
    parse_text(MARKDOWN)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_text(MARKDOWN)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_pasted_markdown_lists_keep_their_nesting() -> None:
    items = split_items("- Python\n    - pandas\n    - numpy\n- SQL\n")
    assert _tree(items) == [("Python", ["pandas", "numpy"]), "SQL"]


def test_a_job_heading_that_is_a_link_names_the_job() -> None:
    text = (
        "# 某科技招聘【后端工程师】【运维工程师】\n\n"
        "## [后端工程师](https://jobs.example.com/1)\n\n### 岗位职责\n\n- 1、写服务\n\n"
        "## [运维工程师](https://jobs.example.com/2?ka=x)\n\n### 岗位职责\n\n- 1、管机器\n"
    )
    postings = [result.posting for result in _parse(text)]
    assert [posting.title for posting in postings] == ["后端工程师", "运维工程师"]
    # The job's page is kept with the job, not dropped with the link's brackets.
    assert "https://jobs.example.com/2?ka=x" in postings[1].summary
    assert _outline(postings[1])[-1] == (D, ["1、管机器"])


def test_a_link_inside_a_heading_stays_text() -> None:
    [result] = _parse("# 岗位\n\n## 更多见[官网](https://example.com)\n\n- 写代码\n")
    assert result.posting.summary == "更多见[官网](https://example.com)"
