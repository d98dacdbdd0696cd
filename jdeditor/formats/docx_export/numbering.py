"""Word numbering definitions: list formats, and one restarting ``w:num`` per exported list.

Word keeps list formats in numbering.xml as ``w:abstractNum`` (the look of each level:
``一、`` ``1、`` ``（1）`` or ``1.`` ``1.1.``) and list instances as ``w:num``. Paragraphs point
at a ``w:num`` and a level (``w:ilvl``). Instances that share a format continue each other's
counting unless they carry a ``w:lvlOverride/w:startOverride``; that is why every exported
list gets a fresh ``w:num`` with start overrides on all nine levels (python-docx's
'List Number' style shares one instance and keeps counting across lists).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.parts.numbering import NumberingPart

# lxml elements and python-docx objects: no type information ships with them.
Element = Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
LEVELS = 9  # Word lists have levels 0 to 8


@dataclass(frozen=True)
class LevelFormat:
    """One level of a list: Word's number format, label text and indents (in twips)."""

    num_fmt: str  # decimal, chineseCounting, decimalEnclosedCircleChinese, lowerLetter…
    text: str  # lvlText: "%1、", "（%2）", "%1.%2."
    left: int  # where the item's text starts
    hanging: int  # how far the label hangs to the left of the text


@dataclass(frozen=True)
class ListFormat:
    """A multi-level list format; ``name`` is stored in numbering.xml for people reading it."""

    name: str
    levels: tuple[LevelFormat, ...]


def _ladder(
    first: list[tuple[str, str, int]], rest: tuple[str, str, int]
) -> tuple[LevelFormat, ...]:
    """Levels with the given (format, text, label width); deeper levels repeat ``rest``."""
    levels: list[LevelFormat] = []
    left = 0
    specs = first + [rest] * (LEVELS - len(first))
    for level, (num_fmt, text, width) in enumerate(specs):
        text = text.replace("%n", f"%{level + 1}")
        left += width
        levels.append(LevelFormat(num_fmt, text, left, width))
    return tuple(levels)


# 1、 （1） ① a. … for flat Chinese lists (1、2、3、 is how a 岗位说明书 numbers duties).
ZH_FLAT = ListFormat(
    "JD zh 1、",
    _ladder(
        [
            ("decimal", "%1、", 480),  # room for 10、 before the text
            ("decimal", "（%2）", 630),
            ("decimalEnclosedCircleChinese", "%3", 420),
        ],
        ("lowerLetter", "%n.", 420),
    ),
)
# 一、 1、 （1） ① for lists with groups: chapter numbers for the groups, 1、 inside them.
ZH_OUTLINE = ListFormat(
    "JD zh 一、",
    _ladder(
        [
            ("chineseCounting", "%1、", 525),
            ("decimal", "%2、", 480),
            ("decimal", "（%3）", 630),
            ("decimalEnclosedCircleChinese", "%4", 420),
        ],
        ("lowerLetter", "%n.", 420),
    ),
)
# 1. 1.1. 1.1.1. for English lists.
EN_DECIMAL = ListFormat(
    "JD en 1.",
    tuple(
        LevelFormat(
            "decimal",
            "".join(f"%{n}." for n in range(1, level + 2)),
            360 + 360 * level + 180 * level,
            360 + 180 * level,
        )
        for level in range(LEVELS)
    ),
)


def abstract_num_xml(abstract_id: int, list_format: ListFormat) -> str:
    """A ``w:abstractNum`` element (with the ``w`` namespace declared) for ``list_format``."""
    nsid = zlib.crc32(list_format.name.encode("utf-8")) & 0xFFFFFFFF
    levels = "".join(
        f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{level.num_fmt}"/>'
        f'<w:lvlText w:val="{level.text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{level.left}" w:hanging="{level.hanging}"/></w:pPr></w:lvl>'
        for index, level in enumerate(list_format.levels)
    )
    return (
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{nsid:08X}"/><w:multiLevelType w:val="multilevel"/>'
        f'<w:name w:val="{list_format.name}"/>{levels}</w:abstractNum>'
    )


def _int_attribute(element: Element, name: str) -> int | None:
    value = element.get(f"{W}{name}")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def numbering_root(document: Any) -> Element:
    """The ``w:numbering`` element of a document, creating numbering.xml if it has none.

    python-docx cannot create the part itself (``NumberingPart.new`` is not implemented),
    and a document that never had a list in Word has no numbering.xml.
    """
    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element
    except KeyError:
        pass
    element = parse_xml(f'<w:numbering xmlns:w="{W_NS}"/>')
    numbering = NumberingPart(
        PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package
    )
    part.relate_to(numbering, RT.NUMBERING)
    return element


class NumberingWriter:
    """Adds formats and list instances to one document's numbering.xml."""

    def __init__(self, root: Element) -> None:
        self._root = root
        self._abstracts: dict[int, Element] = {}
        self._num_to_abstract: dict[int, int] = {}
        for abstract in root.iterchildren(f"{W}abstractNum"):
            abstract_id = _int_attribute(abstract, "abstractNumId")
            if abstract_id is not None:
                self._abstracts[abstract_id] = abstract
        for num in root.iterchildren(f"{W}num"):
            num_id = _int_attribute(num, "numId")
            link = num.find(f"{W}abstractNumId")
            abstract_id = _int_attribute(link, "val") if link is not None else None
            if num_id is not None and abstract_id is not None:
                self._num_to_abstract[num_id] = abstract_id
        self._next_num = max(self._num_to_abstract, default=0) + 1
        self._next_abstract = max(self._abstracts, default=-1) + 1

    def abstract_of(self, num_id: int) -> int | None:
        """The format a list instance uses, if both exist."""
        abstract_id = self._num_to_abstract.get(num_id)
        return abstract_id if abstract_id in self._abstracts else None

    def level_texts(self, abstract_id: int) -> list[str]:
        """The label pattern of each level (``%1、``, ``%1.%2.``) of a format."""
        abstract = self._abstracts.get(abstract_id)
        if abstract is None:
            return []
        return [str(text.get(f"{W}val", "")) for text in abstract.iter(f"{W}lvlText")]

    def text_indents(self, abstract_id: int) -> dict[int, int]:
        """Where each level's text starts (twips), from the format's ``w:ind``."""
        indents: dict[int, int] = {}
        abstract = self._abstracts.get(abstract_id)
        if abstract is None:
            return indents
        for lvl in abstract.iterchildren(f"{W}lvl"):
            level = _int_attribute(lvl, "ilvl")
            ind = lvl.find(f"{W}pPr/{W}ind")
            if level is None or ind is None:
                continue
            left = _int_attribute(ind, "left")
            if left is None:
                left = _int_attribute(ind, "start")
            if left is not None:
                indents[level] = left
        return indents

    def add_format(self, list_format: ListFormat) -> int:
        """Add a ``w:abstractNum``; returns its id. Formats go before every ``w:num``."""
        abstract_id = self._next_abstract
        self._next_abstract += 1
        element = parse_xml(abstract_num_xml(abstract_id, list_format))
        first_num = self._root.find(f"{W}num")
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self._root.append(element)
        self._abstracts[abstract_id] = element
        return abstract_id

    def add_list(self, abstract_id: int, starts: tuple[int, ...] = ()) -> int:
        """Add a list instance of ``abstract_id`` that starts afresh; returns its numId.

        ``starts`` gives the start value of the first levels (default 1): a list that
        begins at level 1 under item 3 of an outer list starts level 0 at 3, so its
        labels read 3.1, 3.2.
        """
        num_id = self._next_num
        self._next_num += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="'
            f'{starts[level] if level < len(starts) else 1}"/></w:lvlOverride>'
            for level in range(LEVELS)
        )
        element = parse_xml(
            f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{overrides}</w:num>"
        )
        cleanup = self._root.find(f"{W}numIdMacAtCleanup")
        if cleanup is not None:
            cleanup.addprevious(element)
        else:
            self._root.append(element)
        self._num_to_abstract[num_id] = abstract_id
        return num_id
