"""Sections of a table form read as the text recogniser reads them."""

from __future__ import annotations

from pathlib import Path

from jdeditor.core.model import SectionKind
from jdeditor.core.structure import ParseOptions
from jdeditor.formats.docx_import import read_docx
from tests.formats import docx_builders as build


def _form(tmp_path: Path, rows: list[list[str | None]]) -> list[tuple[SectionKind, str]]:
    """A form whose rows are a label and a value across the three other columns."""
    document = build.new_document()
    table = build.add_table(document, [[label, None, None, None] for label, _ in rows])
    for index, (_, value) in enumerate(rows):
        build.merge(table, index, 1, index, 3, value)
    [parsed] = read_docx(build.save(document, tmp_path / "form.docx"), ParseOptions())
    return [(section.kind, section.heading) for section in parsed.posting.sections]


def test_a_row_of_contact_lines_under_an_unknown_label_is_how_to_apply(tmp_path: Path) -> None:
    rows: list[list[str | None]] = [
        ["岗位名称", "开发工程师"],
        ["岗位职责", "负责系统开发"],
        ["猎头职位", "了解更多信息，请联系我，邮箱：hr@example.com"],
    ]
    assert _form(tmp_path, rows) == [
        (SectionKind.DUTIES, "岗位职责"),
        (SectionKind.APPLY, "猎头职位"),
    ]


def test_a_label_cell_is_trusted_like_a_heading_with_a_colon(tmp_path: Path) -> None:
    rows: list[list[str | None]] = [
        ["岗位名称", "开发工程师"],
        ["岗位职责", "负责系统开发"],
        ["掌握以下技能将会大大加分", "熟悉汇编"],
    ]
    assert _form(tmp_path, rows) == [
        (SectionKind.DUTIES, "岗位职责"),
        (SectionKind.PREFERRED, "掌握以下技能将会大大加分"),
    ]


def test_an_unknown_label_reads_as_a_heading_with_a_colon_and_keeps_its_brackets(
    tmp_path: Path,
) -> None:
    rows: list[list[str | None]] = [
        ["Job title", "Analytics Engineer"],
        ["Responsibilities", "Build data models"],
        ["Data Science skills (as a plus)", "Python or R"],
    ]
    assert _form(tmp_path, rows)[-1] == (SectionKind.PREFERRED, "Data Science skills (as a plus)")


def test_a_continued_row_after_a_word_list_holds_prose(tmp_path: Path) -> None:
    document = build.new_document()
    number = build.add_numbering(document, ["decimal"])
    table = build.add_table(
        document,
        [
            ["岗位名称", "开发工程师", None, None],
            ["岗位职责", None, None, None],
            ["岗位职责（续）", None, None, None],
        ],
    )
    duties = build.merge(table, 1, 1, 1, 3, "负责系统开发")
    build.set_numbering(duties.paragraphs[0], number, 0)
    build.add_list_item(duties, "维护线上服务", number)
    build.merge(table, 2, 1, 2, 3, "欢迎加入我们！").add_paragraph("团队氛围很好。")
    [parsed] = read_docx(build.save(document, tmp_path / "form.docx"), ParseOptions())
    [section] = parsed.posting.sections
    assert [(item.kind.value, item.text) for item in section.items] == [
        ("item", "负责系统开发"),
        ("item", "维护线上服务"),
        ("paragraph", "欢迎加入我们！"),
        ("paragraph", "团队氛围很好。"),
    ]


def test_a_continued_row_of_prose_keeps_a_short_paragraph_over_its_text(tmp_path: Path) -> None:
    document = build.new_document()
    number = build.add_numbering(document, ["decimal"])
    table = build.add_table(
        document,
        [
            ["岗位名称", "开发工程师", None, None],
            ["福利待遇", None, None, None],
            ["福利待遇（续）", None, None, None],
        ],
    )
    build.set_numbering(build.merge(table, 1, 1, 1, 3, "五险一金").paragraphs[0], number, 0)
    cell = build.merge(table, 2, 1, 2, 3, "工作待遇")
    cell.add_paragraph("团队提供科研项目、政企合作等方面的大力支持，表现优秀者可以竞聘更高的职位。")
    [parsed] = read_docx(build.save(document, tmp_path / "form.docx"), ParseOptions())
    [section] = parsed.posting.sections
    nodes = [(depth, node.kind.value, node.text[:4]) for depth, node in section.walk()]
    assert nodes == [
        (0, "item", "五险一金"),
        (0, "paragraph", "工作待遇"),
        (1, "paragraph", "团队提供"),
    ]


def test_rows_of_short_paragraphs_before_the_sections_word_list_stay_prose(tmp_path: Path) -> None:
    document = build.new_document()
    number = build.add_numbering(document, ["decimal"])
    table = build.add_table(
        document,
        [
            ["Job title", "Analytics Engineer", None, None],
            ["Benefits", None, None, None],
            ["Benefits (continued)", None, None, None],
        ],
    )
    build.merge(table, 1, 1, 1, 3, "Competitive pay").add_paragraph("Flexible hours")
    cell = build.merge(table, 2, 1, 2, 3, "Our process")
    build.add_list_item(cell, "Screening call", number)
    [parsed] = read_docx(build.save(document, tmp_path / "form.docx"), ParseOptions())
    [section] = parsed.posting.sections
    assert [(depth, node.kind.value, node.text) for depth, node in section.walk()] == [
        (0, "paragraph", "Competitive pay"),
        (0, "paragraph", "Flexible hours"),
        (0, "paragraph", "Our process"),
        (1, "item", "Screening call"),
    ]


def test_a_field_label_over_several_lines_is_a_section_of_the_kind_its_words_name(
    tmp_path: Path,
) -> None:
    document = build.new_document()
    table = build.add_table(
        document,
        [
            ["Job title", "Analytics Engineer", None, None],
            ["Responsibilities", "Build data models", None, None],
            ["Compensation", None, None, None],
        ],
    )
    build.merge(table, 2, 1, 2, 3, "Salary: €45,000 – €70,000").add_paragraph("Equity package")
    [parsed] = read_docx(build.save(document, tmp_path / "form.docx"), ParseOptions())
    assert [(s.kind, s.heading) for s in parsed.posting.sections][-1] == (
        SectionKind.BENEFITS,
        "Compensation",
    )


def test_a_continued_summary_row_goes_on_with_the_summary(tmp_path: Path) -> None:
    document = build.new_document()
    table = build.add_table(
        document,
        [
            ["Job title", "Analytics Engineer", None, None],
            ["Summary", None, None, None],
            ["Summary (continued)", None, None, None],
            ["Responsibilities", "Build data models", None, None],
        ],
    )
    build.merge(table, 1, 1, 1, 3, "Singapore • Hybrid")
    build.merge(table, 2, 1, 2, 3, "We are behind rewards programmes.")
    [parsed] = read_docx(build.save(document, tmp_path / "form.docx"), ParseOptions())
    posting = parsed.posting
    assert posting.summary.splitlines() == [
        "Singapore • Hybrid",
        "We are behind rewards programmes.",
    ]
    assert [section.kind for section in posting.sections] == [SectionKind.DUTIES]
