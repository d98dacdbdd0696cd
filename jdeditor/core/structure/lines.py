"""Line classification: what each cleaned line is (blank, heading, list item, field, text).

Classification looks at one line at a time, then one pass of look-ahead settles the cases
that depend on what follows: a short line ending with a colon is an (unknown) heading only
if a list follows it, and a field label alone on its line takes the next line as its value.
A Markdown setext underline (``===`` or ``---`` right under a line) makes the line above it
a heading of level 1 or 2.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from jdeditor.core.structure.english_headings import lead_in_kind
from jdeditor.core.structure.fields import FieldMatch, match_field
from jdeditor.core.structure.headings import (
    HeadingMatch,
    classify_heading_text,
    match_heading,
    match_inline_heading,
    strip_decorations,
)
from jdeditor.core.structure.markup import CleanLine, clean_source_line, clean_text_lines
from jdeditor.core.structure.numbering import Marker, is_list_start, next_key, parse_marker
from jdeditor.core.structure.source import SourceLine
from jdeditor.core.structure.titles import JOB_LABEL_RE, names_job

# Heading strength: lower is stronger. Markdown/Word levels use their own number.
STRONG = 7  # bold or bracketed
PLAIN = 8
PLAIN_COLON = 9

TERMINAL = "。.!！?？;；,，、:："
_SENTENCE_RE = re.compile(r"[，。；;！？!?]|[.,](?=\s)|,(?=[\u3400-\u9fff])")
_LABEL_PREFIX_RE = re.compile(r"^[^:：]{1,24}[:：]\s*\S")
# 3、DevOps 开发：（Python 方向）: a name, a colon, then only a note in brackets.
_NOTE_AFTER_COLON_RE = re.compile(r"^[^:：]{1,24}[:：]\s*[（(][^（()）:：]*[)）]$")
# "We value excellence and share success:": a sentence that introduces a list, no heading.
_SUBJECT_RE = re.compile(r"(?:We|You|I|They)(?:'\w+)? \w+(?: \S+){2,}$")
_URL_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
# "Status: draft", "Tags: a, b": a short label that is not a sentence, a colon and a value.
_HEADER_LABEL_RE = re.compile(r"^[^:：，。；;！？!?]{1,24}[:：]\s*\S")
MAX_HEADER_LINE_CHARS = 80
# A job board's line of facts: 上海 | 3-5年 | 本科, 数据部 · 上海 · 全职 · 15-25K.
_META_SEPARATORS = "·｜|丨/"
_META_SEPARATOR_RE = re.compile(r"\s*[·｜|丨]\s*|\s+/\s+")
MIN_META_PARTS = 3
MAX_META_PART_CHARS = 24
MAX_TITLE_CHARS = 60
MAX_STRONG_TITLE_CHARS = 100
MAX_UNKNOWN_HEADING_CHARS = 40
MAX_NUMBERED_HEADING_CHARS = 24
_ITEM_ENDINGS = "。；;，,"
MAX_MARKED_EN_HEADING_CHARS = 40


class LineKind(enum.Enum):
    BLANK = "blank"
    HEADING = "heading"
    ITEM = "item"
    FIELD = "field"
    TEXT = "text"


# An enum member is slow to look up (``LineKind.ITEM`` costs as much as ten local names);
# the loops over every line use these.
_BLANK, _HEADING, _ITEM, _FIELD, _TEXT = (
    LineKind.BLANK,
    LineKind.HEADING,
    LineKind.ITEM,
    LineKind.FIELD,
    LineKind.TEXT,
)


@dataclass(slots=True)
class Line:
    """A classified line. ``text`` is the cleaned line; ``body`` the item text after its marker.

    ``field`` is set on field lines and on bulleted ones (``- Location: Berlin``, an ITEM).
    Not frozen, for speed (as :class:`CleanLine`); a changed line is a new one (``replace``).
    """

    number: int
    kind: LineKind
    text: str
    indent: int = 0
    strength: int = PLAIN
    strong: bool = False
    marker: Marker | None = None
    body: str = ""
    heading: HeadingMatch | None = None
    field: FieldMatch | None = None
    field_value: str = ""
    list_level: int | None = None
    list_ordered: bool = True
    title_like: bool = False
    leads_list: bool = False
    # An item numbered on from an earlier list (``15.`` after a paragraph, a Word or HTML item
    # that goes on); on a line that leads a list: that list goes on.
    list_goes_on: bool = False
    rule: bool = False
    category: bool = False  # groups the jobs below it (a line of a positions list)
    under_level: int | None = None  # a paragraph inside the list item of this level


def is_sentence_like(text: str) -> bool:
    return bool(_SENTENCE_RE.search(text))


def title_like(text: str, strong: bool, limit: int | None = None) -> bool:
    """A short line that reads as a name, not a sentence: the shape of a posting title."""
    if limit is None:
        limit = MAX_STRONG_TITLE_CHARS if strong else MAX_TITLE_CHARS
    if not text or len(text) > limit:
        return False
    last = text[-1]
    if last in TERMINAL and not (strong and last in "!！"):
        return False
    if _URL_RE.search(text):
        return False
    # 职位1：前端工程师, 岗位：高级Java工程师: a job's label and its name read as a title.
    return (
        not _LABEL_PREFIX_RE.match(text)
        or JOB_LABEL_RE.match(text) is not None
        or _NOTE_AFTER_COLON_RE.match(text) is not None
    )


def _heading_line(
    clean: CleanLine,
    number: int,
    text: str,
    strong: bool,
    heading: HeadingMatch,
    marker: Marker | None = None,
    body: str = "",
    looks_like_title: bool = False,
) -> Line:
    strength = _strength(clean, heading.bracketed, heading.colon)
    return Line(
        number,
        LineKind.HEADING,
        text,
        clean.indent,
        strength,
        strong,
        marker=marker,
        body=body,
        heading=heading,
        title_like=looks_like_title,
    )


def _strength(clean: CleanLine, bracketed: bool, colon: bool) -> int:
    if clean.heading_level is not None:
        return clean.heading_level
    if clean.bold or bracketed:
        return STRONG
    return PLAIN_COLON if colon else PLAIN


def _unknown_heading(clean: CleanLine, text: str) -> HeadingMatch | None:
    """A heading outside the vocabulary: markdown/Word/bold/bracketed, or a short ``label:``."""
    core, colon, bracketed = strip_decorations(text)
    if not core or len(core) > MAX_UNKNOWN_HEADING_CHARS or core[-1] in TERMINAL:
        return None
    if is_sentence_like(core) or _URL_RE.search(core) or _SUBJECT_RE.match(core):
        return None
    if clean.heading_level is not None or clean.bold or bracketed or colon:
        # Marked up as a heading, it reads as with a colon (an export drops the colon):
        # "## 掌握以下技能将会大大加分", "## Data Science skills (as a plus)" are preferred.
        kind = classify_heading_text(core, loose=True) or (
            lead_in_kind(f"{core}:") if not colon else None
        )
        return HeadingMatch(kind, core, "", colon, bracketed)
    return None


def classify_clean(clean: CleanLine) -> Line:
    """Classify one cleaned line on its own (no look-ahead)."""
    text = clean.text
    number = clean.number
    if not text:
        return Line(number, LineKind.BLANK, "", clean.indent, rule=clean.rule)
    strong = clean.heading_level is not None or clean.bold
    if clean.list_level is not None or clean.html_bullet:
        parsed = parse_marker(text)
        body = parsed[1] if parsed else text
        marker = parsed[0] if parsed and clean.list_level is None else None
        return Line(
            number,
            LineKind.ITEM,
            text,
            clean.indent,
            marker=marker or Marker("bullet-li", (), ""),
            body=body,
            list_level=clean.list_level,
            list_ordered=clean.list_ordered,
            list_goes_on=clean.list_goes_on,
        )
    parsed = parse_marker(text) if clean.heading_level is None and not clean.literal else None
    if parsed is not None:
        marker, body = parsed
        numbered = marker.numbered
        if not numbered:
            field = _bulleted_field(body)
            if field is not None:
                return Line(
                    number,
                    LineKind.ITEM,
                    text,
                    clean.indent,
                    marker=marker,
                    body=body,
                    field=field,
                    field_value=field.value,
                )
        if body[-1:] in _ITEM_ENDINGS:
            # An item that ends a sentence (…。 …；), or an empty one, is never a heading nor
            # a title (each ending is in TERMINAL): most items, told here without asking.
            return Line(number, LineKind.ITEM, text, clean.indent, marker=marker, body=body)
        # "一、岗位职责": a numbered heading. Headings are short, so long items skip the check.
        # English headings are longer ("- **What We Would Like To See**").
        limit = MAX_NUMBERED_HEADING_CHARS if not body.isascii() else MAX_MARKED_EN_HEADING_CHARS
        heading = match_heading(body) if len(body) <= limit else None
        if heading is not None:
            # The marker is kept: the look-ahead pass may make the line an item again.
            return _heading_line(clean, number, text, strong, heading, marker=marker, body=body)
        return Line(
            number,
            LineKind.ITEM,
            text,
            clean.indent,
            marker=marker,
            body=body,
            title_like=numbered and title_like(body, False),
        )
    heading = match_heading(text, strong)
    if heading is not None:
        return _heading_line(clean, number, text, strong, heading)
    field = match_field(text) if len(text) <= 110 else None
    if field is not None:
        _, colon, bracketed = strip_decorations(text) if not field.value else ("", False, False)
        return Line(
            number,
            LineKind.FIELD,
            text,
            clean.indent,
            _strength(clean, bracketed, colon),
            strong,
            field=field,
            field_value=field.value,
            title_like=field.value != "" and title_like(field.value, strong),
        )
    inline = match_inline_heading(text)
    if inline is not None:
        return _heading_line(clean, number, text, strong, inline)
    unknown = _unknown_heading(clean, text)
    if unknown is not None:
        return _heading_line(
            clean,
            number,
            text,
            strong or unknown.bracketed,
            unknown,
            # **产品经理：** over its 职位描述 names a job; 技术栈： does not.
            looks_like_title=title_like(unknown.text, True)
            and (not unknown.colon or names_job(unknown.text)),
        )
    return Line(
        number,
        LineKind.TEXT,
        text,
        clean.indent,
        _strength(clean, False, False),
        strong,
        title_like=title_like(text, strong),
        under_level=clean.under_level,
    )


def _bulleted_field(body: str) -> FieldMatch | None:
    """``- **所属部门**：市场部``: a bulleted field (a field in a header, an item elsewhere)."""
    if len(body) > 110 or (":" not in body and "：" not in body):
        return None
    field = match_field(body)
    return field if field is not None and field.value else None


def is_header_line(line: Line) -> bool:
    """A line that may stand between a title and its first section without breaking them apart.

    Field lines (bulleted or not), short ``Label: value`` lines with an unknown label
    (``Status: draft``) and lines of facts separated by ``·`` or ``|`` (``上海 | 3-5年 |
    本科``) are header lines: they go to the summary before the first section.
    """
    kind = line.kind
    if kind is _FIELD:
        return True
    if kind is _ITEM:
        return line.field is not None
    if kind is not _TEXT or len(line.text) > MAX_HEADER_LINE_CHARS:
        return False
    return _HEADER_LABEL_RE.match(line.text) is not None or is_meta_line(line.text)


def is_meta_line(text: str) -> bool:
    """Short facts joined by ``·``, ``|`` or `` / ``, none of them a sentence."""
    return bool(meta_parts(text))


def meta_parts(text: str) -> list[str]:
    """The facts of a line of facts, or nothing if the line is not one.

    Three or more facts, or two with spaces around the separator: ``Engineering · Berlin``
    is a line of facts, the name ``阿卜杜拉·买买提`` is not.
    """
    if not any(separator in text for separator in _META_SEPARATORS):
        return []  # most lines: no separator at all
    text = text.strip()
    parts = _META_SEPARATOR_RE.split(text)
    if len(parts) < MIN_META_PARTS:
        separator = _META_SEPARATOR_RE.search(text)
        if len(parts) < 2 or separator is None or separator.group() == separator.group().strip():
            return []
    if all(0 < len(part) <= MAX_META_PART_CHARS and part[-1] not in TERMINAL for part in parts):
        return parts
    return []


def _settle(lines: list[Line]) -> list[Line]:
    """The look-ahead pass: decisions that depend on the next significant line."""
    settled = list(lines)
    next_index = len(lines)
    after_next = len(lines)  # the significant line after that
    follows_list = False  # whether the next significant line (as classified) is a list item
    # That item, asked only when needed (few lines do) whether it is numbered on from an
    # earlier list (``_numbered_on``).
    next_item: Line | None = None
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        kind = line.kind
        if kind is _BLANK:
            continue
        if kind is _HEADING:
            following = settled[next_index] if next_index < len(lines) else None
            then = settled[after_next] if after_next < len(lines) else None
            if following is not None and _first_item_not_heading(line, following, then):
                settled[next_index] = _as_item(following)
            if line.heading and line.heading.kind is None:
                goes_on = next_item is not None and _numbered_on(next_item)
                plain = line.strength >= PLAIN
                # Over a list numbered on from the items before (``Platform User:`` then
                # ``15.``), a plain line heads nothing: it stands between siblings.
                if plain and (not follows_list or goes_on):
                    settled[index] = _with(
                        line,
                        kind=LineKind.TEXT,
                        heading=None,
                        title_like=title_like(line.text, False),
                        leads_list=follows_list,
                        list_goes_on=goes_on,
                    )
                elif follows_list:
                    settled[index] = _with(line, leads_list=True)
        elif kind is _FIELD:
            if line.field and not line.field.value:
                value_line = settled[next_index] if next_index < len(lines) else None
                if value_line is not None and _value_below(value_line, next_index - index):
                    settled[index] = _with(line, field_value=value_line.text)
                    # "工作地点" then "杭州": the value names no posting.
                    settled[next_index] = _with(value_line, title_like=False)
                else:
                    settled[index] = _as_text_or_heading(line, follows_list)
        elif kind is _TEXT and follows_list:
            goes_on = next_item is not None and _numbered_on(next_item)
            settled[index] = _with(line, leads_list=True, list_goes_on=goes_on)
        after_next, next_index = next_index, index
        follows_list = kind is _ITEM
        next_item = line if follows_list else None
    return settled


def _numbered_on(item: Line) -> bool:
    """Whether an item's number goes on from an earlier list (``15.``, not ``1.``)."""
    marker = item.marker
    return item.list_goes_on or (
        marker is not None and marker.numbered and not is_list_start(marker)
    )


def _continued_lists(lines: list[Line]) -> list[Line]:
    """``1、负责产品规划`` then ``2、Skills``: a line that goes on with the numbering of the
    list right above it is the list's next item, even when its words name a section.

    A numbered section heading uses numbers of its own (``一、岗位职责`` over ``1、…`` items),
    so one that continues the items' own numbering is an item that happens to read like a
    heading. Only a bare heading counts (``2、任职要求：本科`` keeps its heading).
    """
    previous: Marker | None = None  # the marker of the list item just above
    for index, line in enumerate(lines):
        kind = line.kind
        if kind is _BLANK:
            continue
        marker = line.marker
        if (
            kind is _HEADING
            and previous is not None
            and marker is not None
            and line.heading is not None
            and not line.heading.rest
            and next_key(previous) == marker.key
        ):
            lines[index] = line = _as_item(line)
        previous = marker if line.kind is _ITEM else None
    return lines


def _first_item_not_heading(heading: Line, following: Line, then: Line | None) -> bool:
    """``岗位职责`` then ``1、Skills and experience`` (or ``• Skills``): the line starts the
    duties' list; it does not open a requirements section and leave the duties empty.

    A numbered or bulleted heading of the section's own kind right under it (``任职要求`` /
    ``1、技能要求`` / ``- 熟悉SQL``) is a group of that section; it is an item only when
    nothing follows it, or another heading, or the same list goes on (``2、…``, ``• …``).
    """
    opened, match, marker = heading.heading, following.heading, following.marker
    if opened is None or opened.kind is None or opened.rest:
        return False  # only right under a known heading with nothing after it
    if not (
        following.kind is _HEADING
        and match is not None
        and match.kind is not None
        and marker is not None
        and is_list_start(marker)
    ):
        return False
    if match.kind is not opened.kind:
        return True
    if then is None or then.kind is _HEADING:
        return True
    if then.marker is None:
        return False
    if marker.numbered:
        return then.marker.key == next_key(marker)
    return not then.marker.numbered and then.marker.family == marker.family


def _as_item(line: Line) -> Line:
    return _with(
        line,
        kind=LineKind.ITEM,
        strength=PLAIN,
        strong=False,
        heading=None,
        title_like=title_like(line.body, False),
    )


MAX_VALUE_BELOW_CHARS = 80
MAX_VALUE_AFTER_BLANK_CHARS = 40


def _value_below(value_line: Line, distance: int) -> bool:
    """Whether the line ``distance`` lines below a field label alone is its value: the next
    line (``工作地点`` / ``上海``), or after one blank line a short value that is no sentence
    (``base地点`` / blank / ``上海``: Word and HTML keep no blank line, and read it so)."""
    if value_line.kind is not _TEXT:
        return False
    text = value_line.text
    if distance == 1:
        return len(text) <= MAX_VALUE_BELOW_CHARS
    return (
        distance == 2  # one blank line between
        and len(text) <= MAX_VALUE_AFTER_BLANK_CHARS
        and not is_sentence_like(text)
        and ":" not in text
        and "：" not in text
    )


def _as_text_or_heading(line: Line, follows_list: bool) -> Line:
    """A field label with no value: a heading if marked up as one or a list follows."""
    core, colon, bracketed = strip_decorations(line.text)
    if line.strength < PLAIN or (follows_list and colon):
        heading = HeadingMatch(None, core, "", colon, bracketed)
        return _with(
            line,
            kind=LineKind.HEADING,
            heading=heading,
            field=None,
            leads_list=follows_list,
            title_like=False,  # a field label ("招聘岗位", "Location") names no posting
        )
    return _with(line, kind=LineKind.TEXT, field=None, title_like=title_like(line.text, False))


def _underlined(above: CleanLine, underline: CleanLine) -> bool:
    """Whether ``underline`` makes ``above`` a setext heading (not a list item, not a rule)."""
    return (
        bool(above.text)
        and above.number == underline.number - 1
        and above.heading_level is None
        and above.list_level is None
        and not above.html_bullet
        and len(above.text) <= MAX_STRONG_TITLE_CHARS
        and (above.literal or parse_marker(above.text) is None)
    )


def classify_lines(source: Sequence[SourceLine]) -> list[Line]:
    """Clean and classify every source line (a ``<br>`` may turn one into several)."""
    return _classify([clean for line in source for clean in clean_source_line(line)])


def classify_text_lines(lines: Sequence[tuple[int, str]]) -> list[Line]:
    """:func:`classify_lines` for lines of text, given as ``(number, text)``."""
    return _classify(*clean_text_lines(lines))


def _classify(
    cleaned: list[CleanLine], origins: list[CleanLine | None] | None = None
) -> list[Line]:
    """Classify clean lines; ``origins`` (see :func:`clean_text_lines`) lets a repeated line
    take the classification of its first copy."""
    for index in range(1, len(cleaned)):
        clean = cleaned[index]
        if clean.underline is not None and _underlined(cleaned[index - 1], clean):
            cleaned[index - 1] = replace(cleaned[index - 1], heading_level=clean.underline)
            if origins is not None:
                origins[index - 1] = None  # no longer the copy it was
    if origins is None:
        return _continued_lists(_settle([classify_clean(clean) for clean in cleaned]))
    return _continued_lists(_settle(_classify_shared(cleaned, origins)))


def _classify_shared(cleaned: list[CleanLine], origins: list[CleanLine | None]) -> list[Line]:
    """:func:`classify_clean` of each line, once per first copy of a repeated line.

    Safe: :func:`classify_clean` reads the clean line alone (no neighbour), and its number
    only goes into the result; lines are never changed once made (``replace`` makes new ones).
    """
    classified: dict[int, Line] = {}  # by id of the first copy (kept alive by ``origins``)

    def copy_of(clean: CleanLine, origin: CleanLine) -> Line:
        line = classified.get(id(origin))
        if line is None:
            line = classified[id(origin)] = classify_clean(clean)
            return line
        return _renumbered(line, clean.number)

    # Most lines are no copy: one comprehension, no append per line.
    return [
        classify_clean(clean) if origin is None else copy_of(clean, origin)
        for clean, origin in zip(cleaned, origins, strict=True)
    ]


def _with(line: Line, **changes: object) -> Line:
    """``replace(line, **changes)`` without its overhead (``replace`` walks the dataclass's
    fields by name: most of :func:`_settle`'s time); a line has no ``__post_init__``."""
    copy = _renumbered(line, line.number)
    for name, value in changes.items():
        setattr(copy, name, value)
    return copy


def _renumbered(line: Line, number: int) -> Line:
    """A copy of ``line`` on line ``number`` (``replace`` without its overhead)."""
    return Line(
        number,
        line.kind,
        line.text,
        line.indent,
        line.strength,
        line.strong,
        line.marker,
        line.body,
        line.heading,
        line.field,
        line.field_value,
        line.list_level,
        line.list_ordered,
        line.title_like,
        line.leads_list,
        line.list_goes_on,
        line.rule,
        line.category,
        line.under_level,
    )


def classify_fragment(text: str, number: int) -> Line:
    """Classify a piece of a line, such as the content after ``岗位职责：``."""
    return classify_clean(CleanLine(text.strip(), number))
