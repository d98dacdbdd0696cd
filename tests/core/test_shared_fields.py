"""Fields a text states once for all its jobs (in its introduction, its headline or a block
after the last job) fill each job's empty fields; the lines stay where they stand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jdeditor.core.model import (
    EmploymentType,
    Item,
    ItemKind,
    Posting,
    Salary,
    SalaryPeriod,
    Section,
    SectionKind,
)
from jdeditor.core.structure import parse_text
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.core.structure.parsed import ParsedPosting
from jdeditor.core.structure.shared_fields import fill_from_sections, headline_places

JOBS = """前端开发工程师
岗位职责：
1、负责网页开发
任职要求：
1、熟悉 Vue

后端开发工程师
岗位职责：
1、负责接口开发
任职要求：
1、熟悉 Go
"""


def _parse(text: str) -> list[ParsedPosting]:
    results = parse_text(text)
    assert find_lost_text(text, results) == []
    return results


def test_a_place_in_the_introduction_is_each_jobs_location() -> None:
    text = f"公司介绍：一家做数据产品的公司。\n工作地点：北京 朝阳区\n\n{JOBS}"
    results = _parse(text)
    assert [r.posting.title for r in results] == ["前端开发工程师", "后端开发工程师"]
    assert [r.posting.location for r in results] == ["北京 朝阳区", "北京 朝阳区"]
    # The line stays in each job's copy of the introduction.
    about = results[1].posting.sections[0]
    assert "工作地点：北京 朝阳区" in [node.text for _, node in about.walk()]


def test_a_job_that_names_its_own_place_keeps_it() -> None:
    jobs = JOBS.replace("后端开发工程师\n", "后端开发工程师\n工作地点：上海\n")
    results = _parse(f"公司介绍：一家做数据产品的公司。\n工作地点：北京\n\n{jobs}")
    assert [r.posting.location for r in results] == ["北京", "上海"]


def test_a_place_in_the_headline_is_each_jobs_location() -> None:
    results = _parse(f"【杭州】星辰科技多岗位招聘\n\n{JOBS}")
    assert [r.posting.location for r in results] == ["杭州", "杭州"]


def test_a_salary_stated_once_is_each_jobs_but_a_headcount_is_not() -> None:
    results = _parse(f"公司介绍：一家做数据产品的公司。\n招聘人数：5人\n薪资：15-25K\n\n{JOBS}")
    assert [r.posting.headcount for r in results] == [None, None]
    salary = Salary(Decimal(15000), Decimal(25000), "CNY", SalaryPeriod.MONTH)
    assert [r.posting.salary for r in results] == [salary, salary]


def test_a_salary_item_in_a_benefits_list_fills_the_salary() -> None:
    text = f"{JOBS}\n福利待遇：\n1、薪资范围：15K - 30K，年终奖3 - 6个月；\n2、五险一金\n"
    results = _parse(text)
    assert results[-1].posting.salary == Salary(Decimal(15000), Decimal(30000))
    benefits = results[-1].posting.sections[-1]
    assert benefits.items[0].text.startswith("薪资范围")  # the item stays


@pytest.mark.parametrize(
    ("item", "location"),
    [
        ("- 工作地点：上海", "上海"),
        ("- 工作地点：北京/杭州", "北京、杭州"),
        ("- 地点：能接受出差", ""),
    ],
)
def test_a_location_item_fills_the_location_only_with_known_places(
    item: str, location: str
) -> None:
    text = f"数据分析师\n岗位职责：\n- 分析数据\n其他信息：\n{item}\n"
    [result] = _parse(text)
    assert result.posting.location == location


def test_an_item_whose_salary_is_not_certain_fills_nothing() -> None:
    text = "数据分析师\n岗位职责：\n- 分析数据\n福利待遇：\n- 薪资：年终奖2个月\n"
    [result] = _parse(text)
    assert result.posting.salary is None


def test_field_lines_among_shared_paragraphs_fill_empty_fields_only() -> None:
    posting = Posting(title="数据分析师", department="数据部")
    about = Section(
        SectionKind.ABOUT,
        "公司介绍",
        [
            Item("所属部门：市场部", kind=ItemKind.PARAGRAPH),
            Item("工作性质：全职", kind=ItemKind.PARAGRAPH),
            Item("工作地点：上海", kind=ItemKind.ITEM),  # an item is a list's text, no field
        ],
    )
    fill_from_sections(posting, [about])
    assert posting.department == "数据部"
    assert posting.employment_type is EmploymentType.FULL_TIME
    assert posting.location == ""


def test_only_place_tags_at_the_head_of_a_headline_give_places() -> None:
    assert headline_places("【星辰科技】【上海】 多个社招岗位开放中") == ["上海"]
    assert headline_places("**[北京/杭州] 星辰科技招聘**") == ["北京", "杭州"]
    assert headline_places("【社招】星辰科技招聘") == []  # a hiring word, no place
    assert headline_places("星辰科技【上海】招聘") == []  # not at the head
