"""A section's items as real Word list paragraphs (``{{p section.list }}`` in a template).

How lists are made, and why this way:

* The context gives each section a :class:`WordList`: its items flattened in reading order
  with their list level, plain data. A template places it with ``{{p section.list }}``;
  docxtpl replaces that whole paragraph with what the value's ``__html__`` returns.
* ``__html__`` asks the :class:`ListXmlWriter` of the document being rendered for the
  paragraphs: items become list paragraphs (``w:numPr`` with ``w:ilvl`` = nesting level and
  a ``w:numId``); ``ItemKind.PARAGRAPH`` nodes stay ordinary paragraphs, indented under
  their parent item. No number is ever typed into the text.
* Each placement gets new ``w:num`` instances with start overrides (see numbering.py), so
  every section's list starts at 1, even when a template places the same list twice.
  Children of a paragraph group restart as well, as ``core.numbering.numbered`` counts.
* The look comes from the template: paragraph styles "JD List" (flat lists), "JD List
  Outline" (lists with nested items) and "JD Paragraph", and the list format each list
  style links to in numbering.xml. A template without them gets built-in formats for the
  posting's language (1、/一、 for Chinese, 1./1.1. for English); so does an English
  posting in a template whose list formats are Chinese (1、 （1）): numbers follow the
  posting's language, as labels do.

Generating the paragraphs ourselves instead of a docxtpl ``Subdoc`` avoids loading a
second document per section and merging its numbering through docxcompose, and keeps
numbering ids under our control.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jdeditor.core.model import Item, ItemKind, Language, has_items, has_sub_items
from jdeditor.formats.docx_export.numbering import (
    EN_DECIMAL,
    LEVELS,
    ZH_FLAT,
    ZH_OUTLINE,
    NumberingWriter,
    W,
    numbering_root,
)

LIST_STYLE = "JD List"
OUTLINE_STYLE = "JD List Outline"
PARAGRAPH_STYLE = "JD Paragraph"
FALLBACK_LIST_STYLE = "List Paragraph"


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One paragraph of a list: an item (numbered, in ``run``) or a plain paragraph."""

    text: str
    level: int
    numbered: bool
    run: int = -1  # which numbering run the item counts in; -1 for paragraphs


@dataclass(frozen=True, slots=True)
class ListRun:
    """A stretch of items that count together; ``starts`` are the outer levels' numbers."""

    starts: tuple[int, ...] = ()


@dataclass(frozen=True)
class WordList:
    """A section's items ready to become Word paragraphs; falsy when there are none."""

    entries: tuple[ListEntry, ...]
    runs: tuple[ListRun, ...]
    outline: bool  # some item has sub-items: the outline format (一、 then 1、)
    _writer: ListXmlWriter | None = field(default=None, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __html__(self) -> str:
        if self._writer is None:
            return "".join(_paragraph("", escape_text(entry.text)) for entry in self.entries)
        return self._writer.list_xml(self)

    def __str__(self) -> str:
        return "\n".join("  " * entry.level + entry.text for entry in self.entries)


def build_word_list(
    items: Sequence[Item],
    writer: ListXmlWriter | None = None,
    *,
    first_number: int = 1,
    outline: bool | None = None,
) -> WordList:
    """Flatten an item tree, numbering as ``jdeditor.core.numbering.numbered`` does.

    ``first_number``: what the first top-level item counts as (a list continued from an
    earlier piece of the same section); ``outline``: force the format (the whole
    section's), instead of deciding from these items.
    """
    entries: list[ListEntry] = []
    runs: list[ListRun] = []
    if has_items(items):
        runs.append(ListRun((first_number,) if first_number != 1 else ()))
    _flatten(items, 0, 0, (), entries, runs)
    if outline is None:
        outline = has_sub_items(items)
    return WordList(tuple(entries), tuple(runs), outline, writer)


def _flatten(
    items: Sequence[Item],
    level: int,
    run: int,
    prefix: tuple[int, ...],
    entries: list[ListEntry],
    runs: list[ListRun],
) -> None:
    counter = 0
    shown_level = min(level, LEVELS - 1)
    for item in items:
        if item.kind is ItemKind.ITEM:
            counter += 1
            entries.append(ListEntry(item.text, shown_level, True, run))
            _flatten(item.children, level + 1, run, (*prefix, counter), entries, runs)
        else:
            entries.append(ListEntry(item.text, shown_level, False))
            if has_items(item.children):
                # numbered() restarts the count under a paragraph: a new run of its own.
                runs.append(ListRun(prefix))
                _flatten(item.children, level, len(runs) - 1, prefix, entries, runs)
            else:
                _flatten(item.children, level, run, prefix, entries, runs)


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraph(properties: str, escaped: str) -> str:
    ppr = f"<w:pPr>{properties}</w:pPr>" if properties else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escaped}</w:t></w:r></w:p>'


def _style(style_id: str | None) -> str:
    if not style_id:
        return ""
    return f'<w:pStyle w:val="{html.escape(style_id)}"/>'


def paragraph_styles(document: Any) -> dict[str, tuple[str, Any]]:
    """Paragraph styles by lower-case name: ``{name: (style id, w:style element)}``."""
    found: dict[str, tuple[str, Any]] = {}
    for style in document.styles.element.iterchildren(f"{W}style"):
        if style.get(f"{W}type") != "paragraph":
            continue
        name = style.find(f"{W}name")
        style_id = style.get(f"{W}styleId")
        if name is not None and style_id:
            found.setdefault(str(name.get(f"{W}val", "")).strip().lower(), (style_id, style))
    return found


def _chinese_format(numbering: NumberingWriter, abstract_id: int | None) -> bool:
    """A list format whose labels are Chinese (一、 1、 （1） ①)."""
    if abstract_id is None:
        return False
    return any(
        any(char in _CHINESE_LABEL_CHARS for char in text)
        for text in numbering.level_texts(abstract_id)
    )


_CHINESE_LABEL_CHARS = frozenset("、（）")


def _style_num_id(style: Any) -> int | None:
    num_id = style.find(f"{W}pPr/{W}numPr/{W}numId")
    try:
        return int(num_id.get(f"{W}val")) if num_id is not None else None
    except (TypeError, ValueError):
        return None


class ListXmlWriter:
    """Writes lists into one document being rendered; reads its styles once, on first use."""

    def __init__(self, document: Any, language: Language) -> None:
        self._document = document
        self._language = language
        self._numbering: NumberingWriter | None = None
        self._list_style: str | None = None
        self._outline_style: str | None = None
        self._paragraph_style: str | None = None
        self._flat_format = -1
        self._outline_format = -1
        self._indents: dict[bool, dict[int, int]] = {}

    def _prepare(self) -> NumberingWriter:
        if self._numbering is not None:
            return self._numbering
        numbering = NumberingWriter(numbering_root(self._document))
        styles = paragraph_styles(self._document)
        flat = styles.get(LIST_STYLE.lower()) or styles.get(FALLBACK_LIST_STYLE.lower())
        outline = styles.get(OUTLINE_STYLE.lower())
        paragraph = styles.get(PARAGRAPH_STYLE.lower())
        self._list_style = flat[0] if flat else None
        self._outline_style = outline[0] if outline else self._list_style
        self._paragraph_style = paragraph[0] if paragraph else None
        own_flat = self._linked_format(numbering, flat)
        own_outline = self._linked_format(numbering, outline)
        zh = self._language is Language.ZH
        if not zh:
            # An English posting is numbered 1. 1.1., not 1、 （1）, even in a template made
            # for Chinese: like the labels, the numbers follow the posting's language.
            own_flat = None if _chinese_format(numbering, own_flat) else own_flat
            own_outline = None if _chinese_format(numbering, own_outline) else own_outline
        self._flat_format = (
            own_flat
            if own_flat is not None
            else numbering.add_format(ZH_FLAT if zh else EN_DECIMAL)
        )
        if own_outline is not None:
            self._outline_format = own_outline
        elif own_flat is not None or not zh:
            self._outline_format = self._flat_format  # the template's one list format serves both
        else:
            self._outline_format = numbering.add_format(ZH_OUTLINE)
        self._indents = {
            False: numbering.text_indents(self._flat_format),
            True: numbering.text_indents(self._outline_format),
        }
        self._numbering = numbering
        return numbering

    @staticmethod
    def _linked_format(numbering: NumberingWriter, style: tuple[str, Any] | None) -> int | None:
        if style is None:
            return None
        num_id = _style_num_id(style[1])
        return numbering.abstract_of(num_id) if num_id is not None else None

    def list_xml(self, word_list: WordList) -> str:
        """The paragraphs of ``word_list``, with new list instances in numbering.xml."""
        if not word_list.entries:
            return ""
        numbering = self._prepare()
        outline = word_list.outline
        list_format = self._outline_format if outline else self._flat_format
        num_ids = [numbering.add_list(list_format, run.starts) for run in word_list.runs]
        item_style = _style(self._outline_style if outline else self._list_style)
        text_style = _style(self._paragraph_style)
        indents = self._indents[outline]
        parts: list[str] = []
        for entry in word_list.entries:
            if entry.numbered:
                properties = (
                    f'{item_style}<w:numPr><w:ilvl w:val="{entry.level}"/>'
                    f'<w:numId w:val="{num_ids[entry.run]}"/></w:numPr>'
                )
            else:
                indent = indents.get(entry.level - 1, 0) if entry.level else 0
                properties = text_style + (
                    f'<w:ind w:left="{indent}" w:firstLine="0"/>' if indent else ""
                )
            parts.append(_paragraph(properties, escape_text(entry.text)))
        return "".join(parts)
