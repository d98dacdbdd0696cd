"""Building blocks for the bundled Word templates: documents, styles, tables, fields.

Used by the design modules (``design_*.py``) that ``build_templates.py`` runs. Everything
here writes OOXML the way Word itself does (property order included), so Word, WPS and
LibreOffice read the templates alike, and fixes every date so the output is reproducible.
Importing it puts the repository root on ``sys.path``, so the design modules import it
before anything from ``jdeditor``.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # the repository root, for jdeditor

from jdeditor.formats.docx_export.fonts import default_run_properties, set_fonts  # noqa: E402
from jdeditor.formats.docx_export.languages import set_document_languages  # noqa: E402
from jdeditor.formats.docx_export.numbering import (  # noqa: E402
    W_NS,
    ListFormat,
    NumberingWriter,
    W,
    numbering_root,
)
from jdeditor.formats.docx_lists import FIELD_STYLES  # noqa: E402

FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
NS = f'xmlns:w="{W_NS}"'
Doc = Any  # python-docx objects carry no type information


# -- document-wide set-up --------------------------------------------------------------------


def new_document(margins_mm: tuple[float, float, float, float]) -> Doc:
    """An A4 document from python-docx's default template; margins top, right, bottom, left."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, right, bottom, left = margins_mm
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance, section.footer_distance = Mm(10), Mm(9)
    return document


def text_width(document: Doc) -> int:
    section = document.sections[0]
    return int(section.page_width - section.left_margin - section.right_margin)


def set_defaults(document: Doc, latin: str, east_asian: str, size: float, color: str) -> None:
    """Document defaults: fonts, size, colour and languages every run inherits."""
    rpr = default_run_properties(document)
    set_fonts(rpr, latin, east_asian)
    for tag in ("sz", "szCs", "color", "lang"):
        for old in rpr.findall(f"{{{W_NS}}}{tag}"):
            rpr.remove(old)
    rpr.append(parse_xml(f'<w:color {NS} w:val="{color}"/>'))
    rpr.append(parse_xml(f'<w:sz {NS} w:val="{int(size * 2)}"/>'))
    rpr.append(parse_xml(f'<w:szCs {NS} w:val="{int(size * 2)}"/>'))
    # Latin text is English, Chinese text Chinese: marking Latin text zh-CN makes
    # LibreOffice break English words anywhere (docx_export/languages.py).
    rpr.append(parse_xml(f'<w:lang {NS} w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'))


def style(
    document: Doc,
    name: str,
    *,
    base: str | None = "Normal",
    latin: str | None = None,
    east_asian: str | None = None,
    size: float | None = None,
    bold: bool | None = None,
    color: str | None = None,
    align: Any = None,
    before: float | None = None,
    after: float | None = None,
    line: float | None = None,
    keep_next: bool | None = None,
    outline_level: int | None = None,
    extra_ppr: str = "",
    extra_rpr: str = "",
) -> Any:
    """Create or reset a paragraph style with exactly the given properties."""
    styles = document.styles
    if name in [existing.name for existing in styles]:
        target = styles[name]
        for old in target.element.findall(f"{{{W_NS}}}pPr") + target.element.findall(
            f"{{{W_NS}}}rPr"
        ):
            target.element.remove(old)
    else:
        target = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    target.base_style = styles[base] if base else None
    target.quick_style = True
    font = target.font
    if latin or east_asian:
        set_fonts(target.element.get_or_add_rPr(), latin, east_asian)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = RGBColor.from_string(color)
    fmt = target.paragraph_format
    if align is not None:
        fmt.alignment = align
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        fmt.line_spacing = line
    if keep_next is not None:
        fmt.keep_with_next = keep_next
    ppr = target.element.get_or_add_pPr()
    if outline_level is not None:
        ppr.append(parse_xml(f'<w:outlineLvl {NS} w:val="{outline_level}"/>'))
    for element in parse_xml(f"<w:x {NS}>{extra_ppr}</w:x>"):
        ppr.append(element)
    _order_ppr(ppr)
    if extra_rpr:
        rpr = target.element.get_or_add_rPr()
        for element in parse_xml(f"<w:x {NS}>{extra_rpr}</w:x>"):
            rpr.append(element)
        _order(rpr, _RPR_ORDER)
    return target


def _words(text: str) -> list[str]:
    return text.split()


# Schema order of w:pPr children (Word rejects out-of-order properties).
_PPR_ORDER = _words(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
)


_RPR_ORDER = _words(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
)


def _order(parent: Any, order: list[str]) -> None:
    """Put an element's children in schema order (Word rejects properties out of order)."""
    for child in sorted(parent, key=lambda child: order.index(child.tag.split("}")[1])):
        parent.append(child)


def _order_ppr(ppr: Any) -> None:
    _order(ppr, _PPR_ORDER)


def link_list_style(document: Doc, style_name: str, list_format: ListFormat) -> None:
    """Give a list style its own list format: style -> w:num -> w:abstractNum."""
    numbering = NumberingWriter(numbering_root(document))
    num_id = numbering.add_list(numbering.add_format(list_format))
    ppr = document.styles[style_name].element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {NS}><w:numId w:val="{num_id}"/></w:numPr>'))
    _order_ppr(ppr)


def list_styles(
    document: Doc, flat: ListFormat, outline: ListFormat, *, after: float, line: float
) -> None:
    for name, list_format in (("JD List", flat), ("JD List Outline", outline)):
        style(document, name, after=after, line=line)
        link_list_style(document, name, list_format)
    style(document, "JD Paragraph", after=after, line=line)


def set_properties(document: Doc, title: str, description: str, language: str) -> None:
    props = document.core_properties
    props.title = title
    props.subject = "JD Editor template"
    props.author = "JD Editor"
    props.last_modified_by = "JD Editor"
    props.comments = description
    props.keywords = "JD Editor, template"
    props.category = "template"
    props.language = language
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1


# -- paragraphs, tables, header and footer -------------------------------------------------


def paragraph(container: Any, text: str = "", style_name: str | None = None) -> Any:
    return container.add_paragraph(text, style=style_name)


def bottom_border(color: str, size: int = 6, space: int = 4) -> str:
    return (
        f'<w:pBdr><w:bottom w:val="single" w:sz="{size}" w:space="{space}" '
        f'w:color="{color}"/></w:pBdr>'
    )


def field_runs(instruction: str) -> str:
    return f'<w:fldSimple {NS} w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def add_field(target: Any, instruction: str) -> None:
    target._p.append(parse_xml(field_runs(instruction)))


def cell_properties(
    cell: Any, *, fill: str | None = None, width: int | None = None, sides: int | None = None
) -> None:
    """Width, shading, vertical centring; ``sides``: left and right cell margins in twips."""
    tcpr = cell._tc.get_or_add_tcPr()
    if width is not None:
        cell.width = width
    if fill is not None:
        tcpr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    if sides is not None:
        tcpr.append(
            parse_xml(
                f'<w:tcMar {NS}><w:left w:w="{sides}" w:type="dxa"/>'
                f'<w:right w:w="{sides}" w:type="dxa"/></w:tcMar>'
            )
        )
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_properties(table: Any, borders: str, margins: tuple[int, int] = (70, 110)) -> None:
    """Borders (a w:tblBorders inner XML), cell margins (vertical, horizontal) in twips."""
    tblpr = table._tbl.tblPr
    for tag in ("tblBorders", "tblCellMar", "tblLayout"):
        for old in tblpr.findall(f"{{{W_NS}}}{tag}"):
            tblpr.remove(old)
    vertical, horizontal = margins
    tblpr.append(parse_xml(f"<w:tblBorders {NS}>{borders}</w:tblBorders>"))
    tblpr.append(parse_xml(f'<w:tblLayout {NS} w:type="fixed"/>'))
    tblpr.append(
        parse_xml(
            f'<w:tblCellMar {NS}><w:top w:w="{vertical}" w:type="dxa"/>'
            f'<w:left w:w="{horizontal}" w:type="dxa"/>'
            f'<w:bottom w:w="{vertical}" w:type="dxa"/>'
            f'<w:right w:w="{horizontal}" w:type="dxa"/></w:tblCellMar>'
        )
    )
    order = "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW "
    order += "jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook"
    tags = _words(order)
    children = sorted(tblpr, key=lambda child: tags.index(child.tag.split("}")[1]))
    for child in children:
        tblpr.append(child)


def borders(outer: str, inner: str) -> str:
    """Table borders: ``outer`` around the table, ``inner`` between cells."""
    sides = ("top", "left", "bottom", "right")
    return "".join(f"<w:{side} {outer}/>" for side in sides) + "".join(
        f"<w:{side} {inner}/>" for side in ("insideH", "insideV")
    )


def line(size: int, color: str) -> str:
    return f'w:val="single" w:sz="{size}" w:space="0" w:color="{color}"'


def row_height(row: Any, twips: int, *, cant_split: bool = False) -> None:
    """A minimum height; ``cant_split``: the row moves whole to the next page."""
    trpr = row._tr.get_or_add_trPr()
    if cant_split:
        trpr.append(parse_xml(f"<w:cantSplit {NS}/>"))
    trpr.append(parse_xml(f'<w:trHeight {NS} w:val="{twips}" w:hRule="atLeast"/>'))


def tag_row(table: Any, tag: str, style_name: str = "JD Tag") -> None:
    """A row holding only a docxtpl ``{%tr … %}`` tag: one cell across the table."""
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1]) if len(row.cells) > 1 else row.cells[0]
    cell.text = tag
    cell.paragraphs[0].style = style_name


def header_footer(
    document: Doc,
    left: str,
    right: str,
    *,
    style_name: str,
    footer: bool,
    right_field: Callable[[Any], None] | None = None,
) -> None:
    """One header or footer line: text on the left, text (and fields) on the right."""
    section = document.sections[0]
    part = section.footer if footer else section.header
    part.is_linked_to_previous = False
    para = part.paragraphs[0]
    para.style = style_name
    para.paragraph_format.tab_stops.add_tab_stop(text_width(document), WD_TAB_ALIGNMENT.RIGHT)
    para.add_run(left)
    para.add_run("\t" + right)
    if right_field is not None:
        right_field(para)


# -- saving ----------------------------------------------------------------------------------


_STYLE_REFERENCES = ("pStyle", "rStyle", "tblStyle", "numStyleLink", "styleLink")
_STYLE_LINKS = ("basedOn", "link", "next")
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def drop_unused_styles(document: Doc) -> None:
    """Keep only the style definitions a template needs, and no Word 2010 copy of them.

    python-docx's default template defines 172 styles (100 of them table styles) in a
    0.35 MB ``styles.xml``, and Word 2010's copy of them in a 0.44 MB
    ``stylesWithEffects.xml``: every export read, parsed, wrote and compressed both, for
    styles no paragraph uses. Kept: the defaults of each kind, every style a part names
    (paragraph, run, table and numbering styles), our own (``JD …``, which the renderer
    and the Word reader look up by name, used or not), "List Paragraph" (the renderer's
    fallback list style), and whatever those are based on, linked to or followed by. A
    built-in style left out is still Word's: Word and LibreOffice supply its definition
    when someone uses it. The latent-style list (how Word's style gallery shows built-in
    styles) stays. Word 2013 and later write no ``stylesWithEffects.xml``; without it
    Word 2010 reads ``styles.xml`` as Word 2007 does.
    """
    root = document.styles.element
    styles = {str(style.get(f"{W}styleId")): style for style in root.iterchildren(f"{W}style")}
    wanted: set[str] = set()
    for style_id, style in styles.items():
        name = style.find(f"{W}name")
        name_value = "" if name is None else str(name.get(f"{W}val", ""))
        if (
            style.get(f"{W}default") == "1"
            or name_value.startswith("JD ")
            or (name_value == "List Paragraph")
        ):
            wanted.add(style_id)
    for part in document.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is None or element is root:
            continue
        for tag in _STYLE_REFERENCES:
            wanted.update(str(found.get(f"{W}val")) for found in element.iter(f"{W}{tag}"))
    pending = list(wanted)
    while pending:
        style = styles.get(pending.pop())
        for tag in _STYLE_LINKS:
            linked = style.find(f"{W}{tag}") if style is not None else None
            if linked is not None and str(linked.get(f"{W}val")) not in wanted:
                wanted.add(str(linked.get(f"{W}val")))
                pending.append(str(linked.get(f"{W}val")))
    for style_id, style in styles.items():
        if style_id not in wanted:
            root.remove(style)
    for r_id, relationship in list(document.part.rels.items()):
        if relationship.reltype == _STYLES_WITH_EFFECTS:
            document.part.drop_rel(r_id)


def save_reproducibly(document: Doc, path: Path) -> bytes:
    """Save with fixed zip timestamps, so that the same design gives the same bytes."""
    drop_unused_styles(document)
    set_document_languages(document)
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    path.write_bytes(out.getvalue())
    return out.getvalue()


DESIGNS: dict[str, Callable[[], Doc]] = {}


def design(name: str) -> Callable[[Callable[[], Doc]], Callable[[], Doc]]:
    def register(build: Callable[[], Doc]) -> Callable[[], Doc]:
        DESIGNS[name] = build
        return build

    return register


# -- the designs -------------------------------------------------------------------------------

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


def label_cell(cell: Any, text: str, fill: str, width: int) -> None:
    """A shaded label; narrow side margins leave room for long English words."""
    cell.text = text
    cell.paragraphs[0].style = "JD Label"
    cell_properties(cell, fill=fill, width=width, sides=57)


def value_cell(cell: Any, text: str, width: int) -> None:
    cell.text = text
    cell.paragraphs[0].style = "JD Value"
    cell_properties(cell, width=width)


def wide_row(
    table: Any,
    label: str,
    value: str,
    fill: str,
    widths: tuple[int, int],
    height: int,
    *,
    cant_split: bool = False,
) -> Any:
    """A label cell and one value cell across the rest of the table; returns the value cell."""
    row = table.add_row()
    row_height(row, height, cant_split=cant_split)
    label_cell(row.cells[0], label, fill, widths[0])
    cell = row.cells[1].merge(row.cells[-1])
    value_cell(cell, value, widths[1])
    return cell


# How to apply from the company settings, for a posting without a section of its own: the
# settings' own words and e-mail, never a sentence of the template's (docs/templates.md).
COMPANY_APPLY = "not sections_by_kind.apply and (company.how_to_apply or company.email)"


def apply_paragraphs(container: Any, style_name: str, first: Any = None) -> None:
    """The settings' how-to-apply text and contact e-mail, each only when set.

    ``first``: an existing empty paragraph to use for the first line (a table cell's).
    """
    lines = (
        "{%p if company.how_to_apply %}",
        "{{ company.how_to_apply }}",
        "{%p endif %}",
        "{%p if company.email %}",
        "{{ labels.email }}{{ labels.colon }}{{ company.email }}",
        "{%p endif %}",
    )
    for number, text in enumerate(lines):
        if number == 0 and first is not None:
            first.text = text
            first.style = style_name
        else:
            paragraph(container, text, style_name)


def page_numbers(para: Any) -> None:
    """第 1 页 / 共 3 页 or Page 1 of 3, in the posting's language (``{{ page_numbers }}``)."""
    para.add_run("{{ page_numbers }}")


def field_styles(document: Doc) -> None:
    """Character styles that mark a run as one field's value (``JD Salary``…).

    They look like the text around them; the Word reader takes a run in one of them as that
    field (jdeditor/formats/docx_lists.py ``FIELD_STYLES``), so the facts a template prints
    read back as fields, not as summary text.
    """
    for name in FIELD_STYLES:
        if name not in [existing.name for existing in document.styles]:
            document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)


def field_style(name: str) -> str:
    """The character style of a field (``salary`` → ``JD Salary``)."""
    return next(style for style, field in FIELD_STYLES.items() if field == name)


def facts_line(target: Any, facts: list[tuple[str, str]], separator: str) -> None:
    """The present ones of ``facts`` (field name, value expression), joined by ``separator``,
    each value in its field's character style; a fact whose value is empty is left out."""
    for index, (name, value) in enumerate(facts):
        target.add_run(f"{{%r if {value} %}}")
        before = [expression for _, expression in facts[:index]]
        if before:
            target.add_run(f"{{% if {' or '.join(before)} %}}{separator}{{% endif %}}")
        target.add_run(f"{{{{ {value} }}}}", style=field_style(name))
        target.add_run("{%r endif %}")
