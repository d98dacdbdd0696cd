"""One text, several postings: finding the title lines where a new posting starts.

A title is a short line that reads as a name (not a sentence, not a list item, not a section
heading, not a field) followed by the start of a posting:

* a known section heading (``职责:``, ``【岗位职责】``, ``Responsibilities``) — field lines such
  as ``工作地点：上海`` may stand between;
* a numbered list that starts at 1, unless a section heading was just opened (then the line
  is a sub-heading: "Technical skills" under "Requirements");
* a bulleted list, only before the first section and list of the current posting;
* an unknown heading, when the candidate is a stronger heading (``#`` above ``##``).

Header lines (fields, bulleted fields such as ``- **工作地点**：上海``, and short ``Label: value``
lines) may stand between a title and what follows it. Two rules use heading strength:

* a heading stronger than the section headings of the posting in progress (``#`` where the
  sections are ``##``, a Word Heading 1 over Heading 2 sections, a bold line over plain
  ones) starts a new posting when a duties or requirements heading follows it with only
  prose and header lines between (no list, no other heading or marked-up line);
* before a posting has a section or a list, a plain line weaker than its title and after
  its header lines does not start another posting (``市场专员`` underlined with ``===``, its
  ``Department: 市场部`` lines, then a short summary line). The first line of the text counts
  as a title here when it looks like one.

Weaker evidence is asked of weaker lines: after a heading for benefits, about or a bonus
list, a plain line only counts as a title on the first line of the text; a plain line right
after another short line is more likely a list item without a bullet than a title.
Text before the first title (a post's preamble) becomes a posting of its own only if it has
a section heading or a list; otherwise it is merged into the first posting.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from jdeditor.core.model import SectionKind
from jdeditor.core.structure.fields import Field
from jdeditor.core.structure.headings import is_apply_heading_text, strip_decorations
from jdeditor.core.structure.job_lines import (
    OUTLINE_RE,
    is_sentence_line,
    known_heading,
    listed_job_lines,
    main_heading_soon,
    names_a_job,
    sibling_job_lines,
    title_text,
)
from jdeditor.core.structure.lines import (
    PLAIN,
    Line,
    LineKind,
    is_header_line,
    is_sentence_like,
    title_like,
)
from jdeditor.core.structure.numbering import (
    Marker,
    is_list_start,
    next_in_sequence,
)
from jdeditor.core.structure.titles import JOB_LABEL_RE, names_category, names_job

_MAIN_KINDS = (SectionKind.DUTIES, SectionKind.REQUIREMENTS)
_LIST_KINDS = (*_MAIN_KINDS, SectionKind.PREFERRED, SectionKind.BENEFITS)
MAX_FIRST_LINE_TITLE_CHARS = 100
FIRST_LINE_TITLE_WINDOW = 3


@dataclass(frozen=True)
class Segment:
    """Lines ``start`` to ``end`` (exclusive) of one posting; ``title`` indexes its title line."""

    start: int
    end: int
    title: int | None
    category: bool = False  # the title line groups the jobs below it (研发类, a positions group)


@dataclass(slots=True)
class _State:
    has_section: bool = False
    just_opened: bool = False
    opened_known: bool = False
    has_items: bool = False
    section_kind: SectionKind | None = None
    section_has_items: bool = False
    last_marker: Marker | None = None
    previous: Line | None = None
    first_significant: int | None = None
    title_strength: int | None = None  # of the posting's title (or of a title-like first line)
    header_seen: bool = False  # header lines came after the title
    body_started: bool = False  # a heading (other than a first-line title) or a list came
    section_strength: int | None = None  # the strongest known section heading so far
    after_title: bool = False  # the previous significant line was this posting's title
    main_items: bool = False  # the posting has items under a duties or requirements heading
    title_names_job: bool = False  # the posting's title names a role (工程师, Engineer …)
    title_listed: bool = False  # the posting's title is one of the text's listed job lines


def _next_significant(lines: Sequence[Line], header: Sequence[bool]) -> list[int | None]:
    """For each line, the index of the next line that is not blank and not a header line."""
    following: list[int | None] = [None] * len(lines)
    upcoming: int | None = None
    blank_kind = LineKind.BLANK
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        if lines[index].kind is not blank_kind and not header[index]:
            upcoming = index
    return following


def _main_heading_ahead(lines: Sequence[Line], header: Sequence[bool]) -> list[bool]:
    """For each line, whether a duties or requirements heading follows it with only prose and
    header lines between: no list, no other heading or marked-up line, and no short plain
    line before the header lines (that would be a nearer title)."""
    ahead: list[bool] = [False] * len(lines)
    found = False  # from here on, for a candidate right above
    found_after_header = False  # the same, once header lines have been seen
    heading_kind, blank_kind, text_kind = LineKind.HEADING, LineKind.BLANK, LineKind.TEXT
    for index in range(len(lines) - 1, -1, -1):
        ahead[index] = found
        line = lines[index]
        kind = line.kind
        known = line.heading.kind if kind is heading_kind and line.heading is not None else None
        if known is not None:
            found = found_after_header = known in _MAIN_KINDS
        elif kind is blank_kind:
            continue
        elif header[index]:
            found = found_after_header
        elif kind is text_kind and not line.strong:
            found = found and not line.title_like
        else:
            found = found_after_header = False
    return ahead


def _is_candidate(line: Line) -> bool:
    if line.kind is LineKind.FIELD:
        return line.field is not None and line.field.field is Field.TITLE and line.title_like
    if line.kind is LineKind.TEXT:
        return line.title_like
    if line.kind is LineKind.HEADING:
        return line.heading is not None and line.heading.kind is None and line.title_like
    return line.kind is LineKind.ITEM and line.title_like


def _continues_item(state: _State) -> bool:
    previous = state.previous
    return (
        previous is not None
        and previous.kind is LineKind.ITEM
        and previous.body.rstrip().endswith((":", "："))
    )


def _qualifies(index: int, line: Line, following: Line, state: _State, primary: bool) -> bool:
    known = known_heading(following)
    plain = not line.strong and line.strength >= PLAIN
    title = state.title_strength
    if (
        title is not None
        and state.header_seen
        and plain
        and line.strength > title
        and not state.body_started
    ):
        return False  # under a title and its header lines: the posting's summary
    if state.just_opened and (plain or state.opened_known):
        return False  # the first line under a heading is its content, not a new posting
    if line.kind is LineKind.ITEM:
        # A numbered line is a title only before a known heading, and not if it simply
        # continues the list in progress ("3、…" after "2、…").
        if known is None or line.marker is None:
            return False
        if JOB_LABEL_RE.match(line.body) and names_job(line.body):
            return True  # 3、职位名称：云平台研发工程师 after item 2: labelled, no item
        expected = next_in_sequence(state.last_marker) if state.last_marker else None
        if expected is not None and expected.key == line.marker.key:
            return False
        # A numbered title names a job (1. 算法工程师), or starts a list before a duties
        # heading; "1、能出差" before 【福利待遇】 and "4. Keep the data dictionary up to
        # date" after item 2 (a numbering gap) are items.
        if names_job(line.body):
            return True
        return known in _MAIN_KINDS and is_list_start(line.marker) and state.last_marker is None
    previous = state.previous
    if plain and previous is not None and previous.kind is LineKind.TEXT:
        if previous.title_like and not is_category(previous):
            return False  # a run of short lines: a list that lost its bullets
        if state.section_kind in _LIST_KINDS and not state.section_has_items:
            return False  # the lines of a list section without markers are its items
    if known is not None:
        if known in _MAIN_KINDS or not plain:
            return True
        return index == state.first_significant
    if following.kind is LineKind.HEADING:
        stronger = line.strength < following.strength
        return not plain and stronger and not primary
    if following.kind is LineKind.ITEM and following.marker is not None:
        if state.just_opened:
            return False
        if following.list_level is not None:
            return following.list_ordered and not state.has_items
        if following.marker.numbered:
            return is_list_start(following.marker)
        return not state.has_section and not state.has_items
    return False


def find_titles(lines: Sequence[Line]) -> list[int]:
    """Indexes of the lines that start a new posting."""
    # An enum member is slow to look up (``LineKind.ITEM`` costs as much as ten local names):
    # the loops over every line take them from local names.
    blank_kind, heading_kind = LineKind.BLANK, LineKind.HEADING
    item_kind, field_kind = LineKind.ITEM, LineKind.FIELD
    # Asked for up to three times a line.
    header = [line.kind is not blank_kind and is_header_line(line) for line in lines]
    following = _next_significant(lines, header)
    ahead = _main_heading_ahead(lines, header)
    job_names: dict[int, bool] = {}  # names_job(title_text(line)), asked up to five times

    def line_names_job(index: int) -> bool:
        named = job_names.get(index)
        if named is None:
            named = job_names[index] = names_job(title_text(lines[index]))
        return named

    significant = [index for index, line in enumerate(lines) if line.kind is not blank_kind]
    soon = main_heading_soon(lines, significant, line_names_job)
    siblings = sibling_job_lines(lines, significant, line_names_job)
    listed = listed_job_lines(lines, significant, line_names_job)
    titles: list[int] = []
    state = _State()

    for index, line in enumerate(lines):
        if line.kind is blank_kind:
            continue
        if line.kind is heading_kind and (
            _above_listed_job(line, state) or _closes_posting(line, state)
        ):
            # 任职资格 in bold after plain job lines: not the last job's, it closes the list.
            titles.append(index)
            state = _State(previous=line, first_significant=state.first_significant)
            continue
        # Most lines are not title-like. A header line right under a title (数据部 · 上海 ·
        # 全职) belongs to that title, however much it looks like one itself.
        candidate = ((line.title_like and _is_candidate(line)) or index in siblings) and not (
            state.after_title and header[index]
        )
        if candidate and state.title_names_job and not state.body_started:
            # Under a title that names the job, before its sections: a line that names no
            # job (联系方式, a team) belongs to it.
            candidate = line_names_job(index)
        if candidate and _is_sub_item(line, state.previous):
            candidate = False
        if candidate and _stays_in_posting(line, _line_at(lines, following[index]), state):
            # A sentence naming a role (觉得应用开发越来越“无聊”，…) is no job's name.
            candidate = line_names_job(index) and not is_sentence_line(line)
        state.after_title = False
        if state.first_significant is None:
            state.first_significant = index
            if candidate:
                state.title_strength = line.strength  # maybe the first posting's title
                state.title_names_job = line_names_job(index)
        next_index = following[index]
        # A job named after a company or a post's headline (西安葡萄城信息技术有限公司, then
        # 1、活字格产品市场经理 and its duties): the headline is no job, the named line is.
        named_job = (
            candidate
            and soon[index]
            and line_names_job(index)
            and not is_sentence_like(title_text(line))  # 以下为后端研发职位的 JD，如需…
        )
        if candidate and (
            (index in siblings and (state.has_items or state.has_section or titles))
            or (index in listed and (state.title_listed or not state.title_names_job))
            or (
                named_job
                and not (state.main_items or state.title_names_job)
                and not (state.just_opened and state.opened_known)
                and index > 0
            )
            or (state.has_items and soon[index] and names_a_job(line))
            or (
                OUTLINE_RE.match(line.text) is not None
                and next_index is not None
                and known_heading(lines[next_index]) in _MAIN_KINDS
                and line_names_job(index)
            )
            or _outranks_sections(line, state, ahead[index])
            or (
                next_index is not None
                and not _continues_item(state)
                and _qualifies(
                    index, line, lines[next_index], state, _primary(lines, following, next_index)
                )
            )
        ):
            titles.append(index)
            state = _State(
                previous=line,
                first_significant=state.first_significant,
                title_strength=line.strength,
                after_title=True,
                title_names_job=line_names_job(index),
                title_listed=index in listed,
            )
            continue
        if line.kind is heading_kind:
            kind = known_heading(line)
            # An unknown heading on the first line may be the first posting's title.
            first = index == state.first_significant and kind is None
            state.body_started = state.body_started or not first
            state.has_section = True
            state.just_opened = line.heading is None or not line.heading.rest
            state.opened_known = kind is not None
            if kind is not None or state.section_kind is None:
                state.section_kind = kind or SectionKind.OTHER
                state.section_has_items = False
            if kind is not None and (
                state.section_strength is None or line.strength < state.section_strength
            ):
                state.section_strength = line.strength
        elif header[index] and not state.body_started:
            state.header_seen = True  # a bulleted field under the title is not a list
        elif line.kind is item_kind:
            state.body_started = True
            state.has_items = True
            state.section_has_items = True
            state.main_items = state.main_items or state.section_kind in _MAIN_KINDS
            state.just_opened = False
            state.last_marker = line.marker
        elif line.kind is not field_kind:
            state.just_opened = False
        state.previous = line
        # The text's first line, when it looks like a title, is treated as one here too.
        state.after_title = candidate and index == state.first_significant
    return titles


_SHARED_KINDS = (SectionKind.ABOUT, SectionKind.BENEFITS)


def _closes_posting(line: Line, state: _State) -> bool:
    """After a posting's duties or requirements list, a company, benefits or how-to-apply
    heading marked up as strongly as the posting's title (``## 公司介绍`` after the jobs'
    ``## …工程师``) is no section of it: it stands beside the jobs."""
    title = state.title_strength
    if (
        title is None
        or title >= PLAIN  # under a plain title, 【福利待遇】 is a section like the others
        or not state.main_items
        or line.kind is not LineKind.HEADING
        or line.heading is None
        or line.heading.rest
        or line.strength > title
        or line.strength >= PLAIN
    ):
        return False
    kind = line.heading.kind
    return kind in _SHARED_KINDS or (kind is None and is_apply_heading_text(line.heading.text))


def _above_listed_job(line: Line, state: _State) -> bool:
    """A known section heading stronger than the listed job line it follows."""
    return (
        state.title_listed
        and state.title_strength is not None
        and line.kind is LineKind.HEADING
        and line.strength < state.title_strength
        and known_heading(line) is not None
    )


def _primary(lines: Sequence[Line], following: Sequence[int | None], index: int) -> bool:
    """Whether line ``index`` is a candidate with a known section heading next."""
    next_index = following[index]
    return (
        _is_candidate(lines[index])
        and next_index is not None
        and known_heading(lines[next_index]) is not None
    )


def _outranks_sections(line: Line, state: _State, main_ahead: bool) -> bool:
    """A marked-up heading stronger than the posting's sections, a main section ahead."""
    sections = state.section_strength
    return line.strong and main_ahead and sections is not None and line.strength < sections


def _line_at(lines: Sequence[Line], index: int | None) -> Line | None:
    return None if index is None else lines[index]


def _is_sub_item(line: Line, previous: Line | None) -> bool:
    """An item indented under the item before it (``    1. 特聘研究员`` under ``2. 专职研究人员``,
    a Word list paragraph a level deeper) belongs to that list: it starts no posting."""
    if line.kind is not LineKind.ITEM or previous is None or previous.kind is not LineKind.ITEM:
        return False
    if line.list_level is not None and previous.list_level is not None:
        return line.list_level > previous.list_level
    return line.indent > previous.indent


def _stays_in_posting(line: Line, following: Line | None, state: _State) -> bool:
    """Whether a candidate line belongs to the posting in progress unless it names a role.

    * Under a title that names the job, before any duties or requirements items: an intro
      heading and its paragraphs (``## 关于我们`` then a short closing line) are the job's.
    * Once the posting has duties or requirements items, a line over a list is a
      sub-heading of that section (``Systems Design`` over its bullets).
    * An unknown heading no stronger than the posting's section headings, over a list or
      text rather than a duties or requirements heading, is one more section (``## 目标``
      among ``## 关于公司`` and ``## 要求``).
    """
    if state.title_names_job and not state.main_items:
        return True
    over_list = following is not None and following.kind is LineKind.ITEM
    if state.main_items and over_list:
        return True
    sections = state.section_strength
    return (
        line.kind is LineKind.HEADING
        and sections is not None
        and line.strength >= sections
        and (following is None or known_heading(following) not in _MAIN_KINDS)
    )


def _has_structure(lines: Sequence[Line]) -> bool:
    return any(line.kind is LineKind.ITEM or known_heading(line) is not None for line in lines)


def is_category(line: Line) -> bool:
    """``研发类``, ``## 社招职位``: a short line that groups the jobs below it."""
    if line.kind is LineKind.HEADING and line.heading is not None:
        if line.heading.kind is not None or line.heading.rest:
            return False
        text = line.heading.text
    elif line.kind is LineKind.TEXT:
        text = strip_decorations(line.text)[0]
    else:
        return False
    return names_category(text)


def _with_categories(lines: Sequence[Line], titles: list[int]) -> list[int]:
    """A category line right above a title is a piece of its own (the jobs module reads it)."""
    found: list[int] = []
    known = set(titles)
    for title in titles:
        previous = title - 1
        while previous >= 0 and lines[previous].kind is LineKind.BLANK:
            previous -= 1
        if previous >= 0 and previous not in known and is_category(lines[previous]):
            found.append(previous)
    return sorted({*titles, *found})


def split_postings(
    lines: Sequence[Line], given: Collection[int] = (), categories: Collection[int] = ()
) -> list[Segment]:
    """Cut classified lines into postings at title lines; ``given`` titles and
    ``categories`` (lines that group the jobs below them) were found beforehand."""
    if not any(line.kind is not LineKind.BLANK for line in lines):
        return []
    titles = find_titles(lines)
    titles = _with_categories(lines, titles) if titles else titles
    if given or categories:
        titles = sorted({*titles, *given, *categories})
    if not titles:
        return [Segment(0, len(lines), first_line_title(lines, 0, len(lines)))]
    segments: list[Segment] = []
    first = titles[0]
    preamble = lines[:first]
    start = 0
    if any(line.kind is not LineKind.BLANK for line in preamble):
        # A post's introduction is a piece of its own: the jobs module shares it out.
        segments.append(Segment(0, first, first_line_title(lines, 0, first)))
        start = first
    for position, title in enumerate(titles):
        end = titles[position + 1] if position + 1 < len(titles) else len(lines)
        segments.append(Segment(start, end, title, title in categories))
        start = end
    return segments


def single_segment(lines: Sequence[Line]) -> list[Segment]:
    """All the lines as one posting, titled by a title-like line among its first lines."""
    if not any(line.kind is not LineKind.BLANK for line in lines):
        return []
    return [Segment(0, len(lines), first_line_title(lines, 0, len(lines)))]


def first_line_title(lines: Sequence[Line], start: int, end: int) -> int | None:
    """A title-like line among the first significant lines before any list or heading."""
    seen = 0
    for index in range(start, end):
        line = lines[index]
        if line.kind is LineKind.BLANK:
            continue
        if line.kind is LineKind.ITEM or known_heading(line) is not None:
            return None
        if seen >= FIRST_LINE_TITLE_WINDOW:
            return None
        seen += 1
        if line.kind is LineKind.FIELD:
            if line.field is not None and line.field.field.value == "title" and line.title_like:
                return index
            continue
        text = line.heading.text if line.kind is LineKind.HEADING and line.heading else line.text
        if line.strong and title_like(text, True):
            return index
        if title_like(text, False, MAX_FIRST_LINE_TITLE_CHARS):
            return index
    return None
