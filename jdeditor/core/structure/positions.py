"""Positions listed one to a line: ``助理教授：应具有博士学位……`` under ``招聘岗位``.

Notices from universities and institutes (and some companies) list their positions under one
heading, each as its name, a colon and who qualifies for it, on a line of its own:

    **招聘岗位**
    （1）“百人计划”引进人才
    领军人才：从事具有重大创新性……的研究工作……年龄不超过50周岁。
    助理教授：应具有海内外著名高校……博士学位……

Each such line is a job: its name is the title, the text after the colon its requirements.
A short numbered line between them (``（2）专职研究人员``) groups the positions below it: it
is their category, the way ``研发类`` is above jobs.

The lines are rewritten before the text is split: a position line becomes a title line and a
requirements heading holding the text; a group line becomes a category heading. Nothing else
changes, and a text without a positions heading is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from jdeditor.core.model import SectionKind
from jdeditor.core.structure.headings import HeadingMatch, strip_decorations
from jdeditor.core.structure.lines import PLAIN, STRONG, Line, LineKind

# 招聘岗位, 招聘职位, 岗位设置, 招聘职位及要求, Open positions.
_POSITIONS_HEADING_RE = re.compile(
    r"^(?:招聘|拟聘|诚聘)?(?:岗位|职位)(?:设置|类别|及(?:任职)?(?:要求|条件))?$"
    r"|^(?:招聘|拟聘|诚聘)(?:岗位|职位)|^(?:open )?positions$",
    re.IGNORECASE,
)
_POSITIONS_WORD_RE = re.compile(r"岗位|职位|position", re.IGNORECASE)
# 领军人才：从事……; the name is short and holds no punctuation of a sentence.
_POSITION_LINE_RE = re.compile(
    r"^(?P<name>[^:：，,。；;！!？?\s]{2,12})[:：]\s*(?P<text>\S.{19,})$"
)
MIN_POSITIONS = 2
MAX_GROUP_CHARS = 20


@dataclass(frozen=True)
class Positions:
    """The lines with each positions list rewritten, the indexes of the position titles and
    of the group lines (categories)."""

    lines: list[Line]
    titles: frozenset[int] = frozenset()
    groups: frozenset[int] = frozenset()


def mark_positions(lines: Sequence[Line]) -> Positions:
    """``lines`` with each positions list under a positions heading rewritten (see above)."""
    blocks = _positions_blocks(lines)
    if not blocks:
        return Positions(list(lines))
    result = list(lines)
    for start, end in blocks:  # latest first: the indexes before each block stay
        result[start:end] = _rewritten(lines[start:end])
    titles = {
        index
        for index, line in enumerate(result)
        if line.kind is LineKind.TEXT
        and index + 1 < len(result)
        and _is_position_heading(result[index + 1])
    }
    groups = {index for index, line in enumerate(result) if line.category}
    return Positions(result, frozenset(titles), frozenset(groups))


def _is_position_heading(line: Line) -> bool:
    heading = line.heading
    return (
        line.kind is LineKind.HEADING
        and heading is not None
        and heading.kind is SectionKind.REQUIREMENTS
        and heading.text == ""
        and bool(heading.rest)
    )


def _positions_blocks(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(start, end) of each run of lines under a positions heading, up to the next strong
    heading, that holds two or more position lines; latest first (for rewriting in place)."""
    blocks: list[tuple[int, int]] = []
    heading, text = LineKind.HEADING, LineKind.TEXT
    after = 0  # lines before this one are in a block already
    for index, line in enumerate(lines):
        # Most lines are not marked up, and most headings lack the words: asked quickly.
        if index < after or not (line.kind is heading or (line.strong and line.kind is text)):
            continue
        if not _POSITIONS_WORD_RE.search(line.text) or not _is_positions_heading(line):
            continue
        start = end = index + 1
        while end < len(lines) and not _ends_block(lines[end], line):
            end += 1
        if sum(_position(member) is not None for member in lines[start:end]) >= MIN_POSITIONS:
            blocks.append((start, end))
        after = end
    return blocks[::-1]


def _is_positions_heading(line: Line) -> bool:
    if line.kind is LineKind.HEADING and line.heading is not None:
        if line.heading.kind is not None or line.heading.rest:
            return False
        text = line.heading.text
    elif line.kind is LineKind.TEXT and line.strong:
        text = strip_decorations(line.text)[0]
    else:
        return False
    return _POSITIONS_HEADING_RE.match(text.strip()) is not None


def _ends_block(line: Line, heading: Line) -> bool:
    """A heading as strong as the positions heading (``**待遇标准**``) closes the list."""
    if line.kind is LineKind.BLANK:
        return False
    marked = line.kind is LineKind.HEADING or line.strong
    return marked and line.strength <= max(heading.strength, STRONG)


def _position(line: Line) -> tuple[str, str] | None:
    """(name, text) of a position line."""
    if line.kind is not LineKind.TEXT or line.strong:
        return None
    match = _POSITION_LINE_RE.match(line.text)
    if match is None:
        return None
    return match.group("name"), match.group("text")


def _rewritten(block: Sequence[Line]) -> list[Line]:
    rewritten: list[Line] = []
    for line in block:
        position = _position(line)
        if position is not None:
            name, text = position
            rewritten.append(
                Line(line.number, LineKind.TEXT, name, line.indent, PLAIN, title_like=True)
            )
            requirements = HeadingMatch(SectionKind.REQUIREMENTS, "", text, colon=True)
            rewritten.append(
                Line(line.number, LineKind.HEADING, text, line.indent, PLAIN, heading=requirements)
            )
        elif _is_group(line):
            group = strip_decorations(line.body)[0]
            rewritten.append(
                replace(
                    line,
                    kind=LineKind.HEADING,
                    text=group,
                    marker=None,
                    heading=HeadingMatch(None, group),
                    strength=PLAIN,
                    title_like=False,
                    category=True,
                )
            )
        else:
            rewritten.append(line)
    return rewritten


def _is_group(line: Line) -> bool:
    """``（2）专职研究人员``: a short numbered line that names a group of positions."""
    return (
        line.kind is LineKind.ITEM
        and line.marker is not None
        and line.marker.numbered
        and 0 < len(line.body) <= MAX_GROUP_CHARS
        and _POSITION_LINE_RE.match(line.body) is None
    )
