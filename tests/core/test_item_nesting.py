"""Paragraphs inside list items: Markdown indentation and our HTML export's levels."""

from __future__ import annotations

from jdeditor.core.model import Posting, Section
from jdeditor.core.structure import parse_text
from jdeditor.formats.html_export import render_html_sections


def _outline(section: Section) -> list[tuple[int, str, str]]:
    return [(depth, item.kind.value, item.text) for depth, item in section.walk()]


MARKDOWN = (
    "# 产品经理\n\n## 岗位职责\n\n1. 质量要求\n\n    说明文字。\n\n    1. 子项一\n    2. 子项二\n\n"
    "    最后一段。\n2. 研制过程\n"
)
NESTED = [
    (0, "item", "质量要求"),
    (1, "paragraph", "说明文字。"),
    (1, "item", "子项一"),
    (1, "item", "子项二"),
    (1, "paragraph", "最后一段。"),
    (0, "item", "研制过程"),
]


def _duties(text: str) -> Posting:
    [result] = parse_text(text)
    return result.posting


def test_a_paragraph_indented_to_the_items_text_is_inside_the_item() -> None:
    assert _outline(_duties(MARKDOWN).sections[0]) == NESTED


def test_a_paragraph_not_indented_stays_after_the_item() -> None:
    text = "## 岗位职责\n\n1. 质量要求\n\n说明文字。\n\n2. 研制过程\n"
    [result] = parse_text(text)
    assert _outline(result.posting.sections[0]) == [
        (0, "item", "质量要求"),
        (0, "paragraph", "说明文字。"),
        (0, "item", "研制过程"),
    ]


def test_html_export_marks_paragraphs_inside_items_and_reads_them_back() -> None:
    posting = _duties(MARKDOWN)
    sections = render_html_sections(posting)
    assert '<p data-level="1">说明文字。</p>' in sections
    back = _duties(f"<h1>产品经理</h1>\n{sections}")
    assert _outline(back.sections[0]) == NESTED


def test_a_level_with_no_item_to_hold_the_paragraph_places_it_after_the_list() -> None:
    text = '<h2>岗位职责</h2>\n<p data-level="2">说明文字。</p>\n'
    text += '<ol>\n<li aria-level="1">一项</li>\n'
    posting = _duties(text)
    assert [(item.kind.value, item.text) for item in posting.sections[0].items] == [
        ("paragraph", "说明文字。"),
        ("item", "一项"),
    ]


def test_a_sentence_with_a_colon_over_a_list_introduces_it_and_heads_no_group() -> None:
    text = (
        "## Benefits\n\n1. Rewarding your contribution\n\n"
        "We value excellence and share success:\n\n"
        "2. Annual salary\n3. Equity package\n\nLocations:\n\n- Berlin\n- Milan\n"
    )
    [result] = parse_text(text)
    assert _outline(result.posting.sections[0]) == [
        (0, "item", "Rewarding your contribution"),
        (0, "paragraph", "We value excellence and share success:"),
        (0, "item", "Annual salary"),
        (0, "item", "Equity package"),
        (0, "paragraph", "Locations"),
        (1, "item", "Berlin"),
        (1, "item", "Milan"),
    ]


ON_FROM_BEFORE = [
    (0, "item", "Build data pipelines"),
    (0, "item", "Orchestrate jobs"),
    (0, "paragraph", "Platform User:"),
    (0, "item", "Monitor ingestion jobs"),
    (0, "item", "Deploy code"),
]


def test_a_line_over_a_list_numbered_on_from_the_items_before_heads_no_group() -> None:
    start = (
        "## Responsibilities\n\n1. Build data pipelines\n2. Orchestrate jobs\n\nPlatform User:\n\n"
    )
    on = _duties(start + "3. Monitor ingestion jobs\n4. Deploy code\n")
    assert _outline(on.sections[0]) == ON_FROM_BEFORE
    afresh = _duties(start + "1. Monitor ingestion jobs\n2. Deploy code\n")
    assert _outline(afresh.sections[0])[2:] == [
        (0, "paragraph", "Platform User"),
        (1, "item", "Monitor ingestion jobs"),
        (1, "item", "Deploy code"),
    ]


def test_html_export_marks_a_list_that_goes_on_and_reads_it_back() -> None:
    text = (
        "## Responsibilities\n\n1. Build data pipelines\n2. Orchestrate jobs\n\nPlatform User:\n\n"
    )
    posting = _duties(text + "3. Monitor ingestion jobs\n4. Deploy code\n")
    sections = render_html_sections(posting)
    assert '<li aria-level="1" value="3">Monitor ingestion jobs</li>' in sections
    back = _duties(f"<h1>Analytics Engineer</h1>\n{sections}")
    assert _outline(back.sections[0]) == ON_FROM_BEFORE
