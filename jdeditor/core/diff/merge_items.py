"""The item and section half of the three-way merge (see ``merge.py`` for the rules).

Items are known by their place in the base posting (section index, path): the two diffs
(base → mine, base → theirs) say where each base item went on each side. The merged
sections start as a copy of mine's; theirs' additions, moves, edits and removals are then
applied to that copy, every item found by identity, never by position, so that an earlier
change does not shift a later one.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from jdeditor.core.diff.model import Change, ItemChange, ItemRef, PostingDiff, SectionDiff
from jdeditor.core.diff.text import canonical
from jdeditor.core.model import Item, Posting, Section


class Side(enum.StrEnum):
    """Whose version a conflict takes."""

    MINE = "mine"
    THEIRS = "theirs"


Place = tuple[int, tuple[int, ...]]  # (section index, path) in one posting


@dataclass(frozen=True)
class ItemConflict:
    """An item (``item:…``) or a section heading (``section:…``, ``is_section``) both
    sides changed; the texts are items' texts or sections' names."""

    key: str
    base: str
    mine: str | None  # None: mine removed it
    theirs: str | None  # None: theirs removed it
    section: str
    is_section: bool = False


def _place(ref: ItemRef) -> Place:
    return ref.section_index, ref.path


def _at(sections: list[Section], place: Place) -> Item:
    section_index, path = place
    items = sections[section_index].items
    item = items[path[0]]
    for index in path[1:]:
        item = item.children[index]
    return item


def _section_name(section: Section) -> str:
    return section.heading.strip() or section.kind.value


def _same_heading(a: Section, b: Section) -> bool:
    return a.kind is b.kind and canonical(a.heading) == canonical(b.heading)


class ItemMerger:
    """Applies theirs' item and section changes to ``merged`` (a deep copy of mine)."""

    def __init__(
        self,
        base: Posting,
        merged: Posting,
        theirs: Posting,
        mine_diff: PostingDiff,
        their_diff: PostingDiff,
        picks: Mapping[str, Side],
    ) -> None:
        self._picks = picks
        self._base = base
        self._theirs = theirs
        self._sections = merged.sections
        self._mine_diff = mine_diff
        self._their_diff = their_diff
        self.conflicts: list[ItemConflict] = []
        # Where each base item and section is in the merged copy (as objects).
        self._mine_of_base: dict[Place, ItemChange] = {}
        self._merged_of_base: dict[Place, Item] = {}
        self._mine_added: list[Item] = []
        for _, change in mine_diff.item_changes():
            if change.new is None:
                continue
            item = _at(self._sections, _place(change.new))
            if change.old is None:
                self._mine_added.append(item)
            else:
                self._mine_of_base[_place(change.old)] = change
                self._merged_of_base[_place(change.old)] = item
        self._section_of_base: dict[int, Section] = {}
        self._mine_renamed: set[int] = set()
        self._mine_added_sections: list[Section] = []
        for pair in mine_diff.sections:
            if pair.old_index is not None and pair.new_index is not None:
                self._section_of_base[pair.old_index] = self._sections[pair.new_index]
                if pair.renamed:
                    self._mine_renamed.add(pair.old_index)
            elif pair.new_index is not None:
                self._mine_added_sections.append(self._sections[pair.new_index])
        self._restored: set[int] = set()  # base sections mine removed, brought back
        self._kept: set[int] = set()  # base sections theirs removed, mine kept
        self._section_of_theirs: dict[int, Section] = {}
        self._merged_of_theirs: dict[Place, Item] = {}
        self._used_additions: set[int] = set()

    # -- the merge -----------------------------------------------------------------------

    def merge(self) -> list[Section]:
        for pair in self._their_diff.sections:
            if pair.new_index is None:
                continue
            if pair.change is Change.ADDED:
                self._section_for_theirs(pair.new_index)
            elif pair.renamed and pair.old_index is not None:
                self._take_rename(pair)
            for change in pair.items:
                if change.new is not None:
                    self._take_item(change)
        for pair in self._their_diff.sections:
            if pair.change is Change.REMOVED and pair.old_index is not None:
                self._removal_of_section(pair.old_index)
        for _, change in self._their_diff.item_changes():
            if change.change is Change.REMOVED:
                self._take_removal(change)
        for pair in self._their_diff.sections:
            if pair.change is Change.REMOVED and pair.old_index is not None:
                self._drop_section(pair.old_index)
        return self._sections

    def _picked_theirs(self, key: str) -> bool:
        return self._picks.get(key) is Side.THEIRS

    def _conflict(self, base: Place, mine: str | None, theirs: str | None) -> bool:
        """Record a conflict about base item ``base``; True if the user picked theirs."""
        section_index, path = base
        key = f"item:{section_index}:{'.'.join(str(index) for index in path)}"
        base_text = _at(self._base.sections, base).text
        section = _section_name(self._base.sections[section_index])
        self.conflicts.append(ItemConflict(key, base_text, mine, theirs, section))
        return self._picked_theirs(key)

    def _section_conflict(self, base_index: int, mine: str | None, theirs: str | None) -> bool:
        """Record a conflict about base section ``base_index``'s heading; True if the
        user picked theirs."""
        key = f"section:{base_index}"
        name = _section_name(self._base.sections[base_index])
        self.conflicts.append(ItemConflict(key, name, mine, theirs, name, is_section=True))
        return self._picked_theirs(key)

    def _take_rename(self, pair: SectionDiff) -> None:
        """Theirs renamed a section: taken when mine kept the heading; a conflict when
        mine renamed it otherwise or removed it (theirs brings it back, their items in
        it with it)."""
        assert pair.old_index is not None and pair.new_index is not None
        theirs = self._theirs.sections[pair.new_index]
        merged = self._section_of_base.get(pair.old_index)
        if merged is None:
            if self._section_conflict(pair.old_index, None, _section_name(theirs)):
                self._restored.add(pair.old_index)
                self._section_for_theirs(pair.new_index)
            return
        if pair.old_index in self._mine_renamed and (
            _same_heading(merged, theirs)
            or not self._section_conflict(
                pair.old_index, _section_name(merged), _section_name(theirs)
            )
        ):
            return
        merged.kind, merged.heading = theirs.kind, theirs.heading

    def _removal_of_section(self, base_index: int) -> None:
        """Theirs removed a section mine renamed: a conflict (mine keeps it, with what
        is left in it)."""
        merged = self._section_of_base.get(base_index)
        if merged is None or base_index not in self._mine_renamed:
            return
        if not self._section_conflict(base_index, _section_name(merged), None):
            self._kept.add(base_index)

    def _drop_section(self, base_index: int) -> None:
        merged = self._section_of_base.get(base_index)
        if merged is None or base_index in self._kept or merged.items:
            return
        self._sections[:] = [section for section in self._sections if section is not merged]

    def _take_item(self, change: ItemChange) -> None:
        new = change.new
        assert new is not None
        there = _place(new)
        if change.old is None:
            twin = self._twin_addition(new)
            if twin is None:
                twin = Item(new.text, [], new.kind)
                self._insert(there, twin)
            self._merged_of_theirs[there] = twin
            return
        base = _place(change.old)
        item = self._merged_of_base.get(base)
        mine = self._mine_of_base.get(base)
        if item is None or mine is None:  # mine removed it
            restored = not change.is_edited and base[0] in self._restored
            if restored or (change.is_edited and self._conflict(base, None, new.text)):
                item = Item(new.text, [], new.kind)
                self._insert(there, item)
                self._merged_of_theirs[there] = item
            return
        if change.is_edited:
            same = canonical(item.text) == canonical(new.text) and item.kind is new.kind
            if not mine.is_edited or same or self._conflict(base, item.text, new.text):
                item.text, item.kind = new.text, new.kind
        if change.is_moved and not mine.is_moved:
            self._move(item, there)
        self._merged_of_theirs[there] = item

    def _take_removal(self, change: ItemChange) -> None:
        assert change.old is not None
        base = _place(change.old)
        item = self._merged_of_base.get(base)
        mine = self._mine_of_base.get(base)
        if item is None or mine is None:
            return
        if mine.is_edited and not self._conflict(base, item.text, None):
            return
        if not mine.is_edited and base[0] in self._kept:
            return  # in a section theirs removed and mine kept, as mine has it
        self._splice_out(item)

    # -- placing items -------------------------------------------------------------------

    def _twin_addition(self, new: ItemRef) -> Item | None:
        """An item mine added with the same text: both added it, keep one."""
        section = self._section_for_theirs(new.section_index)
        key = canonical(new.text)
        for _, item in section.walk():
            if id(item) in self._used_additions:
                continue
            mine_added = any(item is added for added in self._mine_added)
            if mine_added and canonical(item.text) == key and item.kind is new.kind:
                self._used_additions.add(id(item))
                return item
        return None

    def _section_for_theirs(self, index: int) -> Section:
        """The merged section standing for theirs' section ``index``; made (empty, after
        the section before it in theirs) when mine has none."""
        found = self._existing_for_theirs(index)
        if found is not None:
            return found
        found = self._twin_section(index)
        if found is None:
            theirs = self._theirs.sections[index]
            found = Section(theirs.kind, theirs.heading, [])
            position = 0
            for before in range(index - 1, -1, -1):  # after the nearest one there is
                neighbour = self._existing_for_theirs(before)
                if neighbour is not None:
                    position = next(i for i, s in enumerate(self._sections) if s is neighbour)
                    position += 1
                    break
            self._sections.insert(position, found)
        self._section_of_theirs[index] = found
        return found

    def _existing_for_theirs(self, index: int) -> Section | None:
        """The merged section standing for theirs' section ``index``, if there is one."""
        found = self._section_of_theirs.get(index)
        if found is not None:
            return found
        for pair in self._their_diff.sections:
            if pair.new_index == index and pair.old_index is not None:
                found = self._section_of_base.get(pair.old_index)
        if found is not None:
            self._section_of_theirs[index] = found
        return found

    def _twin_section(self, index: int) -> Section | None:
        """A section mine added under the same kind and heading as theirs' new section
        ``index``: both added it, its items go together."""
        theirs = self._theirs.sections[index]
        for section in self._mine_added_sections:
            taken = any(section is used for used in self._section_of_theirs.values())
            if not taken and _same_heading(section, theirs):
                return section
        return None

    def _insert(self, there: Place, item: Item) -> None:
        """Put ``item`` where theirs has it: under the same parent, after the same
        neighbour (at the top of that list when theirs has it first)."""
        section_index, path = there
        parent = self._merged_of_theirs.get((section_index, path[:-1])) if path[:-1] else None
        if parent is not None and not self._contains(item, parent):
            target = parent.children
        elif path[:-1]:  # the parent is gone on mine's side: the end of the section
            self._section_for_theirs(section_index).items.append(item)
            return
        else:
            target = self._section_for_theirs(section_index).items
        position = 0
        for before in range(path[-1] - 1, -1, -1):
            neighbour = self._merged_of_theirs.get((section_index, (*path[:-1], before)))
            index = next((i for i, node in enumerate(target) if node is neighbour), None)
            if index is not None:
                position = index + 1
                break
        target.insert(position, item)

    @staticmethod
    def _contains(item: Item, other: Item) -> bool:
        return any(node is other for _, node in item.walk())

    def _container(self, item: Item) -> list[Item] | None:
        for section in self._sections:
            found = self._find_in(section.items, item)
            if found is not None:
                return found
        return None

    def _find_in(self, items: list[Item], item: Item) -> list[Item] | None:
        for node in items:
            if node is item:
                return items
            found = self._find_in(node.children, item)
            if found is not None:
                return found
        return None

    def _move(self, item: Item, there: Place) -> None:
        section_index, path = there
        parent = self._merged_of_theirs.get((section_index, path[:-1])) if path[:-1] else None
        if parent is not None and self._contains(item, parent):
            return  # mine put theirs' new parent under this item: keep mine's order
        container = self._container(item)
        if container is None:
            return
        container[:] = [node for node in container if node is not item]
        self._insert(there, item)

    def _splice_out(self, item: Item) -> None:
        """Remove ``item``; children it still has (mine added them) take its place."""
        container = self._container(item)
        if container is None:
            return
        index = next(i for i, node in enumerate(container) if node is item)
        container[index : index + 1] = item.children
