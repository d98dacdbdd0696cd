"""A header field line whose value was read whole into its field leaves the summary; one
whose value was not read stays. The coverage proof accepts a line gone from the summary only
when the posting's field holds its value."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdeditor.core.model import EmploymentType, Salary, SalaryPeriod
from jdeditor.core.structure import parse_text
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.core.structure.fields import Field, read_whole
from jdeditor.core.structure.parsed import ParsedPosting
from tests.hypothesis_support import examples

ZH_DUTIES = "岗位职责：\n1、负责产品规划\n"
EN_DUTIES = "Responsibilities:\n- Own the roadmap\n"


def _one(text: str) -> tuple[str, ParsedPosting]:
    [result] = parse_text(text)
    assert find_lost_text(text, [result]) == []
    return result.posting.summary, result


@pytest.mark.parametrize(
    ("line", "attribute", "value"),
    [
        ("工作地点：上海", "location", "上海"),
        ("- **所属部门**：市场部", "department", "市场部"),
        ("汇报对象：产品总监", "reports_to", "产品总监"),
        ("招聘人数：2人", "headcount", 2),
        ("工作性质：全职", "employment_type", EmploymentType.FULL_TIME),
        (
            "薪资：15-25K",
            "salary",
            Salary(Decimal(15000), Decimal(25000), "CNY", SalaryPeriod.MONTH),
        ),
        (
            "薪资：15,000–25,000 元/月",
            "salary",
            Salary(Decimal(15000), Decimal(25000), "CNY", SalaryPeriod.MONTH),
        ),
    ],
)
def test_a_chinese_field_line_read_whole_leaves_the_summary(
    line: str, attribute: str, value: object
) -> None:
    summary, result = _one(f"高级产品经理\n{line}\n公司简介一句。\n{ZH_DUTIES}")
    assert getattr(result.posting, attribute) == value
    assert summary == "公司简介一句。"


@pytest.mark.parametrize(
    ("line", "attribute", "value"),
    [
        ("Location: Berlin", "location", "Berlin"),
        ("- **Department**: Data", "department", "Data"),
        ("Reports to: Head of Data", "reports_to", "Head of Data"),
        ("Employment type: Full-time", "employment_type", EmploymentType.FULL_TIME),
        ("Openings: 3", "headcount", 3),
        (
            "Salary: $120,000 - $140,000 a year",
            "salary",
            Salary(Decimal(120000), Decimal(140000), "USD", SalaryPeriod.YEAR),
        ),
    ],
)
def test_an_english_field_line_read_whole_leaves_the_summary(
    line: str, attribute: str, value: object
) -> None:
    summary, result = _one(f"Data Engineer\n{line}\nWe build things.\n{EN_DUTIES}")
    assert getattr(result.posting, attribute) == value
    assert summary == "We build things."


@pytest.mark.parametrize(
    "lines",
    [
        "工作地点：上海\n工作地点：北京",  # the field is already filled by the first
        "薪资：面议",  # no amount
        "薪资：15-25K·14薪",  # the months are not read
        "招聘人数：若干",
        "招聘人数：2人（急招）",
        "工作性质：全职/实习",
        "工作性质：其他",
        "职位编号：A123",  # a label with no field of its own
        "工作地点：",  # the value is on no line of its own… here, on none at all
    ],
)
def test_a_chinese_field_line_not_read_whole_stays(lines: str) -> None:
    summary, result = _one(f"高级产品经理\n{lines}\n{ZH_DUTIES}")
    kept = lines.split("\n")[-1]
    assert kept in summary.split("\n")
    assert kept not in [line.text for line in result.field_lines]


@pytest.mark.parametrize(
    "lines",
    [
        "Location: Berlin\nLocation: Paris",
        "Salary: competitive",
        "Salary: $120,000 - $140,000 plus bonus",
        "Employment type: Full-time, remote",
        "Job ID: 12345",
        "Openings: several",
    ],
)
def test_an_english_field_line_not_read_whole_stays(lines: str) -> None:
    summary, result = _one(f"Data Engineer\n{lines}\n{EN_DUTIES}")
    kept = lines.split("\n")[-1]
    assert kept in summary.split("\n")
    assert kept not in [line.text for line in result.field_lines]


def test_a_field_line_inside_a_section_stays_where_it_stands() -> None:
    text = f"高级产品经理\n{ZH_DUTIES}工作地点：上海\n"
    [result] = parse_text(text)
    assert result.field_lines == []
    assert find_lost_text(text, [result]) == []


def test_a_piece_that_is_no_job_keeps_its_field_lines_as_text() -> None:
    # The company block before the jobs is shared; its field line is no job's field.
    text = (
        "关于我们\n公司地址：北京\n我们是一家公司。\n\n"
        f"产品经理\n{ZH_DUTIES}\n测试工程师\n岗位职责：\n1、负责测试\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []


def test_the_proof_rejects_a_field_that_does_not_hold_the_line() -> None:
    text = f"高级产品经理\n工作地点：上海\n薪资：15-25K\n{ZH_DUTIES}"
    [result] = parse_text(text)
    assert result.posting.summary == ""
    result.posting.location = "北京"
    assert [lost.line for lost in find_lost_text(text, [result])] == [2]
    result.posting.location = "上海"
    assert result.posting.salary is not None
    result.posting.salary = Salary(Decimal(15000), Decimal(26000))
    assert [lost.line for lost in find_lost_text(text, [result])] == [3]


def test_the_proof_rejects_a_line_that_holds_more_than_its_field() -> None:
    text = f"Data Engineer\nLocation: Berlin\n{EN_DUTIES}"
    [result] = parse_text(text)
    assert result.posting.summary == ""
    result.posting.location = "Berl"
    assert [lost.text for lost in find_lost_text(text, [result])] == ["Location:Berlin"]


@pytest.mark.parametrize(
    ("field", "value", "whole"),
    [
        (Field.SALARY, "年薪30-50万", True),
        (Field.SALARY, "£50k", True),
        (Field.SALARY, "Up to £50,000 a year", True),
        (Field.SALARY, "15k-25k·14薪", False),
        (Field.SALARY, "15-25K 面议", False),
        (Field.HEADCOUNT, "两名", True),
        (Field.EMPLOYMENT_TYPE, "Internship", True),
        (Field.EMPLOYMENT_TYPE, "实习（可转正）", False),
        (Field.LOCATION, "上海", True),
        (Field.JOB_ID, "A123", False),
    ],
)
def test_what_is_read_whole(field: Field, value: str, whole: bool) -> None:
    assert read_whole(field, value) is whole


LABELS = [
    "工作地点",
    "所属部门",
    "汇报对象",
    "招聘人数",
    "薪资",
    "工作性质",
    "Location",
    "Department",
    "Reports to",
    "Openings",
    "Salary",
    "Employment type",
    "Job ID",
]
VALUES = ["上海", "市场部", "2人", "15-25K", "15-25K·14薪", "全职", "全职/实习", "若干", "面议"]
VALUES += ["Berlin", "3", "$120,000 - $140,000", "Full-time", "12345", "🚀 Remote"]
SHAPES = ["{}：{}", "{}: {}", "- **{}**：{}", "**{}:** {}", "· {}：{}"]


@settings(max_examples=examples(200))
@given(
    st.booleans(),
    st.lists(
        st.tuples(st.sampled_from(SHAPES), st.sampled_from(LABELS), st.sampled_from(VALUES)),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["\n", "<br>"]),  # <br>: one source line holds several field lines
)
def test_header_field_lines_are_never_lost(
    chinese: bool, lines: list[tuple[str, str, str]], joiner: str
) -> None:
    header = joiner.join(shape.format(label, value) for shape, label, value in lines)
    title, duties = ("产品经理", ZH_DUTIES) if chinese else ("Data Engineer", EN_DUTIES)
    text = f"{title}\n{header}\n{duties}"
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    for result in parsed:
        # Each field is filled once, by the first line that names it.
        fields = [line.field for line in result.field_lines]
        assert len(fields) == len(set(fields))
        kept = result.posting.summary.split("\n")
        assert len(kept) + len(fields) >= len(lines)  # every other line stays


@pytest.mark.parametrize(
    "text",
    [
        f"<p>产品经理<br>工作地点：上海</p>\n{ZH_DUTIES}",
        f"Data Engineer<br>Location: Berlin<br>Team: Data\n{EN_DUTIES}",
    ],
)
def test_field_lines_on_the_title_line_leave_the_summary(text: str) -> None:
    [result] = parse_text(text)
    assert result.posting.summary == ""
    assert find_lost_text(text, [result]) == []


def test_a_source_line_with_more_than_field_lines_keeps_them_all() -> None:
    text = f"产品经理\n<p>工作地点：上海<br>我们很好</p>\n{ZH_DUTIES}"
    [result] = parse_text(text)
    assert result.posting.location == "上海"
    assert result.posting.summary == "工作地点：上海\n我们很好"
    assert find_lost_text(text, [result]) == []


@pytest.mark.parametrize(
    ("lines", "attribute", "value"),
    [
        ("base地点\n\n上海", "location", "上海"),
        ("#### 薪资\n\n月薪15-30K", "salary", Salary(Decimal(15000), Decimal(30000))),
        ("Location\n\nBerlin", "location", "Berlin"),
    ],
)
def test_a_label_alone_takes_a_short_value_after_one_blank_line(
    lines: str, attribute: str, value: object
) -> None:
    """Word and HTML keep no blank line between paragraphs: the label and its value are
    read alike with or without one."""
    text = f"高级产品经理\n{ZH_DUTIES}任职要求：\n1、本科\n\n{lines}\n"
    [result] = parse_text(text)
    assert getattr(result.posting, attribute) == value
    assert find_lost_text(text, [result]) == []


@pytest.mark.parametrize(
    "lines",
    [
        "团队\n\n我们是一支年轻的团队，欢迎加入。",  # a sentence
        "工作地点\n\n详见：公司官网",  # a label of its own
        "工作地点\n\n\n上海",  # two blank lines
        "工作地点\n\n上海市浦东新区张江高科技园区碧波路六百九十号三号楼五层整层办公室"
        "（近地铁二号线张江高科站）",  # long
    ],
)
def test_a_label_alone_takes_no_sentence_or_far_value(lines: str) -> None:
    text = f"高级产品经理\n{ZH_DUTIES}任职要求：\n1、本科\n\n{lines}\n"
    [result] = parse_text(text)
    assert (result.posting.department, result.posting.location) == ("", "")
