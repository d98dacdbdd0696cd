"""The recogniser's entry points: text or Word paragraphs in, postings with warnings out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from jdeditor.core.gc_pause import collector_paused
from jdeditor.core.model import Item, Language
from jdeditor.core.structure.builder import PostingBuilder
from jdeditor.core.structure.english_titles import english_title, find_title_line
from jdeditor.core.structure.facts import apply_title_facts, apply_title_parts, title_with_facts
from jdeditor.core.structure.job_lines import title_text
from jdeditor.core.structure.jobs import named_job_line
from jdeditor.core.structure.language import detect_language
from jdeditor.core.structure.lines import Line, LineKind, classify_lines, classify_text_lines
from jdeditor.core.structure.lists import ListBuilder
from jdeditor.core.structure.numbering import Marker
from jdeditor.core.structure.parsed import ParsedPosting
from jdeditor.core.structure.positions import mark_positions
from jdeditor.core.structure.shared_fields import fill_from_items, settle_with_fields
from jdeditor.core.structure.source import SourceLine, split_source_text, text_lines
from jdeditor.core.structure.splitting import Segment, single_segment, split_postings
from jdeditor.core.structure.titles import clean_title
from jdeditor.core.structure.warnings import WarningList
from jdeditor.errors import UserFacingError


@dataclass(frozen=True)
class ParseOptions:
    fallback_title: str = ""  # title for a posting that has none (the importer passes the stem)
    separator: str | None = None  # a user regex; a line that fully matches it separates postings
    language: Language | None = None  # None = detect per posting (mostly CJK -> zh, else en)
    # The whole text (each separator group) is one posting: the import review's split and
    # merge say where postings are, and the recogniser only reads their structure.
    single: bool = False


_Line = TypeVar("_Line")

# split_items: a line without a marker is an item of its own.
_PLAIN = Marker("plain", (), "")


def compile_separator(separator: str | None) -> re.Pattern[str] | None:
    """The user's separator pattern, or a message that says what is wrong with it."""
    if not separator:
        return None
    try:
        return re.compile(separator)
    except re.error as error:
        raise UserFacingError(
            f"The posting separator {separator!r} is not a valid regular expression "
            f"({error}); correct it, or leave it empty to split postings by their titles."
        ) from error


def is_separator(line: SourceLine, pattern: re.Pattern[str] | None) -> bool:
    return pattern is not None and pattern.fullmatch(line.text.strip()) is not None


def _groups(
    lines: Sequence[_Line], texts: Sequence[str], pattern: re.Pattern[str] | None
) -> list[list[_Line]]:
    """Cut the source at separator lines (the separator lines themselves are dropped).

    ``texts`` holds the text of each line.
    """
    if pattern is None:
        return [list(lines)] if lines else []
    groups: list[list[_Line]] = [[]]
    for line, text in zip(lines, texts, strict=True):
        if pattern.fullmatch(text.strip()) is not None:
            groups.append([])
        else:
            groups[-1].append(line)
    return [group for group in groups if group]


def _build(lines: Sequence[Line], segment: Segment, options: ParseOptions) -> ParsedPosting | None:
    span = lines[segment.start : segment.end]
    blank_kind = LineKind.BLANK  # looked up once: enum members are slow to look up
    numbers = [line.number for line in span if line.kind is not blank_kind]
    if not numbers:
        return None
    # English: the line that names the role, if the splitter's title line names none.
    title_index = find_title_line(lines, segment.start, segment.end, segment.title)
    title_line = lines[title_index] if title_index is not None else None
    # A line further down names the job (a title field, the line above the duties): the
    # splitter's title line is the post's headline, kept in the summary.
    headline = segment.title if title_index != segment.title else None
    title = title_text(title_line) if title_line is not None else options.fallback_title
    # "Protolabs - Analytics Engineer", "We're looking for a Data Engineer to…": the role.
    role = english_title(title, title_line.text) if title_line is not None else None
    # 高级产品经理 | 北京 | 20-40K: the name is the title, the line with its facts the summary.
    name = role.name if role else title_with_facts(title) if title_line is not None else None
    # No title line, but a line among the first that names the job (拼多多容器平台招聘: …,
    # 阿里云IoT事业部 前端工程师，p6-p7，): its name is the title, the line stays as it was.
    named = named_job_line(lines, segment.start, segment.end) if title_line is None else None
    if named is not None:
        name, title = named[1], named[1]
    language = options.language or detect_language(line.text for line in span if line.text)
    # 【深圳】节点互动—node.js开发工程师 18-35K: the job's name, its place and pay apart.
    named_text = name or title  # the text the job's name is read from
    parts = clean_title(named_text) if title_line is not None or named else None
    if parts is not None and parts.name and parts.name != (name or title):
        if parts.decorations_only and name is None:
            title = parts.name  # 🚀 1. 前端工程师: still the whole line, less decorations
        else:
            name = parts.name
    warnings = WarningList(name or title)
    builder = PostingBuilder(name or title, language, warnings)
    before_title = 0
    for index in range(segment.start, segment.end):
        line = lines[index]
        if index == title_index and not (role and role.in_sentence):  # a sentence stays
            before_title = builder.summary_lines
            if line.kind is LineKind.FIELD or name is not None:
                builder.feed_summary(line.text, line.number)
            if name is not None:
                apply_title_facts(builder.posting, title)
            if parts is not None:
                apply_title_parts(builder.posting, parts, named_text)
            warnings.check_debris(title, line.number)
            continue
        if index == headline:
            builder.feed_summary(line.text, line.number)
            continue
        builder.feed(line)
    if headline is not None:
        # 快手-电商团队-平台治理-Java开发工程师 over 岗位名称：…: the headline's team, place and
        # pay fill what the posting's own lines left empty.
        text = title_text(lines[headline])
        apply_title_parts(builder.posting, clean_title(text), text)
    posting = builder.finish()
    parsed = ParsedPosting(
        posting,
        warnings.warnings,
        min(numbers),
        max(numbers),
        title_line.number if title_line is not None else None,
        made_up=builder.made_up,
        field_lines=builder.field_lines,
        category=segment.category,
        summary_before_title=before_title,
        title_source=named_text if title_line is not None or named else "",
    )
    # The title line stands whole in the summary: the title is read from there.
    parsed.title_in_summary = named is not None or (
        title_line is not None and (title_line.kind is LineKind.FIELD or name is not None)
    )
    if named is not None:
        parsed.title_line = lines[named[0]].number
    return parsed


def parse_lines(
    lines: Sequence[SourceLine], options: ParseOptions = ParseOptions()
) -> list[ParsedPosting]:
    """Recognise postings in source lines (text lines or Word paragraphs)."""
    pattern = compile_separator(options.separator)
    with collector_paused():
        groups = _groups(lines, [line.text for line in lines], pattern)
        return _parse_groups((classify_lines(group) for group in groups), options)


def parse_text(text: str, options: ParseOptions = ParseOptions()) -> list[ParsedPosting]:
    """Recognise postings in text: any line ending, a leading BOM is dropped.

    The same as ``parse_lines(split_source_text(text), options)``, without making a source
    line object for each line (that was a tenth of a parse).
    """
    pattern = compile_separator(options.separator)
    with collector_paused():
        texts = text_lines(text)
        groups = _groups(list(enumerate(texts, 1)), texts, pattern)
        return _parse_groups((classify_text_lines(group) for group in groups), options)


def _parse_groups(groups: Iterable[list[Line]], options: ParseOptions) -> list[ParsedPosting]:
    """The postings of each group of classified lines, in order."""
    parsed: list[ParsedPosting] = []
    for classified in groups:
        if options.single:
            segments = single_segment(classified)
        else:
            positions = mark_positions(classified)
            classified = positions.lines
            segments = split_postings(classified, positions.titles, positions.groups)
        found = [_build(classified, segment, options) for segment in segments]
        pieces = [piece for piece in found if piece is not None]
        # 工作地点：北京 in the text's introduction goes to each job (shared_fields).
        jobs = pieces if options.single else settle_with_fields(pieces)
        for job in jobs:
            fill_from_items(job.posting)  # 1、薪资范围：15K-30K in a benefits list
        parsed.extend(p.drop_field_lines() for p in jobs)
    return parsed


def split_items(text: str) -> list[Item]:
    """Pasted lines as list items: markers removed, nesting kept, wrapped lines joined.

    Every line becomes an item (there are no paragraphs in a list editor) unless it
    continues the item before it. Markdown and HTML are cleaned the same way as on import.
    Never raises.
    """
    items: list[Item] = []
    lists = ListBuilder(items)
    last_indent = 0
    continuable = False
    for line in classify_lines(split_source_text(text)):
        if line.kind is LineKind.BLANK:
            continuable = False
            continue
        if line.kind is LineKind.ITEM and line.list_level is not None:
            lists.add_word_item(line.list_level, line.body)
        elif line.kind is LineKind.ITEM and line.marker and lists.fits(line.marker):
            lists.add_marked(line.marker, line.body, line.indent)
        elif continuable and _continues(lists.last_item, line, last_indent):
            lists.append_continuation(line.text)
            continue
        else:
            lists.add_marked(_PLAIN, line.text)
        last_indent = line.indent
        continuable = True
    return items


def _continues(item: Item | None, line: Line, item_indent: int) -> bool:
    if item is None:
        return False
    previous = item.text.rstrip()
    if previous.endswith((":", "：")) or line.indent >= item_indent + 2:
        return True
    first = line.text[:1]
    return (
        first.isascii()
        and first.islower()
        and bool(previous)
        and previous[-1] not in "。.!！?？;；"
    )
