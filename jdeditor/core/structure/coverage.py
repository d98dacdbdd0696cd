"""The nothing-lost check: which characters of the source are missing from the postings.

The check is independent of how the recogniser decided things. It compares, posting by
posting, the source's meaningful characters (the text of each line with HTML tags and the
backslashes of Markdown escapes removed, entities decoded and whitespace dropped) with what
the postings hold, in order:

1. the title, which must equal one whole source line of the posting (less its markers and
   decorations) — a fallback title from the file name matches no line and is skipped;
2. the summary, the section headings and every item's text, in reading order. A heading
   that is not found right where the reading has got to (after only markers and
   decorations) was made up by the recogniser (``岗位职责`` for a list without a heading)
   and is skipped.

Source characters left over must be droppable: list markers (``1、`` ``(1)`` ``一、``
``1.1`` ``①``, only at the start of a line or after punctuation), bullets, heading
decorations (brackets, ``#``, ``*``, colons) and markdown symbols (also the backslash of a
hard line break). Anything else is lost.
Field lines are kept verbatim in the postings (summary or paragraph), so they need no
special treatment here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from jdeditor.core.model import Section
from jdeditor.core.structure.markup import visible_text
from jdeditor.core.structure.numbering import BULLET_CHARS
from jdeditor.core.structure.parsed import ParsedPosting, SharedBlock
from jdeditor.core.structure.parser import compile_separator, is_separator
from jdeditor.core.structure.source import SourceLine, split_source_text
from jdeditor.core.structure.symbols import strip_symbols

_SYMBOLS = BULLET_CHARS + "#*_>=+\\-–—【】「」『』〔〕〖〗\\[\\]()（）:：、.．,，\\\\"
_MARKER = (
    r"(?:\d{1,3}(?:[.．]\d{1,3})+[、.．,，)）]?"
    r"|\d{1,3}[、.．,，)）]"
    r"|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
    r"|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[a-zA-Z][.．)）]"
    r"|[\u2460-\u249b\u2776-\u2789\u3220-\u3229])"
)
_DROPPABLE_RE = re.compile(rf"(?:{_MARKER}|[{_SYMBOLS}])+")
_SYMBOLS_ONLY_RE = re.compile(rf"[{_SYMBOLS}]+")
# A synthesized heading is recognised by not being found within this many characters.
_HEADING_REACH = 16


@dataclass(frozen=True)
class LostText:
    """A run of source characters that no posting holds."""

    line: int
    text: str


def _compact(text: str) -> str:
    return "".join(text.split())


def _meaningful(line: SourceLine) -> str:
    text = visible_text(line.text)
    if "&" in text:
        text = html.unescape(text)
    # Emoji and pictographs decorate (🚀 前端工程师, 😁团队情况：); they are not text to keep.
    return _compact(strip_symbols(text))


def _droppable(run: str, before: str) -> bool:
    """Whether a run of unmatched characters is only markers, bullets and decorations."""
    if _SYMBOLS_ONLY_RE.fullmatch(run):
        return True
    if not _DROPPABLE_RE.fullmatch(run):
        return False
    # A number is a marker only at the start of a line or after punctuation: "3年" is text.
    return not before or not before.isalnum()


class _Stream:
    """The meaningful characters of a posting's lines, with what has been matched."""

    def __init__(self, lines: Sequence[tuple[int, str]]) -> None:
        self.text = "".join(text for _, text in lines)
        self.line_of: list[int] = []
        self.line_start: list[int] = []
        for number, text in lines:
            start = len(self.line_of)
            self.line_of.extend([number] * len(text))
            self.line_start.extend([start] * len(text))
        self.matched = bytearray(len(self.text))
        self.position = 0
        self.bounds: dict[int, tuple[int, int]] = {}
        offset = 0
        for number, text in lines:
            self.bounds[number] = (offset, offset + len(text))
            offset += len(text)

    def consume_line(self, number: int, target: str) -> bool:
        """Match ``target`` to one whole line (a title), allowing markers and markup in it."""
        start, end = self.bounds.get(number, (0, 0))
        picked: list[int] = []
        index = start
        for char in target:
            while index < end and self.text[index] != char:
                index += 1
            if index >= end:
                return False
            picked.append(index)
            index += 1
        chosen = set(picked)
        run_start = start
        for index in range(start, end + 1):
            if index < end and index not in chosen:
                continue
            run = self.text[run_start:index]
            before = self.text[run_start - 1] if run_start > start else ""
            if run and not _droppable(run, before):
                return False
            run_start = index + 1
        for index in picked:
            self.matched[index] = 1
        return True

    def match_heading(self, target: str) -> None:
        while self.position < len(self.text) and self.matched[self.position]:
            self.position += 1
        limit, unmatched = self.position, 0
        while limit < len(self.text) and unmatched < _HEADING_REACH + len(target):
            unmatched += not self.matched[limit]
            limit += 1
        found = self.text.find(target, self.position, limit)
        if found < 0:
            return
        skipped = "".join(
            char
            for index, char in enumerate(self.text[self.position : found], self.position)
            if not self.matched[index]
        )
        if skipped and not _DROPPABLE_RE.fullmatch(skipped):
            return
        for index in range(found, found + len(target)):
            self.matched[index] = 1
        self.position = found + len(target)

    def _find_block(self, target: str) -> int:
        """The first place at or after the reading position where ``target`` stands whole.

        Where the same text stands again later on the line, after only a marker (``1)1``:
        item ``1`` after the marker ``1)``), the later place is the item's.
        """
        found = self.text.find(target, self.position)
        while found >= 0 and self.matched.find(1, found, found + len(target)) >= 0:
            found = self.text.find(target, found + 1)
        if found < 0:
            return found
        line_start, line_end = self.bounds[self.line_of[found]]
        while True:
            later = self.text.find(target, found + 1, line_end)
            before = self.text[found - 1] if found > line_start else ""
            if (
                later < 0
                or self.matched.find(1, later, later + len(target)) >= 0
                or not _droppable(self.text[found:later], before)
            ):
                return found
            found = later

    def match_text(self, target: str) -> None:
        if not target:
            return
        found = self._find_block(target)
        if found >= 0:
            self.matched[found : found + len(target)] = b"\x01" * len(target)
            self.position = found + len(target)
            return
        # Not in one piece (markup was removed from its middle): match it character by
        # character, each at its first free place after the reading position.
        for char in target:
            found = self.text.find(char, self.position)
            while found >= 0 and self.matched[found]:
                found = self.text.find(char, found + 1)
            if found < 0:
                continue  # the posting holds a character the source does not (not a loss)
            self.matched[found] = 1
            self.position = found + 1

    def lost(self) -> Iterator[LostText]:
        index = 0
        text = self.text
        while index < len(text):
            if self.matched[index]:
                index += 1
                continue
            end = index
            number = self.line_of[index]
            while end < len(text) and not self.matched[end] and self.line_of[end] == number:
                end += 1
            run = text[index:end]
            line_start = self.line_start[index]
            before = text[index - 1] if index > line_start else ""
            if not _droppable(run, before):
                yield LostText(number, run)
            index = end


def _pieces(summary: str, sections: Sequence[Section]) -> Iterator[tuple[bool, str]]:
    """(is_heading, compact text) for what a posting holds, in reading order."""
    if summary:
        yield False, _compact(summary)
    for section in sections:
        if section.heading:
            yield True, _compact(section.heading)
        for _, item in section.walk():
            yield False, _compact(item.text)


def _read(stream: _Stream, summary: str, sections: Sequence[Section]) -> None:
    for is_heading, text in _pieces(summary, sections):
        if is_heading:
            stream.match_heading(text)
        else:
            stream.match_text(text)


def find_lost_lines(
    lines: Sequence[SourceLine], parsed: Sequence[ParsedPosting], separator: str | None = None
) -> list[LostText]:
    """The runs of meaningful source characters that are in none of ``parsed``.

    A block every job of a text holds a copy of (:class:`SharedBlock`) is read once, from
    its own lines; a category heading (研发类) is found where a job took it as department.
    """
    pattern = compile_separator(separator)
    meaningful = {
        line.number: _meaningful(line) for line in lines if not is_separator(line, pattern)
    }
    categories = {_compact(category) for result in parsed for category in result.categories}
    covered: set[int] = set()
    lost: list[LostText] = []
    blocks: dict[tuple[int, int], SharedBlock] = {}
    for result in parsed:
        stream = _stream(meaningful, result.first_line, result.last_line, covered)
        title = _compact(result.posting.title)
        if result.title_in_summary:
            pass  # a title cleaned of its banner and facts: its whole line is in the summary
        elif title and result.title_line is not None:
            stream.consume_line(result.title_line, title)
        elif title:
            for number in range(result.first_line, result.last_line + 1):
                if number in meaningful and stream.consume_line(number, title):
                    break
        for number in range(result.first_line, result.last_line + 1):
            if categories and number in meaningful:
                any(stream.consume_line(number, category) for category in categories)
        shared = {id(section) for section in result.shared_sections}
        own = [section for section in result.posting.sections if id(section) not in shared]
        _read(stream, result.posting.summary, own)
        lost.extend(stream.lost())
        for block in result.shared:
            blocks[(block.first_line, block.last_line)] = block
    for result in parsed:
        for number in result.category_lines:
            stream = _stream(meaningful, number, number, covered)
            any(stream.consume_line(number, category) for category in categories)
            lost.extend(stream.lost())
    for block in blocks.values():
        stream = _stream(meaningful, block.first_line, block.last_line, covered)
        _read(stream, "", block.sections)
        lost.extend(stream.lost())
    for number, text in meaningful.items():
        if number not in covered and text and not _droppable(text, ""):
            lost.append(LostText(number, text))
    lost.sort(key=lambda item: item.line)
    return lost


def _stream(meaningful: dict[int, str], first: int, last: int, covered: set[int]) -> _Stream:
    span = [
        (number, meaningful[number]) for number in range(first, last + 1) if number in meaningful
    ]
    covered.update(number for number, _ in span)
    return _Stream(span)


def find_lost_text(
    source: str, parsed: Sequence[ParsedPosting], separator: str | None = None
) -> list[LostText]:
    """Like :func:`find_lost_lines`, for text split the way :func:`parse_text` splits it."""
    return find_lost_lines(split_source_text(source), parsed, separator)


def lost_characters(
    source: str, parsed: Sequence[ParsedPosting], separator: str | None = None
) -> str:
    """All lost characters of ``source``, in order; empty when nothing was lost."""
    return "".join(item.text for item in find_lost_text(source, parsed, separator))
