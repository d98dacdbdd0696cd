"""Our templates' facts lines (部门 · 地点 · 薪资…) read back as fields, not summary text.

jd-en and advert-zh print each value in a character style of its field (``JD Salary``…);
the Word reader takes such runs as those fields (docs/templates.md, "Facts read back").
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx.enum.style import WD_STYLE_TYPE

from jdeditor.core.model import (
    EmploymentType,
    Item,
    ItemKind,
    Language,
    Posting,
    Salary,
    SalaryPeriod,
    Section,
    SectionKind,
)
from jdeditor.core.structure import ParseOptions
from jdeditor.formats.docx_import import read_docx
from jdeditor.formats.docx_lists import FIELD_STYLES
from jdeditor.formats.export_request import ExportFormat, ExportRequest
from jdeditor.formats.exporting import export_postings
from jdeditor.formats.salary_text import format_salary, read_salary
from tests.factories import chinese_posting, english_posting
from tests.formats.docx_builders import new_document, save

FIELDS = ("department", "location", "reports_to", "headcount", "employment_type", "salary")


def _export_and_read(postings: list[Posting], template: str, folder: Path) -> list[Posting]:
    request = ExportRequest(
        ExportFormat.DOCX, folder / "out", template=template, merge=len(postings) > 1
    )
    [written] = export_postings(postings, request)
    return [parsed.posting for parsed in read_docx(written, ParseOptions())]


@pytest.mark.parametrize("template", ["advert-zh", "jd-en"])
@pytest.mark.parametrize("make", [chinese_posting, english_posting])
def test_the_facts_a_template_prints_come_back_as_fields(
    template: str, make: object, tmp_path: Path
) -> None:
    posting = make()  # type: ignore[operator]
    posting.reports_to = posting.reports_to or "Head of Engineering"  # the advert prints it too
    [back] = _export_and_read([posting], template, tmp_path)
    assert back.title == posting.title
    for name in FIELDS:
        assert getattr(back, name) == getattr(posting, name), name
    assert back.summary == posting.summary  # the facts line is not summary text


def test_a_posting_with_only_some_facts_gets_each_into_its_own_field(tmp_path: Path) -> None:
    """advert-zh leaves absent facts out of the line: 北京 alone is still the location."""
    posting = chinese_posting()
    posting.department = ""
    posting.employment_type = None
    posting.headcount = None
    [back] = _export_and_read([posting], "advert-zh", tmp_path)
    assert (back.department, back.location, back.employment_type) == ("", "上海", None)
    assert back.salary == posting.salary and back.headcount is None


def test_whom_the_job_reports_to_alone_comes_back_from_the_advert(tmp_path: Path) -> None:
    """With no other fact, the advert's line holds only 直接上级：… and is still read."""
    posting = chinese_posting()
    posting.department, posting.location, posting.salary = "", "", None
    posting.employment_type, posting.headcount = None, None
    [back] = _export_and_read([posting], "advert-zh", tmp_path)
    assert back.reports_to == posting.reports_to
    assert back.summary == posting.summary


@pytest.mark.parametrize("template", ["advert-zh", "jd-en"])
def test_printed_facts_win_over_a_field_line_inside_a_section(
    template: str, tmp_path: Path
) -> None:
    """A company block copied to each job holds 工作地点：…; the posting's own location
    (printed in the facts) is what comes back, and the block's line stays in it."""
    posting = chinese_posting()
    line = "工作地点：北京 朝阳区 北辰世纪中心"
    about = Section(SectionKind.ABOUT, "公司介绍", [Item(line, kind=ItemKind.PARAGRAPH)])
    posting.sections.insert(0, about)
    [back] = _export_and_read([posting], template, tmp_path)
    assert back.location == posting.location
    assert line in [node.text for _, node in back.sections[0].walk()]


def test_facts_of_merged_postings_stay_with_their_own_posting(tmp_path: Path) -> None:
    first, second = chinese_posting("数据分析师"), chinese_posting("前端开发工程师")
    second.location, second.department, second.salary = "北京", "研发部", None
    back = _export_and_read([first, second], "advert-zh", tmp_path)
    assert [(p.title, p.department, p.location) for p in back] == [
        ("数据分析师", "数据部", "上海"),
        ("前端开发工程师", "研发部", "北京"),
    ]
    assert back[1].salary is None


def test_advert_prints_sections_in_the_postings_own_order(tmp_path: Path) -> None:
    posting = chinese_posting()
    benefits = Section(SectionKind.BENEFITS, "福利待遇", [Item("六险一金"), Item("年度体检")])
    posting.sections.insert(1, benefits)  # benefits between duties and requirements
    [back] = _export_and_read([posting], "advert-zh", tmp_path)
    assert [s.kind for s in back.sections] == [s.kind for s in posting.sections]


def _styled_document(paragraphs: list[list[tuple[str, str | None]]]) -> object:
    document = new_document()
    for name in FIELD_STYLES:
        document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    document.add_paragraph("数据分析师", style="Title")
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, style in runs:
            paragraph.add_run(text, style=style)
    document.add_paragraph("岗位职责", style="Heading 1")
    document.add_paragraph("负责数据分析。", style="List Number")
    return document


def test_a_value_that_is_not_what_the_template_prints_stays_as_text(tmp_path: Path) -> None:
    """A salary edited to 面议 in Word cannot be a salary: it is kept in the summary."""
    document = _styled_document(
        [[("研发部", "JD Department"), ("　·　", None), ("面议", "JD Salary")]]
    )
    [back] = read_docx(save(document, tmp_path / "edited.docx"), ParseOptions())
    assert back.posting.department == "研发部"
    assert back.posting.salary is None
    assert back.posting.summary == "面议"


def test_a_line_with_text_of_its_own_is_read_as_text(tmp_path: Path) -> None:
    """Only a line of field runs and separators is taken as fields: words a user typed
    into it keep the whole line as text."""
    document = _styled_document(
        [[("研发部", "JD Department"), ("（新成立，欢迎加入）", None), ("北京", "JD Location")]]
    )
    [back] = read_docx(save(document, tmp_path / "typed.docx"), ParseOptions())
    assert "研发部（新成立，欢迎加入）北京" in back.posting.summary


def test_a_value_split_into_several_runs_is_one_value(tmp_path: Path) -> None:
    document = _styled_document([[("研发", "JD Department"), ("部", "JD Department")]])
    [back] = read_docx(save(document, tmp_path / "runs.docx"), ParseOptions())
    assert back.posting.department == "研发部"
    assert back.posting.summary == ""


@pytest.mark.parametrize(
    "salary",
    [
        Salary(Decimal(15000), Decimal(25000)),
        Salary(Decimal(8000), None),
        Salary(None, Decimal(30000)),
        Salary(Decimal("62.50"), None, "EUR", SalaryPeriod.HOUR),
        Salary(Decimal(120000), Decimal(140000), "USD", SalaryPeriod.YEAR),
        Salary(Decimal(200), Decimal(300), "CNY", SalaryPeriod.DAY),
    ],
)
@pytest.mark.parametrize("language", list(Language))
def test_read_salary_reads_what_format_salary_prints(salary: Salary, language: Language) -> None:
    assert read_salary(format_salary(salary, language), language) == salary


@pytest.mark.parametrize("text", ["面议", "15-25K", "15,000 元/月", "EUR 62.50 per fortnight", ""])
def test_read_salary_refuses_other_text(text: str) -> None:
    assert read_salary(text, Language.ZH) is None
    assert read_salary(text, Language.EN) is None


def test_employment_type_and_headcount_read_in_either_language(tmp_path: Path) -> None:
    document = _styled_document(
        [[("Internship", "JD Employment Type"), (" · ", None), ("招聘 3 人", "JD Headcount")]]
    )
    [back] = read_docx(save(document, tmp_path / "mixed.docx"), ParseOptions())
    assert back.posting.employment_type is EmploymentType.INTERN
    assert back.posting.headcount == 3
