"""formal-zh: the 岗位说明书 form, labels shaded on the left, values on the right."""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Mm
from template_kit import (
    CENTER,
    COMPANY_APPLY,
    RIGHT,
    Doc,
    apply_paragraphs,
    borders,
    bottom_border,
    design,
    header_footer,
    label_cell,
    line,
    list_styles,
    new_document,
    page_numbers,
    paragraph,
    row_height,
    set_defaults,
    set_properties,
    style,
    table_properties,
    tag_row,
    text_width,
    value_cell,
    wide_row,
)

from jdeditor.formats.docx_export.numbering import ZH_FLAT, ZH_OUTLINE


@design("formal-zh")
def build_formal_zh() -> Doc:
    """岗位说明书 as one bordered form: shaded labels left, values right."""
    document = new_document((25, 22, 22, 22))
    set_defaults(document, "Times New Roman", "宋体", 10.5, "000000")
    style(document, "Normal", base=None, after=0, line=1.25)
    style(
        document,
        "JD Form Title",
        latin="Arial",
        east_asian="黑体",
        size=20,
        align=CENTER,
        before=0,
        after=6,
        line=1.0,
        extra_rpr='<w:spacing w:val="100"/>',
    )
    style(document, "JD Form Date", size=9, color="404040", align=RIGHT, after=4)
    style(document, "JD Label", east_asian="黑体", latin="Arial", align=CENTER, line=1.1)
    style(document, "JD Value", line=1.15)
    style(document, "JD Tag", size=8, color="7F7F7F", line=1.0)
    list_styles(document, ZH_FLAT, ZH_OUTLINE, after=1, line=1.25)
    style(document, "Header", size=9, color="404040", extra_ppr=bottom_border("404040"))
    style(document, "Footer", size=9, color="404040", align=CENTER)
    header_footer(
        document,
        "{{ company.name }}",
        "{{ labels.document_title }}",
        style_name="Header",
        footer=False,
    )
    footer = document.sections[0].footer.paragraphs[0]
    footer.style = "Footer"
    page_numbers(footer)

    paragraph(document, "{{ labels.document_title }}", "JD Form Title")
    paragraph(
        document, "{{ labels.export_date }}{{ labels.colon }}{{ export_date }}", "JD Form Date"
    )
    width = text_width(document)
    # 32 mm: room for English labels (Responsibilities) without breaking inside a word.
    label, fill = int(Mm(32)), "DCE4EE"
    value = (width - 2 * label) // 2
    widths = (label, value, label, width - 2 * label - value)
    table = document.add_table(rows=0, cols=4)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
    table_properties(table, borders(line(8, "000000"), line(4, "000000")), (80, 110))

    tag_row(table, "{%tr for pair in all_fields|batch(2) %}")
    tag_row(table, "{%tr if pair|length == 2 %}")
    row = table.add_row()
    row_height(row, 520)
    label_cell(row.cells[0], "{{ pair[0].label }}", fill, widths[0])
    value_cell(row.cells[1], "{{ pair[0].value }}", widths[1])
    label_cell(row.cells[2], "{{ pair[1].label }}", fill, widths[2])
    value_cell(row.cells[3], "{{ pair[1].value }}", widths[3])
    tag_row(table, "{%tr else %}")
    wide = (widths[0], width - widths[0])
    wide_row(table, "{{ pair[0].label }}", "{{ pair[0].value }}", fill, wide, 520)
    tag_row(table, "{%tr endif %}")
    tag_row(table, "{%tr endfor %}")
    tag_row(table, "{%tr for part in summary_parts %}")
    wide_row(table, "{{ part.heading }}", "{{ part.text }}", fill, wide, 520, cant_split=True)
    tag_row(table, "{%tr endfor %}")
    # A row that runs onto the next page shows its label only on the first page, in Word
    # and LibreOffice alike: long sections come in pieces of a row each, rows that do not
    # break, the later ones labelled 岗位职责（续） (docx_export/form_rows.py).
    tag_row(table, "{%tr for section in sections %}")
    tag_row(table, "{%tr for part in section.parts %}")
    wide_row(table, "{{ part.heading }}", "{{p part.list }}", fill, wide, 1000, cant_split=True)
    tag_row(table, "{%tr endfor %}")
    tag_row(table, "{%tr endfor %}")
    tag_row(table, f"{{%tr if {COMPANY_APPLY} %}}")
    cell = wide_row(table, "{{ labels.apply }}", "", fill, wide, 520, cant_split=True)
    apply_paragraphs(cell, "JD Value", first=cell.paragraphs[0])
    tag_row(table, "{%tr endif %}")
    set_properties(
        document,
        "岗位说明书（表格式）",
        "正式的岗位说明书：表格排版，标签列带底色，页眉为公司名称，附编制日期；长的一节"
        "分行续排，每页都有标签。文字随岗位语言。 A formal job description in table form; "
        "labels follow the posting's language.",
        "zh-CN",
    )
    return document
