"""advert-zh: a 招聘启事 flowing under a coloured band, with how to apply at the end."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from template_kit import (
    CENTER,
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

from jdeditor.formats.docx_export.numbering import ZH_FLAT, ZH_OUTLINE

ADVERT_RED = "B5302A"


@design("advert-zh")
def build_advert_zh() -> Doc:
    """招聘启事: a flowing advert with a coloured band, headed sections and how to apply."""
    document = new_document((16, 20, 18, 20))
    set_defaults(document, "Calibri", "微软雅黑", 10.5, "333333")
    style(document, "Normal", base=None, after=3, line=1.35)
    style(
        document,
        "Title",
        latin="Calibri",
        east_asian="微软雅黑",
        size=24,
        bold=True,
        color=ADVERT_RED,
        align=CENTER,
        before=10,
        after=4,
        line=1.0,
        outline_level=None,
    )
    style(document, "JD Logo", align=CENTER, after=2)
    style(
        document,
        "JD Facts",
        size=10.5,
        color="555555",
        align=CENTER,
        after=12,
        extra_ppr=bottom_border(ADVERT_RED, 12, 10),
    )
    style(
        document,
        "JD Summary",
        color="444444",
        before=4,
        after=8,
        line=1.45,
        extra_ppr=(
            '<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="E8B4AE"/></w:pBdr>'
            '<w:ind w:left="180"/>'
        ),
    )
    style(
        document,
        "Heading 1",
        latin="Calibri",
        east_asian="微软雅黑",
        size=13,
        bold=True,
        color=ADVERT_RED,
        before=14,
        after=6,
        line=1.1,
        keep_next=True,
        outline_level=0,
        extra_ppr=(
            f'<w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="{ADVERT_RED}"/>'
            '</w:pBdr><w:ind w:left="130"/>'
        ),
    )
    list_styles(document, ZH_FLAT, ZH_OUTLINE, after=3, line=1.35)
    style(document, "JD Apply", line=1.45, after=4)
    document.styles.add_style("JD Fact Label", WD_STYLE_TYPE.CHARACTER)  # looks like the line
    field_styles(document)
    style(
        document,
        "Header",
        size=10,
        bold=True,
        color="FFFFFF",
        align=CENTER,
        extra_ppr=f'<w:shd w:val="clear" w:color="auto" w:fill="{ADVERT_RED}"/>'
        '<w:spacing w:before="60" w:after="60"/>',
    )
    style(document, "Footer", size=9, color="7F7F7F")
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].style = "Header"
    header.paragraphs[0].add_run(
        "{% if company.name %}{{ company.name }}{{ labels.separator }}{% endif %}"
        "{{ labels.advert_title }}"
    )
    header_footer(
        document,
        "{{ labels.published }}{{ labels.colon }}{{ export_date }}",
        "",
        style_name="Footer",
        footer=True,
        right_field=page_numbers,
    )

    paragraph(document, "{%p if company.logo %}", "JD Logo")
    paragraph(document, "{{ company.logo.sized(16) }}", "JD Logo")
    paragraph(document, "{%p endif %}", "JD Logo")
    paragraph(document, "{{ posting.title }}", "Title")
    # Department · place · type · salary · headcount on one line, each value in its field's
    # character style, so the line reads back as those fields (template_kit.facts_line).
    facts = [
        ("department", "posting.department"),
        ("location", "posting.location"),
        ("employment_type", "posting.employment_type"),
        ("salary", "posting.salary"),
        ("headcount", "posting.headcount_text"),
    ]
    any_fact = " or ".join(value for _, value in facts)
    paragraph(document, f"{{%p if {any_fact} or posting.reports_to %}}", "JD Facts")
    line = paragraph(document, "", "JD Facts")
    facts_line(line, facts, "{{ labels.separator }}")
    # Whom the job reports to ends the line with its label (直接上级：产品总监): a name alone
    # would not say what it is. The label's own style tells the reader it is no text.
    line.add_run("{%r if posting.reports_to %}")
    line.add_run(f"{{% if {any_fact} %}}{{{{ labels.separator }}}}{{% endif %}}")
    line.add_run("{{ labels.reports_to }}{{ labels.colon }}", style="JD Fact Label")
    line.add_run("{{ posting.reports_to }}", style=field_style("reports_to"))
    line.add_run("{%r endif %}")
    paragraph(document, "{%p endif %}", "JD Facts")
    paragraph(document, "{%p if posting.summary %}", "JD Summary")
    paragraph(document, "{{ posting.summary }}", "JD Summary")
    paragraph(document, "{%p endif %}", "JD Summary")
    # The sections in the posting's own order, its how to apply among them; the company
    # settings' how to apply only when the posting has none; with neither, nothing.
    paragraph(document, "{%p for section in sections %}")
    paragraph(document, "{{ section.heading }}", "Heading 1")
    paragraph(document, "{{p section.list }}", "JD List")
    paragraph(document, "{%p endfor %}")
    paragraph(document, f"{{%p if {COMPANY_APPLY} %}}")
    paragraph(document, "{{ labels.apply }}", "Heading 1")
    apply_paragraphs(document, "JD Apply")
    paragraph(document, "{%p endif %}")
    set_properties(
        document,
        "招聘启事",
        "招聘启事：标题醒目，分节编号列出职责与要求，附福利待遇和应聘方式（岗位自己的，"
        "或设置中的应聘方式与联系邮箱）。文字随岗位语言。 A job advert in Chinese style; "
        "labels follow the posting's language.",
        "zh-CN",
    )
    return document
