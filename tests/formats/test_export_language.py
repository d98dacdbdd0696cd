"""Word export in the posting's language: text languages, labels, how to apply, form rows."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from jdeditor import paths
from jdeditor.core.model import Item, ItemKind, Language, Posting, Section, SectionKind
from jdeditor.formats.docx_export import ExportSettings, build_context, render_docx
from jdeditor.formats.docx_export.form_rows import estimated_lines, split_items
from jdeditor.formats.docx_export.template_language import (
    language_warnings,
    template_language,
)
from jdeditor.formats.export_request import ExportFormat, ExportRequest
from jdeditor.formats.exporting import export_postings
from tests.factories import chinese_posting, english_posting
from tests.formats.docx_builders import parts_xml

BUNDLED = ("formal-zh", "advert-zh", "jd-en")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CJK = re.compile(r"[\u3400-\u9fff]")


def bundled(name: str) -> Path:
    return paths.resource_path("templates", f"{name}.docx")


def visible_text(data: bytes) -> str:
    texts = []
    for name, xml in parts_xml(data).items():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml", name):
            for paragraph in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
                texts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", paragraph)))
    return "\n".join(texts).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def language_tags(xml: str) -> list[str]:
    return re.findall(r"<w:(?:lang|themeFontLang) [^>]*>", xml)


def assert_latin_english_and_chinese_chinese(parts: dict[str, str]) -> None:
    styles = parts["word/styles.xml"]
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S)
    assert defaults is not None
    [lang] = re.findall(r"<w:lang [^>]*>", defaults.group(0))
    assert 'w:val="en-US"' in lang and 'w:eastAsia="zh-CN"' in lang
    for name, xml in parts.items():
        for tag in language_tags(xml):
            assert not re.search(r'w:val="(zh|ja|ko)', tag), f"Latin text as East Asian: {name}"
            east_asian = re.search(r'w:eastAsia="([^"]+)"', tag)
            assert east_asian is None or east_asian.group(1).startswith("zh"), (name, tag)
    assert 'w:eastAsia="zh-CN"' in "".join(language_tags(parts["word/settings.xml"]))


# -- languages of the text ---------------------------------------------------------------


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_templates_mark_latin_text_english(name: str) -> None:
    assert_latin_english_and_chinese_chinese(parts_xml(bundled(name).read_bytes()))


@pytest.mark.parametrize("name", BUNDLED)
@pytest.mark.parametrize("language", list(Language))
def test_every_exported_document_marks_latin_text_english(name: str, language: Language) -> None:
    posting = chinese_posting() if language is Language.ZH else english_posting()
    data = render_docx(posting, bundled(name), ExportSettings(company_name="Stellar"))
    assert_latin_english_and_chinese_chinese(parts_xml(data))


def test_a_template_that_marks_latin_text_chinese_is_corrected(tmp_path: Path) -> None:
    document = docx.Document()
    rpr = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    for old in rpr.findall(f"{W}lang"):
        rpr.remove(old)
    rpr.append(docx.oxml.parse_xml(f'<w:lang xmlns:w="{W[1:-1]}" w:val="zh-CN"/>'))
    paragraph = document.add_paragraph()
    run = paragraph.add_run("{{ posting.title }}")
    run._r.get_or_add_rPr().append(
        docx.oxml.parse_xml(f'<w:lang xmlns:w="{W[1:-1]}" w:val="ja-JP" w:eastAsia="ja-JP"/>')
    )
    british = document.add_paragraph().add_run("{{ posting.location }}")
    british._r.get_or_add_rPr().append(
        docx.oxml.parse_xml(f'<w:lang xmlns:w="{W[1:-1]}" w:val="en-GB"/>')
    )
    path = tmp_path / "wps.docx"
    document.save(str(path))
    parts = parts_xml(render_docx(english_posting(), path))
    assert_latin_english_and_chinese_chinese(parts)
    assert 'w:val="en-GB"' in parts["word/document.xml"]  # a Latin language of its own stays


# -- labels, dates and page numbers follow the posting ----------------------------------


@pytest.mark.parametrize("name", BUNDLED)
def test_an_english_posting_prints_no_chinese_in_any_template(name: str) -> None:
    data = render_docx(english_posting(), bundled(name), ExportSettings(company_name="Stellar"))
    text = visible_text(data)
    assert not CJK.search(text), CJK.findall(text)
    assert "Page " in text and " of " in text
    assert re.search(
        r"\d{1,2} (January|February|March|April|May|June|July|August|"
        r"September|October|November|December) \d{4}",
        text,
    )


@pytest.mark.parametrize("name", BUNDLED)
def test_a_chinese_posting_prints_chinese_labels_in_any_template(name: str) -> None:
    data = render_docx(chinese_posting(), bundled(name), ExportSettings(company_name="星辰"))
    text = visible_text(data)
    own_words = {"Excel", "SQL", "R", "D"}  # in the posting's own text
    latin = set(re.findall(r"[A-Za-z]+", text)) - own_words
    assert not latin, latin
    assert re.search(r"第 \d+ 页 / 共 \d+ 页", text)
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", text)


def test_the_form_dates_itself_in_the_postings_language() -> None:
    english = visible_text(render_docx(english_posting(), bundled("formal-zh")))
    assert re.search(r"Date: \d{1,2} [A-Z][a-z]+ \d{4}", english)
    assert "编制日期" not in english
    chinese = visible_text(render_docx(chinese_posting(), bundled("formal-zh")))
    assert re.search(r"编制日期：\d{4}年", chinese)


# -- how to apply: from the posting or the settings, never made up -----------------------

APPLY = Section(SectionKind.APPLY, "应聘方式", [Item("简历请发送至 jobs@example.com")])
SETTINGS_APPLY = ExportSettings(
    company_name="星辰科技",
    how_to_apply="请将简历发送至招聘邮箱，标题注明岗位。",
    contact_email="hr@stellar.example",
)


@pytest.mark.parametrize("name", BUNDLED)
def test_no_how_to_apply_without_the_posting_or_the_settings(name: str) -> None:
    for settings in (ExportSettings(), ExportSettings(company_name="星辰科技")):
        text = visible_text(render_docx(chinese_posting(), bundled(name), settings))
        for invented in ("应聘方式", "简历", "人力资源部", "一周", "联系邮箱"):
            assert invented not in text, f"{name} invents {invented}"


@pytest.mark.parametrize("name", BUNDLED)
def test_the_postings_own_apply_section_is_printed_once(name: str) -> None:
    posting = chinese_posting()
    posting.sections.append(APPLY)
    for settings in (ExportSettings(), SETTINGS_APPLY):
        text = visible_text(render_docx(posting, bundled(name), settings))
        assert text.count("应聘方式") == 1
        assert text.count("jobs@example.com") == 1
        assert "hr@stellar.example" not in text  # the posting's own words win


@pytest.mark.parametrize("name", BUNDLED)
def test_the_settings_say_how_to_apply_when_the_posting_does_not(name: str) -> None:
    text = visible_text(render_docx(chinese_posting(), bundled(name), SETTINGS_APPLY))
    assert text.count("应聘方式") == 1
    assert "请将简历发送至招聘邮箱，标题注明岗位。" in text
    assert "联系邮箱：hr@stellar.example" in text
    email_only = ExportSettings(contact_email="hr@stellar.example")
    english = visible_text(render_docx(english_posting(), bundled(name), email_only))
    assert "How to apply" in english and "E-mail: hr@stellar.example" in english


def test_the_settings_reach_the_context() -> None:
    context = build_context(chinese_posting(), SETTINGS_APPLY)
    assert context["company"].how_to_apply == SETTINGS_APPLY.how_to_apply
    assert context["company"].email == "hr@stellar.example"
    assert context["labels"]["apply"] == "应聘方式"


# -- the form: long sections in rows that keep their label -------------------------------


def long_duties(count: int = 40, language: Language = Language.ZH) -> Posting:
    posting = chinese_posting() if language is Language.ZH else english_posting()
    text = "负责数据平台模块的设计、开发与维护，保证系统的稳定性、可扩展性和高性能。"
    posting.sections[0].items = [Item(f"{number}. {text}") for number in range(1, count + 1)]
    return posting


def test_a_long_section_becomes_rows_labelled_continued() -> None:
    document = docx.Document(io.BytesIO(render_docx(long_duties(), bundled("formal-zh"))))
    table = document.tables[0]
    duty_rows = [row for row in table.rows if row.cells[0].text.startswith("岗位职责")]
    labels = [row.cells[0].text for row in duty_rows]
    assert len(labels) >= 3
    assert labels[0] == "岗位职责" and all(label == "岗位职责（续）" for label in labels[1:])
    for row in duty_rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None  # moves whole to a new page
    texts = [p.text for row in duty_rows for p in row.cells[-1].paragraphs if p.text]
    assert texts == [item.text for item in long_duties().sections[0].items]


def test_the_numbers_run_on_from_row_to_row() -> None:
    document = docx.Document(io.BytesIO(render_docx(long_duties(), bundled("formal-zh"))))
    numbering = document.part.numbering_part.element
    starts = []
    for row in document.tables[0].rows:
        if not row.cells[0].text.startswith("岗位职责"):
            continue
        first = row.cells[-1]._tc.find(f".//{W}numId")
        num = numbering.find(f"{W}num[@{qn('w:numId')}='{first.get(qn('w:val'))}']")
        override = num.find(f"{W}lvlOverride[@{qn('w:ilvl')}='0']/{W}startOverride")
        starts.append(int(override.get(qn("w:val"))))
    pieces = split_items(long_duties().sections[0].items)
    expected = [1]
    for piece in pieces[:-1]:
        expected.append(expected[-1] + len(piece))
    assert starts == expected


def test_an_ordinary_section_stays_one_row() -> None:
    document = docx.Document(io.BytesIO(render_docx(chinese_posting(), bundled("formal-zh"))))
    labels = [row.cells[0].text for row in document.tables[0].rows]
    assert not any("续" in label for label in labels)


def test_pieces_keep_every_item_in_order_and_stay_short() -> None:
    items = [
        *long_duties(25).sections[0].items,
        Item("组", [Item("子项一"), Item("子项二")], ItemKind.PARAGRAPH),
        Item("x" * 2000),  # longer than a piece: alone in its own
    ]
    pieces = split_items(items, max_lines=10)
    assert [item for piece in pieces for item in piece] == items
    for piece in pieces:
        assert piece
        assert len(piece) == 1 or sum(estimated_lines(item) for item in piece) <= 10
    assert pieces[-1] == [items[-1]]


def test_an_english_posting_in_a_chinese_template_is_numbered_in_english() -> None:
    data = render_docx(english_posting(), bundled("formal-zh"))
    numbering = parts_xml(data)["word/numbering.xml"]
    document = docx.Document(io.BytesIO(data))
    num_ids = {
        p._p.find(f".//{W}numId").get(qn("w:val"))
        for p in (paragraph for cell in document.tables[0]._cells for paragraph in cell.paragraphs)
        if p._p.find(f".//{W}numId") is not None
    }
    assert num_ids
    for num_id in num_ids:
        abstract = re.search(
            rf'<w:num w:numId="{num_id}"><w:abstractNumId w:val="(\d+)"/>', numbering
        )
        assert abstract is not None
        body = re.search(
            rf'<w:abstractNum w:abstractNumId="{abstract.group(1)}".*?</w:abstractNum>',
            numbering,
            re.S,
        )
        assert body is not None and "、" not in body.group(0)


# -- templates with words of their own ----------------------------------------------------


def user_template(folder: Path, *paragraphs: str, name: str, language: str = "") -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = folder / f"{name}.docx"
    document.save(str(path))
    if language:
        _declare(path, language)
    return path


def _declare(path: Path, language: str) -> None:
    """Add the custom property Language, as Word's File › Properties › Custom does."""
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
        f'name="Language"><vt:lpwstr>{language}</vt:lpwstr></property></Properties>'
    )
    with zipfile.ZipFile(path) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    entries["docProps/custom.xml"] = custom.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in entries.items():
            target.writestr(name, data)


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_templates_have_no_words_of_their_own(name: str) -> None:
    assert template_language(bundled(name)).languages == frozenset()


def test_a_templates_language_is_read_from_its_words(tmp_path: Path) -> None:
    chinese = user_template(tmp_path, "岗位说明书", "编制日期：{{ export_date }}", name="zh")
    english = user_template(tmp_path, "Job profile", "Prepared on {{ export_date }}", name="en")
    both = user_template(tmp_path, "岗位说明书 Job Description {{ posting.title }}", name="both")
    none = user_template(tmp_path, "{{ posting.title }}", "{{ export_date }}", name="none")
    assert template_language(chinese).languages == {Language.ZH}
    assert "编制日期" in template_language(chinese).example
    assert template_language(english).languages == {Language.EN}
    assert template_language(both).languages == frozenset()
    assert template_language(none).languages == frozenset()


@pytest.mark.parametrize(
    ("declared", "languages"),
    [
        ("zh-CN", {Language.ZH}),
        ("English", {Language.EN}),
        ("中文", {Language.ZH}),
        ("any", set()),
        ("zh, en", {Language.ZH, Language.EN}),
    ],
)
def test_a_declared_language_wins(tmp_path: Path, declared: str, languages: set[Language]) -> None:
    path = user_template(tmp_path, "编制日期：{{ export_date }}", name="d", language=declared)
    found = template_language(path)
    assert found.declared and found.languages == languages


def test_export_warns_when_a_templates_words_are_in_another_language(tmp_path: Path) -> None:
    template = user_template(tmp_path, "编制日期：{{ export_date }}", name="mine")
    english, chinese = english_posting(), chinese_posting()
    [warning] = language_warnings([(english, template), (chinese, template)])
    assert warning.kind == "template_language"
    assert "mine" in warning.message and "Senior Backend Engineer" in warning.message
    assert dict(warning.values)["posting_language"] == "English"
    assert language_warnings([(chinese, template)]) == []
    assert language_warnings([(english, bundled("formal-zh"))]) == []


def test_export_postings_tells_of_the_warning_and_still_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdeditor.formats import exporting

    template = user_template(tmp_path, "编制日期：{{ export_date }}", name="mine")
    monkeypatch.setattr(exporting, "_template_for", lambda posting, name: template)
    heard = []
    written = export_postings(
        [english_posting(), english_posting("Data Engineer")],
        ExportRequest(ExportFormat.DOCX, tmp_path / "out"),
        warn=heard.append,
    )
    assert len(written) == 2
    [warning] = heard
    assert "2 postings are in English" in warning.message


def test_a_long_summary_continues_in_rows_too() -> None:
    posting = english_posting()
    lines = [f"Paragraph {number}: " + " ".join(["collaboration"] * 20) for number in range(20)]
    posting.summary = "\n".join(lines)
    document = docx.Document(io.BytesIO(render_docx(posting, bundled("formal-zh"))))
    rows = [row for row in document.tables[0].rows if row.cells[0].text.startswith("Summary")]
    assert len(rows) >= 2
    assert [row.cells[0].text for row in rows][1:] == ["Summary (continued)"] * (len(rows) - 1)
    text = "\n".join(row.cells[-1].text for row in rows)
    assert [line for line in text.split("\n") if line] == lines
    short = docx.Document(io.BytesIO(render_docx(english_posting(), bundled("formal-zh"))))
    assert not any(row.cells[0].text == "Summary" for row in short.tables[0].rows)  # no summary
