"""A form cell's paragraphs as a section's items (table-form job descriptions).

A cell is read as the structure recogniser reads a section of a Word body or a text file,
so a posting reads back alike from a form and from a document; a cell the recogniser would
read as more than one section is read paragraph by paragraph instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jdeditor.core.model import Item, ItemKind, SectionKind
from jdeditor.core.section_headings import DEFAULT_HEADINGS
from jdeditor.core.structure import (
    ParseOptions,
    SourceLine,
    detect_language,
    parse_lines,
    split_items,
)
from jdeditor.formats.docx_lists import ItemIndents, WordParagraph, literal


@dataclass
class ItemCollector:
    """Cell paragraphs to items: Word list paragraphs keep their levels, other lines go
    through the recogniser's ``split_items`` (typed numbers removed, nesting from 1.1).

    In a cell numbered with Word lists (``word_lists``), every other paragraph is prose: a
    paragraph item, placed under the item whose text it is indented to (as the Word
    export indents it). A list that follows a paragraph stays beside it: whether it was
    the paragraph's group (``业务技能要求`` over its items) or its siblings (``Here is what
    you can expect:`` before them), Word shows both alike (see docs/import.md).
    """

    kind: SectionKind
    word_lists: bool = False
    items: list[Item] = field(default_factory=list)
    _path: list[Item] = field(default_factory=list)
    _indents: list[int | None] = field(default_factory=list)  # where each path item's text starts
    _plain: list[str] = field(default_factory=list)

    def add(self, paragraph: WordParagraph) -> None:
        if paragraph.list_level is None and self.word_lists:
            self._add_prose(paragraph)
            return
        if paragraph.list_level is None:
            self._path.clear()
            self._indents.clear()
            self._plain.extend(paragraph.lines)
            return
        self._flush()
        item = Item(paragraph.text.strip())
        level = min(paragraph.list_level, len(self._path))
        container = self.items if level == 0 else self._path[level - 1].children
        container.append(item)
        del self._path[level:]
        del self._indents[level:]
        self._path.append(item)
        self._indents.append(paragraph.left_indent)

    def _add_prose(self, paragraph: WordParagraph) -> None:
        text = paragraph.text.strip()
        if not text:
            return
        node = Item(text, kind=ItemKind.PARAGRAPH)
        owner = self._owner(paragraph.left_indent)
        if owner is None:
            self.items.append(node)
            self._path.clear()
            self._indents.clear()
        else:
            owner.children.append(node)

    def _owner(self, indent: int | None) -> Item | None:
        """The item a plain paragraph indented to ``indent`` belongs under: the deepest one
        whose text starts at or before it; None for a paragraph at the margin."""
        if not indent or indent <= 0:
            return None
        for item, start in zip(reversed(self._path), reversed(self._indents), strict=True):
            if start is not None and start <= indent:
                return item
        return None

    def finish(self) -> list[Item]:
        self._flush()
        return self.items

    def _flush(self) -> None:
        lines = [line.strip() for line in self._plain]
        self._plain.clear()
        filled = [line for line in lines if line]
        if not filled:
            return
        # Blank lines stay: they keep split_items from joining lines across them.
        items = split_items("\n".join(literal(line) for line in lines))
        unmarked = [item.text for item in items] == filled and not any(i.children for i in items)
        if unmarked and self.kind in (SectionKind.ABOUT, SectionKind.APPLY, SectionKind.OTHER):
            for item in items:
                item.kind = ItemKind.PARAGRAPH  # prose, not a list
        self.items.extend(items)


def items_of(paragraphs: list[WordParagraph], kind: SectionKind) -> list[Item]:
    word_lists = any(paragraph.list_level is not None for paragraph in paragraphs)
    recognised = _recognised_items(paragraphs, kind)
    if recognised is not None:
        return recognised
    collector = ItemCollector(kind, word_lists)
    for paragraph in paragraphs:
        collector.add(paragraph)
    return collector.finish()


def _recognised_items(paragraphs: list[WordParagraph], kind: SectionKind) -> list[Item] | None:
    """A cell read as the recogniser reads a section of a Word body or a text file: Word
    list levels and typed numbers are structure, prose stays prose, and a paragraph over a
    list is read the same way everywhere. A form and a Word body of the same posting then
    read back alike.

    None when the recogniser reads more into it than one section of that kind (a sub-heading,
    header lines): the cell is then read paragraph by paragraph (:class:`ItemCollector`).
    """
    indents = ItemIndents()  # a paragraph indented to an item's text stands inside it
    lines = [
        line
        for paragraph in paragraphs
        for line in paragraph.source_lines(indents.place(paragraph))
    ]
    if not any(line.text.strip() for line in lines):
        return []
    language = detect_language(line.text for line in lines)
    first = lines[0].number
    heading = SourceLine(DEFAULT_HEADINGS[language][kind], first, heading_level=1)
    parsed = parse_lines([heading, *lines], ParseOptions(language=language, single=True))
    if len(parsed) != 1:
        return None
    posting = parsed[0].posting
    if posting.summary or len(posting.sections) != 1 or posting.sections[0].kind is not kind:
        return None
    return posting.sections[0].items
