"""Building Word documents for the import tests: python-docx, plus raw XML where it has no API.

Tests never use committed .docx files: every document is made here, so what a test reads
is visible in the test.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

Document = Any  # python-docx's Document object
MC_DECL = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
Container = Any  # a Document or a table cell: anything with add_paragraph


def new_document() -> Document:
    return docx.Document()


def save(document: Document, path: Path) -> Path:
    document.save(str(path))
    return path


def add_numbering(document: Document, formats: Sequence[str]) -> int:
    """A list definition in numbering.xml with one level per format; returns its numId.

    ``formats`` are ``w:numFmt`` values: ``decimal``, ``bullet``, ``chineseCounting``…
    """
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iter(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.iter(qn("w:num"))]
    abstract_id = max(abstract_ids, default=0) + 1
    num_id = max(num_ids, default=0) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{"•" if fmt == "bullet" else f"%{level + 1}."}"/></w:lvl>'
        for level, fmt in enumerate(formats)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # the schema wants every abstractNum before any num
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def override_level(document: Document, num_id: int, level: int, fmt: str) -> int:
    """A new list (numId) on the same definition as ``num_id``, with one level's format
    replaced by a ``w:lvlOverride``."""
    numbering = document.part.numbering_part.element
    source = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = source.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.iter(qn("w:num"))) + 1
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="{level}"><w:lvl w:ilvl="{level}">'
            f'<w:numFmt w:val="{fmt}"/></w:lvl></w:lvlOverride></w:num>'
        )
    )
    return new_id


def set_numbering(paragraph: Any, num_id: int | None, level: int | None = 0) -> Any:
    """Give a paragraph ``w:numPr`` (either part may be left out, as Word sometimes does)."""
    ppr = paragraph._p.get_or_add_pPr()
    parts = "" if level is None else f'<w:ilvl w:val="{level}"/>'
    parts += "" if num_id is None else f'<w:numId w:val="{num_id}"/>'
    ppr.insert(0, parse_xml(f"<w:numPr {nsdecls('w')}>{parts}</w:numPr>"))
    return paragraph


def add_list_item(container: Container, text: str, num_id: int, level: int = 0) -> Any:
    return set_numbering(container.add_paragraph(text), num_id, level)


def add_bold(container: Container, text: str) -> Any:
    paragraph = container.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def add_lines(container: Container, lines: Sequence[str], style: str | None = None) -> Any:
    """One paragraph whose lines are separated by soft line breaks (Shift+Enter)."""
    paragraph = container.add_paragraph(style=style)
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        if index < len(lines) - 1:
            run.add_break()
    return paragraph


def add_style(
    document: Document,
    style_id: str,
    name: str,
    *,
    outline_level: int | None = None,
    bold: bool = False,
    num_id: int | None = None,
    based_on: str | None = None,
    kind: str = "paragraph",
) -> None:
    """A style written as localised Word writes it (style ids such as ``1`` or ``a3``)."""
    ppr = ""
    if num_id is not None:
        ppr += f'<w:numPr><w:numId w:val="{num_id}"/></w:numPr>'
    if outline_level is not None:
        ppr += f'<w:outlineLvl w:val="{outline_level}"/>'
    xml = (
        f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>'
        + (f'<w:basedOn w:val="{based_on}"/>' if based_on else "")
        + (f"<w:pPr>{ppr}</w:pPr>" if ppr and kind == "paragraph" else "")
        + ("<w:rPr><w:b/></w:rPr>" if bold else "")
        + "</w:style>"
    )
    document.styles.element.append(parse_xml(xml))


def set_style_id(paragraph: Any, style_id: str) -> Any:
    """Point a paragraph at a style by id (python-docx looks styles up by name)."""
    ppr = paragraph._p.get_or_add_pPr()
    existing = ppr.find(qn("w:pStyle"))
    if existing is not None:
        ppr.remove(existing)
    ppr.insert(0, parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style_id}"/>'))
    return paragraph


def set_outline_level(paragraph: Any, level: int) -> Any:
    """A direct outline level on a body paragraph (Paragraph > Outline level in Word)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))
    return paragraph


def set_run_style(run: Any, style_id: str) -> Any:
    run._r.get_or_add_rPr().append(parse_xml(f'<w:rStyle {nsdecls("w")} w:val="{style_id}"/>'))
    return run


def append_xml(paragraph: Any, xml: str) -> Any:
    """Append raw run-level XML (``w:ins``, ``w:del``, ``w:hyperlink``…) to a paragraph."""
    wrapper = parse_xml(f"<w:wrapper {nsdecls('w', 'wp')} {MC_DECL}>{xml}</w:wrapper>")
    for child in list(wrapper):
        paragraph._p.append(child)
    return paragraph


def add_table(container: Container, rows: Sequence[Sequence[str | None]]) -> Any:
    """A table filled row by row; ``None`` leaves a cell empty."""
    width = max(len(row) for row in rows)
    table = container.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).paragraphs[0].text = text
    return table


def merge(table: Any, top: int, left: int, bottom: int, right: int, text: str | None = None) -> Any:
    """Merge a block of cells (python-docx writes gridSpan / vMerge as Word does)."""
    cell = table.cell(top, left).merge(table.cell(bottom, right))
    if text is not None:
        for paragraph in cell.paragraphs[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        cell.paragraphs[0].text = text
    return cell


def write_zip(path: Path, members: Mapping[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def rewrite_zip(source: Path, path: Path, change: Callable[[str, bytes], bytes]) -> Path:
    """Copy a zip member by member, passing each member's name and bytes through ``change``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for member in old.infolist():
            new.writestr(member, change(member.filename, old.read(member)))
    return path


def declare_size(path: Path, name: str, size: int) -> Path:
    """Rewrite the uncompressed size a zip declares for one member (headers only).

    This makes a small file that claims to unpack to ``size`` bytes, as a zip bomb does.
    """
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + name_length]) == encoded:
            struct.pack_into("<I", data, position + 24, size)
            local = struct.unpack_from("<I", data, position + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))
    return path


def parts_xml(data: bytes) -> dict[str, str]:
    """Every XML part of a .docx, by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        }
