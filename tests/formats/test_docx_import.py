"""Tests for the Word (.docx) reader: paragraphs, lists, headings, forms, and refused files."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK

from jdeditor.core.model import ItemKind, Language, Posting, SectionKind
from jdeditor.core.structure import ParsedPosting, ParseOptions, SourceLine, parse_text
from jdeditor.core.structure.coverage import find_lost_lines
from jdeditor.errors import InputFileError
from jdeditor.formats import docx_import
from jdeditor.formats.docx_import import docx_source_lines, looks_like_docx, read_docx
from tests.formats import docx_builders as build

# -- helpers ----------------------------------------------------------------------------------

_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")
_MEANINGFUL_RE = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
# Typed numbers at the start of a line are structure, not text ("1、" "2.1、" "(3)" "一、").
_TYPED_MARKER_RE = re.compile(
    r"^\s*(?:\d{1,3}(?:[.．]\d{1,3})*[、.．)）]|[(（]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])"
)


def meaningful(texts: Iterable[str]) -> Counter[str]:
    counter: Counter[str] = Counter()
    for text in texts:
        for line in text.splitlines():
            counter.update(_MEANINGFUL_RE.findall(_TYPED_MARKER_RE.sub("", line)))
    return counter


def posting_texts(parsed: Iterable[ParsedPosting]) -> list[str]:
    texts: list[str] = []
    for result in parsed:
        posting = result.posting
        texts += [posting.title, posting.summary, *posting.header_texts()]
        if posting.headcount is not None:
            texts.append(str(posting.headcount))
        for section in posting.sections:
            texts.append(section.heading)
            texts += [item.text for _, item in section.walk()]
    return texts


def assert_nothing_lost(source: Iterable[str], parsed: list[ParsedPosting]) -> None:
    missing = meaningful(source) - meaningful(posting_texts(parsed))
    assert not missing, f"characters lost: {''.join(sorted(missing.elements()))}"


def outline(section: Any) -> list[tuple[int, str]]:
    return [(depth, item.text) for depth, item in section.walk()]


def one(parsed: list[ParsedPosting]) -> Posting:
    assert len(parsed) == 1, [p.posting.title for p in parsed]
    return parsed[0].posting


def lines_of(document: Any, tmp_path: Path) -> list[SourceLine]:
    """Save and reopen, so the test reads what Word would read."""
    path = build.save(document, tmp_path / "doc.docx")
    return docx_source_lines(docx.Document(str(path)))


# -- sniffing ---------------------------------------------------------------------------------


def test_looks_like_docx_by_name_or_by_zip_content(tmp_path: Path) -> None:
    path = build.save(build.new_document(), tmp_path / "岗位说明书.bin")
    head = path.read_bytes()[:4096]
    assert looks_like_docx(Path("岗位.docx"), b"")
    assert looks_like_docx(Path("岗位.DOCX"), b"")
    assert looks_like_docx(path, head) == (b"word/document.xml" in head)
    assert not looks_like_docx(Path("岗位.txt"), "岗位职责".encode())
    assert not looks_like_docx(Path("a.zip"), b"PK\x03\x04" + b"x" * 100)


def test_looks_like_docx_finds_renamed_word_file(tmp_path: Path) -> None:
    path = build.write_zip(tmp_path / "export", {"word/document.xml": b"<x/>"})
    assert looks_like_docx(path, path.read_bytes()[:4096])


# -- paragraphs: Word lists -------------------------------------------------------------------


def test_word_numbering_gives_levels_and_list_kinds(tmp_path: Path) -> None:
    document = build.new_document()
    num = build.add_numbering(document, ["decimal", "bullet"])
    build.add_list_item(document, "负责产品规划", num, 0)
    build.add_list_item(document, "市场分析", num, 1)
    build.add_list_item(document, "负责需求管理", num, 0)
    document.add_paragraph("1、手写的编号留在文字里")
    lines = lines_of(document, tmp_path)
    assert [(line.text, line.list_level, line.list_ordered) for line in lines] == [
        ("负责产品规划", 0, True),
        ("市场分析", 1, False),
        ("负责需求管理", 0, True),
        ("1、手写的编号留在文字里", None, True),
    ]
    assert [line.number for line in lines] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("fmt", "ordered"),
    [("chineseCounting", True), ("decimalEnclosedCircle", True), ("lowerLetter", True),
     ("bullet", False), ("none", False)],
)  # fmt: skip
def test_number_format_decides_numbered_or_bulleted(
    tmp_path: Path, fmt: str, ordered: bool
) -> None:
    document = build.new_document()
    build.add_list_item(document, "负责招聘", build.add_numbering(document, [fmt]), 0)
    (line,) = lines_of(document, tmp_path)
    assert (line.list_level, line.list_ordered) == (0, ordered)


def test_level_override_changes_the_format(tmp_path: Path) -> None:
    document = build.new_document()
    num = build.add_numbering(document, ["decimal", "decimal"])
    bulleted = build.override_level(document, num, 1, "bullet")
    build.add_list_item(document, "一级", bulleted, 0)
    build.add_list_item(document, "二级", bulleted, 1)
    lines = lines_of(document, tmp_path)
    assert [(line.list_level, line.list_ordered) for line in lines] == [(0, True), (1, False)]


def test_list_styles_inherit_numbering(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_paragraph("熟悉 Axure", style="List Bullet")
    document.add_paragraph("精通 SQL", style="List Bullet 2")
    document.add_paragraph("本科及以上学历", style="List Number")
    document.add_paragraph("普通段落", style="List Paragraph")  # indented, but no numbering
    lines = lines_of(document, tmp_path)
    assert [(line.list_level, line.list_ordered) for line in lines] == [
        (0, False),
        (1, False),
        (0, True),
        (None, True),
    ]


def test_level_without_num_id_takes_the_list_from_the_style(tmp_path: Path) -> None:
    document = build.new_document()
    paragraph = document.add_paragraph("二级条目", style="List Number")
    build.set_numbering(paragraph, None, 1)
    (line,) = lines_of(document, tmp_path)
    assert (line.list_level, line.list_ordered) == (1, True)


def test_num_id_zero_removes_style_numbering(tmp_path: Path) -> None:
    document = build.new_document()
    build.set_numbering(document.add_paragraph("不再编号", style="List Number"), 0, 0)
    (line,) = lines_of(document, tmp_path)
    assert line.list_level is None


def test_unknown_num_id_is_not_a_list(tmp_path: Path) -> None:
    document = build.new_document()
    build.add_list_item(document, "悬空的编号引用", 999, 0)
    (line,) = lines_of(document, tmp_path)
    assert line.list_level is None


def test_style_with_numbering_and_based_on_chain(tmp_path: Path) -> None:
    document = build.new_document()
    num = build.add_numbering(document, ["chineseCounting"])
    build.add_style(document, "a1", "职责列表", num_id=num)
    build.add_style(document, "a2", "职责列表子样式", based_on="a1")
    build.set_style_id(document.add_paragraph("负责渠道拓展"), "a2")
    (line,) = lines_of(document, tmp_path)
    assert (line.list_level, line.list_ordered) == (0, True)


# -- paragraphs: headings, bold, breaks, text -------------------------------------------------


def test_heading_levels_from_names_and_outline_levels(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_paragraph("招聘简章", style="Title")
    document.add_heading("产品经理", level=1)
    document.add_heading("岗位职责", level=2)
    build.add_style(document, "1", "标题 1")  # Chinese Word: style id "1"
    build.add_style(document, "2", "样式二", outline_level=1)  # only an outline level
    build.set_style_id(document.add_paragraph("运营专员"), "1")
    build.set_style_id(document.add_paragraph("任职要求"), "2")
    build.set_outline_level(document.add_paragraph("正文大纲级别"), 2)
    lines = lines_of(document, tmp_path)
    assert [line.heading_level for line in lines] == [0, 1, 2, 1, 2, 3]


def test_numbered_heading_is_a_heading_not_an_item(tmp_path: Path) -> None:
    document = build.new_document()
    num = build.add_numbering(document, ["chineseCounting"])
    build.set_numbering(document.add_heading("岗位职责", level=2), num, 0)
    (line,) = lines_of(document, tmp_path)
    assert (line.heading_level, line.list_level) == (2, None)


def test_bold_means_every_visible_run_bold(tmp_path: Path) -> None:
    document = build.new_document()
    build.add_bold(document, "岗位职责")
    mixed = document.add_paragraph()
    mixed.add_run("工作地点：").bold = True
    mixed.add_run("上海")
    spaced = document.add_paragraph()
    spaced.add_run("  ")
    spaced.add_run("任职要求").bold = True
    build.add_bold(document, "长" * 150)
    build.add_style(document, "b1", "粗体段落", bold=True)
    build.set_style_id(document.add_paragraph("福利待遇"), "b1")
    off = build.set_style_id(document.add_paragraph(), "b1")
    off.add_run("不加粗").bold = False
    build.add_style(document, "c1", "强调字符", bold=True, kind="character")
    build.set_run_style(document.add_paragraph().add_run("加分项"), "c1")
    lines = lines_of(document, tmp_path)
    assert [line.bold for line in lines] == [True, False, True, False, True, False, True]


def test_soft_breaks_split_plain_paragraphs_but_not_items(tmp_path: Path) -> None:
    document = build.new_document()
    num = build.add_numbering(document, ["decimal"])
    build.add_lines(document, ["岗位职责：", "1、负责产品规划", "2、负责需求分析"])
    item = build.add_lines(document, ["负责数据分析", "并输出周报"])
    build.set_numbering(item, num, 0)
    build.add_lines(document, ["产品经理", "（上海）"], style="Heading 1")
    lines = lines_of(document, tmp_path)
    assert [(line.text, line.number) for line in lines] == [
        ("岗位职责：", 1),
        ("1、负责产品规划", 1),
        ("2、负责需求分析", 1),
        ("负责数据分析\n并输出周报", 2),
        ("产品经理 （上海）", 3),
    ]


def test_text_from_tabs_links_insertions_and_controls_is_kept(tmp_path: Path) -> None:
    document = build.new_document()
    paragraph = document.add_paragraph("薪资\t面议")
    build.append_xml(
        paragraph,
        "<w:hyperlink><w:r><w:t>链接文字</w:t></w:r></w:hyperlink>"
        '<w:ins w:id="1" w:author="HR"><w:r><w:t>新增</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="HR"><w:r><w:delText>删除</w:delText></w:r></w:del>'
        "<w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        "<w:r><w:instrText> PAGE </w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:noBreakHyphen/><w:t>A</w:t><w:sym w:font="Wingdings" w:char="F0B7"/></w:r>',
    )
    (line,) = lines_of(document, tmp_path)
    assert line.text == "薪资 面议链接文字新增控件1-A"


def test_leading_tabs_are_indentation_other_tabs_one_space(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_paragraph("\t\t补充说明\t见附件")
    (line,) = lines_of(document, tmp_path)
    assert line.text == "        补充说明 见附件"


def test_empty_document_has_no_postings(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_paragraph("")
    assert read_docx(build.save(document, tmp_path / "空白.docx"), ParseOptions()) == []


def test_text_boxes_are_read_once_after_their_paragraph(tmp_path: Path) -> None:
    document = build.new_document()
    paragraph = document.add_paragraph("正文")
    box = "<w:txbxContent><w:p><w:r><w:t>文本框里的职责</w:t></w:r></w:p></w:txbxContent>"
    build.append_xml(
        paragraph,
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor>{box}</wp:anchor></w:drawing>'
        "</mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>",
    )
    document.add_paragraph("之后")
    lines = lines_of(document, tmp_path)
    assert [(line.text, line.number) for line in lines] == [
        ("正文", 1),
        ("文本框里的职责", 2),
        ("之后", 3),
    ]


def test_markup_like_word_text_survives_the_recogniser(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_heading("前端工程师", level=1)
    document.add_paragraph("岗位职责：")
    document.add_paragraph("1、熟悉<template>与<div>布局，了解 R&D 流程与 &lt; 转义")
    document.add_paragraph("2、5年以上<b>经验</b>")
    path = build.save(document, tmp_path / "前端.docx")
    posting = one(read_docx(path, ParseOptions()))
    assert [item.text for _, _, item in posting.walk_items()] == [
        "熟悉<template>与<div>布局，了解 R&D 流程与 &lt; 转义",
        "5年以上<b>经验</b>",
    ]


def test_text_tables_are_read_cell_by_cell_with_merged_cells_once(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_paragraph("前言")
    table = build.add_table(document, [["甲", "乙", "丙"], ["丁", None, None]])
    build.merge(table, 1, 0, 1, 2, "合并的单元格")
    build.merge(table, 0, 2, 1, 2)  # and one merged downwards
    document.add_paragraph("结语")
    texts = [line.text for line in lines_of(document, tmp_path)]
    assert texts == ["前言", "甲", "乙", "丙", "合并的单元格", "结语"]


# -- end to end: text documents through the recogniser ----------------------------------------


def _product_manager(document: Any) -> list[str]:
    """A Chinese posting written with Word's own lists; returns its paragraph texts."""
    num = build.add_numbering(document, ["decimal", "bullet"])
    texts = ["高级产品经理", "岗位职责"]
    document.add_heading(texts[0], level=1)
    build.add_bold(document, texts[1])
    for level, text in [
        (0, "负责产品规划与路线图制定"),
        (1, "市场与竞品分析"),
        (1, "用户调研与访谈"),
        (0, "负责需求管理，输出PRD文档"),
        (0, "协调研发、设计、测试团队推进项目上线"),
    ]:
        build.add_list_item(document, text, num, level)
        texts.append(text)
    requirements = [
        "任职要求：",
        "1、本科及以上学历，计算机相关专业；",
        "2、3年以上互联网产品经验；",
    ]
    for text in requirements:
        document.add_paragraph(text)
    return texts + requirements


def test_word_lists_become_nested_items(tmp_path: Path) -> None:
    document = build.new_document()
    texts = _product_manager(document)
    path = build.save(document, tmp_path / "产品经理.docx")
    parsed = read_docx(path, ParseOptions())
    posting = one(parsed)
    assert posting.title == "高级产品经理"
    assert posting.language is Language.ZH
    assert [(s.kind, s.heading) for s in posting.sections] == [
        (SectionKind.DUTIES, "岗位职责"),
        (SectionKind.REQUIREMENTS, "任职要求"),
    ]
    duties, requirements = posting.sections
    assert outline(duties) == [
        (0, "负责产品规划与路线图制定"),
        (1, "市场与竞品分析"),
        (1, "用户调研与访谈"),
        (0, "负责需求管理，输出PRD文档"),
        (0, "协调研发、设计、测试团队推进项目上线"),
    ]
    assert duties.count_items() == 5
    assert outline(requirements) == [
        (0, "本科及以上学历，计算机相关专业；"),
        (0, "3年以上互联网产品经验；"),
    ]
    assert (parsed[0].first_line, parsed[0].last_line) == (1, 10)
    assert_nothing_lost(texts, parsed)


def test_two_postings_with_heading_titles(tmp_path: Path) -> None:
    document = build.new_document()
    texts = _product_manager(document)
    document.add_heading("Java开发工程师", level=1)
    document.add_paragraph("岗位职责：", style="Heading 2")
    for text in ["负责后端服务开发", "参与架构设计"]:
        document.add_paragraph(text, style="List Number")
    texts += ["Java开发工程师", "岗位职责", "负责后端服务开发", "参与架构设计"]
    parsed = read_docx(build.save(document, tmp_path / "两个岗位.docx"), ParseOptions())
    assert [p.posting.title for p in parsed] == ["高级产品经理", "Java开发工程师"]
    assert outline(parsed[1].posting.sections[0]) == [(0, "负责后端服务开发"), (0, "参与架构设计")]
    assert_nothing_lost(texts, parsed)


def _page_break(document: Any) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def test_a_page_break_before_a_title_separates_postings(tmp_path: Path) -> None:
    """One posting a page, as a merged export writes them: a title followed by a lead
    paragraph alone would not start a posting."""
    document = build.new_document()
    for title, duty in (("数据分析师", "负责数据分析"), ("产品经理", "负责产品规划")):
        document.add_paragraph(title, style="Title")
        document.add_paragraph("出海公司早期项目，base广州，4月到岗")
        document.add_paragraph("有意向的同学，可以将简历发送至：hr@example.com")
        document.add_paragraph("岗位职责", style="Heading 1")
        document.add_paragraph(duty, style="List Number")
        document.add_paragraph("公司介绍", style="Heading 1")
        document.add_paragraph("我们是一家数据公司。")
        _page_break(document)
    parsed = read_docx(build.save(document, tmp_path / "合并.docx"), ParseOptions())
    assert [p.posting.title for p in parsed] == ["数据分析师", "产品经理"]
    assert [[s.kind.value for s in p.posting.sections] for p in parsed] == [
        ["duties", "about"],
        ["duties", "about"],
    ]


def test_a_page_break_inside_a_posting_does_not_split_it(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_paragraph("数据分析师", style="Title")
    document.add_paragraph("岗位职责：")
    document.add_paragraph("1、负责数据分析")
    _page_break(document)
    document.add_paragraph("2、撰写分析报告")
    parsed = read_docx(build.save(document, tmp_path / "一个岗位.docx"), ParseOptions())
    assert outline(one(parsed).sections[0]) == [(0, "负责数据分析"), (0, "撰写分析报告")]


def test_file_name_is_the_fallback_title(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_paragraph("岗位职责：")
    document.add_paragraph("1、负责客户回访")
    parsed = read_docx(build.save(document, tmp_path / "客服专员.docx"), ParseOptions())
    assert one(parsed).title == "客服专员"
    named = read_docx(tmp_path / "客服专员.docx", ParseOptions(fallback_title="指定标题"))
    assert one(named).title == "指定标题"


def test_english_posting(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_heading("Senior Data Engineer", level=1)
    document.add_heading("What you'll do", level=2)
    document.add_paragraph("Build and run data pipelines", style="List Bullet")
    document.add_paragraph("Own data quality", style="List Bullet")
    document.add_heading("Requirements", level=2)
    document.add_paragraph("5+ years with Python and SQL", style="List Bullet")
    posting = one(read_docx(build.save(document, tmp_path / "de.docx"), ParseOptions()))
    assert posting.language is Language.EN
    assert [(s.kind, s.count_items()) for s in posting.sections] == [
        (SectionKind.DUTIES, 2),
        (SectionKind.REQUIREMENTS, 1),
    ]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_real_samples_read_from_word_as_from_text(
    tmp_path: Path, samples_dir: Path, language: str
) -> None:
    """Every real sample as a Word file, one paragraph per line: the same postings as the
    text reader finds, and nothing lost by the recogniser's own check."""
    for sample in sorted((samples_dir / "real" / language).glob("*.txt")):
        text = sample.read_bytes().decode("utf-8-sig")
        document = build.new_document()
        for line in text.splitlines():
            document.add_paragraph(line)
        path = build.save(document, tmp_path / f"{sample.stem}.docx")
        parsed = read_docx(path, ParseOptions())
        if _TAG_RE.search(text):
            # In Word, tags are text the author typed; they are kept, not interpreted.
            assert_nothing_lost(
                [_TYPED_MARKER_RE.sub("", line) for line in text.splitlines()], parsed
            )
            continue
        as_text = parse_text(text, ParseOptions(fallback_title=sample.stem))
        assert [p.posting.title for p in parsed] == [p.posting.title for p in as_text], sample
        assert [p.posting.sections for p in parsed] == [p.posting.sections for p in as_text]
        lines = docx_source_lines(docx.Document(str(path)))
        assert find_lost_lines(lines, parsed) == [], sample


# -- table-form job descriptions --------------------------------------------------------------


def _form_document() -> tuple[Any, list[str]]:
    """A 岗位说明书 table with merged value cells, Word lists and typed numbers."""
    document = build.new_document()
    num = build.add_numbering(document, ["decimal", "bullet"])
    document.add_paragraph("岗位说明书", style="Title")
    table = build.add_table(
        document,
        [
            ["岗位名称", "产品经理", "所属部门", "产品部"],
            ["直接上级", "产品总监", "工作地点", "上海"],
            ["编制人数", "2", "薪资", "15-25K"],
            ["岗位职责", None, None, None],
            ["任职资格", None, None, None],
            ["工作时间", "朝九晚六", None, None],
            ["备注", None, None, None],
        ],
    )
    duties = build.merge(table, 3, 1, 3, 3, "1、负责产品规划；")
    for text in ["2、负责需求分析：", "2.1、用户调研", "2.2、竞品分析"]:
        duties.add_paragraph(text)
    requirements = build.merge(table, 4, 1, 4, 3, "本科及以上学历")
    build.set_numbering(requirements.paragraphs[0], num, 0)
    build.add_list_item(requirements, "计算机相关专业", num, 1)
    build.add_list_item(requirements, "3年以上经验", num, 0)
    build.merge(table, 5, 1, 5, 3)
    note = build.merge(table, 6, 1, 6, 3, "本岗位需要出差")
    note.add_paragraph("每年考核一次")
    document.add_paragraph("审批人：张三")
    values = [
        "岗位说明书", "产品经理", "产品部", "产品总监", "上海", "2", "15-25K", "岗位职责",
        "负责产品规划；", "负责需求分析：", "用户调研", "竞品分析", "任职资格", "本科及以上学历",
        "计算机相关专业", "3年以上经验", "工作时间", "朝九晚六", "备注", "本岗位需要出差",
        "每年考核一次", "审批人：张三",
    ]  # fmt: skip
    return document, values


def test_form_table_fills_fields_and_sections(tmp_path: Path) -> None:
    document, values = _form_document()
    parsed = read_docx(build.save(document, tmp_path / "表格.docx"), ParseOptions())
    posting = one(parsed)
    assert posting.title == "产品经理"
    assert (posting.department, posting.reports_to, posting.location) == (
        "产品部",
        "产品总监",
        "上海",
    )
    assert posting.headcount == 2
    assert posting.salary is not None and posting.salary.minimum == 15000
    assert [(s.kind, s.heading) for s in posting.sections] == [
        (SectionKind.DUTIES, "岗位职责"),
        (SectionKind.REQUIREMENTS, "任职资格"),
        (SectionKind.OTHER, "备注"),
    ]
    duties, requirements, other = posting.sections
    assert outline(duties) == [
        (0, "负责产品规划；"),
        (0, "负责需求分析："),
        (1, "用户调研"),
        (1, "竞品分析"),
    ]
    assert outline(requirements) == [
        (0, "本科及以上学历"),
        (1, "计算机相关专业"),
        (0, "3年以上经验"),
    ]
    assert [item.kind for item in other.items] == [ItemKind.PARAGRAPH, ItemKind.PARAGRAPH]
    # The salary row was read into the salary field, so it is not a note as well.
    assert posting.summary.splitlines() == ["岗位说明书", "工作时间：朝九晚六", "审批人：张三"]
    assert not parsed[0].warnings
    assert_nothing_lost([value for value in values if value != "15-25K"], parsed)


def test_form_cells_read_like_a_section_of_a_document(tmp_path: Path) -> None:
    """Prose beside a Word list stays prose; a long heading in the label column is a
    label; an unknown label over a row of its own is a section, even with one line."""
    document = build.new_document()
    num = build.add_numbering(document, ["decimal"])
    table = build.add_table(
        document,
        [
            ["岗位名称", "数据分析师", "所属部门", "数据部"],
            ["岗位职责", None, None, None],
            ["What you will learn in your first months here", None, None, None],
            ["关于薪资", None, None, None],
        ],
    )
    duties = build.merge(table, 1, 1, 1, 3, "日常工作包括以下几项。")
    build.add_list_item(duties, "负责数据分析", num, 0)
    build.add_list_item(duties, "撰写分析报告", num, 0)
    build.merge(table, 2, 1, 2, 3, "Our data stack and the way we review work together.")
    build.merge(table, 3, 1, 3, 3, "参考范围面议")
    posting = one(read_docx(build.save(document, tmp_path / "表.docx"), ParseOptions()))
    assert posting.department == "数据部"
    assert [(s.kind, s.heading) for s in posting.sections] == [
        (SectionKind.DUTIES, "岗位职责"),
        (SectionKind.OTHER, "What you will learn in your first months here"),
        (SectionKind.OTHER, "关于薪资"),
    ]
    duties_section = posting.sections[0]
    assert [(item.kind, item.text) for item in duties_section.items] == [
        (ItemKind.PARAGRAPH, "日常工作包括以下几项。"),
        (ItemKind.ITEM, "负责数据分析"),
        (ItemKind.ITEM, "撰写分析报告"),
    ]
    assert posting.summary == ""


def test_form_table_source_lines_leave_the_form_out(tmp_path: Path) -> None:
    document, _ = _form_document()
    lines = lines_of(document, tmp_path)
    assert [line.text for line in lines] == ["岗位说明书", "审批人：张三"]
    assert lines[1].number > 20  # the form's paragraphs are counted


def test_labels_above_values_and_labels_inside_cells(tmp_path: Path) -> None:
    document = build.new_document()
    table = build.add_table(
        document,
        [
            ["岗位名称：运营专员", "所属部门：运营部"],
            ["岗位职责", None],
            ["负责社群活动策划", None],
            ["任职要求：", None],
            ["大专以上学历", None],
            ["有社群运营经验", None],
        ],
    )
    for row in range(1, 6):
        build.merge(table, row, 0, row, 1)
    document.add_paragraph("福利待遇：")
    document.add_paragraph("1、五险一金")
    document.add_paragraph("2、年终奖")
    parsed = read_docx(build.save(document, tmp_path / "运营.docx"), ParseOptions())
    posting = one(parsed)
    assert (posting.title, posting.department) == ("运营专员", "运营部")
    assert [(s.kind, s.heading, s.count_items()) for s in posting.sections] == [
        (SectionKind.DUTIES, "岗位职责", 1),
        (SectionKind.REQUIREMENTS, "任职要求", 2),
        (SectionKind.BENEFITS, "福利待遇", 2),  # the text after the form continues it
    ]


def test_label_merged_downwards_collects_each_row(tmp_path: Path) -> None:
    document = build.new_document()
    table = build.add_table(
        document,
        [
            ["职位名称", "销售代表"],
            ["工作职责", "开拓新客户"],
            [None, "维护老客户"],
            [None, "完成销售指标"],
            ["任职条件", "沟通能力强"],
        ],
    )
    build.merge(table, 1, 0, 3, 0)
    posting = one(read_docx(build.save(document, tmp_path / "销售.docx"), ParseOptions()))
    assert [(s.kind, [i.text for i in s.items]) for s in posting.sections] == [
        (SectionKind.DUTIES, ["开拓新客户", "维护老客户", "完成销售指标"]),
        (SectionKind.REQUIREMENTS, ["沟通能力强"]),
    ]


def test_columns_of_labels_over_a_row_of_values(tmp_path: Path) -> None:
    document = build.new_document()
    build.add_table(
        document,
        [
            ["岗位名称", "汇报对象", "岗位职责", "任职要求"],
            ["行政专员", "行政经理", "办公室管理", "细心"],
        ],
    )
    posting = one(read_docx(build.save(document, tmp_path / "行政.docx"), ParseOptions()))
    assert (posting.title, posting.reports_to) == ("行政专员", "行政经理")
    assert [s.kind for s in posting.sections] == [SectionKind.DUTIES, SectionKind.REQUIREMENTS]


def test_english_form(tmp_path: Path) -> None:
    document = build.new_document()
    build.add_table(
        document,
        [
            ["Job Title", "Data Analyst"],
            ["Department", "Finance"],
            ["Reports To:", "CFO"],
            ["Location", "Remote"],
            ["Headcount", "3"],
            ["Responsibilities", "Build dashboards\nOwn the metrics"],
            ["Qualifications", "SQL\nPython"],
        ],
    )
    parsed = read_docx(build.save(document, tmp_path / "analyst.docx"), ParseOptions())
    posting = one(parsed)
    assert (posting.title, posting.department, posting.reports_to) == (
        "Data Analyst",
        "Finance",
        "CFO",
    )
    assert (posting.location, posting.headcount, posting.language) == ("Remote", 3, Language.EN)
    assert [(s.kind, s.heading, s.count_items()) for s in posting.sections] == [
        (SectionKind.DUTIES, "Responsibilities", 2),
        (SectionKind.REQUIREMENTS, "Qualifications", 2),
    ]


def test_two_form_tables_are_two_postings(tmp_path: Path) -> None:
    document = build.new_document()
    values: list[str] = []
    for heading, title, duty, requirement in [
        ("一、产品经理", "产品经理", "负责产品规划", "本科"),
        ("二、运营专员", "运营专员", "负责用户运营", "大专"),
    ]:
        document.add_heading(heading, level=2)
        build.add_table(
            document, [["岗位名称", title], ["岗位职责", duty], ["任职要求", requirement]]
        )
        values += [heading, title, duty, requirement]
    parsed = read_docx(build.save(document, tmp_path / "两个表.docx"), ParseOptions())
    assert [p.posting.title for p in parsed] == ["产品经理", "运营专员"]
    assert [p.posting.summary for p in parsed] == ["产品经理", "运营专员"]  # the headings
    assert parsed[0].last_line < parsed[1].first_line
    assert_nothing_lost(values, parsed)


def test_form_and_a_text_posting_in_one_document(tmp_path: Path) -> None:
    document = build.new_document()
    build.add_table(
        document, [["岗位名称", "产品经理"], ["岗位职责", "负责产品"], ["任职要求", "本科"]]
    )
    texts = _product_manager(document)
    parsed = read_docx(build.save(document, tmp_path / "混合.docx"), ParseOptions())
    assert [p.posting.title for p in parsed] == ["产品经理", "高级产品经理"]
    assert parsed[1].posting.sections[0].count_items() == 5
    assert_nothing_lost(texts, parsed)


def test_form_without_title_takes_the_heading_above_or_the_file_name(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_heading("数据分析师", level=1)
    build.add_table(document, [["岗位职责", "分析数据"], ["任职要求", "统计学背景"]])
    document.add_page_break()
    build.add_table(document, [["岗位职责", "整理报表"], ["任职要求", "细心"]])
    parsed = read_docx(build.save(document, tmp_path / "分析.docx"), ParseOptions())
    assert [p.posting.title for p in parsed] == ["数据分析师", "分析"]


def test_list_of_postings_one_row_each(tmp_path: Path) -> None:
    document = build.new_document()
    table = build.add_table(
        document,
        [
            ["2024年招聘计划", None, None],
            ["岗位名称", "人数", "任职要求"],
            ["产品经理", "2", "本科"],
            ["测试工程师", "1", "熟悉自动化测试"],
        ],
    )
    build.merge(table, 0, 0, 0, 2)
    parsed = read_docx(build.save(document, tmp_path / "计划.docx"), ParseOptions())
    assert [(p.posting.title, p.posting.headcount) for p in parsed] == [
        ("产品经理", 2),
        ("测试工程师", 1),
    ]
    assert parsed[0].posting.summary == "2024年招聘计划"
    assert all(w.code == "no_duties" for p in parsed for w in p.warnings)
    assert parsed[1].warnings[0].posting_title == "测试工程师"


def test_one_table_holding_two_postings(tmp_path: Path) -> None:
    document = build.new_document()
    build.add_table(
        document,
        [
            ["岗位名称", "会计"],
            ["岗位职责", "账务处理"],
            ["岗位名称", "出纳"],
            ["岗位职责", "现金管理"],
        ],
    )
    parsed = read_docx(build.save(document, tmp_path / "财务.docx"), ParseOptions())
    assert [(p.posting.title, p.posting.sections[0].items[0].text) for p in parsed] == [
        ("会计", "账务处理"),
        ("出纳", "现金管理"),
    ]
    assert parsed[0].last_line < parsed[1].first_line


def test_nested_table_in_a_form_cell_is_its_text(tmp_path: Path) -> None:
    document = build.new_document()
    table = build.add_table(document, [["岗位名称", "培训专员"], ["任职要求", None]])
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "学历：本科"
    inner.cell(0, 1).text = "经验：两年"
    posting = one(read_docx(build.save(document, tmp_path / "培训.docx"), ParseOptions()))
    assert [i.text for i in posting.sections[0].items] == ["学历：本科", "经验：两年"]


def test_label_value_lines_under_a_section_label_are_items(tmp_path: Path) -> None:
    document = build.new_document()
    table = build.add_table(document, [["岗位名称", "司机"], ["任职要求", None], [None, None]])
    build.merge(table, 1, 0, 1, 1)
    cell = build.merge(table, 2, 0, 2, 1, "学历：高中及以上")
    cell.add_paragraph("驾龄：五年以上")
    posting = one(read_docx(build.save(document, tmp_path / "司机.docx"), ParseOptions()))
    assert [(s.heading, [i.text for i in s.items]) for s in posting.sections] == [
        ("任职要求", ["学历：高中及以上", "驾龄：五年以上"]),
    ]


def test_unknown_labels_and_odd_values_are_kept(tmp_path: Path) -> None:
    document = build.new_document()
    build.add_table(
        document,
        [
            ["岗位名称", "市场专员", "岗位编号", "MK-001"],
            ["编制人数", "若干", "职级", "P5"],
            ["岗位职责", "负责品牌推广", "发展通道", "专员\n主管\n经理"],
        ],
    )
    posting = one(read_docx(build.save(document, tmp_path / "市场.docx"), ParseOptions()))
    assert posting.headcount is None
    assert posting.summary.splitlines() == ["岗位编号：MK-001", "编制人数：若干", "职级：P5"]
    assert [(s.kind, s.heading, [i.text for i in s.items]) for s in posting.sections] == [
        (SectionKind.DUTIES, "岗位职责", ["负责品牌推广"]),
        (SectionKind.OTHER, "发展通道", ["专员", "主管", "经理"]),
    ]


def test_a_table_with_one_label_is_text(tmp_path: Path) -> None:
    document = build.new_document()
    document.add_heading("仓库管理员", level=1)
    table = build.add_table(document, [["岗位职责：\n1、负责出入库\n2、负责盘点"]])
    cell = table.cell(0, 0)
    cell.paragraphs[0].text = "岗位职责："
    cell.add_paragraph("1、负责出入库")
    cell.add_paragraph("2、负责盘点")
    posting = one(read_docx(build.save(document, tmp_path / "仓库.docx"), ParseOptions()))
    assert posting.title == "仓库管理员"
    assert [i.text for i in posting.sections[0].items] == ["负责出入库", "负责盘点"]


# -- refused files ----------------------------------------------------------------------------


def _refused(path: Path) -> str:
    with pytest.raises(InputFileError) as caught:
        read_docx(path, ParseOptions())
    message = str(caught.value)
    assert str(path) in message
    return message


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "乱码.docx"
    path.write_bytes(bytes(range(256)) * 8)
    assert "not a Word document" in _refused(path)


def test_text_file_with_a_docx_name(tmp_path: Path) -> None:
    path = tmp_path / "岗位.docx"
    path.write_text("岗位职责：\n1、负责招聘", encoding="utf-8")
    assert ".txt" in _refused(path)


def test_old_doc_file(tmp_path: Path) -> None:
    path = tmp_path / "旧版.docx"
    path.write_bytes(
        docx_import.OLE_SIGNATURE + b"\x00" * 2000 + "WordDocument".encode("utf-16-le")
    )
    message = _refused(path)
    assert "97-2003" in message and "save it as" in message


def test_password_protected_document(tmp_path: Path) -> None:
    path = tmp_path / "加密.docx"
    stream = "EncryptionInfo".encode("utf-16-le")
    path.write_bytes(docx_import.OLE_SIGNATURE + b"\x00" * 1000 + stream + b"\x00" * 1000)
    assert "password" in _refused(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "空.docx"
    path.write_bytes(b"")
    assert "empty" in _refused(path)


def test_zip_without_a_word_document(tmp_path: Path) -> None:
    path = build.write_zip(tmp_path / "归档.docx", {"readme.txt": "你好".encode()})
    assert "word/document.xml" in _refused(path)


def test_excel_file_with_a_docx_name(tmp_path: Path) -> None:
    path = build.write_zip(
        tmp_path / "表格.docx", {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<x/>"}
    )
    assert "Excel" in _refused(path)


def test_truncated_docx(tmp_path: Path) -> None:
    whole = build.save(build.new_document(), tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "半截.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "damaged" in _refused(path)


def test_document_xml_that_is_not_xml(tmp_path: Path) -> None:
    def break_body(name: str, data: bytes) -> bytes:
        return b"<w:document><broken" if name == "word/document.xml" else data

    source = build.save(build.new_document(), tmp_path / "ok.docx")
    path = build.rewrite_zip(source, tmp_path / "坏.docx", break_body)
    assert "damaged" in _refused(path)


def test_word_template_is_refused_with_advice(tmp_path: Path) -> None:
    def as_template(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(b"document.main+xml", b"template.main+xml")
        return data

    source = build.save(build.new_document(), tmp_path / "ok.docx")
    path = build.rewrite_zip(source, tmp_path / "模板.docx", as_template)
    assert "template" in _refused(path)


def test_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    path = build.write_zip(
        tmp_path / "炸弹.docx",
        {"word/document.xml": b"<w:document/>", "word/media/zeros.bin": bytes(40 * 1024 * 1024)},
    )
    assert path.stat().st_size < 200_000
    assert "zip bomb" in _refused(path)


def test_zip_bomb_by_declared_size(tmp_path: Path) -> None:
    path = build.write_zip(tmp_path / "声明.docx", {"word/document.xml": b"<w:document/>" * 100})
    build.declare_size(path, "word/document.xml", 3_000_000_000)
    assert path.stat().st_size < 10_000
    assert "zip bomb" in _refused(path)


def test_too_many_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_import, "MAX_MEMBERS", 3)
    path = build.write_zip(tmp_path / "多.docx", {f"word/m{i}.xml": b"<x/>" for i in range(5)})
    assert "zip bomb" in _refused(path)


def test_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = build.save(build.new_document(), tmp_path / "大.docx")
    monkeypatch.setattr(docx_import, "MAX_DOCX_BYTES", 1000)
    assert "limit" in _refused(path)


def test_total_uncompressed_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = build.save(build.new_document(), tmp_path / "正常.docx")
    monkeypatch.setattr(docx_import, "MAX_UNCOMPRESSED_BYTES", 100_000)
    assert "zip bomb" in _refused(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "cannot be read" in _refused(tmp_path / "没有.docx")
    folder = tmp_path / "文件夹.docx"
    folder.mkdir()
    assert "cannot be read" in _refused(folder)


def test_read_as_one_posting_the_pages_are_not_cut(tmp_path: Path) -> None:
    """The import review's merge reads a file as one posting: page breaks then say nothing."""
    document = build.new_document()
    for title in ("数据分析师", "产品经理"):
        document.add_paragraph(title, style="Title")
        document.add_paragraph("岗位职责", style="Heading 1")
        document.add_paragraph("负责" + title, style="List Number")
        _page_break(document)
    path = build.save(document, tmp_path / "合并.docx")
    assert len(read_docx(path, ParseOptions())) == 2
    assert len(read_docx(path, ParseOptions(single=True))) == 1


def test_a_label_repeated_on_the_next_row_continues_its_section(tmp_path: Path) -> None:
    """A long row split over two pages, its label printed again on the second."""
    document = build.new_document()
    build.add_table(
        document,
        [
            ["岗位名称", "数据分析师"],
            ["岗位职责", "1、负责数据分析"],
            ["岗位职责", "2、撰写分析报告"],
            ["任职要求", "本科及以上学历"],
        ],
    )
    posting = one(read_docx(build.save(document, tmp_path / "续页.docx"), ParseOptions()))
    assert [(s.kind, s.heading) for s in posting.sections] == [
        (SectionKind.DUTIES, "岗位职责"),
        (SectionKind.REQUIREMENTS, "任职要求"),
    ]
    assert outline(posting.sections[0]) == [(0, "负责数据分析"), (0, "撰写分析报告")]


def test_in_a_form_that_marks_its_continued_rows_a_repeated_label_is_a_new_section(
    tmp_path: Path,
) -> None:
    """Our form templates write 联系方式（续） on a row that goes on; two rows labelled
    联系方式 are two sections (two contact blocks one after the other)."""
    document = build.new_document()
    document.styles.add_style("JD Label", WD_STYLE_TYPE.PARAGRAPH)
    rows = [["岗位名称", "数据分析师"], ["联系方式", "电话：010-1234"], ["联系方式", "微信：abc"]]
    rows += [["联系方式（续）", "邮箱：hr@example.com"]]
    table = build.add_table(document, rows)
    for row in table.rows:
        row.cells[0].paragraphs[0].style = "JD Label"
    posting = one(read_docx(build.save(document, tmp_path / "联系.docx"), ParseOptions()))
    assert [(s.kind, len(s.items)) for s in posting.sections] == [
        (SectionKind.APPLY, 1),
        (SectionKind.APPLY, 2),
    ]
