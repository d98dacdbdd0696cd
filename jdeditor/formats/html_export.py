"""A posting as HTML: a standalone document to save, or a fragment for the preview pane.

The first half of this module is what every text export shows — the header fields, the
headings and the item tree as numbered blocks — so that the Markdown, HTML and JSON-LD
exports cannot disagree about which fields appear or how items are numbered.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence
from dataclasses import dataclass

from jdeditor.core.model import Item, ItemKind, Language, Posting, Section, has_sub_items
from jdeditor.formats.labels import EMPLOYMENT_TYPES, FIELD_LABELS, SECTION_HEADINGS
from jdeditor.formats.salary_text import format_salary
from jdeditor.formats.template_numbering import ListNumbering, NumberLevel, level_label
from jdeditor.paths import resource_path

# -- what every text export shows -----------------------------------------------------------

_LANGUAGE_TAGS = {Language.ZH: "zh-CN", Language.EN: "en"}
_UNTITLED = {Language.ZH: "岗位说明书", Language.EN: "Job description"}
_LABEL_INDENT_EM = 2  # how far a labelled item's text stands in from its label


@dataclass(frozen=True)
class ListEntry:
    """A numbered item: its number within its list, its text, and what is nested under it."""

    number: int
    text: str
    children: tuple[Block, ...]


@dataclass(frozen=True)
class ListBlock:
    entries: tuple[ListEntry, ...]

    @property
    def start(self) -> int:
        return self.entries[0].number


@dataclass(frozen=True)
class ParagraphBlock:
    text: str


Block = ListBlock | ParagraphBlock


def language_tag(language: Language) -> str:
    """The BCP 47 tag for a posting language: ``zh-CN`` or ``en``."""
    return _LANGUAGE_TAGS[language]


def text_lines(text: str) -> list[str]:
    """The lines of a text as shown: blank lines around it dropped, everything else kept.

    Leading blanks stay: a Chinese paragraph may open with an ideographic-space indent.
    """
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    first = next((index for index, line in enumerate(lines) if line.strip()), len(lines))
    return lines[first:]


def one_line(text: str) -> str:
    """A text for a heading or a table cell that holds one line: breaks become spaces."""
    return " ".join(line.strip() for line in text_lines(text) if line.strip())


def field_rows(posting: Posting) -> list[tuple[str, str]]:
    """``(label, value)`` for every header field a reader needs that has a value.

    Status and tags are left out: they organise the library, they are not for applicants.
    """
    labels = FIELD_LABELS[posting.language]
    employment = posting.employment_type
    rows = [
        ("department", posting.department),
        ("location", posting.location),
        ("reports_to", posting.reports_to),
        ("headcount", "" if posting.headcount is None else str(posting.headcount)),
        ("employment_type", EMPLOYMENT_TYPES[posting.language][employment] if employment else ""),
        ("salary", format_salary(posting.salary, posting.language)),
    ]
    return [(labels[key], value.strip()) for key, value in rows if value.strip()]


def section_heading(section: Section, language: Language) -> str:
    """The section's own heading, or the default for its kind in the posting's language."""
    return one_line(section.heading) or SECTION_HEADINGS[language][section.kind]


def is_shown(item: Item) -> bool:
    """An item with no text and nothing shown under it leaves no trace in an export."""
    return bool(item.text.strip()) or any(is_shown(child) for child in item.children)


def item_blocks(items: Sequence[Item]) -> list[Block]:
    """The item tree as lists and paragraphs, numbered like ``core.numbering.numbered``.

    Paragraphs are not numbered and end the list they interrupt; the list after them
    continues the count (its ``start``). A paragraph's children follow it at its own
    level, as ``numbered`` shows them. Items that show nothing are dropped before
    counting, so an export never has gaps in its numbers.
    """
    blocks: list[Block] = []
    entries: list[ListEntry] = []
    counter = 0

    def close_list() -> None:
        if entries:
            blocks.append(ListBlock(tuple(entries)))
            entries.clear()

    for item in items:
        if not is_shown(item):
            continue
        text = item.text if item.text.strip() else ""
        if item.kind is ItemKind.ITEM:
            counter += 1
            entries.append(ListEntry(counter, text, tuple(item_blocks(item.children))))
            continue
        close_list()
        if text:
            blocks.append(ParagraphBlock(text))
        blocks.extend(item_blocks(item.children))
    close_list()
    return blocks


def shown_sections(posting: Posting) -> list[tuple[Section, list[Block]]]:
    """Sections that have something to show, with their blocks; empty ones have no heading."""
    shown = [(section, item_blocks(section.items)) for section in posting.sections]
    return [(section, blocks) for section, blocks in shown if blocks]


def summary_paragraphs(posting: Posting) -> list[str]:
    """The summary split at blank lines into paragraphs."""
    paragraphs: list[list[str]] = [[]]
    for line in text_lines(posting.summary):
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return ["\n".join(lines) for lines in paragraphs if lines]


# -- HTML -------------------------------------------------------------------------------------


@functools.cache
def stylesheet() -> str:
    """The CSS of exported HTML; the preview pane sets it as the document's default style."""
    return resource_path("export", "preview.css").read_text(encoding="utf-8")


def render_html(
    posting: Posting,
    *,
    standalone: bool = True,
    company_name: str = "",
    numbering: ListNumbering | None = None,
) -> str:
    """The posting as HTML: a full HTML5 document, or (``standalone=False``) the body part.

    With ``numbering`` (a Word template's list formats, for the live preview), items are
    labelled as that template labels them (``1、`` ``（1）``, ``一、``, ``1.1.``, bullets)
    instead of as an HTML ordered list.
    """
    parts = [_header_html(posting, company_name), render_html_sections(posting, numbering)]
    lang = language_tag(posting.language)
    body = "".join(parts)
    fragment = f'<div class="posting" lang="{lang}">\n{body}</div>\n'
    if not standalone:
        return fragment
    title = _escape(one_line(posting.title) or _UNTITLED[posting.language])
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f"<style>\n{stylesheet().strip()}\n</style>\n"
        "</head>\n"
        "<body>\n"
        f"{fragment}"
        "</body>\n"
        "</html>\n"
    )


def render_html_sections(posting: Posting, numbering: ListNumbering | None = None) -> str:
    """The summary and the sections as HTML, without title or header fields.

    This is the posting's description proper: the JSON-LD export uses it as the
    ``description`` that schema.org asks to be given in HTML.
    """
    # The summary stands under the header fields without a heading, as in the Markdown
    # export and in a job ad: read back, it is the summary again, not a section.
    parts = [
        f'<p class="summary">{_lines_html(text)}</p>\n' for text in summary_paragraphs(posting)
    ]
    for section, blocks in shown_sections(posting):
        heading = _escape(section_heading(section, posting.language))
        parts.append(f'<h2 class="{section.kind.value}">{heading}</h2>\n')
        if numbering is None:
            parts.append(_blocks_html(blocks))
        else:
            levels = numbering.levels(has_sub_items(section.items))
            parts.append(_labelled_html(blocks, levels, ()))
    return "".join(parts)


def _labelled_html(
    blocks: Sequence[Block], levels: Sequence[NumberLevel], counters: tuple[int, ...]
) -> str:
    """Blocks with each item labelled as a Word template labels it.

    An item is a one-row table (label, text), so its text hangs beside the label as in
    Word; Qt's rich text has no negative ``text-indent``. Each level stands further in.
    """
    indent = _LABEL_INDENT_EM * len(counters)
    margin = f"margin-left: {indent}em; " if indent else ""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, ParagraphBlock):
            style = f' style="{margin.strip()}"' if margin else ""
            parts.append(f"<p{style}>{_lines_html(block.text)}</p>\n")
            continue
        for entry in block.entries:
            label = level_label(levels, (*counters, entry.number))
            parts.append(
                f'<table class="item" cellspacing="0" cellpadding="0" '
                f'style="{margin}margin-bottom: 0.3em">'
                f'<tr><td class="label" style="padding-right: 0.4em">{_escape(label)}</td>'
                f"<td>{_lines_html(entry.text)}</td></tr></table>\n"
            )
            parts.append(_labelled_html(entry.children, levels, (*counters, entry.number)))
    return "".join(parts)


def _header_html(posting: Posting, company_name: str) -> str:
    parts: list[str] = []
    title = one_line(posting.title)
    if title:
        parts.append(f"<h1>{_escape(title)}</h1>\n")
    company = one_line(company_name)
    if company:
        parts.append(f'<p class="company">{_escape(company)}</p>\n')
    rows = field_rows(posting)
    if rows:
        parts.append('<table class="fields">\n')
        parts += [
            f'<tr><th scope="row">{_escape(label)}</th><td>{_lines_html(value)}</td></tr>\n'
            for label, value in rows
        ]
        parts.append("</table>\n")
    return "".join(parts)


def _blocks_html(blocks: Sequence[Block], depth: int = 0) -> str:
    """Lists and paragraphs. Each item says its nesting level (``aria-level``), so a reader
    of the file's lines (our importer, too) sees the nesting without counting tags."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, ParagraphBlock):
            # Inside an item: the item's level, so a reader of lines places it there too.
            inside = f' data-level="{min(depth, 9)}"' if depth else ""
            parts.append(f"<p{inside}>{_lines_html(block.text)}</p>\n")
            continue
        start = f' start="{block.start}"' if block.start != 1 else ""
        parts.append(f"<ol{start}>\n")
        for number, entry in enumerate(block.entries):
            inner = f"\n{_blocks_html(entry.children, depth + 1)}" if entry.children else ""
            level = min(depth + 1, 9)  # Word's nine levels; deeper items share the last
            # A list that goes on after a paragraph: its first item says so on its own line.
            value = f' value="{block.start}"' if number == 0 and block.start != 1 else ""
            parts.append(f'<li aria-level="{level}"{value}>{_lines_html(entry.text)}{inner}</li>\n')
        parts.append("</ol>\n")
    return "".join(parts)


def _lines_html(text: str) -> str:
    return "<br>\n".join(_escape(line) for line in text_lines(text))


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
