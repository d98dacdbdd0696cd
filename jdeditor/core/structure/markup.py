"""Markdown and light HTML, as pasted from web pages, read as structure.

Job boards and chat posts arrive with ``#`` headings, ``**bold**`` lines, ``>`` quotes,
``<br>``/``<p>``/``<li>`` tags and ``&amp;`` entities. This module turns one source line into
one or more clean lines plus what the markup said about them (heading level, bold, a list
bullet), so no markup symbol is left in item text. Text that only looks like markup
(``a < b``, ``14K-26K*16``, ``销售___化``) is left alone, and a Markdown backslash escape
(``\\*``, ``1\\.``, ``\\<b>``, as our own exporter writes them) keeps its character as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from jdeditor.core.structure.source import SourceLine

# A real tag: a letter right after "<" (so "a < b" and "<5年>" are text), or a comment.
TAG_RE = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_BLOCK_TAG_RE = re.compile(
    r"<(/?)(br|p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
# A header cell followed by its data cell (``<th>部门</th><td>研发</td>``, a table of fields
# such as our HTML export writes): read as one ``label：value`` line.
_CELL_PAIR_RE = re.compile(r"<th\b[^<>]*>(?P<label>[^<>]*)</th>\s*<td\b[^<>]*>", re.IGNORECASE)
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# ``<li aria-level="2">``: the item's nesting level, as our HTML export writes it (a line
# is read alone, so the depth of nested ``<ol>`` tags cannot be counted).
_ARIA_LEVEL_RE = re.compile(r"\saria-level\s*=\s*[\"']?([1-9])\b", re.IGNORECASE)
# ``<li value="15">``: the number the item shows (our export writes it on the first item of
# a list that goes on after a paragraph).
_LI_VALUE_RE = re.compile(r"\svalue\s*=\s*[\"']?(\d+)\b", re.IGNORECASE)
_DATA_LEVEL_RE = re.compile(r"\sdata-level\s*=\s*[\"']?([1-9])\b", re.IGNORECASE)
_BOLD_OPEN_RE = re.compile(r"^\s*<(?:b|strong)\b[^<>]*>", re.IGNORECASE)
_BOLD_CLOSE_RE = re.compile(r"</(?:b|strong)\s*>\s*[:：]?\s*$", re.IGNORECASE)

_RULE_RE = re.compile(
    r"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}"
    # A Markdown table's delimiter row (|:---|---:|, -- | --): markup between its rows.
    r"|\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?)$"
)
_MD_HEADING_RE = re.compile(r"^(#{1,6})(?:[ \t]+|$)")
_QUOTE_RE = re.compile(r"^(?:>\s?)+")
_STRONG_PAIR_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_UNDERSCORE_PAIR_RE = re.compile(r"(?<![_\w])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![_\w])")
_EM_PAIR_RE = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![*\w])")
# ``_em_`` (Markdown's other emphasis): never inside a word, so snake_case names stay.
_EM_UNDERSCORE_RE = re.compile(r"(?<![_\w])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![_\w])")
_TRAILING_HASHES_RE = re.compile(r"\s+#+\s*$")
# A heading that is a link as a whole (``## [Rust 工程师](https://…/job_detail/…)``).
_WHOLE_LINK_RE = re.compile(r"^\[(?P<label>[^\[\]]+)\]\((?P<url>[^()\s]+)\)$")
_STRONG_MARK_RUN_RE = re.compile(r"^\*{2,}|\*{2,}$")
# A setext underline: only "=" or only "-" (a spaced "- - -" is a rule, never an underline).
_UNDERLINE_RE = re.compile(r"^(?:=+|-+)$")
MIN_UNDERLINE_CHARS = 3
# Markdown escapes any ASCII punctuation. While the line is read, an escaped character stands
# in the private-use area (so it is never markup), then it is put back without its backslash.
# "\\&" is left alone: Word text arrives with "&" written as "&amp;" (see docx_lists.literal).
_ESCAPE_RE = re.compile(r"\\([!-%'-/:-@\[-`{-~])")
_ESCAPE_BASE = 0xE000
_PLACEHOLDER_RE = re.compile("[\ue000-\ue07e]")
# "\\- x", "1\\. x", "\\# x": an escape where a list marker or heading mark would stand.
_ESCAPED_START_RE = re.compile("^\\d{0,9}[\ue000-\ue07e]")
# Most lines hold no markup at all: a line without a backslash, "<", "&", "*" or "_" that
# does not start with a rule, heading or quote mark is only stripped (see ``_plain_text``).
_BLOCK_MARKS = "#>"
_RULE_STARTS = "-*_=|:"


@dataclass(slots=True)
class CleanLine:
    """One logical line after markup removal, with what the markup told about it.

    Not frozen, though nothing changes one once made: a frozen dataclass sets each field
    through ``object.__setattr__``, which made building these a tenth of a parse.
    """

    text: str
    number: int
    indent: int = 0
    heading_level: int | None = None
    bold: bool = False
    html_bullet: bool = False
    rule: bool = False
    list_level: int | None = None
    list_ordered: bool = True
    underline: int | None = None  # a setext underline: the heading level it gives the line above
    literal: bool = False  # an escape stands where a list marker would (``1\.``): no marker
    under_level: int | None = None  # a paragraph inside the list item of this 0-based level
    list_goes_on: bool = False  # a list item numbered on from an earlier list (SourceLine)


def _indent_of(text: str) -> int:
    width = 0
    for char in text:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4
        elif char == "\u3000":
            width += 2
        else:
            break
    return width


def _unwrap(text: str) -> tuple[str, bool]:
    """Strip emphasis that wraps the whole line; a trailing colon may sit outside it."""
    bold = False
    for _ in range(3):
        core, colon = text, ""
        if core.endswith((":", "：")):
            core, colon = core[:-1].rstrip(), core[-1]
        for mark in ("**", "__"):
            inner = core[len(mark) : -len(mark)]
            if (
                len(core) > 2 * len(mark)
                and core.startswith(mark)
                and core.endswith(mark)
                and mark not in inner
            ):
                text, bold = inner.strip() + colon, True
                break
        else:
            return text, bold
    return text, bold


def clean_inline(text: str) -> str:
    """Remove paired emphasis markers inside a line; unpaired symbols are kept as text."""
    if "*" in text:
        text = _STRONG_PAIR_RE.sub(r"\1", text)
        if "*" in text:
            text = _EM_PAIR_RE.sub(r"\1", text)
    if "_" in text:
        if "__" in text:
            text = _UNDERSCORE_PAIR_RE.sub(r"\1", text)
        text = _EM_UNDERSCORE_RE.sub(r"\1", text)
    return text


def _protect(text: str) -> str:
    return _ESCAPE_RE.sub(lambda match: chr(_ESCAPE_BASE + ord(match.group(1))), text)


def _restore(text: str) -> str:
    return _PLACEHOLDER_RE.sub(lambda match: chr(ord(match.group()) - _ESCAPE_BASE), text)


def visible_text(text: str) -> str:
    """``text`` without HTML tags and Markdown escapes, as the recogniser reads it.

    ``\\<b>`` is no tag, and ``\\*`` is a ``*`` (the backslash goes).
    """
    escaped = "\\" in text and _PLACEHOLDER_RE.search(text) is None
    if escaped:
        text = _protect(text)
    if "<" in text:
        text = TAG_RE.sub("", text)
    return _restore(text) if escaped else text


def _markdown(
    text: str, number: int, indent: int, base: CleanLine, escaped: bool = False
) -> CleanLine:
    """Read markdown structure (rule, quote, heading, bold) of one stripped line."""
    if text[:1] in _RULE_STARTS and _RULE_RE.match(text):
        underline = None
        if len(text) >= MIN_UNDERLINE_CHARS and _UNDERLINE_RE.match(text):
            underline = 1 if text[0] == "=" else 2
        return CleanLine("", number, indent, rule=True, underline=underline)
    heading_level = base.heading_level
    bold = base.bold
    for _ in range(3):
        changed = False
        if text.startswith(">"):
            text = _QUOTE_RE.sub("", text).strip()
            changed = True
        if text.startswith("#"):
            match = _MD_HEADING_RE.match(text)
            if match:
                level = len(match.group(1))
                heading_level = level if heading_level is None else min(heading_level, level)
                text = text[match.end() :]
                if "#" in text:
                    text = _TRAILING_HASHES_RE.sub("", text)
                text = text.strip()
                changed = True
        if text.startswith(("**", "__")):
            text, was_bold = _unwrap(text)
            if was_bold:
                bold = True
                changed = True
        if not changed:
            break
    text = clean_inline(text).strip()
    if bold:
        # "**### Title**" leaves stray strong markers at the ends once the heading is read.
        text = _STRONG_MARK_RUN_RE.sub("", text).strip()
    literal = False
    if escaped:
        literal = _ESCAPED_START_RE.match(text) is not None
        text = _restore(text)
    return CleanLine(
        text,
        number,
        indent,
        heading_level=heading_level,
        bold=bold,
        html_bullet=base.html_bullet,
        list_level=base.list_level,
        list_ordered=base.list_ordered,
        literal=literal,
        under_level=base.under_level,
        list_goes_on=base.list_goes_on,
    )


def _linked_heading(line: CleanLine) -> list[CleanLine]:
    """A heading or bold line that is one link: the heading is its label, and the address
    follows it as a line of text (job boards link each job's name to its page)."""
    if (line.heading_level is None and not line.bold) or not line.text.startswith("["):
        return [line]
    match = _WHOLE_LINK_RE.match(line.text)
    if match is None:
        return [line]
    label = CleanLine(
        match.group("label").strip(),
        line.number,
        line.indent,
        heading_level=line.heading_level,
        bold=line.bold,
    )
    return [label, CleanLine(match.group("url"), line.number, line.indent)]


def _html_segments(raw: str, number: int) -> list[tuple[str, CleanLine]]:
    """Split a line at block tags; remember <li>, <hN> and whole-segment <b> per segment."""
    segments: list[tuple[str, CleanLine]] = []
    position = 0
    pending = CleanLine("", number)
    for match in _BLOCK_TAG_RE.finditer(raw):
        segments.append((raw[position : match.start()], pending))
        closing, name = match.group(1), match.group(2).lower()
        pending = CleanLine("", number)
        if not closing and name == "li":
            level = _ARIA_LEVEL_RE.search(match.group())
            list_level = int(level.group(1)) - 1 if level else None
            value = _LI_VALUE_RE.search(match.group())  # <li value="15">: numbered on
            goes_on = value is not None and int(value.group(1)) > 1
            pending = CleanLine(
                "", number, html_bullet=True, list_level=list_level, list_goes_on=goes_on
            )
        elif not closing and name == "p" and (inside := _DATA_LEVEL_RE.search(match.group())):
            # <p data-level="1">: a paragraph inside the item of that level (our export).
            pending = CleanLine("", number, under_level=int(inside.group(1)) - 1)
        elif not closing and name[0] == "h" and name[1:].isdigit():
            pending = CleanLine("", number, heading_level=int(name[1:]))
        position = match.end()
    segments.append((raw[position:], pending))
    result: list[tuple[str, CleanLine]] = []
    for text, info in segments:
        bold = bool(_BOLD_OPEN_RE.match(text) and _BOLD_CLOSE_RE.search(text))
        text = TAG_RE.sub("", text)
        if bold:
            info = CleanLine("", number, bold=True, heading_level=info.heading_level)
        result.append((text, info))
    return result


def _plain_text(raw: str) -> tuple[str, int] | None:
    """A line without markup: its stripped text and its indent; None if it may hold some.

    The full reading gives the same for such a line, only slower.
    """
    if "\\" in raw or "<" in raw or "&" in raw or "*" in raw or "_" in raw:
        return None
    text = raw.strip()
    if text:
        first = text[0]
        if first in _BLOCK_MARKS or (first in _RULE_STARTS and _RULE_RE.match(text)):
            return None
    return text, _indent_of(raw) if raw[:1].isspace() else 0


def clean_text_line(raw: str, number: int) -> list[CleanLine]:
    """``clean_source_line(SourceLine(raw, number))``, without making the source line."""
    plain = _plain_text(raw)
    if plain is None:
        return _clean_markup(raw, CleanLine("", number))
    return [CleanLine(plain[0], number, plain[1])]


def clean_text_lines(
    lines: Iterable[tuple[int, str]],
) -> tuple[list[CleanLine], list[CleanLine | None]]:
    """:func:`clean_text_line` of every ``(number, text)``, and with each clean line the one
    it is a copy of, or None.

    A line with markup (``## 岗位职责``, ``- **工作地点**：北京``) is cleaned once per text:
    its cleaning reads the text alone (the number is only copied into the result), so a
    repeat is the first one's clean lines with its own number. Those first clean lines (the
    same objects for every copy) are given alongside, so that classifying can be shared too.
    Plain lines are cheap to clean and mostly differ: they are cleaned each on its own.
    """
    cleaned: list[CleanLine] = []
    origins: list[CleanLine | None] = []
    seen: dict[str, list[CleanLine]] = {}
    for number, raw in lines:
        if not raw:  # a quarter of a text's lines are empty: no need to look for markup
            cleaned.append(CleanLine("", number))
            origins.append(None)
            continue
        plain = _plain_text(raw)
        if plain is not None:
            cleaned.append(CleanLine(plain[0], number, plain[1]))
            origins.append(None)
            continue
        first = seen.get(raw)
        if first is None:
            first = seen[raw] = _clean_markup(raw, CleanLine("", number))
            cleaned.extend(first)
        elif len(first) == 1:  # most markup lines clean into one: no list made for it
            cleaned.append(renumbered(first[0], number))
        else:
            cleaned.extend([renumbered(clean, number) for clean in first])
        origins.extend(first)
    return cleaned, origins


def renumbered(clean: CleanLine, number: int) -> CleanLine:
    """A copy of ``clean`` on line ``number`` (``replace`` without its overhead)."""
    return CleanLine(
        clean.text,
        number,
        clean.indent,
        clean.heading_level,
        clean.bold,
        clean.html_bullet,
        clean.rule,
        clean.list_level,
        clean.list_ordered,
        clean.underline,
        clean.literal,
        clean.under_level,
        clean.list_goes_on,
    )


def clean_source_line(line: SourceLine) -> list[CleanLine]:
    """Clean one source line into one or more logical lines (``<br>`` splits a line)."""
    plain = _plain_text(line.text)
    if plain is None:
        return _clean_markup(line.text, _with_source_info(line))
    text, indent = plain
    return [_with_source_info(line, text, indent) if text else CleanLine("", line.number, indent)]


def _with_source_info(line: SourceLine, text: str = "", indent: int = 0) -> CleanLine:
    """A clean line with what its source line said: Word's heading level, bold and list."""
    return CleanLine(
        text,
        line.number,
        indent,
        heading_level=line.heading_level,
        bold=line.bold,
        list_level=line.list_level,
        list_ordered=line.list_ordered,
        under_level=line.under_level,
        list_goes_on=line.list_goes_on,
    )


def _field_pair(match: re.Match[str]) -> str:
    label = match.group("label").strip()
    return label + ("：" if _CJK_RE.search(label) else ": ")


def _clean_markup(raw: str, base: CleanLine) -> list[CleanLine]:
    """Clean a line that may hold markup; ``base`` holds what its source line said (its number,
    and for a Word paragraph its heading level, bold and list)."""
    number = base.number
    escaped = "\\" in raw and _PLACEHOLDER_RE.search(raw) is None
    if escaped:
        raw = _protect(raw).rstrip()
        if raw.endswith("\\"):
            raw = raw[:-1]  # a hard line break; the next line carries on the text
    has_tags = "<" in raw and TAG_RE.search(raw) is not None
    if has_tags and "</th>" in raw.lower():
        raw = _CELL_PAIR_RE.sub(_field_pair, raw)
    pieces = _html_segments(raw, number) if has_tags else [(raw, base)]
    cleaned: list[CleanLine] = []
    for text, info in pieces:
        if info is not base:
            info = CleanLine(
                "",
                number,
                heading_level=info.heading_level
                if info.heading_level is not None
                else base.heading_level,
                bold=info.bold or base.bold,
                html_bullet=info.html_bullet,
                list_level=info.list_level if info.list_level is not None else base.list_level,
                list_ordered=base.list_ordered,
                under_level=info.under_level if info.under_level is not None else base.under_level,
                list_goes_on=info.list_goes_on or base.list_goes_on,
            )
        if "&" in text:
            text = html.unescape(text)
        indent = _indent_of(text)
        stripped = text.strip()
        if not stripped:
            if info.html_bullet or len(pieces) == 1:
                cleaned.append(CleanLine("", number, indent))
            continue
        cleaned.extend(_linked_heading(_markdown(stripped, number, indent, info, escaped)))
    if not cleaned:
        cleaned.append(CleanLine("", number))
    return cleaned
