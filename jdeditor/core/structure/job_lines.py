"""Lines that name jobs, told by their shape among the lines around them.

The splitter (``splitting.py``) asks these questions of a whole text before it walks it:
whether a duties heading comes soon after a line, whether marked-up lines of one strength
name jobs side by side, whether plain lines each open a numbered list of their own; and of
one line, what title it gives and whether it reads as a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from jdeditor.core.model import SectionKind
from jdeditor.core.structure.headings import strip_decorations
from jdeditor.core.structure.lines import PLAIN, Line, LineKind, is_sentence_like, title_like
from jdeditor.core.structure.numbering import is_list_start, parse_marker
from jdeditor.core.structure.titles import names_job

MAIN_KINDS = (SectionKind.DUTIES, SectionKind.REQUIREMENTS)


LOOK_AHEAD_LINES = 12


def main_heading_soon(
    lines: Sequence[Line], significant: Sequence[int], named: Callable[[int], bool]
) -> list[bool]:
    """For each line, whether a duties or requirements heading comes within the next few
    significant lines, before any other line that names a job under markup.

    ``significant`` indexes the lines that are not blank; ``named(index)`` says whether a
    line names a job (``names_job`` of its title text, asked once a line by the caller)."""
    soon = [False] * len(lines)
    heading_kind, duties, requirements = LineKind.HEADING, *MAIN_KINDS
    next_main: int | None = None  # position (among significant lines) of the next one
    next_job: int | None = None
    for position in range(len(significant) - 1, -1, -1):
        index = significant[position]
        soon[index] = (
            next_main is not None
            and next_main - position <= LOOK_AHEAD_LINES
            and (next_job is None or next_main < next_job)
        )
        line = lines[index]
        heading = line.heading if line.kind is heading_kind else None
        kind = heading.kind if heading is not None else None
        if kind is duties or kind is requirements:
            next_main = position
        elif line.strong and line.title_like and named(index):
            next_job = position  # a marked-up line (strong) that names a role
    return soon


def sibling_job_lines(
    lines: Sequence[Line], significant: Sequence[int], named: Callable[[int], bool]
) -> set[int]:
    """Marked-up lines of one strength that each name a job and have text of their own
    (``### 软件开发工程师(校招)`` then a list, ``### 高级软件开发工程师`` then a paragraph …):
    two or more of them are the jobs of the text, whatever headings they have."""
    groups: dict[int, list[int]] = {}
    unnamed: dict[int, list[int]] = {}  # the same shape, right over a duties heading
    heading_kind = LineKind.HEADING
    last = len(significant) - 1
    for position, index in enumerate(significant):
        line = lines[index]
        if line.kind is not heading_kind or position == last:
            continue
        after = lines[significant[position + 1]]
        if _marked(line) and line.title_like and named(index):
            if after.kind is heading_kind and after.strength <= line.strength:
                continue  # nothing of its own: a heading over headings
            groups.setdefault(line.strength, []).append(index)
        elif _unnamed_sibling(line, after):
            unnamed.setdefault(line.strength, []).append(index)
    # **UI/UX Design：** between **产品经理：** and **前端开发工程师：**, each over its own
    # 职位描述: a job too, though its name has no word for a role.
    return {
        index
        for strength, group in groups.items()
        if len(group) >= 2
        for index in (*group, *unnamed.get(strength, ()))
    }


def _unnamed_sibling(line: Line, after: Line) -> bool:
    """A marked-up heading that names no known section, right over a duties or
    requirements heading."""
    return (
        line.strong
        and line.heading is not None
        and line.heading.kind is None
        and not line.heading.rest
        and title_like(line.heading.text, True)
        and known_heading(after) in MAIN_KINDS
    )


def listed_job_lines(
    lines: Sequence[Line], significant: Sequence[int], named: Callable[[int], bool]
) -> set[int]:
    """Plain lines that each name a job and open a numbered list of their own
    (``C/C++ 应用开发工程师`` then ``1. …``, ``Python 应用开发工程师`` then ``1. …``): two or
    more of them are the jobs of the text, even under one duties heading."""
    found: list[int] = []
    heading_kind, text_kind, item_kind = LineKind.HEADING, LineKind.TEXT, LineKind.ITEM
    for position, index in enumerate(significant[:-1]):
        line = lines[index]
        if not line.title_like or line.strong or line.strength < PLAIN:
            continue
        if line.kind is heading_kind:
            if line.heading is None or line.heading.kind is not None or line.heading.rest:
                continue
        elif line.kind is not text_kind:
            continue
        after = lines[significant[position + 1]]
        if (
            after.kind is item_kind
            and after.marker is not None
            and after.marker.numbered
            and is_list_start(after.marker)
            and named(index)
            and not is_sentence_like(title_text(line))
        ):
            found.append(index)
    return set(found) if len(found) >= 2 else set()


def _marked(line: Line) -> bool:
    return line.strong or line.strength < PLAIN


def names_a_job(line: Line) -> bool:
    """A marked-up line (a markdown, bold or bracketed heading) that names a role."""
    if not _marked(line) or not line.title_like:
        return False
    return names_job(title_text(line))


# 1.1云存储高级研发工程师: a document's outline number, never a list item's.
OUTLINE_RE = re.compile(r"^\d{1,2}[.．]\d{1,2}(?![.．\d])")
_BRACKETED_RE = re.compile(r"[(（][^()（）]*[)）]")


def is_sentence_line(line: Line) -> bool:
    """A line of clauses (觉得应用开发越来越“无聊”，觉得…), its numbering and bracketed notes
    aside (``前端开发（多个 HC，初中高级均有）`` is a name with a note)."""
    text = title_text(line)
    numbered = parse_marker(text)
    text = numbered[1] if numbered else text
    return is_sentence_like(_BRACKETED_RE.sub("", text) if "（" in text or "(" in text else text)


def known_heading(line: Line) -> SectionKind | None:
    if line.kind is LineKind.HEADING and line.heading is not None:
        return line.heading.kind
    return None


def title_text(line: Line) -> str:
    """The title a title line gives: markup, wrapping brackets and a numbering removed."""
    if line.kind is LineKind.FIELD and line.field is not None:
        return line.field_value or line.field.value
    if line.kind is LineKind.HEADING and line.heading is not None:
        return line.heading.text
    text = line.body if line.kind is LineKind.ITEM else line.text
    core, _, _ = strip_decorations(text)
    return core or text
