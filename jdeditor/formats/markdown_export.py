"""A posting as Markdown (CommonMark, GitHub-flavoured), showing the user's text verbatim.

Every character that Markdown would read as markup is escaped with a backslash, so an item
such as ``1. *urgent* <b>`` renders as typed and never as a list, emphasis or HTML. Line
breaks inside an item or paragraph become hard breaks (a backslash at the end of the line).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jdeditor.core.model import Language, Posting
from jdeditor.formats.html_export import (
    Block,
    ListBlock,
    ParagraphBlock,
    field_rows,
    one_line,
    section_heading,
    shown_sections,
    summary_paragraphs,
    text_lines,
)

# Markup anywhere in a line: emphasis, code, links, raw HTML, tables, strikethrough, math,
# the escape character itself, and entity references (``&amp;`` would show as ``&``).
_INLINE = re.compile(r"[\\`*_\[<|~$]|&(?=#?[0-9A-Za-z]+;)")
# Markup at the start of a line: headings, block quotes, bullets, setext underlines.
_LINE_START = re.compile(r"^[#>+=-]")
# An ordered-list marker at the start of a line: ``1.`` or ``1)``.
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
# Two lists in a row would merge into one; an empty comment keeps them apart.
_LIST_SEPARATOR = "<!-- -->"
_FIELD_SEPARATORS = {Language.ZH: "：", Language.EN: ": "}
_NESTED_INDENT = 4


def render_markdown(posting: Posting) -> str:
    """The posting as a Markdown document: title, header fields, summary and sections."""
    chunks: list[list[str]] = []
    title = one_line(posting.title)
    if title:
        chunks.append([f"# {escape_markdown(title, heading=True)}"])
    separator = _FIELD_SEPARATORS[posting.language]
    rows = field_rows(posting)
    if rows:
        chunks.append(
            [
                line
                for label, value in rows
                for line in _text_markdown(f"- **{label}**{separator}", value, "  ")
            ]
        )
    # The summary stands under the header fields without a heading of its own, as in a
    # job ad: read back, it is the summary again, not a section.
    chunks += [_text_markdown("", text, "") for text in summary_paragraphs(posting)]
    for section, blocks in shown_sections(posting):
        heading = escape_markdown(section_heading(section, posting.language), heading=True)
        chunks.append([f"## {heading}"])
        chunks.append(_blocks_markdown(blocks, ""))
    return "".join("\n".join(chunk) + "\n\n" for chunk in chunks).removesuffix("\n")


def escape_markdown(line: str, *, heading: bool = False) -> str:
    """One line of user text, escaped so that Markdown shows it exactly as typed.

    Leading and trailing spaces and tabs are dropped: in Markdown they would start a code
    block or make a hard break (other blanks, like an ideographic-space indent, are text).
    In a heading every ``#`` is escaped, since trailing ones would close it.
    """
    text = _INLINE.sub(lambda match: "\\" + match.group(), line.strip(" \t"))
    if heading:
        text = text.replace("#", "\\#")
    text = _ORDERED.sub(r"\1\\\2", text, count=1)
    if _LINE_START.match(text):
        text = "\\" + text
    return text


def _text_markdown(first_prefix: str, text: str, indent: str) -> list[str]:
    """A text of one or more lines: the first after ``first_prefix``, the rest at ``indent``.

    Lines are joined by hard breaks; a blank line in the text starts a new paragraph.
    """
    lines = [escape_markdown(line) for line in text_lines(text)]
    if not lines:
        return [first_prefix.rstrip()] if first_prefix.strip() else []
    out: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line and following:
            line += "\\"
        if index == 0:
            out.append(f"{first_prefix}{line}")
        else:
            out.append(f"{indent}{line}" if line else "")
    return out


def _blocks_markdown(blocks: Sequence[Block], indent: str) -> list[str]:
    """Blocks at one level, separated by blank lines (a comment between adjacent lists)."""
    out: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if previous is not None:
            out.append("")
            if isinstance(previous, ListBlock) and isinstance(block, ListBlock):
                out += [f"{indent}{_LIST_SEPARATOR}", ""]
        if isinstance(block, ParagraphBlock):
            out += _text_markdown(indent, block.text, indent)
        else:
            out += _list_markdown(block, indent)
        previous = block
    return out


def _list_markdown(block: ListBlock, indent: str) -> list[str]:
    out: list[str] = []
    for entry in block.entries:
        marker = f"{entry.number}. "
        # Nested content must start at or after the marker's text column (CommonMark) and
        # at four spaces (original Markdown); ``10. `` already needs four.
        inner = indent + " " * max(_NESTED_INDENT, len(marker))
        out += _text_markdown(f"{indent}{marker}", entry.text, inner)
        if not entry.children:
            continue
        children = _blocks_markdown(entry.children, inner)
        # A nested list may follow the item's text directly, unless it opens with an empty
        # item (which cannot interrupt a paragraph); a paragraph needs a blank line, or it
        # would continue the item's text. An empty item takes its first child on the next
        # line: a blank line there would end the item.
        first = entry.children[0]
        if entry.text and (isinstance(first, ParagraphBlock) or not first.entries[0].text):
            out.append("")
        out += children
    return out
