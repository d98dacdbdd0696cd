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
3. except the items of a how-to-apply section: the recogniser gathers contact lines there
   from anywhere in the posting, so each must stand whole somewhere in the posting's
   source, and matching one does not move the reading position. An item whose text stands
   in the source (less the summary) exactly as often as such items hold it is matched
   before the sections are read (so that it does not hide a heading after it); any other
   is matched in its turn if it stands right where the reading has got to (it was written
   there), else last, where it stands whole and not matched yet; then a heading that was
   not found is looked for again right after any text matched, or as a whole line of its
   own (a gathered line may have stood between the reading and the heading).

Source characters left over must be droppable: list markers (``1、`` ``(1)`` ``一、``
``1.1`` ``①``, only at the start of a line or after punctuation), bullets, heading
decorations (brackets, ``#``, ``*``, colons) and markdown symbols (also the backslash of a
hard line break). Anything else is lost.
Field lines are kept verbatim in the postings (summary or paragraph), except a header
field line read whole into a field (``ParsedPosting.field_lines``). Such a line is accepted
on its own, before the reading, only when it is its label and the value the posting's field
really holds: a text field holds the line's value, text for text; a salary, headcount or
employment type is what the line's value reads as, and that value is read whole (nothing
beside one amount or range, a number of people, one employment word). The line is then left
out of the reading. A line that fails is read with the rest, and is lost unless the posting
holds it elsewhere.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from jdeditor.core.model import Language, Posting, Section, SectionKind
from jdeditor.core.structure.fields import (
    FIELD_ATTRIBUTES,
    TEXT_FIELDS,
    Field,
    field_of_label,
    read_whole,
)
from jdeditor.core.structure.headings import strip_decorations
from jdeditor.core.structure.markup import visible_text
from jdeditor.core.structure.numbering import BULLET_CHARS
from jdeditor.core.structure.parsed import FieldLine, ParsedPosting, SharedBlock
from jdeditor.core.structure.parser import compile_separator, is_separator
from jdeditor.core.structure.salary import (
    parse_employment_type,
    parse_headcount,
    parse_salary,
)
from jdeditor.core.structure.source import SourceLine, split_source_text
from jdeditor.core.structure.symbols import strip_symbols
from jdeditor.core.structure.titles import JOB_LABEL_RE

_SYMBOLS = BULLET_CHARS + "#*_>=+|\\-–—【】「」『』〔〕〖〗\\[\\]()（）:：、.．,，\\\\"
_MARKER = (
    r"(?:\d{1,3}(?:[.．]\d{1,3})+[、.．,，)）]?"
    r"|\d{1,3}[、.．,，)）]"
    r"|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
    r"|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[a-zA-Z][.．)）]"
    r"|[\u2460-\u249b\u2776-\u2789\u3220-\u3229])"
)
_LEADING_MARKER_RE = re.compile(rf"^{_MARKER}")
_DROPPABLE_RE = re.compile(rf"(?:{_MARKER}|[{_SYMBOLS}])+")
_SYMBOLS_ONLY_RE = re.compile(rf"[{_SYMBOLS}]+")
_GAP = rf"[{_SYMBOLS}]*"  # markup that may stand inside a gathered line
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
    digit = next((index for index, char in enumerate(run) if char.isdigit()), 0)
    if digit > 0:
        before = run[digit - 1]
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

    def consume_line(self, number: int, target: str, head: bool = False) -> bool:
        """Match ``target`` to one whole line (a title), allowing markers and markup in it;
        with ``head``, to the line's start: the rest is left for other pieces to match (a
        linked title, ``[后端工程师](https://…)``, whose address is read as text)."""
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
            if run and not _droppable(run, before) and not (head and index == end):
                return False
            run_start = index + 1
        for index in picked:
            self.matched[index] = 1
        return True

    def match_heading(self, target: str) -> bool:
        """Match a heading right where the reading has got to; whether it was found."""
        while self.position < len(self.text) and self.matched[self.position]:
            self.position += 1
        limit, unmatched = self.position, 0
        while limit < len(self.text) and unmatched < _HEADING_REACH + len(target):
            unmatched += not self.matched[limit]
            limit += 1
        found = self.text.find(target, self.position, limit)
        while found >= 0 and self.matched.find(1, found, found + len(target)) >= 0:
            found = self.text.find(target, found + 1, limit)  # that one is the title's
        if found < 0:
            return False
        if not self._only_decorations_before(found):
            return False
        for index in range(found, found + len(target)):
            self.matched[index] = 1
        self.position = found + len(target)
        return True

    def match_heading_after_read(self, target: str) -> bool:
        """Match a heading where it stands right after text already matched (after only
        markers and decorations), or as a whole line, wherever that is."""
        found = self.text.find(target)
        while found >= 0:
            if self.matched.find(1, found, found + len(target)) < 0:
                before = found
                while before > 0 and not self.matched[before - 1]:
                    before -= 1
                skipped = self.text[before:found]
                if before > 0 and (not skipped or _DROPPABLE_RE.fullmatch(skipped)):
                    self.matched[found : found + len(target)] = b"\x01" * len(target)
                    return True
            found = self.text.find(target, found + 1)
        # Or a line of its own that nothing has matched (less markers and decorations).
        for number, (start, end) in self.bounds.items():
            if (
                target in self.text[start:end]
                and self.matched.find(1, start, end) < 0
                and self.consume_line(number, target)
            ):
                return True
        return False

    def _find_block(self, target: str, start: int | None = None) -> int:
        """The first place at or after ``start`` (the reading position) where ``target``
        stands whole and unmatched.

        Where the same text stands again later on the line, after only a marker (``1)1``:
        item ``1`` after the marker ``1)``), the later place is the item's.
        """
        found = self.text.find(target, self.position if start is None else start)
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

    def match_text(self, target: str, whole: bool = True) -> None:
        if not target:
            return
        found = self._find_block(target) if whole else -1
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

    def gathered_places(self, target: str) -> list[tuple[int, int]]:
        """Every place where ``target`` stands whole and unmatched, markup allowed between
        its characters (``**邮箱投递** :`` holds ``邮箱投递:``)."""
        pattern = re.compile(_GAP.join(re.escape(char) for char in target))
        return [
            found.span()
            for found in pattern.finditer(self.text)
            if self.matched.find(1, found.start(), found.end()) < 0
        ]

    def claim(self, place: tuple[int, int]) -> None:
        start, end = place
        self.matched[start:end] = b"\x01" * (end - start)

    def _only_decorations_before(self, found: int) -> bool:
        """Whether only markers and decorations stand unread between here and ``found``."""
        skipped = "".join(
            char
            for index, char in enumerate(self.text[self.position : found], self.position)
            if not self.matched[index]
        )
        return not skipped or _DROPPABLE_RE.fullmatch(skipped) is not None

    def match_in_place(self, target: str) -> bool:
        """Match ``target`` only where the reading has got to (after only markers and
        decorations), as a line written where it stands; whether it was."""
        while self.position < len(self.text) and self.matched[self.position]:
            self.position += 1
        found = self._find_block(target)
        if found < 0:
            return False
        if not self._only_decorations_before(found):
            return False
        self.matched[found : found + len(target)] = b"\x01" * len(target)
        self.position = found + len(target)
        return True

    def match_gathered(self, target: str) -> None:
        """A line gathered from elsewhere in the posting (a contact line): whole, anywhere."""
        if not target:
            return
        places = self.gathered_places(target)
        if places:
            self.claim(places[0])

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


_SUMMARY, _HEADING, _TEXT, _GATHERED = "summary", "heading", "text", "gathered"


def _pieces(summary: str, sections: Sequence[Section]) -> Iterator[tuple[str, str]]:
    """(what, compact text) for what a posting holds, in reading order."""
    if summary:
        yield _SUMMARY, _compact(summary)
    for section in sections:
        if section.heading:
            yield _HEADING, _compact(section.heading)
        if section.kind is SectionKind.APPLY:
            # Read whole against the source, which is read without its emoji (📧 a@b.com).
            for _, item in section.walk():
                yield _GATHERED, _compact(strip_symbols(item.text))
            continue
        for _, item in section.walk():
            yield _TEXT, _compact(item.text)


def _read(stream: _Stream, summary: str, sections: Sequence[Section]) -> None:
    pieces = list(_pieces(summary, sections))
    if pieces and pieces[0][0] == _SUMMARY:  # first, and never gathered from
        text = pieces.pop(0)[1]
        # Where it stands, or character by character: the same lines may stand again
        # further on, one after the other (a contact block repeated at the end).
        if not stream.match_in_place(text):
            stream.match_text(text, whole=False)
    gathered = Counter(text for what, text in pieces if what == _GATHERED and text)
    claimed: set[str] = set()
    for text, count in gathered.items():
        places = stream.gathered_places(text)
        if len(places) == count:
            claimed.add(text)
            for place in places:
                stream.claim(place)
    deferred: list[str] = []
    unfound: list[str] = []
    for what, text in pieces:
        if what == _HEADING:
            if not stream.match_heading(text):
                unfound.append(text)
        elif what == _GATHERED:
            if text not in claimed and not stream.match_in_place(text):
                deferred.append(text)
        else:
            stream.match_text(text)
    for text in deferred:  # after the rest has taken its own places
        stream.match_gathered(text)
    # A gathered line may have stood between the reading and a heading: look again, while
    # that finds more (a heading found may be the one another stands after).
    while unfound:
        still = [text for text in unfound if not stream.match_heading_after_read(text)]
        if len(still) == len(unfound):
            break
        unfound = still


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
        taken = _field_lines_held(result, meaningful)
        covered.update(taken)
        stream = _stream(meaningful, result.first_line, result.last_line, covered, taken)
        title = _compact(result.posting.title)
        if result.title_in_summary:
            pass  # a title cleaned of its banner and facts: its whole line is in the summary
        elif title and result.title_line is not None:
            number = result.title_line
            if not (
                stream.consume_line(number, title)
                or stream.consume_line(number, _job_label(meaningful.get(number, "")) + title)
            ):
                stream.consume_line(number, title, head=True)
        elif title:
            for number in range(result.first_line, result.last_line + 1):
                if number in meaningful and stream.consume_line(number, title):
                    break
        shared = {id(section) for section in result.shared_sections}
        own = [section for section in result.posting.sections if id(section) not in shared]
        _read(stream, result.posting.summary, own)
        # After the sections have taken their places: a line of the same words may be text.
        for number in range(result.first_line, result.last_line + 1):
            if categories and number in meaningful:
                any(stream.consume_line(number, category) for category in categories)
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


def _job_label(text: str) -> str:
    """The label a title line gives its job's name (职位名称：), less its numbering."""
    label = JOB_LABEL_RE.match(_LEADING_MARKER_RE.sub("", text, count=1))
    return _compact(re.sub(r"^[\d.．、]+", "", label.group())) if label else ""


def _stream(
    meaningful: dict[int, str],
    first: int,
    last: int,
    covered: set[int],
    skip: set[int] | frozenset[int] = frozenset(),
) -> _Stream:
    span = [
        (number, meaningful[number])
        for number in range(first, last + 1)
        if number in meaningful and number not in skip
    ]
    covered.update(number for number, _ in span)
    return _Stream(span)


def _field_lines_held(result: ParsedPosting, meaningful: dict[int, str]) -> set[int]:
    """The source lines of ``result.field_lines`` whose facts its posting's fields hold
    whole: each line is its labels and those values (after the title, when the title came
    from that line too), less markers and decorations."""
    by_line: dict[int, list[FieldLine]] = {}
    for line in result.field_lines:
        by_line.setdefault(line.number, []).append(line)
    held: set[int] = set()
    for number, lines in by_line.items():
        if number not in meaningful or not (result.first_line <= number <= result.last_line):
            continue
        targets = [_held_target(result.posting, line) for line in lines]
        if any(target is None for target in targets):
            continue
        # The title may stand on the same line (产品经理<br>工作地点：上海): it is its own.
        own_title = number == result.title_line and not result.title_in_summary
        title = _compact(result.posting.title) if own_title else ""
        stream = _Stream([(number, meaningful[number])])
        if stream.consume_line(number, title + "".join(target or "" for target in targets)):
            held.add(number)
    return held


def _held_target(posting: Posting, line: FieldLine) -> str | None:
    """The line's label and value as the posting holds them, or None when it does not."""
    field = field_of_label(line.label)
    if field is None or FIELD_ATTRIBUTES.get(field) != line.field:
        return None
    label = _compact(strip_symbols(strip_decorations(line.label)[0]))
    held = getattr(posting, line.field)
    if field in TEXT_FIELDS:
        value = _compact(strip_symbols(held))
        return label + value if value else None
    if not read_whole(field, line.value):
        return None
    if field is Field.SALARY:
        default = "CNY" if posting.language is Language.ZH else "USD"
        read: object = parse_salary(line.label, line.value, default)
    elif field is Field.HEADCOUNT:
        read = parse_headcount(line.value)
    else:
        read = parse_employment_type(line.value)
    if read is None or read != held:
        return None
    return label + _compact(strip_symbols(line.value))


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
