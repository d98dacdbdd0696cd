"""Word paragraphs as the recogniser sees them: text, list level, heading level, bold.

python-docx has no API for list numbering, so this module reads the XML: a paragraph is in
a Word list when it has ``w:numPr`` itself or inherits it from its style (``List Number``);
its level is ``w:ilvl`` and whether it is numbered comes from the level's ``w:numFmt`` in
numbering.xml. Heading levels come from the style name (``heading 1``, ``Title``) or the
outline level of the style (localised Word writes style ids such as ``1`` and ``2``).

Text is read from the XML as well, because ``Paragraph.text`` skips runs inside tracked
insertions, content controls, smart tags and simple fields. Deleted text, field codes and
the fallback copy of a text box are not text; text boxes are read as paragraphs of their own.
Page breaks and left indents are kept too: a page break may separate postings
(``docx_import``), an indent places a paragraph under an item (``docx_cell_items``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from jdeditor.core.structure import SourceLine

# lxml elements; lxml ships no type information, so they stay Any in this package only.
Element = Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
VAL = f"{W}val"

# Elements whose content is not part of the paragraph's visible text.
_SKIPPED = frozenset(
    {
        f"{W}pPr",
        f"{W}rPr",
        f"{W}del",
        f"{W}moveFrom",
        f"{W}txbxContent",
        f"{W}sdtPr",
        f"{W}sdtEndPr",
        f"{MC}Fallback",
        f"{W}instrText",
        f"{W}delText",
        f"{W}footnoteReference",
        f"{W}endnoteReference",
        f"{W}commentReference",
        f"{W}rt",  # ruby (phonetic guide) text above the base text
    }
)
_BREAKS = frozenset({f"{W}br", f"{W}cr"})
_TABS = frozenset({f"{W}tab", f"{W}ptab"})
_FALSE = frozenset({"0", "false", "off", "none"})
_HEADING_NAME_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$")
_FURNITURE_STYLES = frozenset({"JD Form Title", "JD Form Date"})
# The label column of our own form templates (formal-zh): such a form marks a row that goes
# on with its section by its label (岗位职责（续）), never by repeating the label.
_FORM_LABEL_STYLES = frozenset({"JD Label"})
# Our own templates print a posting's facts in runs of these character styles (jd-en's
# subtitle and facts box, advert-zh's facts line): each run's text is that field's value.
FIELD_STYLES = {
    "JD Department": "department",
    "JD Reports To": "reports_to",
    "JD Location": "location",
    "JD Headcount": "headcount",
    "JD Employment Type": "employment_type",
    "JD Salary": "salary",
}
_LABEL_STYLES = frozenset({"JD Fact Label"})  # the template's own label before a value
_LABEL = "label"
# What may stand between the values of a facts line: separators, colons, spaces.
_BETWEEN_FACTS_RE = re.compile(r"[\s·•|/,，、:：]*")
_TITLE_NAMES = frozenset({"title", "标题"})
# "List Bullet 2" is its own single-level list in Word's templates; the number is the depth.
_LIST_STYLE_RE = re.compile(r"^list(?: bullet| number)? ([2-9])$")
MAX_BOLD_CHARS = 100  # a longer bold paragraph is emphasis, not a title or heading
MAX_LEVEL = 8


@dataclass(frozen=True)
class Piece:
    """One visual line of a paragraph (paragraphs split at soft line breaks)."""

    text: str
    bold: bool


@dataclass(frozen=True)
class WordParagraph:
    """A body paragraph with what Word knows about it; ``number`` counts paragraphs from 1."""

    number: int
    pieces: tuple[Piece, ...]
    list_level: int | None = None
    list_ordered: bool = True
    heading_level: int | None = None
    # A page break before the paragraph (``w:pageBreakBefore``) or inside it (``w:br
    # w:type="page"``): where one exported posting ends and the next begins.
    page_break_before: bool = False
    page_break: bool = False
    # Where the text starts (twips): a list paragraph's from its list level, any other's
    # from its own indent. A plain paragraph indented to an item's text is placed under it.
    left_indent: int | None = None
    # A list paragraph numbered on from an earlier paragraph of its list (not its first).
    list_goes_on: bool = False
    # In our form templates' label style (a form that marks its continued rows).
    form_label: bool = False
    # A facts line of our own templates: (field name, text) from runs in a field style. Its
    # text is then not read as text (``pieces`` is empty).
    facts: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """The whole text, soft line breaks as ``\\n``."""
        return "\n".join(piece.text for piece in self.pieces)

    @property
    def lines(self) -> list[str]:
        return [piece.text for piece in self.pieces]

    def source_lines(self, under_level: int | None = None) -> list[SourceLine]:
        """The paragraph as recogniser input (see docs/import-word.md, "Soft line breaks").

        A list paragraph stays one item whose text keeps its line breaks; a heading is one
        line; any other paragraph becomes one line per visual line, all with its number
        (and ``under_level``: the level of the list item it stands inside, if any).
        """
        if self.list_level is not None:
            return [
                SourceLine(
                    literal(self.text),
                    self.number,
                    list_level=self.list_level,
                    list_ordered=self.list_ordered,
                    list_goes_on=self.list_goes_on,
                )
            ]
        if self.heading_level is not None:
            text = " ".join(piece.text.strip() for piece in self.pieces if piece.text.strip())
            return [SourceLine(literal(text), self.number, heading_level=self.heading_level)]
        return [
            SourceLine(literal(piece.text), self.number, bold=piece.bold, under_level=under_level)
            for piece in self.pieces
        ]


class ItemIndents:
    """Where the text of each open list level starts, so that a plain paragraph indented to
    an item's text is read as a paragraph inside that item (as Word shows it, and as our
    export writes it), not as a paragraph after the list."""

    def __init__(self) -> None:
        self._starts: list[int] = []  # by list level

    def place(self, paragraph: WordParagraph) -> int | None:
        """The level of the item ``paragraph`` stands inside; None if it stands in none."""
        indent = paragraph.left_indent or 0
        if paragraph.list_level is not None:
            del self._starts[paragraph.list_level :]
            self._starts.extend([0] * (paragraph.list_level - len(self._starts)))
            self._starts.append(indent)
            return None
        if paragraph.heading_level is not None:
            self._starts.clear()
            return None
        inside = [level for level, start in enumerate(self._starts) if 0 < start <= indent]
        return inside[-1] if inside else None


def literal(text: str) -> str:
    """Word text protected from being read as HTML by the recogniser.

    The recogniser removes tags and decodes entities, which pasted web text needs; in a Word
    document ``<div>`` or ``&lt;`` is what the author typed. Escaping ``&`` and ``<`` makes
    the recogniser's own decoding give the typed characters back.
    """
    if "&" in text or "<" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;")
    return text


def _attribute(element: Element | None, name: str = VAL) -> str | None:
    if element is None:
        return None
    value = element.get(name)
    return None if value is None else str(value)


def _is_on(element: Element | None) -> bool | None:
    """A toggle property such as ``w:b``: None when absent, else whether it is on."""
    if element is None:
        return None
    value = _attribute(element)
    return value is None or value.lower() not in _FALSE


def _left_indent(element: Element | None) -> int | None:
    """The left indent of a paragraph or list level (``w:pPr/w:ind``), in twips."""
    ind = element.find(f"{W}pPr/{W}ind") if element is not None else None
    if ind is None:
        return None
    return _int(ind.get(f"{W}left") or ind.get(f"{W}start"))


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class _ListInfo:
    level: int
    ordered: bool
    indent: int | None = None  # where the level's text starts (twips)
    goes_on: bool = False  # numbered on: not the first number of its list and level


class ParagraphReader:
    """Reads paragraphs of one document; looks styles and numbering up once per document."""

    def __init__(self, document: Any) -> None:
        self._styles: dict[str, Element] = {}
        self._nums: dict[str, Element] = {}
        self._abstracts: dict[str, Element] = {}
        self._paragraph_style: str | None = None
        self._counted: dict[str, int] = {}  # by list: how many levels have had an item
        self.count = 0
        part = document.part
        styles_root = _related_root(part, RT.STYLES)
        if styles_root is not None:
            for style in styles_root.iter(f"{W}style"):
                style_id = _attribute(style, f"{W}styleId")
                if style_id is None:
                    continue
                self._styles.setdefault(style_id, style)
                is_default = style.get(f"{W}default") in ("1", "true", "on")
                if is_default and style.get(f"{W}type") == "paragraph":
                    self._paragraph_style = style_id  # used by paragraphs without a style
        numbering_root = _related_root(part, RT.NUMBERING)
        if numbering_root is not None:
            for num in numbering_root.iter(f"{W}num"):
                num_id = _attribute(num, f"{W}numId")
                if num_id is not None:
                    self._nums[num_id] = num
            for abstract in numbering_root.iter(f"{W}abstractNum"):
                abstract_id = _attribute(abstract, f"{W}abstractNumId")
                if abstract_id is not None:
                    self._abstracts[abstract_id] = abstract

    # -- reading ------------------------------------------------------------------------

    def read(self, p: Element) -> tuple[WordParagraph, list[Element]]:
        """One paragraph, numbered in reading order, and the text boxes anchored in it."""
        self.count += 1
        chain = self._style_chain(p)
        style_bold = self._chain_toggle(chain, "b")
        collector = _TextCollector(self, style_bold)
        collector.walk(p)
        # Our own templates' furniture (formal-zh's 岗位说明书 / Job Description and its date
        # line) is the template's words, not the posting's: read as an empty paragraph, so a
        # page break it carries still separates postings.
        facts = collector.facts()
        furniture = self._furniture(chain) or bool(facts)
        pieces = () if furniture else collector.pieces()
        heading = self._heading_level(p, chain)
        info = None if heading is not None else self._list_info(p, chain)
        paragraph = WordParagraph(
            self.count,
            pieces,
            list_level=info.level if info else None,
            list_ordered=info.ordered if info else True,
            list_goes_on=info.goes_on if info else False,
            form_label=self._named(chain[:1], _FORM_LABEL_STYLES),
            heading_level=heading,
            page_break_before=_is_on(p.find(f"{W}pPr/{W}pageBreakBefore")) is True,
            page_break=any(br.get(f"{W}type") == "page" for br in p.iter(f"{W}br")),
            left_indent=_left_indent(p) if info is None else (_left_indent(p) or info.indent),
            facts=facts,
        )
        return paragraph, collector.text_boxes

    # -- styles -------------------------------------------------------------------------

    def _style_chain(self, p: Element) -> list[Element]:
        ppr = p.find(f"{W}pPr")
        style_id = _attribute(ppr.find(f"{W}pStyle")) if ppr is not None else None
        return self._chain(style_id or self._paragraph_style)

    def _chain(self, style_id: str | None) -> list[Element]:
        """The style and the styles it is based on, nearest first (cycles are cut)."""
        chain: list[Element] = []
        seen: set[str] = set()
        while style_id is not None and style_id not in seen and len(chain) < 20:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            chain.append(style)
            style_id = _attribute(style.find(f"{W}basedOn"))
        return chain

    def _furniture(self, chain: list[Element]) -> bool:
        return self._named(chain, _FURNITURE_STYLES)

    def _named(self, chain: list[Element], names: frozenset[str]) -> bool:
        """Whether a style of ``chain`` has one of ``names``."""
        found = ((_attribute(style.find(f"{W}name")) or "").strip() for style in chain)
        return any(name in names for name in found)

    def _chain_toggle(self, chain: list[Element], name: str) -> bool:
        for style in chain:
            value = _is_on(style.find(f"{W}rPr/{W}{name}"))
            if value is not None:
                return value
        return False

    def run_bold(self, run: Element, paragraph_bold: bool) -> bool:
        direct = _is_on(run.find(f"{W}rPr/{W}b"))
        if direct is not None:
            return direct
        rstyle = _attribute(run.find(f"{W}rPr/{W}rStyle"))
        if rstyle is not None:
            for style in self._chain(rstyle):
                value = _is_on(style.find(f"{W}rPr/{W}b"))
                if value is not None:
                    return value
        return paragraph_bold

    def run_role(self, run: Element) -> str | None:
        """The field a run's character style names, ``label`` for a template's label, or None."""
        rstyle = _attribute(run.find(f"{W}rPr/{W}rStyle"))
        if rstyle is None:
            return None
        for style in self._chain(rstyle)[:1]:
            name = (_attribute(style.find(f"{W}name")) or "").strip()
            if name in _LABEL_STYLES:
                return _LABEL
            return FIELD_STYLES.get(name)
        return None

    def _heading_level(self, p: Element, chain: list[Element]) -> int | None:
        for style in chain:
            name = (_attribute(style.find(f"{W}name")) or "").strip().lower()
            if name in _TITLE_NAMES:
                return 0
            match = _HEADING_NAME_RE.match(name)
            if match:
                return int(match.group(1))
        direct = _int(_attribute(p.find(f"{W}pPr/{W}outlineLvl")))
        if direct is None:
            for style in chain:
                direct = _int(_attribute(style.find(f"{W}pPr/{W}outlineLvl")))
                if direct is not None:
                    break
        if direct is not None and 0 <= direct < 9:
            return direct + 1
        return None

    # -- numbering ----------------------------------------------------------------------

    def _list_info(self, p: Element, chain: list[Element]) -> _ListInfo | None:
        num_pr = p.find(f"{W}pPr/{W}numPr")
        num_id = _attribute(num_pr.find(f"{W}numId")) if num_pr is not None else None
        ilvl = _int(_attribute(num_pr.find(f"{W}ilvl"))) if num_pr is not None else None
        from_style: Element | None = None
        if num_id is None:
            for style in chain:
                style_num = style.find(f"{W}pPr/{W}numPr")
                if style_num is None:
                    continue
                num_id = _attribute(style_num.find(f"{W}numId"))
                if ilvl is None:
                    ilvl = _int(_attribute(style_num.find(f"{W}ilvl")))
                if num_id is not None:
                    from_style = style
                    break
        if num_id is None or num_id == "0":
            return None  # numId 0 is Word's "numbering removed"
        level = min(max(ilvl or 0, 0), MAX_LEVEL)
        found = self._level(num_id, level)
        if found is None:
            return None  # a reference to a list that does not exist shows no number
        lvl = None if isinstance(found, bool) else found
        num_format = (_attribute(lvl.find(f"{W}numFmt")) if lvl is not None else None) or "decimal"
        if from_style is not None and not ilvl and chain:
            name = (_attribute(chain[0].find(f"{W}name")) or "").strip().lower()
            match = _LIST_STYLE_RE.match(name)
            if match:
                level = int(match.group(1)) - 1
        ordered = num_format != "bullet" and num_format != "none"
        # Word numbers a level on through its list (w:numId) until an item of a level above
        # it restarts it: an item whose level has been counted since goes on, and so does
        # the first one when the level starts above 1 (a list continued from another, 15.).
        counted = self._counted.get(num_id, 0)
        self._counted[num_id] = level + 1
        goes_on = counted > level or self._start(num_id, level, lvl) > 1
        return _ListInfo(level, ordered, _left_indent(lvl), goes_on=goes_on)

    def _start(self, num_id: str, level: int, lvl: Element | None) -> int:
        """The number a level of a list starts at: its start override, or its own start."""
        num = self._nums.get(num_id)
        for override in num.iter(f"{W}lvlOverride") if num is not None else ():
            start = override.find(f"{W}startOverride")
            if _int(_attribute(override, f"{W}ilvl")) == level and start is not None:
                return _int(_attribute(start)) or 1
        start = lvl.find(f"{W}start") if lvl is not None else None
        return (_int(_attribute(start)) or 1) if start is not None else 1

    def _level(self, num_id: str, level: int, depth: int = 0) -> Element | bool | None:
        """The ``w:lvl`` that defines ``level`` of list ``num_id``; True for a list without
        one (numbered as decimal), None for a list that does not exist."""
        num = self._nums.get(num_id)
        if num is None or depth > 3:
            return None
        for override in num.iter(f"{W}lvlOverride"):
            if _int(_attribute(override, f"{W}ilvl")) == level:
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    return lvl
        abstract_id = _attribute(num.find(f"{W}abstractNumId"))
        abstract = self._abstracts.get(abstract_id or "")
        if abstract is None:
            return None
        link = _attribute(abstract.find(f"{W}numStyleLink"))
        if link is not None:
            # The list's levels are defined by another list that a numbering style names.
            style = self._styles.get(link)
            linked = style.find(f"{W}pPr/{W}numPr/{W}numId") if style is not None else None
            linked_id = _attribute(linked)
            if linked_id is not None and linked_id != num_id:
                return self._level(linked_id, level, depth + 1)
        for lvl in abstract.iter(f"{W}lvl"):
            if _int(_attribute(lvl, f"{W}ilvl")) == level:
                return lvl
        return True


def _related_root(part: Any, relationship: str) -> Element | None:
    """The XML root of a related part, or None when the document has no such part."""
    try:
        related = part.part_related_by(relationship)
    except KeyError:
        return None
    return getattr(related, "element", None)


class _TextCollector:
    """Walks a paragraph's XML and gathers its text, split at line breaks, with boldness."""

    def __init__(self, reader: ParagraphReader, paragraph_bold: bool) -> None:
        self._reader = reader
        self._paragraph_bold = paragraph_bold
        self._lines: list[list[tuple[str, bool]]] = [[]]
        self.text_boxes: list[Element] = []
        self._roles: list[tuple[str | None, str]] = []  # (run role, its text) in order

    def walk(self, element: Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == f"{W}r":
                self._run(child)
            else:
                self.walk(child)

    def _run(self, run: Element) -> None:
        bold = self._reader.run_bold(run, self._paragraph_bold)
        added: list[str] = []
        self._walk_run(run, bold, added)
        self._roles.append((self._reader.run_role(run), "".join(added)))

    def facts(self) -> tuple[tuple[str, str], ...]:
        """The paragraph's field values, when all its other text is labels and separators.

        Consecutive runs of one field are one value (Word splits runs where it likes).
        """
        found: list[tuple[str, str]] = []
        previous: str | None = None
        for role, text in self._roles:
            if role is None:
                if not _BETWEEN_FACTS_RE.fullmatch(text):
                    return ()
            elif role != _LABEL:
                if role == previous:
                    found[-1] = (role, found[-1][1] + text)
                else:
                    found.append((role, text))
            previous = role
        return tuple((name, value.strip()) for name, value in found if value.strip())

    def _walk_run(self, run: Element, bold: bool, added: list[str]) -> None:
        for child in run:
            tag = child.tag
            chunk: str | None = None
            if tag == f"{W}t":
                chunk = child.text or ""
            elif tag in _TABS:
                chunk = "\t"
            elif tag in _BREAKS:
                self._lines.append([])
                added.append("\n")
            elif tag == f"{W}noBreakHyphen":
                chunk = "-"
            elif tag == f"{W}sym":
                chunk = _symbol(child) or None
            elif isinstance(tag, str) and tag not in _SKIPPED:
                self.text_boxes.extend(_text_boxes(child))
            if chunk is not None:
                self._lines[-1].append((chunk, bold))
                added.append(chunk)

    def pieces(self) -> tuple[Piece, ...]:
        result: list[Piece] = []
        for line in self._lines:
            text = _untab("".join(chunk for chunk, _ in line))
            visible = [bold for chunk, bold in line if chunk.strip()]
            bold = bool(visible) and all(visible) and len(text.strip()) <= MAX_BOLD_CHARS
            result.append(Piece(text, bold))
        return tuple(result)


def _untab(text: str) -> str:
    """Tabs to spaces: a leading tab is indentation (four spaces), any other one space."""
    if "\t" not in text:
        return text
    body = text.lstrip(" \t")
    indent = text[: len(text) - len(body)]
    return indent.replace("\t", "    ") + body.replace("\t", " ")


def _symbol(element: Element) -> str:
    """A ``w:sym`` character; symbol-font code points (U+F000-U+F0FF) are glyphs, not text."""
    code = _attribute(element, f"{W}char")
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= value <= 0xF0FF or value < 0x20:
        return ""
    return chr(value)


def _text_boxes(element: Element) -> Iterator[Element]:
    """Text box contents inside a drawing, skipping the duplicate in ``mc:Fallback``."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag == f"{MC}Fallback":
            continue
        if tag == f"{W}txbxContent":
            yield child
        else:
            yield from _text_boxes(child)
