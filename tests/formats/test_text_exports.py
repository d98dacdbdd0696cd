"""Tests for the Markdown, HTML and schema.org JSON-LD exports."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from jdeditor.formats.html_export import render_html, render_html_sections, stylesheet
from jdeditor.formats.jsonld_export import render_jsonld
from jdeditor.formats.markdown_export import escape_markdown, render_markdown
from tests.factories import chinese_posting, english_posting
from tests.hypothesis_support import examples

TRICKY = 'R&D <研发> "quotes" *stars* _under_'
TRICKY_LINES = ["# hash", "1. at start", "- dash", "> quote", "`tick` [link](x) | ~~s~~ $5$"]


# -- helpers -------------------------------------------------------------------------------

VOID = {"br", "meta", "img", "hr", "link", "input"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def elements(self) -> Iterator[tuple[Node, list[Node]]]:
        """Every element below this one in document order, with its ancestors."""
        yield from self._walk([])

    def _walk(self, ancestors: list[Node]) -> Iterator[tuple[Node, list[Node]]]:
        for child in self.children:
            if isinstance(child, Node):
                yield child, ancestors
                yield from child._walk([*ancestors, child])

    def find_all(self, tag: str) -> list[Node]:
        return [node for node, _ in self.elements() if node.tag == tag]

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def own_lines(self) -> list[str]:
        """The text directly in this element, split at ``<br>``, before any nested block."""
        lines = [""]
        for child in self.children:
            if isinstance(child, str):
                lines[-1] += child
            elif child.tag == "br":
                lines.append("")
            else:
                break
        lines = [line.strip("\n") for line in lines]
        return [] if lines == [""] else lines


class TreeBuilder(HTMLParser):
    """A strict tree builder: every non-void tag must be closed, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> TreeBuilder:
    builder = TreeBuilder()
    builder.feed(text)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder


def shown(item: Item) -> bool:
    return bool(item.text.strip()) or any(shown(child) for child in item.children)


def expected_nodes(items: list[Item], depth: int = 0) -> Iterator[tuple[str, int, list[str]]]:
    """``(tag, list depth, lines)`` an item tree should give in HTML, in reading order."""
    for item in items:
        if not shown(item):
            continue
        lines = item.text.strip("\n").splitlines() if item.text.strip() else []
        lines = _trim_blank(lines)
        if item.kind is ItemKind.ITEM:
            yield "li", depth, lines
            yield from expected_nodes(item.children, depth + 1)
        else:
            if lines:
                yield "p", depth, lines
            yield from expected_nodes(item.children, depth)


def _trim_blank(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def html_nodes(root: Node) -> list[tuple[str, int, list[str]]]:
    """``(tag, list depth, lines)`` of the list items and paragraphs in an export's sections."""
    found = []
    for node, ancestors in root.elements():
        if node.tag in ("li", "p") and node.attrs.get("class") is None:
            depth = sum(1 for ancestor in ancestors if ancestor.tag == "li")
            found.append((node.tag, depth, node.own_lines()))
    return found


def posting_with(*sections: Section, language: Language = Language.ZH) -> Posting:
    return Posting(title="测试岗位", language=language, sections=list(sections))


def nested_items() -> list[Item]:
    return [
        Item("一级甲", [Item("二级甲", [Item("三级甲"), Item("三级乙")]), Item("二级乙")]),
        Item("一级乙"),
    ]


# -- Markdown --------------------------------------------------------------------------------


def test_markdown_chinese_posting() -> None:
    assert render_markdown(chinese_posting()) == (
        "# 高级数据分析师\n"
        "\n"
        "- **所属部门**：数据部\n"
        "- **工作地点**：上海\n"
        "- **直接上级**：数据总监\n"
        "- **编制人数**：2\n"
        "- **用工性质**：全职\n"
        "- **薪资范围**：15,000–25,000 元/月\n"
        "\n"
        "负责公司核心业务的数据分析与岗位建设。\n"
        "\n"
        "## 岗位职责\n"
        "\n"
        "1. 市场及用户研究\n"
        "    1. 市场分析：了解竞争对手产品\n"
        "    2. 用户研究与访谈\n"
        "2. 负责数据分析报告的撰写\n"
        "\n"
        "确定工作职责后，按计划推进。\n"
        "\n"
        "## 任职要求\n"
        "\n"
        "1. 本科及以上学历，统计学相关专业\n"
        "2. 熟练使用Excel和SQL，R&D经验优先 \\<研发>\n"
    )


def test_markdown_english_posting() -> None:
    text = render_markdown(english_posting())
    assert text.startswith("# Senior Backend Engineer\n\n- **Department**: Engineering\n")
    assert "- **Employment type**: Contract\n" in text
    assert "- **Salary**: EUR 62.50+ per hour\n" in text
    assert "\n## What you'll do\n\n1. Design and build APIs in Python\n2. Review code\n" in text
    assert "\n## Perks\n\n1. Remote-friendly\n" in text
    assert "Reports to" not in text  # empty field: no label


def test_markdown_nesting_uses_four_spaces_per_level() -> None:
    text = render_markdown(posting_with(Section(SectionKind.DUTIES, "职责", nested_items())))
    assert text.endswith(
        "## 职责\n\n"
        "1. 一级甲\n"
        "    1. 二级甲\n"
        "        1. 三级甲\n"
        "        2. 三级乙\n"
        "    2. 二级乙\n"
        "2. 一级乙\n"
    )


def test_markdown_paragraphs_interrupt_and_lists_continue() -> None:
    items = [
        Item("甲"),
        Item("说明段落", kind=ItemKind.PARAGRAPH),
        Item("乙"),
        Item("分组", [Item("组内一"), Item("组内二")], kind=ItemKind.PARAGRAPH),
        Item("丙"),
    ]
    text = render_markdown(posting_with(Section(SectionKind.DUTIES, "职责", items)))
    assert text.endswith(
        "1. 甲\n\n说明段落\n\n2. 乙\n\n分组\n\n1. 组内一\n2. 组内二\n\n<!-- -->\n\n3. 丙\n"
    )


def test_markdown_multiline_items_keep_their_breaks() -> None:
    items = [
        Item("第一行\n第二行", [Item("子项\n续行")]),
        Item("段落一行\n段落二行", kind=ItemKind.PARAGRAPH),
        Item("前\n\n后"),
    ]
    text = render_markdown(posting_with(Section(SectionKind.DUTIES, "", items)))
    assert text.endswith(
        "## 岗位职责\n\n"
        "1. 第一行\\\n"
        "    第二行\n"
        "    1. 子项\\\n"
        "        续行\n"
        "\n"
        "段落一行\\\n"
        "段落二行\n"
        "\n"
        "2. 前\n"
        "\n"
        "    后\n"
    )


def test_markdown_child_paragraph_and_empty_parent() -> None:
    items = [
        Item("有说明的项", [Item("说明", kind=ItemKind.PARAGRAPH), Item("子项")]),
        Item("  ", [Item("空项的子项")]),
    ]
    text = render_markdown(posting_with(Section(SectionKind.DUTIES, "职责", items)))
    assert text.endswith("1. 有说明的项\n\n    说明\n\n    1. 子项\n2.\n    1. 空项的子项\n")


@pytest.mark.parametrize(
    ("line", "escaped"),
    [
        (TRICKY, 'R&D \\<研发> "quotes" \\*stars\\* \\_under\\_'),
        ("# hash", "\\# hash"),
        ("1. at start", "1\\. at start"),
        ("2) also", "2\\) also"),
        ("- dash", "\\- dash"),
        ("+ plus", "\\+ plus"),
        ("> quote", "\\> quote"),
        ("===", "\\==="),
        ("`tick` [link](x)", "\\`tick\\` \\[link](x)"),
        ("a | b ~~c~~ $5$", "a \\| b \\~\\~c\\~\\~ \\$5\\$"),
        ("&amp; &#35; R&D", "\\&amp; \\&#35; R&D"),
        ("C:\\temp\\", "C:\\\\temp\\\\"),
        ("   indented\t", "indented"),
        ("\u3000\u3000全角缩进", "\u3000\u3000全角缩进"),
        ("5+ years, e.g. C# and 1.5x", "5+ years, e.g. C# and 1.5x"),
    ],
)
def test_markdown_escaping(line: str, escaped: str) -> None:
    assert escape_markdown(line) == escaped


def test_markdown_headings_escape_every_hash() -> None:
    posting = posting_with(Section(SectionKind.OTHER, "C# 开发 #", [Item("x")]))
    posting.title = "# 标题 *重要*"
    text = render_markdown(posting)
    assert text.startswith("# \\# 标题 \\*重要\\*\n")
    assert "\n## C\\# 开发 \\#\n" in text


def test_markdown_tricky_text_everywhere() -> None:
    posting = posting_with(
        Section(SectionKind.DUTIES, TRICKY, [Item(TRICKY), Item("\n".join(TRICKY_LINES))]),
        Section(SectionKind.OTHER, "", [Item("1. at start", kind=ItemKind.PARAGRAPH)]),
    )
    posting.title = TRICKY
    posting.department = TRICKY
    text = render_markdown(posting)
    escaped = escape_markdown(TRICKY)
    assert text.startswith(f"# {escaped}\n\n- **所属部门**：{escaped}\n")
    assert f"\n## {escaped}\n\n1. {escaped}\n2. \\# hash\\\n    1\\. at start\\\n" in text
    assert text.endswith("## 其他\n\n1\\. at start\n")


def test_markdown_leaves_out_empty_fields_and_sections() -> None:
    posting = Posting(
        title="",
        department="  ",
        salary=Salary(),
        sections=[
            Section(SectionKind.DUTIES, "岗位职责"),
            Section(SectionKind.REQUIREMENTS, "任职要求", [Item(""), Item(" \n ", [Item("")])]),
            Section(SectionKind.BENEFITS, "", [Item("五险一金")]),
        ],
    )
    assert render_markdown(posting) == "## 福利待遇\n\n1. 五险一金\n"
    assert render_markdown(Posting()) == ""


def test_markdown_renders_verbatim_in_a_commonmark_parser() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    items = [Item(TRICKY, [Item("\n".join(TRICKY_LINES))]), Item("C:\\ &amp; <b>x</b>")]
    posting = posting_with(Section(SectionKind.DUTIES, "", items))
    posting.title = TRICKY
    rendered = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tree = parse_html(rendered.render(render_markdown(posting))).root
    assert [node.text() for node in tree.find_all("h1")] == [TRICKY]
    assert [node.tag for node in tree.find_all("ol")] == ["ol", "ol"]
    assert tree.find_all("li")[1].own_lines() == TRICKY_LINES
    assert tree.find_all("li")[2].own_lines() == ["C:\\ &amp; <b>x</b>"]
    assert not tree.find_all("em") and not tree.find_all("a") and not tree.find_all("b")


# -- HTML ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "lang", "title"),
    [
        (chinese_posting, "zh-CN", "高级数据分析师"),
        (english_posting, "en", "Senior Backend Engineer"),
    ],
)
def test_html_standalone_document(make: Any, lang: str, title: str) -> None:
    text = render_html(make())
    parsed = parse_html(text)
    assert parsed.doctype.lower() == "doctype html"
    (document,) = parsed.root.find_all("html")
    assert document.attrs["lang"] == lang
    (meta,) = document.find_all("meta")[:1]
    assert meta.attrs == {"charset": "utf-8"}
    assert [node.text() for node in document.find_all("title")] == [title]
    (style,) = document.find_all("style")
    assert style.text().strip() == stylesheet().strip()
    assert "font-family" in style.text()
    (body,) = document.find_all("body")
    (posting_div,) = body.find_all("div")
    assert posting_div.attrs == {"class": "posting", "lang": lang}


def test_html_fragment_is_the_body_content() -> None:
    posting = chinese_posting()
    fragment = render_html(posting, standalone=False)
    assert fragment.startswith('<div class="posting" lang="zh-CN">\n<h1>')
    assert "<html" not in fragment and "<style" not in fragment and "<head" not in fragment
    assert fragment in render_html(posting)
    assert render_html_sections(posting) in fragment


def test_html_chinese_structure() -> None:
    root = parse_html(render_html(chinese_posting(), company_name="示例科技")).root
    assert [h.text() for h in root.find_all("h1")] == ["高级数据分析师"]
    assert [p.text() for p in root.find_all("p") if p.attrs.get("class") == "company"] == [
        "示例科技"
    ]
    rows = [
        (tr.find_all("th")[0].text(), tr.find_all("td")[0].text()) for tr in root.find_all("tr")
    ]
    assert rows == [
        ("所属部门", "数据部"),
        ("工作地点", "上海"),
        ("直接上级", "数据总监"),
        ("编制人数", "2"),
        ("用工性质", "全职"),
        ("薪资范围", "15,000–25,000 元/月"),
    ]
    assert [h.text() for h in root.find_all("h2")] == ["岗位职责", "任职要求"]
    assert html_nodes(root) == [
        ("li", 0, ["市场及用户研究"]),
        ("li", 1, ["市场分析：了解竞争对手产品"]),
        ("li", 1, ["用户研究与访谈"]),
        ("li", 0, ["负责数据分析报告的撰写"]),
        ("p", 0, ["确定工作职责后，按计划推进。"]),
        ("li", 0, ["本科及以上学历，统计学相关专业"]),
        ("li", 0, ["熟练使用Excel和SQL，R&D经验优先 <研发>"]),
    ]


def test_html_nests_lists_inside_list_items() -> None:
    text = render_html(posting_with(Section(SectionKind.DUTIES, "职责", nested_items())))
    root = parse_html(text).root
    chains = [
        [a.tag for a in ancestors if a.tag in ("ol", "li")] + [node.tag]
        for node, ancestors in root.elements()
        if node.tag == "ol"
    ]
    assert chains == [["ol"], ["ol", "li", "ol"], ["ol", "li", "ol", "li", "ol"]]
    assert html_nodes(root) == list(expected_nodes(nested_items()))
    # Each item says its level, so a reader of single lines (the importer) sees the nesting.
    levels = [
        (node.attrs.get("aria-level"), sum(a.tag == "li" for a in ancestors) + 1)
        for node, ancestors in root.elements()
        if node.tag == "li"
    ]
    assert levels and all(level == str(depth) for level, depth in levels)


def test_html_continues_numbering_after_a_paragraph() -> None:
    items = [Item("甲"), Item("段落", kind=ItemKind.PARAGRAPH), Item("乙"), Item("丙")]
    root = parse_html(render_html(posting_with(Section(SectionKind.DUTIES, "职责", items)))).root
    assert [ol.attrs.get("start") for ol in root.find_all("ol")] == [None, "2"]


def test_html_escapes_everything() -> None:
    posting = posting_with(
        Section(SectionKind.DUTIES, TRICKY, [Item(TRICKY, [Item("\n".join(TRICKY_LINES))])])
    )
    posting.title = TRICKY
    posting.location = TRICKY
    text = render_html(posting, company_name=TRICKY)
    assert "<研发>" not in text and '"quotes"' not in text
    assert text.count(html.escape(TRICKY)) == 6  # title, h1, company, field, heading, item
    root = parse_html(text).root
    assert [node.text() for node in root.find_all("title")] == [TRICKY]
    assert html_nodes(root)[1] == ("li", 1, TRICKY_LINES)
    assert "# hash<br>\n1. at start<br>" in text


def test_html_leaves_out_empty_headings_and_fields() -> None:
    posting = Posting(
        language=Language.EN,
        sections=[
            Section(SectionKind.DUTIES, "Responsibilities"),
            Section(SectionKind.REQUIREMENTS, "", [Item(" "), Item("", [Item("\n")])]),
            Section(SectionKind.PREFERRED, "", [Item("Go")]),
        ],
    )
    text = render_html(posting)
    root = parse_html(text).root
    assert not root.find_all("h1") and not root.find_all("table")
    assert [node.text() for node in root.find_all("h2")] == ["Nice to have"]
    assert all(node.text().strip() for node in root.find_all("h2"))
    assert [node.text() for node in root.find_all("title")] == ["Job description"]
    assert "<li></li>" not in text


def test_html_summary_paragraphs_and_line_breaks() -> None:
    posting = posting_with()
    posting.summary = "第一段\n续行\n\n\n第二段"
    root = parse_html(render_html(posting)).root
    summary = [p.own_lines() for p in root.find_all("p") if p.attrs.get("class") == "summary"]
    assert summary == [["第一段", "续行"], ["第二段"]]
    assert [node.text() for node in root.find_all("h2")] == []  # no heading of its own


# -- JSON-LD ---------------------------------------------------------------------------------


def load_jsonld(text: str) -> dict[str, Any]:
    data = json.loads(text, parse_float=Decimal)
    assert isinstance(data, dict)
    return data


def test_jsonld_chinese_posting() -> None:
    posting = chinese_posting()
    text = render_jsonld(posting, company_name="示例科技", date_posted=date(2026, 3, 1))
    data = load_jsonld(text)
    assert data == {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "高级数据分析师",
        "description": render_html_sections(posting).strip(),
        "datePosted": "2026-03-01",
        "employmentType": "FULL_TIME",
        "hiringOrganization": {"@type": "Organization", "name": "示例科技"},
        "jobLocation": {
            "@type": "Place",
            "address": {"@type": "PostalAddress", "addressLocality": "上海"},
        },
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "CNY",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": 15000,
                "maxValue": 25000,
                "unitText": "MONTH",
            },
        },
        "responsibilities": (
            "1. 市场及用户研究\n1.1. 市场分析：了解竞争对手产品\n1.2. 用户研究与访谈\n"
            "2. 负责数据分析报告的撰写\n确定工作职责后，按计划推进。"
        ),
        "qualifications": (
            "1. 本科及以上学历，统计学相关专业\n2. 熟练使用Excel和SQL，R&D经验优先 <研发>"
        ),
        "totalJobOpenings": 2,
        "inLanguage": "zh-CN",
    }
    assert type(data["baseSalary"]["value"]["minValue"]) is int
    assert "高级数据分析师" in text  # ensure_ascii=False
    assert text.startswith('{\n  "@context": "https://schema.org",\n  "@type": "JobPosting",\n')


def test_jsonld_english_posting_and_exact_decimals() -> None:
    text = render_jsonld(english_posting())
    data = load_jsonld(text)
    assert data["employmentType"] == "CONTRACTOR"
    assert data["inLanguage"] == "en"
    assert data["datePosted"] == date.today().isoformat()
    assert "hiringOrganization" not in data
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "minValue": Decimal("62.5"), "unitText": "HOUR"},
    }
    assert re.search(r'"minValue": 62\.5,\n', text)
    assert "skills" not in data
    assert data["description"].startswith('<h2 class="duties">What you&#x27;ll do</h2>\n<ol>')


@pytest.mark.parametrize(
    ("amount", "written"),
    [
        ("62.50", "62.5"),
        ("15000.00", "15000"),
        ("1E+3", "1000"),
        ("0.10", "0.1"),
        ("12345678901234567890123456789.05", "12345678901234567890123456789.05"),
    ],
)
def test_jsonld_amounts_are_exact_numbers(amount: str, written: str) -> None:
    posting = posting_with()
    posting.salary = Salary(None, Decimal(amount), "usd", SalaryPeriod.YEAR)
    text = render_jsonld(posting, date_posted=date(2026, 1, 1))
    assert f'"maxValue": {written},\n' in text
    value = load_jsonld(text)["baseSalary"]["value"]
    assert value == {"@type": "QuantitativeValue", "maxValue": Decimal(amount), "unitText": "YEAR"}
    assert load_jsonld(text)["baseSalary"]["currency"] == "USD"


def test_jsonld_only_keys_with_values() -> None:
    posting = Posting(language=Language.EN, headcount=0, salary=Salary())
    data = load_jsonld(render_jsonld(posting, date_posted=date(2026, 1, 1)))
    assert data == {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "datePosted": "2026-01-01",
        "inLanguage": "en",
    }


def test_jsonld_text_properties_and_employment_types() -> None:
    posting = posting_with(
        Section(SectionKind.DUTIES, "职责一", [Item("甲\n续行")]),
        Section(SectionKind.PREFERRED, "加分", [Item("Go"), Item("Rust", [Item("异步")])]),
        Section(SectionKind.DUTIES, "职责二", [Item("乙")]),
    )
    for kind, expected in [
        (EmploymentType.PART_TIME, "PART_TIME"),
        (EmploymentType.INTERN, "INTERN"),
        (EmploymentType.TEMPORARY, "TEMPORARY"),
        (EmploymentType.OTHER, "OTHER"),
    ]:
        posting.employment_type = kind
        data = load_jsonld(render_jsonld(posting))
        assert data["employmentType"] == expected
    assert data["responsibilities"] == "1. 甲\n续行\n\n1. 乙"
    assert data["skills"] == "1. Go\n2. Rust\n2.1. 异步"
    assert "qualifications" not in data


def test_jsonld_is_safe_inside_a_script_element() -> None:
    posting = posting_with(Section(SectionKind.DUTIES, "", [Item("</SCRIPT> <!-- x")]))
    posting.title = "</script><script>alert(1)</script>"
    text = render_jsonld(posting, company_name="<!--")
    assert "</script" not in text.lower() and "<!--" not in text
    data = load_jsonld(text)
    assert data["title"] == posting.title
    assert data["hiringOrganization"]["name"] == "<!--"
    assert data["responsibilities"] == "1. </SCRIPT> <!-- x"


# -- properties ------------------------------------------------------------------------------

_tricky = st.sampled_from([TRICKY, *TRICKY_LINES, "\u3000缩进", "a\n\nb", "  ", "", "\\", "&lt;"])
# Text made of the characters Markdown and HTML give meaning to, to find escaping gaps.
_markup = st.text(alphabet="#*_-+=>`[]()<!|~$&;amp0123456789.)\\ \t\r\n\u3000", max_size=25)
_text = st.one_of(st.text(max_size=25), _markup, _tricky)
_items = st.recursive(
    st.builds(Item, text=_text, kind=st.sampled_from(ItemKind)),
    lambda children: st.builds(
        Item, text=_text, kind=st.sampled_from(ItemKind), children=st.lists(children, max_size=3)
    ),
    max_leaves=12,
)
_postings = st.builds(
    Posting,
    title=_text,
    language=st.sampled_from(Language),
    sections=st.lists(
        st.builds(
            Section,
            kind=st.sampled_from(SectionKind),
            heading=_text,
            items=st.lists(_items, max_size=4),
        ),
        max_size=3,
    ),
)
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _shown_lines(posting: Posting) -> Iterator[str]:
    for section in posting.sections:
        for item in section.items:
            for _, node in item.walk():
                if node.text.strip():
                    yield from _trim_blank(node.text.splitlines())


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings)
def test_html_property_every_item_once_escaped(posting: Posting) -> None:
    text = render_html(posting, standalone=False)
    root = parse_html(text).root
    expected = [node for s in posting.sections for node in expected_nodes(s.items)]
    assert html_nodes(root) == expected
    for _, _, lines in expected:
        for line in lines:
            assert html.escape(line) in text
    assert all(h.text().strip() for h in root.find_all("h2"))


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings)
def test_markdown_property_every_item_in_order(posting: Posting) -> None:
    markdown = render_markdown(posting)
    assert not re.search(r"^#+ *$", markdown, re.MULTILINE)  # no empty headings
    text = _UNESCAPE.sub(r"\1", markdown)
    position = 0
    for line in _shown_lines(posting):
        found = text.find(line.strip(" \t"), position)
        assert found >= 0, f"{line!r} is missing after position {position}"
        position = found


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings)
def test_markdown_property_commonmark_shows_the_text(posting: Posting) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    rendered = markdown_it.MarkdownIt("commonmark").render(render_markdown(posting))
    lines = _body_text(parse_html(rendered).root).split("\n")
    shown_lines = [line.strip() for line in lines if line.strip()]
    expected = [line.strip().replace("\x00", "\ufffd") for line in _shown_lines(posting)]
    assert shown_lines == [line for line in expected if line]


def _body_text(node: Node) -> str:
    """The text of lists and paragraphs, a line per line; headings are left out."""
    parts = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag not in ("h1", "h2"):
            parts.append(f"\n{_body_text(child)}\n")
    return "".join(parts)
