"""What each source line of a parsed posting became: its title, a field, a heading, an item,
or text kept as it was (the summary or a paragraph).

The import review marks the source text with these roles so that the user sees what the
recogniser decided. The roles come from the same line classification the parse uses
(:func:`classify_lines`), read over the posting's own lines, and the line its title came
from; they describe, they do not re-parse.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from jdeditor.core.model import Section, SectionKind
from jdeditor.core.structure.content_kinds import introduces
from jdeditor.core.structure.lines import Line, LineKind, classify_lines
from jdeditor.core.structure.source import SourceLine


class LineRole(enum.Enum):
    TITLE = "title"
    FIELD = "field"
    HEADING = "heading"
    ITEM = "item"
    TEXT = "text"  # kept as text: the summary, or a paragraph of a section
    BLANK = "blank"


# When a line was cut into several (``<br>`` in pasted HTML), the strongest role wins.
_RANK = {
    LineRole.TITLE: 0,
    LineRole.HEADING: 1,
    LineRole.FIELD: 2,
    LineRole.ITEM: 3,
    LineRole.TEXT: 4,
    LineRole.BLANK: 5,
}


def _role(line: Line, in_header: bool) -> LineRole:
    kind = line.kind
    if kind is LineKind.BLANK:
        return LineRole.BLANK
    if kind is LineKind.HEADING:
        return LineRole.HEADING
    if kind is LineKind.FIELD:
        return LineRole.FIELD
    if kind is LineKind.ITEM:
        # ``- 工作地点：上海`` fills a field before the first section, and is an item after it.
        return LineRole.FIELD if in_header and line.field is not None else LineRole.ITEM
    if not in_header and line.leads_list and line.title_like:
        return LineRole.ITEM  # a name over a list, inside a section: a group of items
    return LineRole.TEXT


def line_roles(lines: Sequence[SourceLine], title_line: int | None = None) -> dict[int, LineRole]:
    """The role of each source line number of one posting's lines.

    ``title_line`` is the number of the line the posting's title came from
    (``ParsedPosting.title_line``), None when the title is a fallback such as the file name.
    """
    roles: dict[int, LineRole] = {}
    in_header = True
    opened: Section | None = None  # a section heading with nothing under it yet
    for line in classify_lines(lines):
        role = LineRole.TITLE if line.number == title_line else _role(line, in_header)
        if line.kind is LineKind.BLANK:
            pass
        elif role is LineRole.HEADING and line.heading is not None:
            if introduces(line.heading, opened):  # 团队介绍：… under 职位描述: a paragraph
                role = LineRole.TEXT
            kind = line.heading.kind or SectionKind.OTHER
            opened = None if line.heading.rest else Section(kind, line.heading.text)
        else:
            opened = None
        if role in (LineRole.HEADING, LineRole.ITEM):
            in_header = False
        known = roles.get(line.number)
        if known is None or _RANK[role] < _RANK[known]:
            roles[line.number] = role
    return roles
