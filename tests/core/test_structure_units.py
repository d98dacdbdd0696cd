"""Unit tests of the recogniser's parts: markers, headings, fields, markup, lists, coverage."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jdeditor.core.model import EmploymentType, Language, SalaryPeriod, SectionKind
from jdeditor.core.structure import ParseOptions, SourceLine, parse_lines, parse_text, split_items
from jdeditor.core.structure.coverage import find_lost_text, lost_characters
from jdeditor.core.structure.fields import Field, match_field
from jdeditor.core.structure.headings import match_heading, match_inline_heading
from jdeditor.core.structure.lines import is_meta_line
from jdeditor.core.structure.numbering import parse_marker
from jdeditor.core.structure.salary import parse_headcount, parse_salary
from jdeditor.errors import UserFacingError


@pytest.mark.parametrize(
    ("text", "family", "path", "rest"),
    [
        ("1、负责", "arabic", (1,), "负责"),
        ("1. Own", "arabic", (1,), "Own"),
        ("12，负责", "arabic", (12,), "负责"),
        ("1 、开发", "arabic", (1,), "开发"),
        ("1)熟悉", "arabic_paren", (1,), "熟悉"),
        ("（3）熟悉", "paren_arabic", (3,), "熟悉"),
        ("(1) a", "paren_arabic", (1,), "a"),
        ("①负责", "circled", (1,), "负责"),
        ("十一、总结", "cjk", (11,), "总结"),
        ("(二)要求", "paren_cjk", (2,), "要求"),
        ("1.1、市场分析:", "hier", (1, 1), "市场分析:"),
        ("a) item", "letter_lower", (1,), "item"),
        ("• 要点", "bullet•", (), "要点"),
        ("- point", "bullet-", (), "point"),
    ],
)
def test_markers(text: str, family: str, path: tuple[int, ...], rest: str) -> None:
    parsed = parse_marker(text)
    assert parsed is not None
    assert (parsed[0].family, parsed[0].path, parsed[1]) == (family, path, rest)


@pytest.mark.parametrize(
    "text",
    ["3.5年以上经验", "1,000 users", "2021年毕业", "2.0版本", "Python 3.11", "3 年以上", "e.g. x"],
)
def test_numbers_in_text_are_not_markers(text: str) -> None:
    assert parse_marker(text) is None


@pytest.mark.parametrize(
    ("text", "kind", "heading"),
    [
        ("职责:", SectionKind.DUTIES, "职责"),
        ("「工作职责」", SectionKind.DUTIES, "工作职责"),
        ("【岗位要求】", SectionKind.REQUIREMENTS, "岗位要求"),
        ("任职资格：", SectionKind.REQUIREMENTS, "任职资格"),
        ("我们希望你", SectionKind.REQUIREMENTS, "我们希望你"),
        ("加分项", SectionKind.PREFERRED, "加分项"),
        ("职位福利", SectionKind.BENEFITS, "职位福利"),
        ("关于我们", SectionKind.ABOUT, "关于我们"),
        ("Key Responsibilities", SectionKind.DUTIES, "Key Responsibilities"),
        ("What you'll do:", SectionKind.DUTIES, "What you'll do"),
        ("What You’ll Do", SectionKind.DUTIES, "What You’ll Do"),
        ("Minimum qualifications", SectionKind.REQUIREMENTS, "Minimum qualifications"),
        ("Preferred Qualifications", SectionKind.PREFERRED, "Preferred Qualifications"),
        ("Who you are", SectionKind.REQUIREMENTS, "Who you are"),
        (
            "Nice to have (but not required):",
            SectionKind.PREFERRED,
            "Nice to have (but not required)",
        ),
        ("What we offer", SectionKind.BENEFITS, "What we offer"),
        ("Perks & Benefits", SectionKind.BENEFITS, "Perks & Benefits"),
        ("About the role", SectionKind.DUTIES, "About the role"),
        ("About us", SectionKind.ABOUT, "About us"),
        ("About Dashlane", SectionKind.ABOUT, "About Dashlane"),
    ],
)
def test_heading_vocabulary(text: str, kind: SectionKind, heading: str) -> None:
    match = match_heading(text)
    assert match is not None and (match.kind, match.text) == (kind, heading)


@pytest.mark.parametrize(
    "text", ["产品经理岗位职责说明 (一)", "负责产品规划", "Strong SQL skills and Python"]
)
def test_not_headings(text: str) -> None:
    assert match_heading(text) is None


def test_inline_heading_keeps_the_content() -> None:
    match = match_inline_heading("岗位职责：负责产品规划")
    assert match is not None
    assert (match.kind, match.text, match.rest) == (SectionKind.DUTIES, "岗位职责", "负责产品规划")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("工作地点：上海", Field.LOCATION, "上海"),
        ("Location: Berlin", Field.LOCATION, "Berlin"),
        ("所属部门：研发中心", Field.DEPARTMENT, "研发中心"),
        ("Reports to: CTO", Field.REPORTS_TO, "CTO"),
        ("招聘人数：2人", Field.HEADCOUNT, "2人"),
        ("薪资：15-25K", Field.SALARY, "15-25K"),
        ("工作性质：全职", Field.EMPLOYMENT_TYPE, "全职"),
    ],
)
def test_field_lines(text: str, field: Field, value: str) -> None:
    match = match_field(text)
    assert match is not None and (match.field, match.value) == (field, value)


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("薪资", "15-25K", (Decimal(15000), Decimal(25000), "CNY", SalaryPeriod.MONTH)),
        ("月薪", "8000-12000元", (Decimal(8000), Decimal(12000), "CNY", SalaryPeriod.MONTH)),
        (
            "Salary",
            "$120,000 - $150,000 a year",
            (Decimal(120000), Decimal(150000), "USD", SalaryPeriod.YEAR),
        ),
        ("Salary", "Up to £50,000 per annum", (None, Decimal(50000), "GBP", SalaryPeriod.YEAR)),
        ("Compensation", "€45K – €70K", (Decimal(45000), Decimal(70000), "EUR", SalaryPeriod.YEAR)),
    ],
)
def test_salaries(label: str, value: str, expected: tuple[object, ...]) -> None:
    salary = parse_salary(label, value, "CNY")
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == expected


def test_headcount() -> None:
    assert parse_headcount("2人") == 2
    assert parse_headcount("两名") == 2
    assert parse_headcount("若干") is None
    assert parse_headcount("客户产品组招一位PHPer，一位前端同学") is None


def test_fields_read_whole_fill_the_posting_and_leave_the_summary() -> None:
    text = (
        "高级产品经理\n工作地点：上海\n所属部门：产品部\n汇报对象：产品总监\n招聘人数：2人\n"
        "薪资：15-25K\n工作性质：全职\n岗位职责：\n1、负责产品规划\n"
    )
    [result] = parse_text(text)
    posting = result.posting
    assert posting.title == "高级产品经理"
    assert (posting.location, posting.department, posting.reports_to) == (
        "上海",
        "产品部",
        "产品总监",
    )
    assert posting.headcount == 2
    assert posting.employment_type is EmploymentType.FULL_TIME
    assert posting.salary is not None and posting.salary.maximum == Decimal(25000)
    # Every value was read whole: the lines' facts are all in the fields.
    assert posting.summary == ""
    assert [line.number for line in result.field_lines] == [2, 3, 4, 5, 6, 7]
    assert find_lost_text(text, [result]) == []


def test_markdown_and_html_are_read_as_structure() -> None:
    text = (
        "# **Senior Engineer**\n\n## Responsibilities\n- Build **fast** things &amp; tools<br>"
        "- Own the <b>roadmap</b>\n\n<p>Requirements:</p><ul><li>Python</li><li>SQL</li></ul>\n"
        "> Apply at jobs@example.com\n"
    )
    [result] = parse_text(text)
    posting = result.posting
    assert posting.title == "Senior Engineer"
    assert posting.language is Language.EN
    texts = {s.kind: [i.text for _, i in s.walk()] for s in posting.sections}
    assert texts[SectionKind.DUTIES] == ["Build fast things & tools", "Own the roadmap"]
    assert texts[SectionKind.REQUIREMENTS][:2] == ["Python", "SQL"]
    for _, _, item in posting.walk_items():
        assert not set(item.text) & set("*#<>")
    assert find_lost_text(text, [result]) == []


def test_crlf_bom_and_unicode_line_breaks() -> None:
    text = "\ufeff招聘：测试工程师\r\n岗位职责\r\n1、写用例\u20282、跑测试\r任职要求\n1、细心"
    [result] = parse_text(text, ParseOptions(fallback_title="file"))
    assert [s.count_items() for s in result.posting.sections] == [2, 1]


def test_separator_option_splits_postings() -> None:
    text = "Job A\n- one\n-----\nJob B\n- two\n"
    parsed = parse_text(text, ParseOptions(separator=r"-{3,}"))
    assert [p.posting.title for p in parsed] == ["Job A", "Job B"]
    assert lost_characters(text, parsed, r"-{3,}") == ""


def test_bad_separator_is_a_user_error() -> None:
    with pytest.raises(UserFacingError):
        parse_text("x", ParseOptions(separator="("))


def test_fallback_title_and_language_option() -> None:
    [result] = parse_text("1、负责产品\n2、负责运营", ParseOptions(fallback_title="岗位说明"))
    assert result.posting.title == "岗位说明"
    [result] = parse_text("- build things", ParseOptions(language=Language.ZH))
    assert result.posting.language is Language.ZH
    assert result.posting.sections[0].heading == "岗位职责"
    [result] = parse_text("- build things")
    assert result.posting.sections[0].heading == "Responsibilities"


def test_word_list_levels_are_authoritative() -> None:
    lines = [
        SourceLine("数据工程师", 1, heading_level=0),
        SourceLine("岗位职责", 2, heading_level=1),
        SourceLine("建设数据平台", 3, list_level=0),
        SourceLine("离线计算", 4, list_level=1, list_ordered=False),
        SourceLine("实时计算", 5, list_level=1, list_ordered=False),
        SourceLine("治理数据质量", 6, list_level=0),
    ]
    [result] = parse_lines(lines)
    duties = result.posting.sections[0]
    assert result.posting.title == "数据工程师"
    assert [i.text for i in duties.items] == ["建设数据平台", "治理数据质量"]
    assert [c.text for c in duties.items[0].children] == ["离线计算", "实时计算"]


def test_nesting_of_numbering_styles() -> None:
    items = split_items("1、规划\n（1）调研\n（2）分析\n• 竞品\n2、设计\n2.1 原型\n2.2 文档")
    assert [i.text for i in items] == ["规划", "设计"]
    assert [c.text for c in items[0].children] == ["调研", "分析"]
    assert [c.text for c in items[0].children[1].children] == ["竞品"]
    assert [c.text for c in items[1].children] == ["原型", "文档"]


def test_split_items_joins_continuations() -> None:
    items = split_items("1. Own the roadmap and\n   deliver it\n2. Lead the team:\nhire and coach")
    assert [i.text for i in items] == [
        "Own the roadmap and\ndeliver it",
        "Lead the team:\nhire and coach",
    ]
    assert split_items("") == []
    assert [i.text for i in split_items("写代码\n测代码")] == ["写代码", "测代码"]


def test_warnings_for_long_and_duplicate_items() -> None:
    long_text = "负责" + "产品" * 160
    text = f"岗位职责：\n1、{long_text}\n2、写文档\n3、写文档\n"
    [result] = parse_text(text, ParseOptions(fallback_title="x"))
    codes = [w.code for w in result.warnings]
    assert "long_item" in codes and "duplicate_item" in codes
    duplicate = next(w for w in result.warnings if w.code == "duplicate_item")
    assert duplicate.line == 4 and "写文档" in duplicate.message


def test_numbering_repeat_warns() -> None:
    [result] = parse_text("职责:\n1、甲\n2、乙\n2、丙\n")
    assert [w.code for w in result.warnings] == ["numbering_repeat"]


def test_no_duties_warning() -> None:
    [result] = parse_text("公司介绍\n我们是一家公司。\n")
    assert "no_duties" in [w.code for w in result.warnings]


def test_coverage_reports_what_a_parse_dropped() -> None:
    text = "产品经理\n岗位职责：\n1、负责产品规划\n2、负责用户研究\n"
    parsed = parse_text(text)
    assert lost_characters(text, parsed) == ""
    duties = parsed[0].posting.sections[0]
    duties.items.pop()
    # A run that is not only markers is reported whole, marker included.
    assert lost_characters(text, parsed) == "2、负责用户研究"
    duties.items[0].text = "负责产品"
    assert [(lost.line, lost.text) for lost in find_lost_text(text, parsed)] == [
        (3, "规划"),
        (4, "2、负责用户研究"),
    ]


def test_coverage_does_not_excuse_numbers_inside_text() -> None:
    text = "职责:\n1、3年以上经验\n"
    parsed = parse_text(text, ParseOptions(fallback_title="t"))
    parsed[0].posting.sections[0].items[0].text = "年以上经验"
    assert lost_characters(text, parsed) == "1、3"


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        ("数据部 · 上海 · 全职 · 15-25K", True),
        ("上海｜3-5年｜本科", True),
        ("Engineering  ·  Berlin", True),
        ("Remote / Full-time / Senior", True),
        ("阿卜杜拉·买买提", False),  # a name, not two facts
        ("A·B", False),
        ("负责数据分析。 | 撰写报告。 | 汇报", False),  # sentences
        ("15,000–25,000 元/月", False),  # the slash of a unit is no separator
        ("产品经理", False),
    ],
)
def test_lines_of_facts(text: str, meta: bool) -> None:
    assert is_meta_line(text) is meta


def test_a_line_of_facts_under_a_title_stays_with_it() -> None:
    text = (
        "高级数据分析师\n数据部 · 上海 · 全职 · 15-25K\n"
        "岗位职责\n1. 分析数据\n任职要求\n1. 本科\n\n"
        "运营专员\n运营部 | 北京 | 全职\n岗位职责\n1. 运营活动\n任职要求\n1. 大专\n"
    )
    parsed = parse_text(text)
    assert [(p.posting.title, p.posting.summary) for p in parsed] == [
        ("高级数据分析师", "数据部 · 上海 · 全职 · 15-25K"),
        ("运营专员", "运营部 | 北京 | 全职"),
    ]
    assert find_lost_text(text, parsed) == []


def test_a_title_line_with_the_jobs_facts_gives_the_name_as_title() -> None:
    text = (
        "高级产品经理 | 北京 | 20-40K | 3-5年\n岗位职责\n1. 规划\n任职要求\n1. 本科\n\n"
        "Data Analyst | Remote | Full-time\nResponsibilities\n1. Analyse\n"
    )
    parsed = parse_text(text)
    assert [p.posting.title for p in parsed] == ["高级产品经理", "Data Analyst"]
    zh, en = (p.posting for p in parsed)
    assert zh.summary == "高级产品经理 | 北京 | 20-40K | 3-5年"  # the line, as written
    assert zh.salary is not None and zh.salary.maximum == Decimal(40000)
    assert en.employment_type is EmploymentType.FULL_TIME
    assert find_lost_text(text, parsed) == []


@pytest.mark.parametrize(
    "title",
    [
        "前端 | 后端 | 测试",  # three names, no fact among them
        "产品经理 · 小程序 · 工具",  # no part is a fact or a known place
    ],
)
def test_a_title_line_without_certain_facts_is_kept_whole(title: str) -> None:
    [result] = parse_text(f"{title}\n岗位职责\n1. 规划\n")
    assert result.posting.title == title


@pytest.mark.parametrize(
    ("title", "name", "location"),
    [
        ("3D建模师 | 北京 | 20K", "3D建模师", "北京"),
        ("产品经理 · 北京", "产品经理", "北京"),
        ("🐘 3. PHP 开发工程师 18-35K（北京）", "PHP 开发工程师", "北京"),
        ("【深圳】节点互动—node.js中高级开发工程师", "node.js中高级开发工程师", "深圳"),
    ],
)
def test_place_and_pay_move_out_of_the_title(title: str, name: str, location: str) -> None:
    text = f"{title}\n岗位职责\n1. 规划\n"
    [result] = parse_text(text)
    assert (result.posting.title, result.posting.location) == (name, location)
    assert title.split()[-1] in result.posting.summary  # the line is kept, nothing lost
    assert find_lost_text(text, [result]) == []


def test_a_line_of_facts_fills_the_fields_its_shapes_make_certain() -> None:
    [zh] = parse_text(
        "高级数据分析师\n数据部 · 上海 · 全职 · 15,000–25,000 元/月 · 招聘 2 人\n"
        "岗位职责\n1. 分析\n"
    )
    posting = zh.posting
    assert posting.department == "数据部"
    assert posting.location == "上海"  # a known place (titles.places_in)
    assert posting.employment_type is EmploymentType.FULL_TIME
    assert posting.salary is not None
    assert (posting.salary.minimum, posting.salary.maximum) == (Decimal(15000), Decimal(25000))
    assert posting.headcount == 2
    assert posting.summary == "数据部 · 上海 · 全职 · 15,000–25,000 元/月 · 招聘 2 人"
    [en] = parse_text("Data Analyst\nBerlin · Contract · €60k–70k\nResponsibilities\n1. Analyse\n")
    assert en.posting.location == ""  # no list of places for English: a place is not certain
    assert en.posting.employment_type is EmploymentType.CONTRACT
    assert en.posting.salary is not None and en.posting.salary.currency == "EUR"


def test_facts_that_only_look_like_fields_are_left_in_the_summary() -> None:
    [result] = parse_text("产品经理\n上海｜3-5年｜本科｜1000人以上\n岗位职责\n1. 规划\n")
    posting = result.posting
    assert posting.salary is None  # 3-5年 is experience, not pay
    assert posting.headcount is None  # 1000人以上 is the company's size
    assert posting.summary == "上海｜3-5年｜本科｜1000人以上"


def test_a_numbered_line_that_reads_like_a_heading_under_a_fresh_heading_is_an_item() -> None:
    [result] = parse_text("数据分析师\n岗位职责\n1、Skills and experience\n2、Teamwork\n")
    [duties] = result.posting.sections
    assert [item.text for item in duties.items] == ["Skills and experience", "Teamwork"]


def test_a_line_that_goes_on_with_the_numbering_is_an_item_though_it_reads_like_a_heading() -> None:
    [result] = parse_text("数据分析师\n岗位职责\n1、负责数据分析\n2、skills, skills\n")
    [duties] = result.posting.sections
    assert [item.text for item in duties.items] == ["负责数据分析", "skills, skills"]


def test_numbered_section_headings_of_their_own_numbering_stay_headings() -> None:
    [result] = parse_text("数据分析师\n一、岗位职责\n1、负责分析\n二、任职要求\n1、本科\n")
    kinds = [(s.kind, [i.text for i in s.items]) for s in result.posting.sections]
    assert kinds == [(SectionKind.DUTIES, ["负责分析"]), (SectionKind.REQUIREMENTS, ["本科"])]
    # …and numbered sub-headings of the section's own kind, with lists under them, stay
    # headings too (not items of 任职要求).
    [grouped] = parse_text("数据分析师\n任职要求\n1、技能要求\n- 熟悉SQL\n2、学历要求\n- 本科\n")
    sections = [(s.heading, [i.text for i in s.items]) for s in grouped.posting.sections]
    assert sections == [("任职要求", []), ("技能要求", ["熟悉SQL"]), ("学历要求", ["本科"])]


def test_a_bullet_that_reads_like_a_heading_under_a_fresh_heading_is_an_item() -> None:
    [result] = parse_text("数据分析师\n岗位职责\n• skills, skills\n")
    [duties] = result.posting.sections
    assert [item.text for item in duties.items] == ["skills, skills"]


def test_single_reads_the_whole_text_as_one_posting() -> None:
    text = "前端工程师\n岗位职责：\n1、开发页面\n\n后端工程师\n岗位职责：\n1、开发接口\n"
    assert len(parse_text(text)) == 2
    (only,) = parse_text(text, ParseOptions(single=True))
    assert only.posting.title == "前端工程师"
    assert (only.first_line, only.last_line) == (1, 7)
    assert parse_text("\n\n", ParseOptions(single=True)) == []


def test_a_posting_knows_its_title_line() -> None:
    text = "\n前端工程师\n岗位职责：\n1、开发页面\n\n后端工程师\n职责：\n1、接口\n"
    first, second = parse_text(text)
    assert (first.title_line, second.title_line) == (2, 6)
    (untitled,) = parse_text("1、开发页面\n2、写测试\n", ParseOptions(fallback_title="jd"))
    assert untitled.title_line is None
