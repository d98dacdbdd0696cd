"""The one-line summary of a diff, in Chinese and English."""

from __future__ import annotations

import copy
from decimal import Decimal

from jdeditor.core.diff import compare_postings, summary
from jdeditor.core.model import Item, Language, Posting, Salary, Section, SectionKind
from tests.core.diff.builders import items, posting

DUTIES = ["负责数据分析报告的撰写", "搭建数据指标体系"]
REQUIREMENTS = ["本科及以上学历", "熟练使用SQL", "3年以上相关工作经验"]


def _both(old: Posting, new: Posting) -> tuple[str, str]:
    diff = compare_postings(old, new)
    return summary(diff, Language.ZH), summary(diff, "en")


def test_the_issue_example_in_both_languages() -> None:
    old = posting(DUTIES, REQUIREMENTS, salary=Salary(Decimal(15000), Decimal(20000)))
    new = copy.deepcopy(old)
    new.sections[0].items += [Item("维护数据看板"), Item("培训新同事")]
    new.sections[1].items[2].text = "5年以上相关工作经验"
    new.salary = Salary(Decimal(18000), Decimal(20000))
    assert _both(old, new) == (
        "新增 2 条岗位职责，修改第 3 条任职要求，薪资有变化",
        "2 duties added, requirement 3 edited, salary changed",
    )


def test_one_item_is_named_by_its_number_and_several_are_counted() -> None:
    old = posting(DUTIES, REQUIREMENTS)
    new = posting(DUTIES[:1], [REQUIREMENTS[2], *REQUIREMENTS[:2]])
    assert _both(old, new) == (
        "删除第 2 条岗位职责，移动第 1 条任职要求",
        "duty 2 removed, requirement 1 moved",
    )
    new = posting([], REQUIREMENTS)
    assert _both(old, new) == ("删除 2 条岗位职责", "2 duties removed")


def test_a_moved_and_edited_item_is_both() -> None:
    old = posting(["负责数据分析", "维护数据看板"])
    new = posting(["维护数据看板和周报", "负责数据分析"])
    assert _both(old, new) == (
        "修改第 1 条岗位职责，移动第 1 条岗位职责",
        "duty 1 edited, duty 1 moved",
    )


def test_sections_and_fields() -> None:
    old = posting(DUTIES, REQUIREMENTS)
    new = copy.deepcopy(old)
    new.sections[1].heading = "岗位要求"
    new.sections.append(Section(SectionKind.BENEFITS, "福利待遇", items(["五险一金"])))
    new.title = "高级数据分析师"
    new.tags = ["数据"]
    assert _both(old, new) == (
        "“任职要求”改为“岗位要求”，新增“福利待遇”部分，职位名称有变化，标签有变化",
        'section "任职要求" renamed to "岗位要求", section "福利待遇" added, title changed, '
        "tags changed",
    )


def test_no_changes() -> None:
    assert _both(posting(DUTIES), posting(DUTIES)) == ("无变化", "no changes")
