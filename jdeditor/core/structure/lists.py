"""Building an item tree from list markers: nesting, continuation and numbering checks.

Nesting rules, in order:

* a hierarchical number nests under the item whose number is its prefix (``1.2`` under
  ``1、`` or ``一、``), and is a sibling of ``1.1``;
* a list start (``1.``, a bullet) indented at least as deep as the text of the item before
  it nests under that item even in the same style, as Markdown nests lists;
* a marker of a family already open (same numbering style) closes the deeper levels and
  continues that list — the open list of that style indented no deeper than the marker,
  if there is one;
* a new family nests under the item just before it (``(1)`` under ``1、``, bullets under a
  numbered item) — except Chinese chapter numbers (``一、``), which never nest under ``1、``;
* a paragraph after a chapter item (``一、…``) becomes its child, and so does a paragraph
  indented at least as deep as the item's text (a paragraph inside a Markdown list item,
  with the list indented under it); after any other item it stays at that item's level, so
  the numbering around it carries on.

Word list paragraphs bring their own level, which is trusted as is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jdeditor.core.model import Item, ItemKind
from jdeditor.core.structure.numbering import (
    CHAPTER_FAMILIES,
    HIER,
    Marker,
    is_list_start,
    next_key,
)


@dataclass(slots=True)
class _Level:
    container: list[Item]
    family: str | None = None
    last_marker: Marker | None = None
    last_item: Item | None = None
    is_base: bool = False
    indent: int = 0  # of the list's first marker
    content: int = 0  # where the text of the last item starts (its indent plus its marker)


@dataclass(frozen=True)
class NumberingIssue:
    """A gap or repeat found while placing an item (reported once its text is final)."""

    code: str
    previous: Marker | None
    current: Marker


@dataclass
class ListBuilder:
    """Appends items and paragraphs to a container (a section's items or a group's children)."""

    container: list[Item]
    levels: list[_Level] = field(default_factory=list)
    last_item: Item | None = None
    _word_path: list[Item] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.levels = [_Level(self.container, is_base=True)]

    # -- groups -------------------------------------------------------------------------

    def open_group(self, text: str) -> Item:
        """A sub-heading inside a section: an unnumbered node whose children follow it."""
        del self.levels[1:]
        group = Item(text, kind=ItemKind.PARAGRAPH)
        self.container.append(group)
        self.levels[0].last_item = None
        self.levels.append(_Level(group.children, is_base=True))
        self._word_path.clear()
        self.last_item = None
        return group

    # -- list items ---------------------------------------------------------------------

    def fits(self, marker: Marker) -> bool:
        """Whether a weak marker (``1.2 `` with only a space) continues a list in progress."""
        if marker.family != HIER:
            return True
        return self._find_hier(marker) is not None

    def expected_next(self) -> set[tuple[str, tuple[int, ...]]]:
        """Markers that would continue one of the open lists (for splitting a line mid-way)."""
        expected: set[tuple[str, tuple[int, ...]]] = set()
        for level in self.levels:
            if level.last_marker is not None:
                following = next_key(level.last_marker)
                if following is not None:
                    expected.add(following)
        return expected

    def add_marked(
        self, marker: Marker, text: str, indent: int = 0
    ) -> tuple[Item, NumberingIssue | None]:
        item = Item(text)
        issue: NumberingIssue | None
        if marker.family == HIER:
            issue = self._place_hier(marker, item, indent)
        else:
            issue = self._place_flat(marker, item, indent)
        self.last_item = item
        self._word_path.clear()
        return item, issue

    def add_word_item(self, level: int, text: str) -> Item:
        """A Word list paragraph: its level says where it belongs."""
        item = Item(text)
        level = max(0, min(level, len(self._word_path)))
        if level == 0:
            self._top().container.append(item)
        else:
            self._word_path[level - 1].children.append(item)
        del self._word_path[level:]
        self._word_path.append(item)
        self.last_item = item
        return item

    def add_word_paragraph(self, level: int, text: str) -> Item:
        """A paragraph inside the Word (or HTML) list item of ``level``; without such an
        item, a paragraph as :meth:`add_paragraph` places it."""
        if level >= len(self._word_path):
            return self.add_paragraph(text)
        paragraph = Item(text, kind=ItemKind.PARAGRAPH)
        self._word_path[level].children.append(paragraph)
        del self._word_path[level + 1 :]
        self.last_item = None
        return paragraph

    def add_paragraph(self, text: str, indent: int = 0) -> Item:
        top = self._top()
        paragraph = Item(text, kind=ItemKind.PARAGRAPH)
        owner = top.last_item
        chapter = top.last_marker is not None and top.last_marker.family in CHAPTER_FAMILIES
        # Indented as deep as the item's text: a paragraph inside the item (Markdown).
        inside = indent > 0 and indent >= top.content and top.family is not None
        if owner is not None and (chapter or inside):
            self.levels.append(_Level(owner.children, indent=indent if inside else 0))
            top = self._top()
        top.container.append(paragraph)
        top.last_item = None
        self.last_item = None
        return paragraph

    def append_continuation(self, text: str) -> None:
        """Join a wrapped or body line to the item it continues, on a new line."""
        if self.last_item is not None:
            self.last_item.text = f"{self.last_item.text}\n{text}" if self.last_item.text else text

    # -- placement ----------------------------------------------------------------------

    def _top(self) -> _Level:
        return self.levels[-1]

    def _append(
        self, level: _Level, marker: Marker, item: Item, indent: int
    ) -> NumberingIssue | None:
        issue = _check_sequence(level.last_marker, marker)
        level.container.append(item)
        if level.family is None:
            level.indent = indent
        level.family = marker.family
        level.last_marker = marker
        level.last_item = item
        level.content = indent + len(marker.raw)
        return issue

    def _base_index(self) -> int:
        """The innermost group (or the section itself): lists never reach out of it."""
        # Only the section's level and one open group are bases (open_group closes the rest).
        return 1 if len(self.levels) > 1 and self.levels[1].is_base else 0

    def _nests_by_indent(self, marker: Marker, indent: int) -> bool:
        top = self._top()
        return (
            top.family == marker.family
            and top.last_item is not None
            and top.last_item.kind is ItemKind.ITEM
            and indent >= top.content
            and is_list_start(marker)
        )

    def _place_flat(self, marker: Marker, item: Item, indent: int) -> NumberingIssue | None:
        levels = self.levels
        top = levels[-1]
        if indent and self._nests_by_indent(marker, indent):
            assert top.last_item is not None  # checked by _nests_by_indent
            levels.append(_Level(top.last_item.children))
            return self._append(levels[-1], marker, item, indent)
        if top.family == marker.family and top.indent <= indent:
            # The innermost list goes on (most items): the search below would stop there first.
            return self._append(top, marker, item, indent)
        base = self._base_index()
        if top.family is None and top.indent and indent >= top.indent:
            # A list indented under a paragraph inside an item: that item's list.
            return self._append(top, marker, item, indent)
        family = marker.family
        found: int | None = None
        for index in range(len(levels) - 1, base - 1, -1):
            level = levels[index]
            if level.family == family:
                if found is None:
                    found = index
                if level.indent <= indent:
                    found = index
                    break
        if found is not None:
            del levels[found + 1 :]
            return self._append(levels[found], marker, item, indent)
        if family in CHAPTER_FAMILIES:
            del levels[base + 1 :]
            level = levels[base]
            level.last_marker = None
            return self._append(level, marker, item, indent)
        if top.family is None:
            return self._append(top, marker, item, indent)
        if top.last_item is not None and top.last_item.kind is ItemKind.ITEM:
            levels.append(_Level(top.last_item.children))
        else:
            levels.append(_Level(top.container))
        return self._append(levels[-1], marker, item, indent)

    def _find_hier(self, marker: Marker) -> tuple[int, bool] | None:
        """Where a hierarchical marker goes: (level index, True if it opens a child level)."""
        parent_path = marker.path[:-1]
        for index in range(len(self.levels) - 1, self._base_index() - 1, -1):
            level = self.levels[index]
            last = level.last_marker
            if last is None or level.last_item is None:
                continue
            if level.family == HIER and len(last.path) == len(marker.path):
                if last.path[:-1] == parent_path:
                    return index, False
            elif last.path == parent_path and (level.family == HIER or len(parent_path) == 1):
                return index, True
        return None

    def _place_hier(self, marker: Marker, item: Item, indent: int) -> NumberingIssue | None:
        found = self._find_hier(marker)
        if found is None:
            flat = Marker(f"{HIER}{len(marker.path)}", marker.path, marker.raw)
            return self._place_flat(flat, item, indent)
        index, opens_child = found
        del self.levels[index + 1 :]
        if not opens_child:
            return self._append(self.levels[index], marker, item, indent)
        owner = self.levels[index].last_item
        assert owner is not None  # _find_hier only returns levels with a last item
        self.levels.append(_Level(owner.children))
        return self._append(self._top(), marker, item, indent)


def _check_sequence(previous: Marker | None, current: Marker) -> NumberingIssue | None:
    if not current.path:
        return None
    value = current.path[-1]
    if previous is None or not previous.path or previous.family != current.family:
        return NumberingIssue("numbering_gap", None, current) if value > 1 else None
    expected = previous.path[-1] + 1
    if value == expected or (value == 1 and current.path[:-1] == previous.path[:-1]):
        return None
    if value == 1:
        return None
    if value > expected:
        return NumberingIssue("numbering_gap", previous, current)
    return NumberingIssue("numbering_repeat", previous, current)
