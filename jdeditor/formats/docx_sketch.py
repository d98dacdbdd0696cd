"""An approximate HTML picture of a .docx's first page, for when LibreOffice is missing.

The template manager shows each template's first page filled in with a posting. LibreOffice
renders it faithfully (``docx_page_image``); without it, this module reads the document's
XML (no layout engine) and writes HTML that Qt's rich text can lay out: the page header,
paragraphs with their style's and runs' fonts, sizes, bold, colours, alignment and shading,
list numbers as Word would count them, and tables with merged and shaded cells. It is a
sketch, honest about the content and the overall layout; pictures and exact line breaks
are left out.
"""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from jdeditor.formats.template_numbering import NumberLevel, level_label

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_TWIPS_PER_PT = 20
_A4 = (595.3, 841.9)  # points
_DEFAULT_MARGIN_PT = 72.0
_ALIGN = {"center": "center", "right": "right", "end": "right", "both": "justify"}
_MAX_BLOCKS = 160  # more never fits on a first page


@dataclass(frozen=True)
class PageSketch:
    """The first page as HTML, with the page's size and left/top margins in points."""

    html: str
    width_pt: float = _A4[0]
    height_pt: float = _A4[1]
    margin_left_pt: float = _DEFAULT_MARGIN_PT
    margin_top_pt: float = _DEFAULT_MARGIN_PT


@dataclass
class _Props:
    bold: bool | None = None
    italic: bool | None = None
    size_pt: float | None = None
    color: str | None = None
    font: str | None = None
    align: str | None = None
    shading: str | None = None
    num_id: str | None = None
    level: int | None = None
    indent_pt: float | None = None

    def merged(self, other: _Props) -> _Props:
        """These properties with ``other``'s set ones on top."""
        result = _Props(**vars(self))
        for name, value in vars(other).items():
            if value is not None:
                setattr(result, name, value)
        return result


@dataclass
class _Reader:
    styles: dict[str, tuple[str | None, _Props]] = field(default_factory=dict)
    defaults: _Props = field(default_factory=_Props)
    lists: dict[str, tuple[NumberLevel, ...]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)
    blocks: int = 0

    def style(self, style_id: str | None, seen: frozenset[str] = frozenset()) -> _Props:
        if not style_id or style_id not in self.styles or style_id in seen:
            return _Props()
        based_on, props = self.styles[style_id]
        return self.style(based_on, seen | {style_id}).merged(props)


def _val(element: etree._Element | None, name: str = "val") -> str | None:
    if element is None:
        return None
    value = element.get(f"{W}{name}")
    return str(value) if value is not None else None


def _on(element: etree._Element | None) -> bool | None:
    if element is None:
        return None
    return _val(element) not in ("0", "false", "off")


def _props(ppr: etree._Element | None, rpr: etree._Element | None) -> _Props:
    props = _Props()
    if rpr is not None:
        props.bold = _on(rpr.find(f"{W}b"))
        props.italic = _on(rpr.find(f"{W}i"))
        size = _val(rpr.find(f"{W}sz"))
        if size and size.isdigit():
            props.size_pt = int(size) / 2
        color = _val(rpr.find(f"{W}color"))
        if color and color != "auto":
            props.color = color
        fonts = rpr.find(f"{W}rFonts")
        if fonts is not None:
            names = [_val(fonts, "ascii"), _val(fonts, "eastAsia")]
            props.font = ", ".join(f"'{name}'" for name in names if name) or None
    if ppr is not None:
        align = _val(ppr.find(f"{W}jc"))
        props.align = _ALIGN.get(align or "", "left" if align else None)
        fill = _val(ppr.find(f"{W}shd"), "fill")
        if fill and fill != "auto":
            props.shading = fill
        indent = ppr.find(f"{W}ind")
        left = _val(indent, "left") or _val(indent, "start")
        if left and left.lstrip("-").isdigit():
            props.indent_pt = max(0, int(left)) / _TWIPS_PER_PT
        num = ppr.find(f"{W}numPr")
        if num is not None:
            props.num_id = _val(num.find(f"{W}numId"))
            level = _val(num.find(f"{W}ilvl"))
            props.level = int(level) if level and level.isdigit() else None
    return props


def _read_styles(reader: _Reader, root: etree._Element) -> None:
    defaults = root.find(f"{W}docDefaults")
    if defaults is not None:
        reader.defaults = _props(
            defaults.find(f"{W}pPrDefault/{W}pPr"), defaults.find(f"{W}rPrDefault/{W}rPr")
        )
    for style in root.iterchildren(f"{W}style"):
        style_id = _val(style, "styleId")
        if style_id:
            based_on = _val(style.find(f"{W}basedOn"))
            props = _props(style.find(f"{W}pPr"), style.find(f"{W}rPr"))
            reader.styles[style_id] = (based_on, props)


def _read_numbering(reader: _Reader, root: etree._Element) -> None:
    abstracts: dict[str, tuple[NumberLevel, ...]] = {}
    for abstract in root.iterchildren(f"{W}abstractNum"):
        levels = []
        for lvl in sorted(
            abstract.iterchildren(f"{W}lvl"), key=lambda e: int(e.get(f"{W}ilvl", 0))
        ):
            fmt = _val(lvl.find(f"{W}numFmt")) or "decimal"
            levels.append(NumberLevel(fmt, _val(lvl.find(f"{W}lvlText")) or ""))
        abstracts[str(abstract.get(f"{W}abstractNumId"))] = tuple(levels)
    for num in root.iterchildren(f"{W}num"):
        abstract_id = _val(num.find(f"{W}abstractNumId"))
        if abstract_id in abstracts:
            reader.lists[str(num.get(f"{W}numId"))] = abstracts[abstract_id]


def _css(props: _Props, *, block: bool) -> str:
    rules = []
    if props.font:
        rules.append(f"font-family: {props.font}")
    if props.size_pt:
        rules.append(f"font-size: {props.size_pt:g}pt")
    if props.bold:
        rules.append("font-weight: bold")
    if props.italic:
        rules.append("font-style: italic")
    if props.color:
        rules.append(f"color: #{props.color}")
    if block:
        if props.align:
            rules.append(f"text-align: {props.align}")
        if props.shading:
            rules.append(f"background-color: #{props.shading}")
        rules.append("margin-top: 0px; margin-bottom: 5px")
    return "; ".join(rules)


def _runs(reader: _Reader, paragraph: etree._Element, base: _Props) -> str:
    pieces = []
    for run in paragraph.iter(f"{W}r"):
        text = []
        for node in run:
            if node.tag == f"{W}t" and node.text:
                text.append(html.escape(node.text))
            elif node.tag == f"{W}tab":
                text.append("&nbsp;&nbsp;&nbsp;&nbsp;")
            elif node.tag in (f"{W}br", f"{W}cr"):
                text.append("<br/>")
        if not text:
            continue
        rpr = run.find(f"{W}rPr")
        style = reader.style(_val(rpr.find(f"{W}rStyle")) if rpr is not None else None)
        props = base.merged(style).merged(_props(None, rpr))
        pieces.append(f'<span style="{_css(props, block=False)}">{"".join(text)}</span>')
    return "".join(pieces)


def _number(reader: _Reader, props: _Props) -> str:
    if props.num_id is None or props.num_id not in reader.lists:
        return ""
    level = props.level or 0
    counters = reader.counters.setdefault(props.num_id, [])
    del counters[level + 1 :]
    while len(counters) <= level:
        counters.append(0)
    counters[level] += 1
    return level_label(reader.lists[props.num_id], counters) + "&nbsp;"


def _paragraph(reader: _Reader, paragraph: etree._Element) -> str:
    ppr = paragraph.find(f"{W}pPr")
    style = reader.style(_val(ppr.find(f"{W}pStyle")) if ppr is not None else None)
    props = reader.defaults.merged(style).merged(_props(ppr, None))
    number = _number(reader, props)
    indent_pt = props.indent_pt
    if indent_pt is None and number:
        indent_pt = 21.0 * (1 + (props.level or 0))
    # Qt's rich text takes margins in pixels only; the page is laid out at 96 dpi.
    indent = f"margin-left: {round((indent_pt or 0) * 4 / 3)}px; " if indent_pt else ""
    text = _runs(reader, paragraph, props) or "&nbsp;"
    return f'<p style="{indent}{_css(props, block=True)}">{number}{text}</p>'


def _cell_width(cell: etree._Element) -> int:
    width = cell.find(f"{W}tcPr/{W}tcW")
    value = _val(width, "w")
    return int(value) if value and value.isdigit() and _val(width, "type") == "dxa" else 0


def _table(reader: _Reader, table: etree._Element) -> str:
    rows = table.findall(f"{W}tr")
    grid = [int(_val(col, "w") or 0) for col in table.findall(f"{W}tblGrid/{W}gridCol")]
    total = sum(grid) or 1
    # A cell continuing a vertical merge is left out; the cell that starts it spans down.
    starts: dict[tuple[int, int], int] = {}
    layout: list[list[tuple[int, int, etree._Element, bool]]] = []
    for row_number, row in enumerate(rows):
        column = 0
        cells = []
        for cell in row.findall(f"{W}tc"):
            span = int(_val(cell.find(f"{W}tcPr/{W}gridSpan")) or 1)
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            continued = merge is not None and _val(merge) in (None, "continue")
            if continued:
                start = next(
                    (r for r in range(row_number - 1, -1, -1) if (r, column) in starts), None
                )
                if start is not None:
                    starts[(start, column)] += 1
            else:
                starts[(row_number, column)] = 1
            cells.append((column, span, cell, continued))
            column += span
        layout.append(cells)
    out = [
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse: collapse; border-color: #808080; margin-bottom: 6pt">'
    ]
    for row_number, cells in enumerate(layout):
        out.append("<tr>")
        for column, span, cell, continued in cells:
            if continued:
                continue
            width = sum(grid[column : column + span]) or _cell_width(cell)
            attributes = [f'width="{max(1, round(100 * width / total))}%"']
            if span > 1:
                attributes.append(f'colspan="{span}"')
            rowspan = starts.get((row_number, column), 1)
            if rowspan > 1:
                attributes.append(f'rowspan="{rowspan}"')
            fill = _val(cell.find(f"{W}tcPr/{W}shd"), "fill")
            if fill and fill != "auto":
                attributes.append(f'bgcolor="#{fill}"')
            body = "".join(_blocks(reader, cell))
            out.append(f"<td {' '.join(attributes)}>{body}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _blocks(reader: _Reader, parent: etree._Element) -> list[str]:
    found = []
    for child in parent:
        if reader.blocks >= _MAX_BLOCKS:
            break
        if child.tag == f"{W}p":
            reader.blocks += 1
            found.append(_paragraph(reader, child))
        elif child.tag == f"{W}tbl":
            found.append(_table(reader, child))
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                found.extend(_blocks(reader, content))
    return found


def _first_header(archive: zipfile.ZipFile, document: etree._Element) -> str | None:
    """The part name of the first section's default header, if it has one."""
    sect = document.find(f"{W}body/{W}sectPr")
    if sect is None:
        return None
    for reference in sect.iterchildren(f"{W}headerReference"):
        if _val(reference, "type") in ("default", None):
            rel_id = reference.get(f"{R}id")
            rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"))
            for rel in rels:
                if rel.get("Id") == rel_id:
                    return "word/" + str(rel.get("Target")).lstrip("/").removeprefix("word/")
    return None


def sketch_first_page(data: bytes) -> PageSketch:
    """The document's header and the start of its body as HTML (see the module docstring)."""
    reader = _Reader()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        if "word/styles.xml" in names:
            _read_styles(reader, etree.fromstring(archive.read("word/styles.xml")))
        if "word/numbering.xml" in names:
            _read_numbering(reader, etree.fromstring(archive.read("word/numbering.xml")))
        document = etree.fromstring(archive.read("word/document.xml"))
        header_name = _first_header(archive, document)
        header = (
            etree.fromstring(archive.read(header_name))
            if header_name and header_name in names
            else None
        )
    parts = []
    if header is not None:
        parts.append(f'<div style="color: #404040">{"".join(_blocks(reader, header))}</div>')
        reader.blocks = 0
    body = document.find(f"{W}body")
    if body is not None:
        parts.extend(_blocks(reader, body))
    width, height = _A4
    left = top = _DEFAULT_MARGIN_PT
    sect = document.find(f"{W}body/{W}sectPr")
    if sect is not None:
        size = sect.find(f"{W}pgSz")
        margins = sect.find(f"{W}pgMar")
        width = _twips(_val(size, "w"), width)
        height = _twips(_val(size, "h"), height)
        left = _twips(_val(margins, "left"), left)
        top = _twips(_val(margins, "header"), top)
    return PageSketch("<html><body>" + "".join(parts) + "</body></html>", width, height, left, top)


def _twips(value: str | None, default: float) -> float:
    return int(value) / _TWIPS_PER_PT if value and value.isdigit() else default
