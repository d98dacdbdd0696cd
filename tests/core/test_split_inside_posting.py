"""Lines inside a posting that must not start another one (docs/import.md, "Where a posting
starts"): what our own exports write under a posting's title comes back as that posting."""

from __future__ import annotations

from jdeditor.core.model import SectionKind
from jdeditor.core.structure import ParseOptions, parse_text
from jdeditor.core.structure.lines import classify_text_lines
from jdeditor.core.structure.titles import clean_title, names_role

D, R, A, OTHER, P = (
    SectionKind.DUTIES,
    SectionKind.REQUIREMENTS,
    SectionKind.ABOUT,
    SectionKind.OTHER,
    SectionKind.PREFERRED,
)


def _titles(text: str) -> list[str]:
    return [parsed.posting.title for parsed in parse_text(text, ParseOptions())]


def _kinds(text: str) -> list[list[SectionKind]]:
    found = parse_text(text, ParseOptions())
    return [[section.kind for section in parsed.posting.sections] for parsed in found]


def test_an_intro_under_a_job_title_stays_with_the_job() -> None:
    """Under a title that names the job, before its duties: a team heading, its paragraphs
    and a short closing line are the job's, not another posting."""
    text = (
        "# 数据平台工程师\n\n## 星河科技数据团队\n\n"
        "我们负责公司全部的数据平台建设。\n\n"
        "一起把数据做好\n\n"
        "## 工作职责\n\n1. 建设数据管道\n\n## 任职要求\n\n1. 三年以上相关经验\n"
    )
    assert _titles(text) == ["数据平台工程师"]


def test_a_sentence_naming_a_role_is_no_title() -> None:
    """觉得开发越来越无聊，…: clauses that mention a role do not name the job."""
    text = (
        "# 技术升级工程师\n\n## 团队介绍\n\n我们构建实时互联网。\n\n"
        "觉得开发越来越无聊，来这里可以让你再次燃起技术的火花\n\n"
        "## 工作职责\n\n1. 调查疑难问题\n\n## 职位要求\n\n1. 五年左右相关开发经验\n"
    )
    assert _titles(text) == ["技术升级工程师"]


def test_a_role_line_still_starts_the_next_job() -> None:
    text = (
        "数据平台工程师\n\n工作职责：\n1. 建设数据管道\n\n任职要求：\n1. 三年以上相关经验\n\n"
        "前端开发工程师\n\n工作职责：\n1. 开发页面\n\n任职要求：\n1. 熟悉 React\n"
    )
    assert _titles(text) == ["数据平台工程师", "前端开发工程师"]


def test_a_line_over_a_list_after_the_requirements_is_a_sub_heading() -> None:
    """Once the posting has duties or requirements items, a short line over a numbered list
    that names no role is a sub-heading of that section (how Markdown writes one)."""
    text = (
        "# Senior Data Engineer\n\n## What You'll Do\n\n1. Build pipelines.\n\n"
        "## What We're Looking For\n\nEngineering Craft\n\n1. Strong Python.\n\n"
        "Systems Design\n\n1. You have run Kafka in production.\n2. You know ClickHouse.\n"
    )
    assert _titles(text) == ["Senior Data Engineer"]
    assert _kinds(text) == [[D, R]]


def test_a_role_over_a_list_after_the_requirements_starts_a_job() -> None:
    text = (
        "Data Engineer\n\nResponsibilities:\n1. Build pipelines.\n\n"
        "Requirements:\n1. Strong Python.\n\n"
        "Frontend Engineer\n\n1. Build the web app.\n2. Own the design system.\n"
    )
    assert _titles(text) == ["Data Engineer", "Frontend Engineer"]


def test_a_heading_at_section_level_is_one_more_section() -> None:
    """``## 目标`` among ``## 关于公司`` and ``## 要求`` under ``# …``: a section, not a job."""
    text = (
        "# C++ 不加班\n\n## 关于公司\n\n一家量化交易公司。\n\n"
        "## 目标\n\n1. 建立交易基础架构。\n2. 追求更高性能。\n\n"
        "## 要求\n\n1. 精通 C++。\n"
    )
    assert _titles(text) == ["C++ 不加班"]
    assert _kinds(text) == [[A, D, R]]  # 目标 is the job's aim: its duties


def test_a_job_heading_stronger_than_the_sections_still_starts_a_job() -> None:
    text = (
        "# 招聘\n\n## 关于我们\n\n一家量化交易公司。\n\n"
        "## 高性能方向\n\n### 工作职责\n\n1. 优化交易系统。\n\n"
        "## 应用层方向\n\n### 工作职责\n\n1. 开发交易平台。\n"
    )
    assert _titles(text) == ["高性能方向", "应用层方向"]


def test_an_item_nested_under_another_starts_no_posting() -> None:
    """``    1. 特聘研究员`` under ``2. 专职研究人员``, then a benefits heading: the nested item
    belongs to the list, even though it names a role."""
    text = (
        "# 软件学院人才招聘启事\n\n## 招聘岗位\n\n"
        "1. 引进人才\n2. 专职研究人员\n    1. 特聘研究员\n\n"
        "## 薪酬待遇\n\n1. 基础年薪20-35万\n"
    )
    assert _titles(text) == ["软件学院人才招聘启事"]


def test_a_markdown_heading_trusts_the_looser_preferred_words() -> None:
    """A heading marked up as one reads like one with a colon (掌握以下技能将会大大加分：,
    Data Science skills (as a plus):), which an export does not write."""
    marked = (
        "## 掌握以下技能将会大大加分",
        "**有以下经验者优先**",
        "## Data Science skills (as a plus)",
    )
    for text in marked:
        [line] = classify_text_lines([(1, text)])
        assert line.heading is not None and line.heading.kind is P, text
    [plain] = classify_text_lines([(1, "掌握以下技能将会大大加分")])
    assert plain.heading is None


def test_a_title_left_in_brackets_loses_them() -> None:
    """``[前端][后端]`` less its first tag is ``后端``, as ``[后端]`` alone is: a title read back
    from an export (``# [后端]``) is the same title."""
    assert clean_title("[前端][后端]").name == clean_title("[后端]").name == "后端"


def test_a_role_acronym_inside_an_english_word_names_no_role() -> None:
    """``Cookie Policy`` (COO), ``feedback`` (DBA): no job; ``资深DBA`` and ``SRE`` are."""
    assert not names_role("Cookie Policy")
    assert not names_role("Give feedback")
    assert names_role("资深DBA") and names_role("SRE") and names_role("DevOps工程")
