"""Sections inside a posting: headings read by meaning, and lists read by what they say."""

from __future__ import annotations

import pytest

from jdeditor.core.model import Posting, SectionKind
from jdeditor.core.structure import parse_text
from jdeditor.core.structure.headings import match_heading


def _kinds(posting: Posting) -> list[tuple[SectionKind, str, int]]:
    return [(section.kind, section.heading, len(section.items)) for section in posting.sections]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("### 我们期望你", SectionKind.REQUIREMENTS),
        ("我们期望的你：", SectionKind.REQUIREMENTS),
        ("对你的期望", SectionKind.REQUIREMENTS),
        ("目标：", SectionKind.DUTIES),
        ("【岗位目标】", SectionKind.DUTIES),
    ],
)
def test_heading_phrasings(text: str, kind: SectionKind) -> None:
    match = match_heading(text)
    assert match is not None and match.kind is kind


def test_a_field_value_on_its_own_line_names_no_posting() -> None:
    text = (
        "## 前端工程师\n\n### 工作内容\n开发交易页面\n\n### 工作地点\n杭州\n\n"
        "### 我们期望你\n* 熟悉 React\n* 有三年经验\n"
    )
    [result] = parse_text(text)
    posting = result.posting
    assert (posting.title, posting.location) == ("前端工程师", "杭州")
    assert [kind for kind, _, _ in _kinds(posting)] == [
        SectionKind.DUTIES,
        SectionKind.REQUIREMENTS,
    ]
