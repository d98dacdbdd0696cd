"""Rows of a Word form under a title's label (岗位名称, 招聘岗位): a second posting's title, or
a section of the posting in progress (docs/import.md, "Word forms")."""

from __future__ import annotations

from pathlib import Path

from jdeditor.core.model import SectionKind
from jdeditor.core.structure import ParseOptions
from jdeditor.formats.docx_import import read_docx
from tests.formats import docx_builders as build


def test_paragraphs_under_a_title_label_after_the_title_are_a_section(tmp_path: Path) -> None:
    """招聘岗位 over several paragraphs, below the posting's 岗位名称: the posts on offer are
    one of its sections, not a second posting titled with their text."""
    document = build.new_document()
    table = build.add_table(
        document,
        [
            ["岗位名称", "研究院人才招聘"],
            ["招聘岗位", None],
            ["岗位职责", "开展前沿研究"],
        ],
    )
    posts = build.merge(table, 1, 1, 1, 1, "特聘研究员：取得突出的研究成果。")
    posts.add_paragraph("博士后：年龄在35岁以下。")
    parsed = read_docx(build.save(document, tmp_path / "表.docx"), ParseOptions())
    assert [p.posting.title for p in parsed] == ["研究院人才招聘"]
    sections = parsed[0].posting.sections
    assert [(s.kind, s.heading) for s in sections] == [
        (SectionKind.OTHER, "招聘岗位"),
        (SectionKind.DUTIES, "岗位职责"),
    ]
    assert [item.text for item in sections[0].items] == [
        "特聘研究员：取得突出的研究成果。",
        "博士后：年龄在35岁以下。",
    ]


def test_a_one_line_title_row_after_a_title_starts_another_posting(tmp_path: Path) -> None:
    document = build.new_document()
    build.add_table(
        document,
        [
            ["岗位名称", "数据分析师"],
            ["岗位职责", "撰写分析报告"],
            ["岗位名称", "数据工程师"],
            ["岗位职责", "建设数据管道"],
        ],
    )
    parsed = read_docx(build.save(document, tmp_path / "表.docx"), ParseOptions())
    assert [p.posting.title for p in parsed] == ["数据分析师", "数据工程师"]
