"""Word export through templates: structure of the output, lists, fonts, escaping, sandbox."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jdeditor import paths
from jdeditor.core.model import (
    Item,
    ItemKind,
    Language,
    Posting,
    Section,
    SectionKind,
)
from jdeditor.core.numbering import numbered
from jdeditor.core.structure import ParseOptions
from jdeditor.errors import InputFileError
from jdeditor.formats.docx_export import (
    ExportSettings,
    TemplateError,
    build_context,
    check_template,
    render_docx,
    render_docx_document,
)
from jdeditor.formats.docx_export.context import LogoImage
from jdeditor.formats.docx_export.fonts import ensure_east_asian_font
from jdeditor.formats.docx_export.lists import ListEntry, ListRun, WordList, build_word_list
from jdeditor.formats.docx_export.page_numbers import PageNumbers
from jdeditor.formats.docx_export.render import template_bytes
from jdeditor.formats.docx_import import read_docx
from tests.factories import chinese_posting, english_posting
from tests.formats.docx_builders import parts_xml
from tests.hypothesis_support import examples

BUNDLED = ("formal-zh", "advert-zh", "jd-en")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SETTINGS = ExportSettings(company_name="星辰科技 R&D <中国>", author="人事部")
# A 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d0a0b7"
    "0000000049454e44ae426082"
)


def bundled(name: str) -> Path:
    return paths.resource_path("templates", f"{name}.docx")


def posting_for(name: str) -> Posting:
    return english_posting() if name.endswith("-en") else chinese_posting()


def open_docx(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def visible_text(data: bytes) -> str:
    """All text of body, headers and footers."""
    texts = []
    for name, xml in parts_xml(data).items():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml", name):
            texts += re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)
    return "".join(texts).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def list_paragraphs(document: Any) -> list[tuple[str, int, int]]:
    """(text, numId, ilvl) of every numbered paragraph, body and table cells alike."""
    found = []
    for p in document.element.body.iter(f"{W}p"):
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            continue
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        num_id = int(num_pr.find(f"{W}numId").get(qn("w:val")))
        ilvl = int(num_pr.find(f"{W}ilvl").get(qn("w:val")))
        found.append((text, num_id, ilvl))
    return found


def numbering_of(document: Any) -> Any:
    return document.part.numbering_part.element


def num_element(document: Any, num_id: int) -> Any:
    return numbering_of(document).find(f"{W}num[@{qn('w:numId')}='{num_id}']")


def level_format(document: Any, num_id: int, ilvl: int) -> tuple[str, str]:
    """(numFmt, lvlText) a list instance shows at a level."""
    abstract_id = num_element(document, num_id).find(f"{W}abstractNumId").get(qn("w:val"))
    abstract = numbering_of(document).find(
        f"{W}abstractNum[@{qn('w:abstractNumId')}='{abstract_id}']"
    )
    lvl = abstract.find(f"{W}lvl[@{qn('w:ilvl')}='{ilvl}']")
    return lvl.find(f"{W}numFmt").get(qn("w:val")), lvl.find(f"{W}lvlText").get(qn("w:val"))


def make_template(folder: Path, *paragraphs: str, header: str = "", name: str = "t") -> Path:
    """A template from python-docx's default document with the given paragraphs."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    path = folder / f"{name}.docx"
    document.save(str(path))
    return path


# -- the bundled templates ---------------------------------------------------------------


@pytest.mark.parametrize("name", BUNDLED)
@pytest.mark.parametrize("factory", [chinese_posting, english_posting])
def test_no_jinja_tags_are_left_anywhere(name: str, factory: Callable[[], Posting]) -> None:
    data = render_docx(factory(), bundled(name), SETTINGS)
    for part, xml in parts_xml(data).items():
        for tag in ("{{", "}}", "{%", "%}", "{#"):
            assert tag not in xml, f"{tag} left in {part}"


@pytest.mark.parametrize("name", BUNDLED)
def test_page_is_a4_and_properties_describe_the_posting(name: str) -> None:
    posting = posting_for(name)
    document = render_docx_document(posting, bundled(name), SETTINGS)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert section.left_margin.mm >= 15
    props = document.core_properties
    assert props.title == posting.title
    assert posting.department in props.subject
    assert props.author == "人事部"
    assert props.created is not None
    assert props.created.date() >= date(2026, 1, 1)
    assert props.comments == ""  # the template's own description does not travel along


@pytest.mark.parametrize("name", BUNDLED)
def test_each_section_is_its_own_list_starting_at_one(name: str) -> None:
    posting = posting_for(name)
    document = render_docx_document(posting, bundled(name), SETTINGS)
    paragraphs = list_paragraphs(document)
    by_section = []
    for section in posting.sections:
        texts = {node.text for _, node in section.walk() if node.kind is ItemKind.ITEM}
        ids = {num_id for text, num_id, _ in paragraphs if text in texts}
        assert len(ids) == 1, f"{section.heading}: one list instance per section"
        by_section.append(ids.pop())
    assert len(set(by_section)) == len(by_section), "every section restarts"
    for num_id in by_section:
        overrides = num_element(document, num_id).findall(f"{W}lvlOverride")
        assert len(overrides) == 9
        starts = [o.find(f"{W}startOverride").get(qn("w:val")) for o in overrides]
        assert starts == ["1"] * 9


def test_nested_items_are_nested_levels_and_paragraphs_stay_paragraphs() -> None:
    document = render_docx_document(chinese_posting(), bundled("formal-zh"), SETTINGS)
    levels = {text: ilvl for text, _, ilvl in list_paragraphs(document)}
    assert levels["市场及用户研究"] == 0
    assert levels["市场分析：了解竞争对手产品"] == 1
    assert levels["用户研究与访谈"] == 1
    assert levels["负责数据分析报告的撰写"] == 0
    assert "确定工作职责后，按计划推进。" not in levels
    texts = [p.text for p in document.element.body.iter(f"{W}p")]
    assert not any(re.match(r"^\s*([0-9]+|[一二三四五六七八九十]+)[、.]", t or "") for t in texts)


def test_chinese_lists_use_chinese_numbering_formats() -> None:
    document = render_docx_document(chinese_posting(), bundled("formal-zh"), SETTINGS)
    ids = {text: num_id for text, num_id, _ in list_paragraphs(document)}
    nested = ids["市场及用户研究"]  # duties have sub-items: 一、 then 1、
    assert level_format(document, nested, 0) == ("chineseCounting", "%1、")
    assert level_format(document, nested, 1) == ("decimal", "%2、")
    flat = ids["本科及以上学历，统计学相关专业"]  # a flat list: 1、
    assert level_format(document, flat, 0) == ("decimal", "%1、")


def test_english_lists_use_decimal_numbering() -> None:
    posting = english_posting()
    posting.sections[0].items[0].children = [Item("Sub task")]
    document = render_docx_document(posting, bundled("jd-en"), SETTINGS)
    num_id = list_paragraphs(document)[0][1]
    assert level_format(document, num_id, 0) == ("decimal", "%1.")
    assert level_format(document, num_id, 1) == ("decimal", "%1.%2.")
    assert ("Sub task", num_id, 1) in list_paragraphs(document)


@pytest.mark.parametrize("name", BUNDLED)
def test_east_asian_and_latin_fonts_are_named(name: str) -> None:
    data = render_docx(posting_for(name), bundled(name), SETTINGS)
    styles = parts_xml(data)["word/styles.xml"]
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S)
    assert defaults is not None
    fonts = re.search(r"<w:rFonts [^>]*>", defaults.group(0))
    assert fonts is not None
    assert re.search(r'w:eastAsia="(宋体|微软雅黑|黑体)"', fonts.group(0))
    assert re.search(r'w:ascii="[^"]+"', fonts.group(0))
    assert 'w:eastAsia="zh-CN"' in defaults.group(0)


def test_a_template_without_east_asian_font_gets_one() -> None:
    document = docx.Document()
    fonts = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    ensure_east_asian_font(document, Language.ZH)
    assert fonts.get(qn("w:eastAsia")) == "宋体"
    keep = docx.Document()
    keep_fonts = keep.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    before = dict(keep_fonts.attrib)
    ensure_east_asian_font(keep, Language.EN)
    assert dict(keep_fonts.attrib) == before  # the template's own choice stays


@pytest.mark.parametrize("name", BUNDLED)
def test_ampersands_and_angle_brackets_arrive_as_text(name: str) -> None:
    posting = posting_for(name)
    posting.title = "R&D 工程师 <研发>"
    posting.sections[0].items.append(Item("熟练使用Excel和SQL，R&D经验优先 <研发>"))
    data = render_docx(posting, bundled(name), SETTINGS)
    text = visible_text(data)
    assert "R&D 工程师 <研发>" in text
    assert "熟练使用Excel和SQL，R&D经验优先 <研发>" in text
    if "company.name" in "".join(parts_xml(template_bytes(bundled(name))).values()):
        assert "星辰科技 R&D <中国>" in text
    open_docx(data)  # still a valid document


def test_line_breaks_and_control_characters_in_text() -> None:
    posting = chinese_posting()
    posting.summary = "第一行\n第二行\x07\x0c\x00"
    data = render_docx(posting, bundled("formal-zh"), SETTINGS)
    document_xml = parts_xml(data)["word/document.xml"]
    assert re.search(r"第一行</w:t><w:br/><w:t[^>]*>第二行</w:t>", document_xml)
    open_docx(data)


@pytest.mark.parametrize("name", BUNDLED)
def test_only_a_title_and_one_duty_leaves_no_stray_labels(name: str) -> None:
    language = Language.EN if name.endswith("-en") else Language.ZH
    posting = Posting(
        title="Only title" if language is Language.EN else "只有标题",
        language=language,
        sections=[
            Section(
                SectionKind.DUTIES,
                "",
                [Item("One duty" if language is Language.EN else "一项职责")],
            ),
            Section(SectionKind.REQUIREMENTS, "Requirements", []),
        ],
    )
    data = render_docx(posting, bundled(name), ExportSettings())
    text = visible_text(data)
    english = ["Department", "Reports to", "Location", "Headcount", "Employment", "Salary"]
    chinese = ["所属部门", "直接上级", "工作地点", "编制人数", "用工性质", "薪资范围", "岗位概述"]
    labels = (
        [*english, "Requirements"]
        if language is Language.EN
        else [*chinese, "任职资格", "任职要求", "招聘 ", "·"]
    )
    for label in labels:
        assert label not in text, f"{label} left behind"
    assert posting.title in text
    document = open_docx(data)
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith(("Heading", "Title")):
            assert paragraph.text.strip(), "no empty heading"
    for table in document.tables:
        for row in table.rows:
            assert any(cell.text.strip() for cell in row.cells), "no empty table row"
    assert len(list_paragraphs(document)) == 1


def test_a_blank_posting_leaves_no_empty_table() -> None:
    data = render_docx(Posting(), bundled("formal-zh"), ExportSettings())
    document = open_docx(data)
    assert all(len(table.rows) for table in document.tables)


@pytest.mark.parametrize("name", BUNDLED)
def test_export_reimports_into_the_same_structure(name: str, tmp_path: Path) -> None:
    posting = posting_for(name)
    path = tmp_path / f"{name}-export.docx"
    path.write_bytes(render_docx(posting, bundled(name), SETTINGS))
    parsed = read_docx(path, ParseOptions())
    assert len(parsed) == 1
    back = parsed[0].posting
    assert back.title == posting.title
    boilerplate = {"应聘方式"}  # the advert's own how-to-apply section
    sections = [s for s in back.sections if s.heading not in boilerplate]
    assert [s.kind for s in sections] == [s.kind for s in posting.sections]
    # The form reader takes plain lines in a form cell for items (typed lists are usual
    # there), so a paragraph comes back as an item; the flowing layouts keep the kind.
    kinds = name != "formal-zh"
    for original, reread in zip(posting.sections, sections, strict=True):
        assert _shape(reread.items, kinds) == _shape(original.items, kinds), original.heading
    # The header facts come back as fields: labelled rows in the form and the English
    # advert, one line of facts (数据部 · 上海 · 全职 · …) in the Chinese advert. Places,
    # and an English department (``Engineering · Berlin``), cannot be told apart by shape.
    assert back.salary == posting.salary
    assert back.employment_type == posting.employment_type
    assert back.headcount == posting.headcount
    if posting.language is Language.ZH:
        assert back.department == posting.department


def _shape(items: list[Item], kinds: bool) -> list[Any]:
    """Texts and nesting (and item kinds, if asked)."""
    return [
        (item.text, item.kind if kinds else None, _shape(item.children, kinds)) for item in items
    ]


# -- lists in detail -----------------------------------------------------------------------


def _word_labels(word_list: WordList) -> list[str]:
    """The labels Word shows, simulated from the entries, runs and start overrides."""
    state: dict[int, list[int | None]] = {}
    labels = []
    for entry in word_list.entries:
        if not entry.numbered:
            labels.append("")
            continue
        starts = word_list.runs[entry.run].starts
        counts = state.setdefault(entry.run, [None] * 9)
        level = entry.level
        counts[level] = 1 if counts[level] is None else counts[level] + 1  # type: ignore[operator]
        for deeper in range(level + 1, 9):
            counts[deeper] = None  # lower levels restart after a higher one
        shown = [
            counts[k] if counts[k] is not None else (starts[k] if k < len(starts) else 1)
            for k in range(level + 1)
        ]
        labels.append(".".join(str(value) for value in shown))
    return labels


_item_trees = st.recursive(
    st.builds(
        lambda kind: Item("x", [], kind), st.sampled_from([ItemKind.ITEM, ItemKind.PARAGRAPH])
    ),
    lambda children: st.builds(
        lambda kind, kids: Item("x", kids, kind),
        st.sampled_from([ItemKind.ITEM, ItemKind.PARAGRAPH]),
        st.lists(children, max_size=4),
    ),
    max_leaves=25,
)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(_item_trees, max_size=5))
def test_word_numbering_shows_the_numbers_the_editor_shows(items: list[Item]) -> None:
    expected = [label for label, _, _ in numbered(items)]
    assume(all(label.count(".") < 9 for label in expected))  # Word has nine levels
    word_list = build_word_list(items)
    assert _word_labels(word_list) == expected


def test_paragraph_groups_restart_their_items() -> None:
    items = [
        Item("Technical", [Item("Python"), Item("SQL")], ItemKind.PARAGRAPH),
        Item("Soft skills", [Item("Communication")], ItemKind.PARAGRAPH),
    ]
    word_list = build_word_list(items)
    assert word_list.runs == (ListRun(), ListRun(), ListRun())
    assert [e.run for e in word_list.entries if e.numbered] == [1, 1, 2]
    assert ListEntry("Technical", 0, False) in word_list.entries


def test_a_list_placed_twice_is_numbered_afresh_each_time(tmp_path: Path) -> None:
    template = make_template(
        tmp_path,
        "{%p for section in sections %}",
        "{{p section.list }}",
        "{{p section.list }}",
        "{%p endfor %}",
    )
    document = render_docx_document(chinese_posting(), template, SETTINGS)
    ids = [
        num_id for text, num_id, _ in list_paragraphs(document) if text == "负责数据分析报告的撰写"
    ]
    assert len(ids) == 2 and ids[0] != ids[1]


def test_word_list_is_inert_without_a_document() -> None:
    context = build_context(chinese_posting(), SETTINGS, date(2026, 3, 1))
    word_list = context["sections"][0].list
    assert "<w:p>" in word_list.__html__() and "numPr" not in word_list.__html__()
    assert "市场及用户研究" in str(word_list)
    assert not build_word_list([])


def test_template_without_list_styles_or_numbering_part(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("{%p for section in sections %}")
    document.add_paragraph("{{p section.list }}")
    document.add_paragraph("{%p endfor %}")
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/numbering"):
            document.part.drop_rel(rel_id)
    template = tmp_path / "bare.docx"
    document.save(str(template))
    for posting, first_format in (
        (chinese_posting(), "chineseCounting"),
        (english_posting(), "decimal"),
    ):
        result = render_docx_document(posting, template, SETTINGS)
        first = list_paragraphs(result)[0]
        assert level_format(result, first[1], 0)[0] == first_format


# -- values, logo, errors ----------------------------------------------------------------


def _values(value: Any) -> Any:
    if isinstance(value, dict):
        for item in value.values():
            yield from _values(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _values(item)
    elif hasattr(value, "__dataclass_fields__"):
        yield value
        for name in value.__dataclass_fields__:
            if not name.startswith("_"):
                yield from _values(getattr(value, name))
    else:
        yield value


def test_context_holds_only_plain_values() -> None:
    settings = ExportSettings("星辰", Path("/tmp/logo.png"), "HR")
    context = build_context(chinese_posting(), settings, date(2026, 3, 1))
    allowed = (str, int, bool, LogoImage, PageNumbers)
    for value in _values(context):
        assert hasattr(value, "__dataclass_fields__") or isinstance(value, allowed), value
        assert not isinstance(value, Path)
    assert context["export_date"] == "2026年3月1日"
    assert context["export_date_iso"] == "2026-03-01"
    assert context["posting"].salary == "15,000–25,000 元/月"
    assert context["posting"].employment_type == "全职"
    assert [f.label for f in context["fields"]][:2] == ["所属部门", "直接上级"]
    assert context["all_fields"][0].label == "岗位名称"
    assert [s.kind for s in context["sections_by_kind"].duties] == ["duties"]
    english = build_context(english_posting(), ExportSettings(), date(2026, 3, 1))
    assert english["export_date"] == "1 March 2026"
    assert english["labels"]["salary"] == "Salary"


def test_logo_is_an_inline_picture(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    data = render_docx(chinese_posting(), bundled("advert-zh"), ExportSettings("星辰", logo))
    xml = parts_xml(data)
    assert "<w:drawing>" in xml["word/document.xml"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())
    without = render_docx(chinese_posting(), bundled("advert-zh"), ExportSettings("星辰"))
    assert "<w:drawing>" not in parts_xml(without)["word/document.xml"]
    in_header = make_template(tmp_path, "{{ posting.title }}", header="{{ company.logo.sized(8) }}")
    data = render_docx(chinese_posting(), in_header, ExportSettings("星辰", logo))
    header = next(xml for name, xml in parts_xml(data).items() if name.startswith("word/header"))
    assert "<w:drawing>" in header and 'cy="288000"' in header  # 8 mm high


@pytest.mark.parametrize("content", [None, b"not an image"])
def test_unusable_logo_is_a_user_facing_error(tmp_path: Path, content: bytes | None) -> None:
    logo = tmp_path / "logo.png"
    if content is not None:
        logo.write_bytes(content)
    with pytest.raises(InputFileError, match="logo"):
        render_docx(chinese_posting(), bundled("advert-zh"), ExportSettings("星辰", logo))


@pytest.mark.parametrize(
    "payload",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ posting.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ posting.title.__class__ }}",
        "{% include '/etc/passwd' %}",
        "{{ 'x' * 100000000 }}",
        "{{ company.logo._path }}",
    ],
)
def test_sandbox_refuses_escapes(tmp_path: Path, payload: str) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", payload, name="evil")
    with pytest.raises(TemplateError) as caught:
        render_docx(chinese_posting(), template, SETTINGS)
    assert "evil.docx" in str(caught.value)
    assert "word/document.xml" in str(caught.value)
    assert check_template(template), "checking reports it too"


def test_syntax_error_names_template_part_and_paragraph(tmp_path: Path) -> None:
    template = make_template(tmp_path, "fine", "岗位：{{ posting.title | }}", "end", name="broken")
    with pytest.raises(TemplateError) as caught:
        render_docx(chinese_posting(), template, SETTINGS)
    message = str(caught.value)
    assert "broken.docx" in message and "word/document.xml" in message
    assert "岗位：{{ posting.title | }}" in message
    unclosed = make_template(tmp_path, "{%p if posting.title %}", "x", name="unclosed")
    with pytest.raises(TemplateError, match="endif"):
        render_docx(chinese_posting(), unclosed, SETTINGS)


def test_list_tag_inside_a_sentence_is_refused(tmp_path: Path) -> None:
    template = make_template(tmp_path, "{% for s in sections %}职责：{{ s.list }}{% endfor %}")
    with pytest.raises(TemplateError, match=r"\{\{p"):
        render_docx(chinese_posting(), template, SETTINGS)


def test_unknown_names_print_nothing_when_rendering(tmp_path: Path) -> None:
    template = make_template(tmp_path, "[{{ posting.titel }}][{{ nothing.at.all }}]")
    data = render_docx(chinese_posting(), template, SETTINGS)
    assert "[][]" in visible_text(data)
    assert check_template(template)


def test_header_tags_are_rendered_and_checked(tmp_path: Path) -> None:
    template = make_template(tmp_path, "body", header="{{ company.name }}·{{ export_date }}")
    data = render_docx(chinese_posting(), template, SETTINGS)
    assert "星辰科技 R&D <中国>·" in visible_text(data)
    broken = make_template(tmp_path, "body", header="{{ company.name ", name="h")
    problems = check_template(broken)
    assert problems and problems[0].part.startswith("word/header")


def test_template_bytes_are_read_once_until_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template(tmp_path, "{{ posting.title }}")
    reads = []
    original = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    for _ in range(3):
        render_docx(chinese_posting(), template, SETTINGS)
    assert reads.count(template) == 1
    make_template(tmp_path, "{{ posting.department }} changed")
    assert "数据部 changed" in visible_text(render_docx(chinese_posting(), template, SETTINGS))


def test_missing_or_foreign_template_files(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="cannot be opened"):
        render_docx(chinese_posting(), tmp_path / "nope.docx", SETTINGS)
    text = tmp_path / "text.docx"
    text.write_text("not a zip", encoding="utf-8")
    with pytest.raises(TemplateError, match="not a Word document"):
        render_docx(chinese_posting(), text, SETTINGS)
