"""A long section as several table rows, so that a form shows its label on every page.

A table row that runs onto the next page shows its label cell only on the first page, in
Word and in LibreOffice alike; neither can repeat one cell. So a form template
(``formal-zh``) places each section as ``section.parts`` (and the summary as
``summary_parts``): the items cut into pieces short
enough to fit on a page, one row each, in rows that may not break across pages
(``w:cantSplit``). The first row's label is the heading, the others' the heading with
（续） / (continued). A section of ordinary length is one piece, one row.

The numbering carries on from piece to piece (the second piece of a section may start at
item 7): each piece's list starts where the previous one stopped, and all pieces use the
format of the whole section (一、 when any item has sub-items).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from jdeditor.core.model import Item, ItemKind
from jdeditor.formats.docx_export.lists import ListXmlWriter, WordList, build_word_list

# A piece is at most about a third of an A4 page of 10.5 pt text, so that a row moved whole
# to the next page leaves no more than that blank at the foot of the page before.
MAX_PIECE_LINES = 16
# Half-width characters on one line of a form's value column (about 130 mm at 10.5 pt).
LINE_UNITS = 68
INDENT_UNITS = 6  # what each list level takes off a line


@dataclass(frozen=True, slots=True)
class TextPart:
    """One row's worth of a text (the summary): ``{{ part.heading }}``, ``{{ part.text }}``."""

    heading: str
    continued: bool
    text: str  # whole lines of the text; line breaks kept


@dataclass(frozen=True, slots=True)
class SectionPart:
    """One row's worth of a section: ``{{ part.heading }}`` and ``{{p part.list }}``."""

    heading: str
    continued: bool  # not the first piece: the heading carries （续） / (continued)
    list: WordList


def _units(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def estimated_lines(item: Item, level: int = 0) -> int:
    """How many lines an item and everything under it take in a form's value column."""
    width = max(LINE_UNITS - INDENT_UNITS * (level + 1), 20)
    lines = sum(max(1, math.ceil(_units(line) / width)) for line in item.text.split("\n"))
    deeper = level + 1 if item.kind is ItemKind.ITEM else level
    return lines + sum(estimated_lines(child, deeper) for child in item.children)


def split_items(items: Sequence[Item], max_lines: int = MAX_PIECE_LINES) -> list[list[Item]]:
    """Top-level items in pieces of at most ``max_lines`` (an item is never cut).

    The pieces are about even: 9 items are cut 5 + 4, not 8 + 1, so that no row holds a
    lonely last item under its 续 label.
    """
    sizes = [estimated_lines(item) for item in items]
    total = sum(sizes)
    count = max(1, math.ceil(total / max_lines))
    limit = min(max_lines, math.ceil(total / count) + 1)
    pieces: list[list[Item]] = []
    current: list[Item] = []
    used = 0
    for item, lines in zip(items, sizes, strict=True):
        if current and used + lines > limit:
            pieces.append(current)
            current, used = [], 0
        current.append(item)
        used += lines
    if current:
        pieces.append(current)
    return pieces


def section_parts(
    heading: str,
    continued: str,
    items: Sequence[Item],
    outline: bool,
    writer: ListXmlWriter | None = None,
) -> tuple[SectionPart, ...]:
    """The pieces of one section; ``continued`` is the label's suffix, （续） or (continued)."""
    parts: list[SectionPart] = []
    counted = 0  # top-level list items before this piece
    for number, piece in enumerate(split_items(items)):
        word_list = build_word_list(piece, writer, first_number=counted + 1, outline=outline)
        parts.append(
            SectionPart(heading if number == 0 else heading + continued, number > 0, word_list)
        )
        counted += sum(1 for item in piece if item.kind is ItemKind.ITEM)
    return tuple(parts)


def text_parts(heading: str, continued: str, text: str) -> tuple[TextPart, ...]:
    """A text in pieces of whole lines, labelled like ``section_parts``; none when empty."""
    if not text:
        return ()
    lines = [Item(line) for line in text.split("\n")]
    pieces = split_items(lines)
    return tuple(
        TextPart(
            heading if number == 0 else heading + continued,
            number > 0,
            "\n".join(line.text for line in piece),
        )
        for number, piece in enumerate(pieces)
    )
