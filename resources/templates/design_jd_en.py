"""jd-en: an English job description with a facts table and numbered sections."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Mm, RGBColor
from template_kit import (
    COMPANY_APPLY,
    Doc,
    apply_paragraphs,
    bottom_border,
    design,
    facts_line,
    field_style,
    field_styles,
    header_footer,
    list_styles,
    new_document,
    page_numbers,
    paragraph,
    set_defaults,
    set_properties,
    style,
)

from jdeditor.formats.docx_export.numbering import EN_DECIMAL

NAVY = "1F3864"


@design("jd-en")
def build_jd_en() -> Doc:
    """An English job description: title, key facts, summary, numbered sections."""
    document = new_document((20, 22, 20, 22))
    set_defaults(document, "Calibri", "微软雅黑", 10.5, "262626")
    style(document, "Normal", base=None, after=4, line=1.15)
    style(
        document,
        "Title",
        latin="Calibri Light",
        east_asian="微软雅黑",
        size=26,
        bold=False,
        color=NAVY,
        before=0,
        after=2,
        line=1.0,
        outline_level=None,
    )
    style(document, "JD Subtitle", size=12, color="595959", after=10)
    style(document, "JD Logo", after=6)
    box = "".join(
        f'<w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{color}"/>'
        for side, size, space, color in (
            ("top", 4, 5, "D9E0EA"),
            ("left", 24, 8, NAVY),
            ("bottom", 4, 5, "D9E0EA"),
            ("right", 4, 8, "D9E0EA"),
        )
    )
    style(
        document,
        "JD Fact",
        after=0,
        line=1.3,
        extra_ppr=(
            f'<w:pBdr>{box}</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F3F6FA"/>'
            f'<w:tabs><w:tab w:val="left" w:pos="{int(Mm(45).twips)}"/></w:tabs>'
            '<w:ind w:left="170" w:right="170"/>'
        ),
    )
    fact_label = document.styles.add_style("JD Fact Label", WD_STYLE_TYPE.CHARACTER)
    fact_label.font.bold = True
    fact_label.font.color.rgb = RGBColor.from_string(NAVY)
    field_styles(document)
    style(document, "JD Lead", size=11, color="404040", before=10, after=6, line=1.25)
    style(
        document,
        "Heading 1",
        latin="Calibri",
        east_asian="微软雅黑",
        size=13,
        bold=True,
        color=NAVY,
        before=14,
        after=5,
        line=1.0,
        keep_next=True,
        outline_level=0,
        extra_ppr=bottom_border("BFC9D9", 6, 3),
    )
    list_styles(document, EN_DECIMAL, EN_DECIMAL, after=3, line=1.15)
    style(document, "Header", size=9, color="595959", extra_ppr=bottom_border("BFC9D9"))
    style(document, "Footer", size=8.5, color="7F7F7F")
    header_footer(
        document,
        "{{ company.name }}",
        "{{ labels.document_title }}",
        style_name="Header",
        footer=False,
    )
    header_run = document.sections[0].header.paragraphs[0].runs[0]
    header_run.bold = True
    header_run.font.color.rgb = RGBColor.from_string(NAVY)
    header_footer(
        document,
        "{{ export_date }}",
        "",
        style_name="Footer",
        footer=True,
        right_field=page_numbers,
    )

    paragraph(document, "{%p if company.logo %}", "JD Logo")
    paragraph(document, "{{ company.logo.sized(14) }}", "JD Logo")
    paragraph(document, "{%p endif %}", "JD Logo")
    paragraph(document, "{{ posting.title }}", "Title")
    paragraph(document, "{%p if posting.department or posting.location %}", "JD Subtitle")
    place = [("department", "posting.department"), ("location", "posting.location")]
    facts_line(paragraph(document, "", "JD Subtitle"), place, "  ·  ")
    paragraph(document, "{%p endif %}", "JD Subtitle")
    paragraph(
        document,
        '{%p set facts = fields|rejectattr("name", "in", ["department", "location"])|list %}',
    )
    # Key facts as "Label:<tab>value" paragraphs in one shaded box: a reader sees a table;
    # each value is in its field's character style, so it reads back as that field.
    paragraph(document, "{%p for field in facts %}", "JD Fact")
    fact = paragraph(document, "", "JD Fact")
    fact.add_run("{{ field.label }}{{ labels.colon|trim }}", style="JD Fact Label")
    fact.add_run("\t")
    for name in ("reports_to", "headcount", "employment_type", "salary"):
        fact.add_run(f'{{%r if field.name == "{name}" %}}')
        fact.add_run("{{ field.value }}", style=field_style(name))
        fact.add_run("{%r endif %}")
    paragraph(document, "{%p endfor %}", "JD Fact")
    paragraph(document, "{%p if posting.summary %}", "JD Lead")
    paragraph(document, "{{ posting.summary }}", "JD Lead")
    paragraph(document, "{%p endif %}", "JD Lead")
    paragraph(document, "{%p for section in sections %}")
    paragraph(document, "{{ section.heading }}", "Heading 1")
    paragraph(document, "{{p section.list }}", "JD List")
    paragraph(document, "{%p endfor %}")
    paragraph(document, f"{{%p if {COMPANY_APPLY} %}}")
    paragraph(document, "{{ labels.apply }}", "Heading 1")
    apply_paragraphs(document, "JD Paragraph")
    paragraph(document, "{%p endif %}")
    set_properties(
        document,
        "Job description",
        "An English job description: title, key facts, summary and numbered sections "
        "(1. and 1.1.). Labels follow the posting's language.",
        "en-US",
    )
    return document
