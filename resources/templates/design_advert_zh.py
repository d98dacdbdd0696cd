"""advert-zh: a 招聘启事 flowing under a coloured band, with how to apply at the end."""

from __future__ import annotations

from template_kit import (
    CENTER,
    Doc,
    bottom_border,
    design,
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
        "{% if company.name %}{{ company.name }}　·　{% endif %}招 聘 启 事"
    )
    header_footer(
        document,
        "发布日期：{{ export_date }}",
        "",
        style_name="Footer",
        footer=True,
        right_field=lambda para: page_numbers(para, "第 ", " 页 / 共 ", " 页"),
    )

    paragraph(document, "{%p if company.logo %}", "JD Logo")
    paragraph(document, "{{ company.logo.sized(16) }}", "JD Logo")
    paragraph(document, "{%p endif %}", "JD Logo")
    paragraph(document, "{{ posting.title }}", "Title")
    paragraph(
        document,
        "{%p set facts = [posting.department, posting.location, posting.employment_type, "
        "posting.salary]|select|list %}",
    )
    paragraph(document, "{%p if facts or posting.headcount %}", "JD Facts")
    paragraph(
        document,
        '{{ facts|join("　·　") }}{% if posting.headcount %}{% if facts %}　·　{% endif %}'
        "招聘 {{ posting.headcount }} 人{% endif %}",
        "JD Facts",
    )
    paragraph(document, "{%p endif %}", "JD Facts")
    paragraph(document, "{%p if posting.summary %}", "JD Summary")
    paragraph(document, "{{ posting.summary }}", "JD Summary")
    paragraph(document, "{%p endif %}", "JD Summary")
    paragraph(document, '{%p for section in sections if section.kind != "benefits" %}')
    paragraph(document, "{{ section.heading }}", "Heading 1")
    paragraph(document, "{{p section.list }}", "JD List")
    paragraph(document, "{%p endfor %}")
    paragraph(document, "{%p for section in sections_by_kind.benefits %}")
    paragraph(document, "{{ section.heading }}", "Heading 1")
    paragraph(document, "{{p section.list }}", "JD List")
    paragraph(document, "{%p endfor %}")
    paragraph(document, "应聘方式", "Heading 1")
    paragraph(
        document,
        "有意者请将个人简历发送至{% if company.name %}{{ company.name }}{% endif %}人力资源部，"
        "邮件标题请注明“应聘{{ posting.title }}”。我们会认真阅读每一份简历，"
        "并在一周内与合适的候选人联系。",
        "JD Apply",
    )
    set_properties(
        document,
        "招聘启事",
        "招聘启事：标题醒目，分节编号列出职责与要求，附福利待遇和应聘方式（含公司名称）。"
        " A Chinese job advert.",
        "zh-CN",
    )
    return document
