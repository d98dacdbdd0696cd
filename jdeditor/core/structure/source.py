"""The recogniser's input: source lines, from plain text or from Word paragraphs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceLine:
    """One line of a text file, or one Word paragraph, with what Word knew about it."""

    text: str  # one line or Word paragraph, no line ending
    number: int  # 1-based line (or paragraph) number in the source, used in warnings
    list_level: int | None = None  # Word list paragraph: 0-based level; None = not a list
    list_ordered: bool = True  # Word list: numbered (True) or bulleted (False)
    heading_level: int | None = None  # Word heading style (Heading 1 -> 1, Title -> 0)
    bold: bool = False  # the whole paragraph is bold (title/heading candidate)
    # A paragraph inside a list item (not an item itself): the 0-based level of that item.
    under_level: int | None = None
    # A list paragraph whose number goes on from an earlier paragraph of its list (Word
    # shows 15. after a paragraph that interrupted items 1-14), not the first of a list.
    list_goes_on: bool = False


def split_source_text(text: str) -> list[SourceLine]:
    """Split text on every line ending Python knows (``\\r\\n``, ``\\r``, ``\\n``, ``\\u2028``…).

    A leading byte-order mark is dropped. The coverage check splits the same way, so line
    numbers in warnings and in lost-text reports agree.
    """
    return [SourceLine(line, number) for number, line in enumerate(text_lines(text), 1)]


def text_lines(text: str) -> list[str]:
    """The lines :func:`split_source_text` makes source lines of (line ``n`` at index ``n-1``)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.splitlines()
