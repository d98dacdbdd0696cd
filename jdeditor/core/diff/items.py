"""Item-by-item matching of two sections' trees: added, removed, moved, edited, unchanged.

Both trees are flattened in reading order. Items are paired in four passes, each only
among the items the earlier passes left:

1. a sequence alignment (``difflib.SequenceMatcher``) of the canonical texts pairs the
   items that stayed in order with the same text;
2. inside each replaced stretch of that alignment, items alike enough pair up as edits
   in place (best pairs first);
3. an exact text found elsewhere is the same item moved;
4. a similar text found elsewhere is the same item moved and edited.

Then each pair is placed: it stayed if its parent is the same (the old parent is paired
with the new parent, or both are at the top) and it belongs to the longest run of
siblings that kept their order; otherwise it moved. So an item that changes parent, and
one that jumps over its siblings, is a move, while its untouched neighbours stay put.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from jdeditor.core.diff.model import Change, ItemChange, ItemRef, Segment, SegmentOp
from jdeditor.core.diff.text import Scorer, canonical, segments
from jdeditor.core.model import Item
from jdeditor.core.numbering import numbered

IN_PLACE_SIMILARITY = 0.5  # an edit where the item stood: the position speaks for it
ELSEWHERE_SIMILARITY = 0.65  # a moved and edited item needs more likeness


@dataclass(frozen=True)
class Node:
    """One item of a flattened tree, with what the matching needs."""

    ref: ItemRef
    canonical: str
    parent: int | None  # index of the parent node in the same flat list
    sibling: int  # position among its parent's children


def flatten(items: Sequence[Item], section_index: int) -> list[Node]:
    labels = [label for label, _, _ in numbered(items)]
    nodes: list[Node] = []

    def visit(children: Sequence[Item], path: tuple[int, ...], parent: int | None) -> None:
        for position, item in enumerate(children):
            item_path = (*path, position)
            parent_text = nodes[parent].ref.text if parent is not None else ""
            ref = ItemRef(
                section_index, item_path, labels[len(nodes)], item.text, item.kind, parent_text
            )
            nodes.append(Node(ref, canonical(item.text), parent, position))
            visit(item.children, item_path, len(nodes) - 1)

    visit(items, (), None)
    return nodes


def same_content(old: Node, new: Node) -> bool:
    return old.canonical == new.canonical and old.ref.kind is new.ref.kind


class Pairing:
    """The pairs found so far between one old and one new list of nodes."""

    def __init__(self, old: Sequence[Node], new: Sequence[Node]) -> None:
        self.old = old
        self.new = new
        self.old_to_new: dict[int, int] = {}
        self.new_to_old: dict[int, int] = {}
        self.score: dict[int, float] = {}  # by old index

    def pair(self, old_index: int, new_index: int, score: float) -> None:
        self.old_to_new[old_index] = new_index
        self.new_to_old[new_index] = old_index
        self.score[old_index] = score

    def free_old(self, indices: Iterable[int]) -> list[int]:
        return [index for index in indices if index not in self.old_to_new]

    def free_new(self, indices: Iterable[int]) -> list[int]:
        return [index for index in indices if index not in self.new_to_old]

    def align(self) -> None:
        """Passes 1 and 2: the sequence alignment and the edits in place."""
        a = [node.canonical for node in self.old]
        b = [node.canonical for node in self.new]
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag == "equal":
                for offset in range(i2 - i1):
                    self.pair(i1 + offset, j1 + offset, 1.0)
            elif tag == "replace":
                self.pair_similar(range(i1, i2), range(j1, j2), IN_PLACE_SIMILARITY)

    def pair_exact(self) -> None:
        """Pass 3: the same text elsewhere, taken in reading order."""
        waiting: dict[str, list[int]] = {}
        for index in self.free_new(range(len(self.new))):
            waiting.setdefault(self.new[index].canonical, []).append(index)
        for index in self.free_old(range(len(self.old))):
            candidates = waiting.get(self.old[index].canonical)
            if candidates:
                self.pair(index, candidates.pop(0), 1.0)

    def pair_similar(self, old: Iterable[int], new: Iterable[int], at_least: float) -> None:
        """Pairs alike enough, the most alike first (pass 2 in a stretch, pass 4 overall)."""
        old_free, new_free = self.free_old(old), self.free_new(new)
        scored: list[tuple[float, int, int]] = []
        for j in new_free if old_free else ():
            scorer = Scorer(self.new[j].ref.text)
            for i in old_free:
                score = scorer.score(self.old[i].ref.text, at_least)
                if score >= at_least:
                    scored.append((score, i, j))
        scored.sort(key=lambda entry: (-entry[0], entry[1], entry[2]))
        for score, i, j in scored:
            if i not in self.old_to_new and j not in self.new_to_old:
                self.pair(i, j, score)


def moved_pairs(pairing: Pairing) -> set[int]:
    """Old indices of the pairs that moved (changed parent, or left their siblings' order)."""
    moved: set[int] = set()
    groups: dict[int | None, list[tuple[int, int]]] = {}
    for old_index, new_index in pairing.old_to_new.items():
        old_parent = pairing.old[old_index].parent
        new_parent = pairing.new[new_index].parent
        if old_parent is None and new_parent is None:
            same_parent = True
        elif old_parent is None or new_parent is None:
            same_parent = False
        else:
            same_parent = pairing.old_to_new.get(old_parent) == new_parent
        if not same_parent:
            moved.add(old_index)
            continue
        groups.setdefault(new_parent, []).append((new_index, old_index))
    for members in groups.values():
        members.sort()
        values = [pairing.old[old].sibling for _, old in members]
        weights = [pairing.score[old] for _, old in members]
        kept = heaviest_increasing(values, weights)
        moved.update(old for position, (_, old) in enumerate(members) if position not in kept)
    return moved


def heaviest_increasing(values: Sequence[int], weights: Sequence[float]) -> set[int]:
    """Positions of the increasing subsequence that keeps the most items in place and,
    among those, the most alike ones: of ``[B, A']`` from ``[A, B]`` the unchanged B
    stays and the edited A' moved, rather than the other way round. Quadratic, so long
    lists (never a real section) take the plain longest subsequence."""
    count = len(values)
    if count > 300:
        return longest_increasing(values)
    best = [(1.0, weight) for weight in weights]  # (items kept, summed similarity)
    previous = [-1] * count
    for position in range(count):
        for before in range(position):
            if values[before] < values[position]:
                kept, alike = best[before]
                candidate = (kept + 1, alike + weights[position])
                if candidate > best[position]:
                    best[position] = candidate
                    previous[position] = before
    chosen: set[int] = set()
    position = max(range(count), key=lambda index: best[index], default=-1)
    while position != -1:
        chosen.add(position)
        position = previous[position]
    return chosen


def longest_increasing(values: Sequence[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []  # position of the smallest tail of each length
    previous: list[int] = [-1] * len(values)
    for position, value in enumerate(values):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if values[tails[middle]] < value:
                low = middle + 1
            else:
                high = middle
        previous[position] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(position)
        else:
            tails[low] = position
    kept: set[int] = set()
    position = tails[-1] if tails else -1
    while position != -1:
        kept.add(position)
        position = previous[position]
    return kept


def item_change(
    old: Node | None, new: Node | None, moved: bool = False, score: float = 1.0
) -> ItemChange:
    if old is None:
        assert new is not None
        return ItemChange(
            Change.ADDED, None, new.ref, (Segment(SegmentOp.INSERT, "", new.ref.text),), 0.0
        )
    if new is None:
        return ItemChange(
            Change.REMOVED, old.ref, None, (Segment(SegmentOp.DELETE, old.ref.text, ""),), 0.0
        )
    if same_content(old, new):
        change = Change.MOVED if moved else Change.UNCHANGED
        # Texts differing only in whitespace are one equal segment: nothing to highlight.
        parts = (Segment(SegmentOp.EQUAL, old.ref.text, new.ref.text),)
        return ItemChange(change, old.ref, new.ref, parts, 1.0)
    change = Change.MOVED_EDITED if moved else Change.EDITED
    return ItemChange(change, old.ref, new.ref, segments(old.ref.text, new.ref.text), score)
