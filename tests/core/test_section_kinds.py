"""Sections inside a posting: headings read by meaning, and lists read by what they say."""

from __future__ import annotations

import pytest

from jdeditor.core.model import Posting, SectionKind
from jdeditor.core.structure import ParseOptions, parse_text
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


def test_a_list_under_a_name_that_says_what_the_candidate_knows_is_the_requirements() -> None:
    text = "数据工程师\n- 本科及以上学历，计算机相关专业\n- 熟悉 Spark 或 Flink\n- 踏实肯干\n"
    [result] = parse_text(text)
    assert _kinds(result.posting) == [(SectionKind.REQUIREMENTS, "任职要求", 3)]
    assert [warning.kind for warning in result.warnings] == [
        "list_as_requirements",
        "no_duties",
    ]


def test_a_list_under_a_name_with_one_duty_stays_the_duties() -> None:
    text = "数据工程师\n- 负责数据仓库建设\n- 熟悉 Spark 或 Flink\n- 本科及以上学历\n"
    [result] = parse_text(text)
    assert _kinds(result.posting) == [(SectionKind.DUTIES, "岗位职责", 3)]


def test_english_list_items_are_read_the_same_way() -> None:
    text = "Data Engineer\n\n- 3+ years of experience with Python\n- Strong SQL\n- Curiosity\n"
    [result] = parse_text(text)
    assert _kinds(result.posting) == [(SectionKind.REQUIREMENTS, "Requirements", 3)]


def test_a_second_duties_heading_over_a_candidates_list_is_the_requirements() -> None:
    text = (
        "【岗位描述】\n1、负责营销系统开发\n2、参与架构设计\n"
        "【职位描述】\n1、三年以上 Java 经验\n2、熟悉分布式系统\n"
    )
    [result] = parse_text(text, ParseOptions(fallback_title="Java 工程师"))
    assert _kinds(result.posting) == [
        (SectionKind.DUTIES, "岗位描述", 2),
        (SectionKind.REQUIREMENTS, "职位描述", 2),
    ]


def test_prose_under_the_name_stays_the_duties_of_a_requirements_list() -> None:
    text = (
        "### 大数据工程师\n作为大数据工程师，您将负责扩展我们的数据平台。\n"
        "- 有 5 年以上数据工程经验\n- 熟悉 Spark\n"
    )
    [result] = parse_text(text)
    posting = result.posting
    assert _kinds(posting) == [
        (SectionKind.DUTIES, "岗位职责", 1),
        (SectionKind.REQUIREMENTS, "任职要求", 2),
    ]
    assert posting.summary == ""


def test_prose_about_the_work_before_the_requirements_is_the_duties() -> None:
    text = (
        "#### 全栈工程师\n围绕各种算法模型，设计可实施的原型产品方案，并进行前后端的开发。\n"
        "职位要求\n1. 本科及以上学历\n2. 熟悉 Python\n"
    )
    [result] = parse_text(text)
    posting = result.posting
    assert _kinds(posting) == [
        (SectionKind.DUTIES, "岗位职责", 1),
        (SectionKind.REQUIREMENTS, "职位要求", 2),
    ]
    assert posting.summary == ""


@pytest.mark.parametrize(
    "prose",
    [
        "我们是一家致力于数据库研发的公司，团队氛围开放。",  # about the company
        "数据平台",  # a name, not a sentence
    ],
)
def test_other_text_before_the_requirements_stays_in_the_summary(prose: str) -> None:
    text = f"#### 全栈工程师\n{prose}\n职位要求\n1. 本科及以上学历\n2. 熟悉 Python\n"
    [result] = parse_text(text)
    assert result.posting.summary == prose
    assert [kind for kind, _, _ in _kinds(result.posting)] == [SectionKind.REQUIREMENTS]


def test_english_prose_is_left_to_the_role_statement_rule() -> None:
    text = (
        "Data Engineer\n\nWe build and design data pipelines, and develop our platform.\n\n"
        "Requirements\n- Python\n- SQL\n"
    )
    [result] = parse_text(text)
    assert [kind for kind, _, _ in _kinds(result.posting)] == [SectionKind.REQUIREMENTS]


def test_a_team_introduction_first_under_the_duties_heading_introduces_them() -> None:
    text = (
        "## 前端工程师\n\n### 职位描述\n团队介绍：生活服务业务依托于抖音。\n\n"
        "1、负责前端研发\n2、优化系统性能\n\n### 职位要求\n1、精通前端技术\n"
    )
    [result] = parse_text(text)
    posting = result.posting
    assert _kinds(posting) == [
        (SectionKind.DUTIES, "职位描述", 3),
        (SectionKind.REQUIREMENTS, "职位要求", 1),
    ]
    assert posting.sections[0].items[0].text == "团队介绍：生活服务业务依托于抖音。"


def test_a_team_introduction_elsewhere_is_a_section_of_its_own() -> None:
    text = "## 前端工程师\n\n团队介绍：生活服务业务依托于抖音。\n\n### 职位描述\n1、负责前端研发\n"
    [result] = parse_text(text)
    assert [kind for kind, _, _ in _kinds(result.posting)] == [
        SectionKind.ABOUT,
        SectionKind.DUTIES,
    ]


def test_a_marked_heading_is_trusted_like_one_with_a_colon() -> None:
    assert match_heading("掌握以下技能将会大大加分") is None
    match = match_heading("掌握以下技能将会大大加分", marked=True)
    assert match is not None and match.kind is SectionKind.PREFERRED
    text = "## 开发工程师\n### 岗位职责\n1. 负责开发\n### 掌握以下技能将会大大加分\n1. 熟悉汇编\n"
    [result] = parse_text(text)
    assert [kind for kind, _, _ in _kinds(result.posting)] == [
        SectionKind.DUTIES,
        SectionKind.PREFERRED,
    ]


def test_a_sentence_before_the_jobs_is_the_first_line_of_the_shared_introduction() -> None:
    text = (
        "出海公司早期项目，base广州，4月到岗\n团队：20+人\n"
        "iOS 开发\n1. 熟悉 Swift\n2. 有三年经验\n"
        "安卓开发\n1. 熟悉 Kotlin\n2. 有三年经验\n"
    )
    parsed = parse_text(text)
    assert [result.posting.title for result in parsed] == ["iOS 开发", "安卓开发"]
    for result in parsed:
        about = result.posting.sections[0]
        assert (about.kind, about.heading) == (SectionKind.ABOUT, "公司介绍")
        assert [item.text for item in about.items] == [
            "出海公司早期项目，base广州，4月到岗",
            "团队：20+人",
        ]
