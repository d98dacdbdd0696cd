"""Building one posting from its classified lines: sections, item trees and the summary.

* Lines before the first section heading or list are the preamble: they become the summary.
* A section heading starts a section; a heading of the same kind, or an unknown one, that is
  weaker than the section's own heading (``业务技能要求：`` under ``## 【任职要求】``) starts a
  group inside it instead: an unnumbered node whose children follow.
* A list before any heading goes into a duties section with the default heading for the
  language (``岗位职责`` / ``Responsibilities``), and a warning says so.
* A line without a marker after an item continues that item when the item ends with a colon
  (``1.1、市场分析:`` and its body), when it is indented deeper, or when it starts with a
  small letter after an unfinished sentence. Continued lines are joined with a newline.
* A marker after punctuation in the middle of a line (``…产品; 1.3、用户研究:``) starts a new
  item only when it continues the numbering in progress.
* Field lines fill posting fields and keep their text where they stand (summary or paragraph),
  except a header field line whose value was read whole into an empty field (``工作地点：上海``,
  ``薪资：15-25K``, ``Employment type: Full-time``): it is recorded as a
  :class:`FieldLine` and leaves the summary once the text's jobs are settled
  (``ParsedPosting.drop_field_lines``). A value not read (the field already filled, a salary
  that does not parse or says more, ``若干``) stays in the summary.
  A bulleted field (``- **工作地点**：上海``) is a field line before the first section or list,
  and an item after it.
* How to apply: a how-to-apply heading the vocabulary leaves unknown (``联系方式``, ``📨 投递``)
  opens a section of that kind, and contact lines elsewhere are gathered into it when the
  posting is finished (``contact.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from jdeditor.core.model import Item, ItemKind, Language, Posting, Section, SectionKind
from jdeditor.core.section_headings import DEFAULT_HEADINGS
from jdeditor.core.structure import warnings as codes
from jdeditor.core.structure.contact import gather_contact_lines, is_apply_heading
from jdeditor.core.structure.content_kinds import (
    duties_from_prose,
    introduces,
    requirements_by_content,
)
from jdeditor.core.structure.english_fields import salary_in_text
from jdeditor.core.structure.english_headings import duties_from_summary
from jdeditor.core.structure.facts import apply_facts
from jdeditor.core.structure.fields import (
    FIELD_ATTRIBUTES,
    Field,
    FieldMatch,
    apply_field,
    read_whole,
)
from jdeditor.core.structure.headings import match_apply_heading, strip_decorations
from jdeditor.core.structure.lines import Line, LineKind, classify_fragment
from jdeditor.core.structure.lists import ListBuilder, NumberingIssue
from jdeditor.core.structure.numbering import (
    Marker,
    could_hold_inline_marker,
    inline_markers,
    parse_marker,
    parse_tight_marker,
)
from jdeditor.core.structure.parsed import FieldLine
from jdeditor.core.structure.warnings import WarningList

_LIST_KINDS = (
    SectionKind.DUTIES,
    SectionKind.REQUIREMENTS,
    SectionKind.PREFERRED,
    SectionKind.BENEFITS,
)
_SENTENCE_END = "。.!！?？;；"
_DIGIT_RE = re.compile(r"\d")
# Looked up once: an enum member is slow to look up, and every line is tested.
_BLANK, _ITEM = LineKind.BLANK, LineKind.ITEM
CONTINUATION_INDENT = 2
MAX_DUPLICATE_WARNINGS = 5


class PostingBuilder:
    """Feeds classified lines, in order, into one :class:`Posting`."""

    def __init__(self, title: str, language: Language, warnings: WarningList) -> None:
        self.posting = Posting(title=title, language=language)
        self.warnings = warnings
        self._summary: list[str] = []
        self._section: Section | None = None
        self._section_strength = 0
        self._synthesized = False
        self._lists: ListBuilder | None = None
        self._had_heading = False
        self._used_synthesized = False
        self.made_up: list[Section] = []  # sections whose heading nobody wrote
        self._first_line: int | None = None
        self._item_lines: dict[int, int] = {}
        self._last_item_indent = 0
        self._continuable = False
        # Source lines fed, by number (<br> splits): a plain dict, as a Counter's missing key
        # costs a call of its Python ``__missing__`` for every line.
        self._numbers: dict[int, int] = {}
        # Summary entries whose field line was read whole: (entry index, the field line).
        self._taken: list[tuple[int, FieldLine]] = []
        self.field_lines: list[FieldLine] = []  # set by finish()
        self._fed: set[int] = set()  # summary entries fed whole (the title line)

    # -- feeding ------------------------------------------------------------------------

    def feed(self, line: Line) -> None:
        kind = line.kind
        if kind is _BLANK:
            self._continuable = False
            return
        if self._first_line is None:
            self._first_line = line.number
        numbers = self._numbers
        numbers[line.number] = numbers.get(line.number, 0) + 1
        if kind is _ITEM:
            self._item(line)
        elif kind is LineKind.HEADING:
            self._heading(line)
        elif kind is LineKind.FIELD:
            self._field(line)
        else:
            self._text(line)

    @property
    def summary_lines(self) -> int:
        """How many lines the summary holds so far."""
        return len(self._summary)

    def feed_summary(self, text: str, line: int) -> None:
        """Keep a line in the summary (a title field's own line, for instance)."""
        if self._first_line is None:
            self._first_line = line
        self._numbers[line] = self._numbers.get(line, 0) + 1
        self._fed.add(len(self._summary))
        self._summary.append(text)

    def _heading(self, line: Line) -> None:
        heading = line.heading
        assert heading is not None  # HEADING lines always carry their match
        if heading.kind is None and is_apply_heading(heading.text):
            heading = replace(heading, kind=SectionKind.APPLY)  # 📨 联系方式, ## Apply
            line = replace(line, heading=heading)
        self._continuable = False
        lists = self._lists
        if lists is not None and introduces(heading, self._section):  # 团队介绍：… under 职位描述
            self._record(lists.add_paragraph(line.text), line.number)
            return
        self._had_heading = True
        if self._section is not None and self._lists is not None and self._is_group(line):
            group = self._lists.open_group(heading.text)
            self._item_lines[id(group)] = line.number
        else:
            kind = heading.kind or SectionKind.OTHER
            # A section the text implies without naming it (a positions line's requirements)
            # takes the heading of its kind in the posting's language.
            made_up = not heading.text and heading.kind is not None
            text = DEFAULT_HEADINGS[self.posting.language][kind] if made_up else heading.text
            section = Section(kind, text)
            if made_up:
                self.made_up.append(section)
            self.posting.sections.append(section)
            self._section = section
            self._section_strength = line.strength
            self._synthesized = False
            self._lists = ListBuilder(section.items)
        if heading.rest:
            fragment = classify_fragment(heading.rest, line.number)
            if fragment.kind is LineKind.ITEM:
                self._item(fragment)
            else:
                self._text(replace(fragment, kind=LineKind.TEXT, leads_list=False))

    def _is_group(self, line: Line) -> bool:
        assert self._section is not None and line.heading is not None
        if self._synthesized:
            return False
        weaker = line.strength > self._section_strength
        kind = line.heading.kind
        if kind is not None:
            # "业务技能要求：" under "【任职要求】" is a group; "What you'll do:" after the prose
            # of "About the role" (both duties) is a section of its own.
            prose = any(
                node.kind is ItemKind.PARAGRAPH and not node.children
                for node in self._section.items
            )
            return kind is self._section.kind and weaker and not prose
        return self._section.kind is not SectionKind.OTHER and weaker

    def _ensure_section(self) -> ListBuilder:
        if self._lists is None or self._section is None:
            heading = DEFAULT_HEADINGS[self.posting.language][SectionKind.DUTIES]
            section = Section(SectionKind.DUTIES, heading)
            self.posting.sections.append(section)
            self._section = section
            self._synthesized = True
            self._used_synthesized = True
            self.made_up.append(section)
            self._lists = ListBuilder(section.items)
        return self._lists

    def _item(self, line: Line) -> None:
        if line.field is not None and self._lists is None:
            self._add_field(line.field, line.field_value, line.body, line.number)
            return
        lists = self._lists
        if lists is None or self._section is None:
            lists = self._ensure_section()
        if line.list_level is not None:
            item = lists.add_word_item(line.list_level, line.body)
            self._record(item, line.number)
        else:
            marker = line.marker
            assert marker is not None  # list items carry their marker
            if marker.weak and not lists.fits(marker):
                self._text(line)  # taken as text: _text reads no kind and no marker
                return
            self._add_marked(lists, marker, line.body, line.number, line.indent)
        self._last_item_indent = line.indent
        self._continuable = True

    def _add_marked(
        self, lists: ListBuilder, marker: Marker, text: str, number: int, indent: int = 0
    ) -> None:
        while True:
            item, issue = lists.add_marked(marker, text, indent)
            pending = None
            if could_hold_inline_marker(item.text):
                item.text, pending = self._split_inline(lists, item.text)
            if issue is not None:
                self._report_numbering(issue, item, number)
            self._record(item, number)
            if pending is None:
                return
            marker, text = pending

    def _split_inline(self, lists: ListBuilder, text: str) -> tuple[str, tuple[Marker, str] | None]:
        """Cut ``text`` where a marker that continues an open list starts mid-line."""
        if not could_hold_inline_marker(text):
            return text, None
        expected = lists.expected_next()
        if not expected:
            return text, None
        for position, marker in inline_markers(text):
            if marker.key in expected:
                parsed = parse_marker(text[position:].strip())
                if parsed is not None and parsed[0].key == marker.key:
                    return text[:position].rstrip(), parsed
        return text, None

    def _report_numbering(self, issue: NumberingIssue, item: Item, number: int) -> None:
        previous = issue.previous.label() if issue.previous else None
        self.warnings.numbering(issue.code, number, previous, issue.current.label(), item.text)

    def _record(self, item: Item, number: int) -> None:
        self._item_lines[id(item)] = number
        self.warnings.check_debris(item.text, number)

    def _continues(self, line: Line) -> bool:
        if not self._continuable or self._lists is None:
            return False
        item = self._lists.last_item
        if item is None or item.kind is not ItemKind.ITEM:
            return False
        previous = item.text.rstrip()
        if previous.endswith((":", "：")):
            return True
        if line.indent >= self._last_item_indent + CONTINUATION_INDENT:
            return True
        first = line.text[:1]
        unfinished = not previous or previous[-1] not in _SENTENCE_END
        return first.isascii() and first.islower() and unfinished

    def _text(self, line: Line) -> None:
        text = line.text
        if self._lists is not None and text[:1].isdigit():
            tight = parse_tight_marker(text)
            if tight is not None and tight[0].key in self._lists.expected_next():
                self._add_marked(self._lists, tight[0], tight[1], line.number, line.indent)
                self._last_item_indent = line.indent
                self._continuable = True
                return
        if line.kind is LineKind.TEXT:
            apply_heading = match_apply_heading(text)  # 联系方式（注明来源）, How to apply
            if apply_heading is not None:
                self._heading(replace(line, kind=LineKind.HEADING, heading=apply_heading))
                return
        if self._lists is not None and self._continues(line):
            head, pending = self._split_inline(self._lists, text)
            self._lists.append_continuation(head)
            self.warnings.check_debris(head, line.number)
            if pending is not None:
                self._add_marked(self._lists, pending[0], pending[1], line.number, line.indent)
            return
        self._continuable = False
        if self._lists is None:
            self._summary.append(text)
            self.warnings.check_debris(text, line.number)
            apply_facts(self.posting, text)  # 数据部 · 上海 · 全职 · 15-25K
            return
        # A line over a list that is numbered on from the items before it (``Platform:``
        # then ``15.``) stands between siblings; it heads no group.
        numbered_on = line.list_goes_on and bool(self._section and self._section.items)
        if line.leads_list and line.title_like and not numbered_on:
            group = self._lists.open_group(strip_decorations(text)[0] or text)
            self._record(group, line.number)
            return
        if line.under_level is not None:  # inside a Word or HTML list item
            paragraph = self._lists.add_word_paragraph(line.under_level, text)
        else:
            paragraph = self._lists.add_paragraph(text, line.indent)
        self._record(paragraph, line.number)

    def _field(self, line: Line) -> None:
        assert line.field is not None  # FIELD lines always carry their match
        self._add_field(line.field, line.field_value, line.text, line.number)

    def _add_field(self, match: FieldMatch, field_value: str, text: str, number: int) -> None:
        """A field line (``text``): fill the posting field and keep the line where it stands
        (a header line read whole is recorded, to leave the summary later)."""
        applied = False
        if match.field is not Field.TITLE:
            value = field_value or match.value
            applied = apply_field(self.posting, match, value)
            unread = not applied and match.field is Field.SALARY and self.posting.salary is None
            if unread and _DIGIT_RE.search(value):
                self.warnings.add(
                    codes.SALARY_UNREADABLE,
                    number,
                    f'the salary "{value}" could not be read; it is kept as text.',
                    text,
                    value=value,
                )
        self._continuable = False
        if self._lists is None:
            attribute = FIELD_ATTRIBUTES.get(match.field)
            # The value on the line itself (not on the next line), read whole.
            if applied and attribute and match.value and read_whole(match.field, match.value):
                label, value = match.label, match.value
                taken = FieldLine(number, attribute, label, value, text, len(self._summary))
                self._taken.append((len(self._summary), taken))
            self._summary.append(text)
        else:
            self._record(self._lists.add_paragraph(text), number)

    # -- finishing ----------------------------------------------------------------------

    def finish(self) -> Posting:
        posting = self.posting
        if not any(section.kind is SectionKind.DUTIES for section in posting.sections):
            duties = duties_from_summary(self._summary, posting.language)  # "As a …, you will…"
            if duties is not None:
                self._summary.pop()
                posting.sections.insert(0, duties)
        posting.summary = "\n".join(self._summary)
        self.field_lines = self._field_lines()
        if posting.salary is None and posting.language is Language.EN:
            # "we offer a salary of $123,500 - $176,400": pay stated in a sentence.
            texts = [*self._summary, *(node.text for node in _all_nodes(posting))]
            posting.salary = salary_in_text(texts)
        made = gather_contact_lines(posting)
        if made is not None:
            self.made_up.append(made)  # 应聘方式 / How to apply: nobody wrote it
        for section in posting.sections:
            if section.kind in _LIST_KINDS:
                _items_without_bullets(section)
        retyped = requirements_by_content(posting, self.made_up)  # 熟悉…, 本科…: requirements
        prose = duties_from_prose(posting, self._summary, self._last_summary_free())
        if prose is not None:  # 围绕…设计原型产品方案，并进行前后端的开发 before 职位要求
            self._summary.pop()
            posting.sections.insert(0, prose)
            self.made_up.append(prose)
            posting.summary = "\n".join(self._summary)
            self.field_lines = self._field_lines()
        first = self._first_line or 0
        if retyped is not None and any(retyped is section for section in self.made_up):
            what = "a list without a heading was taken as the requirements, by what it says."
            self.warnings.add(codes.NO_HEADINGS, first, what, None, "list_as_requirements")
        elif self._used_synthesized:
            if not self._had_heading:
                what = "no section headings were found; the list was taken as the duties."
                self.warnings.add(codes.NO_HEADINGS, first, what)
            else:
                what = "a list before the first heading was taken as the duties."
                self.warnings.add(codes.NO_HEADINGS, first, what, None, "list_before_heading")
        if not any(s.kind is SectionKind.DUTIES and s.items for s in posting.sections):
            self.warnings.add(codes.NO_DUTIES, first, "no duties (岗位职责) were found.")
        self._check_items(posting)
        return posting

    def _last_summary_free(self) -> bool:
        """Whether the summary's last entry is the posting's own text: not its title line,
        not a field line read whole."""
        last = len(self._summary) - 1
        return last not in self._fed and all(entry != last for entry, _ in self._taken)

    def _field_lines(self) -> list[FieldLine]:
        """The field lines read whole, placed among the summary's lines; a source line that
        held more than its field lines (``<br>``) keeps them all."""
        if not self._taken:
            return []
        taken_numbers: dict[int, int] = {}  # not a Counter: its Python __init__ costs more here
        for _, taken in self._taken:
            taken_numbers[taken.number] = taken_numbers.get(taken.number, 0) + 1
        offsets: list[int] = []
        offset = 0
        for text in self._summary:
            offsets.append(offset)
            offset += text.count("\n") + 1
        lines: list[FieldLine] = []
        for entry, line in self._taken:
            if entry >= len(self._summary) or self._summary[entry] != line.text:
                continue  # taken out of the summary again (duties_from_summary)
            if "\n" in line.text or taken_numbers[line.number] != self._numbers.get(line.number, 0):
                continue
            # ``replace(line, index=…)`` without its overhead (twice a posting, every posting).
            index = offsets[entry]
            lines.append(
                FieldLine(line.number, line.field, line.label, line.value, line.text, index)
            )
        return lines

    def _check_items(self, posting: Posting) -> None:
        seen: dict[str, int] = {}
        duplicates = 0
        item_lines = self._item_lines
        list_item = ItemKind.ITEM
        for item in _all_nodes(posting):
            if item.kind is not list_item:
                continue
            text = item.text
            number = item_lines.get(id(item), 0)
            if len(text) > codes.LONG_ITEM_CHARS:
                self.warnings.long_item(text, number)
            key = "".join(text.split()).casefold()
            if not key:
                continue
            if key in seen:
                duplicates += 1
                if duplicates <= MAX_DUPLICATE_WARNINGS:
                    self.warnings.duplicate(text, number, seen[key])
            else:
                seen[key] = number
        if duplicates > MAX_DUPLICATE_WARNINGS:
            more = duplicates - MAX_DUPLICATE_WARNINGS
            self.warnings.add(
                codes.DUPLICATE_ITEM,
                self._first_line or 0,
                f"{more} more items appear more than once "
                "(the text may hold a web page's menus or a list pasted twice).",
                None,
                "more_duplicates",
                count=str(more),
            )


def _all_nodes(posting: Posting) -> list[Item]:
    """Every node of every section in reading order: ``Posting.walk_items`` without depths,
    quicker than its nested generators."""
    nodes: list[Item] = []
    stack: list[Item] = []
    for section in posting.sections:
        stack.extend(reversed(section.items))
        while stack:
            node = stack.pop()
            nodes.append(node)
            if node.children:
                stack.extend(reversed(node.children))
    return nodes


def _items_without_bullets(section: Section) -> None:
    """In a list section with no list markers at all, each short line is taken as an item.

    Job boards often lose their bullets when copied; a line ending with a colon is an
    introduction and a line over the long-item limit is prose, so those stay paragraphs.
    """
    if any(node.kind is ItemKind.ITEM for _, node in section.walk()):
        return
    for node in section.items:
        text = node.text.rstrip()
        if (
            node.kind is ItemKind.PARAGRAPH
            and not node.children
            and text
            and len(text) <= codes.LONG_ITEM_CHARS
            and not text.endswith((":", "："))
        ):
            node.kind = ItemKind.ITEM
