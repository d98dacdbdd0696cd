"""Field shapes read only when they are certain: a department before the job's name in a
title line, a bracketed label, a text value less a clause of its own, a salary whose first
amount carries its unit, and yuan for pay written in Chinese."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jdeditor.core.model import Salary, SalaryPeriod
from jdeditor.core.structure import parse_text
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.core.structure.facts import department_in_title, department_line, place_in_line
from jdeditor.core.structure.fields import (
    Field,
    match_field,
    read_whole,
    salary_certain,
    text_value,
)
from jdeditor.core.structure.salary import parse_salary

ZH_DUTIES = "岗位职责：\n1、负责产品规划\n"


@pytest.mark.parametrize(
    ("title", "name", "department"),
    [
        ("星辰-数据团队-数据分析师", "数据分析师", "数据团队"),
        ("【上海】星辰科技 平台研发中心 - 后端工程师", "后端工程师", "平台研发中心"),
        ("【星辰-商业化事业部】前端工程师", "前端工程师", "商业化事业部"),
        ("星辰集团-增长中台-产品经理", "产品经理", "增长中台"),
        ("星辰科技-研发部-社招-北京", "", "研发部"),  # a headline: the whole line
    ],
)
def test_a_title_names_its_department_before_the_job(
    title: str, name: str, department: str
) -> None:
    assert department_in_title(title, name) == department


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("前端开发工程师-游戏方向", "前端开发工程师-游戏方向"),  # nothing before the name
        ("星辰科技-前端工程师-用户增长部", "前端工程师"),  # after the name: a qualifier
        ("【星辰】【北京】急招-前端工程师", "前端工程师"),  # a company and a place
        ("星辰-2组-测试工程师", "测试工程师"),  # a number is no name
    ],
)
def test_a_title_without_a_department_word_before_the_job_names_none(title: str, name: str) -> None:
    assert department_in_title(title, name) is None


def test_the_department_of_a_title_line_fills_the_field() -> None:
    text = f"星辰科技-数据团队-数据分析师\n{ZH_DUTIES}"
    [result] = parse_text(text)
    assert (result.posting.title, result.posting.department) == ("数据分析师", "数据团队")
    assert find_lost_text(text, [result]) == []


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("【地点】 北京市海淀区", Field.LOCATION, "北京市海淀区"),
        ("【薪资】8K-20K", Field.SALARY, "8K-20K"),
        ("[Location] Berlin", Field.LOCATION, "Berlin"),
        ("【工作地点】：上海", Field.LOCATION, "上海"),  # the colon form, decorated
        ("月薪范围：30K - 60K", Field.SALARY, "30K - 60K"),
    ],
)
def test_bracketed_and_more_labels_make_field_lines(line: str, field: Field, value: str) -> None:
    match = match_field(line)
    assert match is not None and (match.field, match.value) == (field, value)


@pytest.mark.parametrize(
    "line", ["【招聘岗位】前端工程师", "【北京】前端工程师", "【福利】六险一金"]
)
def test_a_bracketed_title_place_or_heading_is_no_field_line(line: str) -> None:
    match = match_field(line)
    assert match is None or (match.field is Field.TITLE and not match.value)


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("北京市朝阳区大悦城，简历请发送至：hr@example.com", "北京市朝阳区大悦城"),
        ("上海，邮箱 hr@example.com", "上海"),
        ("成都！", "成都"),
        ("广州总部，珠江新城。", "广州总部，珠江新城"),
        ("北京、上海", "北京、上海"),
    ],
)
def test_a_text_value_is_read_less_a_clause_of_its_own(value: str, kept: str) -> None:
    assert text_value(value) == kept
    assert read_whole(Field.LOCATION, value) is (kept == value)


def test_a_location_with_an_address_clause_keeps_its_line() -> None:
    text = f"数据分析师\n工作地点：北京市朝阳区，简历请发送至：hr@example.com\n{ZH_DUTIES}"
    [result] = parse_text(text)
    assert result.posting.location == "北京市朝阳区"
    assert result.posting.summary == "工作地点：北京市朝阳区，简历请发送至：hr@example.com"
    assert find_lost_text(text, [result]) == []


@pytest.mark.parametrize(
    ("value", "certain"),
    [
        ("15000-25000", True),
        ("15-25K·14薪", True),
        ("¥18-25k，15薪 + 期权", True),
        ("EUR 4.000", True),
        ("年薪30-50万", True),
        ("分为三级岗，聘期3-5年。基础年薪20-35万", False),  # its first number is no pay
        ("五险一金，年终奖2个月", False),
        ("面议", False),
    ],
)
def test_a_salary_is_read_only_when_its_first_amount_is_pay(value: str, certain: bool) -> None:
    assert salary_certain(value) is certain


def test_a_salary_line_whose_first_number_is_no_pay_fills_nothing() -> None:
    text = f"研究员\n薪资：聘期3-5年，基础年薪20-35万\n{ZH_DUTIES}"
    [result] = parse_text(text)
    assert result.posting.salary is None


def test_pay_written_in_chinese_is_in_yuan_in_an_english_posting() -> None:
    assert parse_salary("", "18k-35k·14薪", "USD") == Salary(
        Decimal(18000), Decimal(35000), "CNY", SalaryPeriod.MONTH
    )
    text = "Operation Manager 18k-35k·14薪\nResponsibilities:\n- Run the office\n"
    [result] = parse_text(text)
    assert result.posting.salary is not None and result.posting.salary.currency == "CNY"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("北京", "北京"),
        ("上海市", "上海"),
        ("北京·全职", "北京"),
        ("杭州/上海", "杭州、上海"),
        ("星辰科技招人：base北京，双休，六险一金", "北京"),
        ("星辰容器平台招聘: (工作地点: 上海, 长期有效)", "上海"),
        ("# 【急招】星辰-治理前端团队（Base: 上海）", "上海"),
        ("星辰招聘AI相关岗位（base:北京、上海、大连", "北京、上海、大连"),
    ],
)
def test_a_line_names_a_place_for_certain(line: str, place: str) -> None:
    assert place_in_line(line) == place


@pytest.mark.parametrize(
    "line",
    [
        "北京大学",
        "北京时间下午三点",
        "We offer a base salary of $100k",
        "base 在哪里都可以",
        "全职",
    ],
)
def test_a_line_that_merely_holds_a_place_names_none(line: str) -> None:
    assert place_in_line(line) == ""


def test_a_summary_line_of_places_fills_the_location() -> None:
    text = f"数据分析师\n北京·全职\n{ZH_DUTIES}"
    [result] = parse_text(text)
    assert result.posting.location == "北京"
    assert result.posting.summary == "北京·全职"  # the line stays
    assert find_lost_text(text, [result]) == []


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Remote", "Remote"),
        ("Vienna, Austria (Hybrid)", "Vienna, Austria (Hybrid)"),
        ("New York (On-site)", "New York (On-site)"),
        ("Full-time (Remote)", ""),  # an employment type
        ("Engineering (Remote)", ""),  # a team
        ("Berlin", ""),  # an English place alone cannot be told from a name
    ],
)
def test_an_english_header_line_names_a_place_with_its_way_of_working(
    line: str, place: str
) -> None:
    assert place_in_line(line) == place


@pytest.mark.parametrize(
    ("title", "salary"),
    [
        ("全栈实习生（300/天）", Salary(Decimal(300), Decimal(300), "CNY", SalaryPeriod.DAY)),
        ("设计实习生 ¥150-250/天", Salary(Decimal(150), Decimal(250), "CNY", SalaryPeriod.DAY)),
    ],
)
def test_a_rate_beside_the_name_is_the_salary(title: str, salary: Salary) -> None:
    [result] = parse_text(f"{title}\n{ZH_DUTIES}")
    assert result.posting.salary == salary


@pytest.mark.parametrize(
    "line",
    ["团队：我们是一支年轻的团队，专注于数据产品。", "【团队】我们是一支年轻的团队，专注于数据。"],
)
def test_a_sentence_after_a_department_label_is_no_department(line: str) -> None:
    text = f"数据分析师\n{line}\n{ZH_DUTIES}"
    [result] = parse_text(text)
    assert result.posting.department == ""
    assert line in result.posting.summary  # the line stays
    assert find_lost_text(text, [result]) == []


@pytest.mark.parametrize(
    ("line", "department"),
    [
        ("Engineering", "Engineering"),
        ("Data & Analytics", "Data & Analytics"),
        ("零售事业部-技术中心-业务研发部", "零售事业部-技术中心-业务研发部"),
        ("欢迎加入我们的研发中心", ""),  # one piece: a sentence may end so
        ("engineering", ""),  # a word in a sentence, not a printed team
        ("零售事业部-欢迎你", ""),  # not every piece is a unit
    ],
)
def test_a_header_line_that_is_only_a_department(line: str, department: str) -> None:
    assert department_line(line) == department
