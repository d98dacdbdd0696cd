"""A Word paragraph indented to the text of the list item above it stands inside that item."""

from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Twips

from jdeditor.core.structure import ParseOptions
from jdeditor.formats.docx_import import read_docx
from tests.formats import docx_builders as build

TEXT_START = 720


def test_an_indented_paragraph_after_a_list_item_is_inside_it(tmp_path: Path) -> None:
    document = build.new_document()
    number = build.add_numbering(document, ["decimal", "decimal"])
    document.add_paragraph("岗位职责", style="Heading 2")
    first = build.add_list_item(document, "质量要求", number)
    first.paragraph_format.left_indent = Twips(TEXT_START)
    document.add_paragraph("说明文字。").paragraph_format.left_indent = Twips(TEXT_START)
    document.add_paragraph("不缩进的段落。")
    build.add_list_item(document, "研制过程", number).paragraph_format.left_indent = Twips(
        TEXT_START
    )
    [parsed] = read_docx(build.save(document, tmp_path / "岗位.docx"), ParseOptions())
    duties = parsed.posting.sections[0]
    assert [(depth, item.kind.value, item.text) for depth, item in duties.walk()] == [
        (0, "item", "质量要求"),
        (1, "paragraph", "说明文字。"),
        (0, "paragraph", "不缩进的段落。"),
        (0, "item", "研制过程"),
    ]


def test_after_a_heading_an_indented_paragraph_is_in_no_item(tmp_path: Path) -> None:
    document = build.new_document()
    number = build.add_numbering(document, ["decimal"])
    document.add_paragraph("岗位职责", style="Heading 2")
    build.add_list_item(document, "质量要求", number).paragraph_format.left_indent = Twips(
        TEXT_START
    )
    document.add_paragraph("任职要求", style="Heading 2")
    document.add_paragraph("本科以上学历。").paragraph_format.left_indent = Twips(TEXT_START)
    [parsed] = read_docx(build.save(document, tmp_path / "岗位.docx"), ParseOptions())
    requirements = parsed.posting.sections[-1]
    assert [(depth, item.text) for depth, item in requirements.walk()] == [(0, "本科以上学历。")]


def test_in_a_form_cell_too(tmp_path: Path) -> None:
    document = build.new_document()
    number = build.add_numbering(document, ["decimal"])
    table = build.add_table(
        document, [["岗位名称", "产品经理", None, None], ["岗位职责", None, None, None]]
    )
    cell = build.merge(table, 1, 1, 1, 3, "质量要求")
    build.set_numbering(cell.paragraphs[0], number, 0)
    cell.paragraphs[0].paragraph_format.left_indent = Twips(TEXT_START)
    cell.add_paragraph("说明文字。").paragraph_format.left_indent = Twips(TEXT_START)
    build.add_list_item(cell, "研制过程", number).paragraph_format.left_indent = Twips(TEXT_START)
    [parsed] = read_docx(build.save(document, tmp_path / "表格.docx"), ParseOptions())
    duties = parsed.posting.sections[0]
    assert [(depth, item.kind.value, item.text) for depth, item in duties.walk()] == [
        (0, "item", "质量要求"),
        (1, "paragraph", "说明文字。"),
        (0, "item", "研制过程"),
    ]


def test_a_paragraph_over_a_word_list_numbered_on_heads_no_group(tmp_path: Path) -> None:
    document = build.new_document()
    number = build.add_numbering(document, ["decimal"])
    fresh = build.add_numbering(document, ["decimal"])
    document.add_paragraph("Responsibilities", style="Heading 2")
    build.add_list_item(document, "Build data pipelines", number)
    document.add_paragraph("Platform User:")
    build.add_list_item(document, "Monitor ingestion jobs", number)  # shows 2.
    document.add_paragraph("Working Conditions:")
    build.add_list_item(document, "Full-time role", fresh)  # shows 1.
    [parsed] = read_docx(build.save(document, tmp_path / "job.docx"), ParseOptions())
    duties = parsed.posting.sections[0]
    assert [(depth, item.kind.value, item.text) for depth, item in duties.walk()] == [
        (0, "item", "Build data pipelines"),
        (0, "paragraph", "Platform User:"),
        (0, "item", "Monitor ingestion jobs"),
        (0, "paragraph", "Working Conditions"),
        (1, "item", "Full-time role"),
    ]


def test_a_paragraph_over_a_word_list_that_starts_further_on_heads_no_group(
    tmp_path: Path,
) -> None:
    """A list continued from another (a form's row on the next page): its number goes on."""
    document = build.new_document()
    number = build.add_numbering(document, ["decimal"])
    further = build.add_numbering(document, ["decimal"])
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == str(further))
    num.append(
        parse_xml(
            f'<w:lvlOverride {nsdecls("w")} w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride>'
        )
    )
    document.add_paragraph("Responsibilities", style="Heading 2")
    build.add_list_item(document, "Build data pipelines", number)
    document.add_paragraph("Platform User:")
    build.add_list_item(document, "Monitor ingestion jobs", further)  # shows 2.
    [parsed] = read_docx(build.save(document, tmp_path / "job.docx"), ParseOptions())
    duties = parsed.posting.sections[0]
    assert [(depth, item.kind.value, item.text) for depth, item in duties.walk()] == [
        (0, "item", "Build data pipelines"),
        (0, "paragraph", "Platform User:"),
        (0, "item", "Monitor ingestion jobs"),
    ]
