"""Comparing two postings: header fields, then sections, then items.

``compare_postings(old, new)`` is the one entry point the service, the GUI and the
command line use; ``is_meaningful_change`` is the store's cheap "is this save worth a
revision" test and agrees with ``compare_postings(old, new).has_changes``.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher

from jdeditor.core.diff.items import (
    ELSEWHERE_SIMILARITY,
    Node,
    Pairing,
    flatten,
    item_change,
    moved_pairs,
)
from jdeditor.core.diff.model import (
    Change,
    FieldChange,
    ItemChange,
    PostingDiff,
    SectionDiff,
    Segment,
    SegmentOp,
)
from jdeditor.core.diff.sections import SectionPair, pair_sections
from jdeditor.core.diff.text import Scorer, canonical, segments
from jdeditor.core.model import Item, Posting, Salary, Section

TEXT_FIELDS = ("title", "department", "location", "reports_to", "summary")
VALUE_FIELDS = ("headcount", "employment_type", "status", "language")
# The order fields are listed in, in a diff and in its summary.
FIELD_ORDER = (
    "title",
    "department",
    "location",
    "reports_to",
    "headcount",
    "employment_type",
    "salary",
    "status",
    "language",
    "summary",
    "tags",
)


def compare_postings(old: Posting, new: Posting) -> PostingDiff:
    """What changed from ``old`` to ``new``. Whitespace alone is never a change."""
    return PostingDiff(compare_fields(old, new), _compare_sections(old.sections, new.sections))


def is_meaningful_change(old: Posting, new: Posting) -> bool:
    """Whether ``new`` differs from ``old`` in more than whitespace (ids, versions and
    times are not content)."""
    return content_key(old) != content_key(new)


def content_key(posting: Posting) -> Hashable:
    """Everything a revision is about, whitespace normalised, as one comparable value."""
    return (
        tuple(canonical(getattr(posting, name)) for name in TEXT_FIELDS),
        tuple(getattr(posting, name) for name in VALUE_FIELDS),
        _salary_key(posting.salary),
        tuple(canonical(tag) for tag in posting.tags),
        tuple(
            (section.kind, canonical(section.heading), _items_key(section.items))
            for section in posting.sections
        ),
    )


def _items_key(items: Sequence[Item]) -> Hashable:
    return tuple((canonical(item.text), item.kind, _items_key(item.children)) for item in items)


def _salary_key(salary: Salary | None) -> Hashable:
    if salary is None or salary.is_empty():
        return None
    return salary.minimum, salary.maximum, salary.currency, salary.period


def compare_fields(old: Posting, new: Posting) -> tuple[FieldChange, ...]:
    changes: list[FieldChange] = []
    for name in FIELD_ORDER:
        before, after = getattr(old, name), getattr(new, name)
        if name in TEXT_FIELDS:
            if canonical(before) != canonical(after):
                changes.append(FieldChange(name, before, after, segments(before, after)))
        elif name == "salary":
            if _salary_key(before) != _salary_key(after):
                changes.append(FieldChange(name, before, after))
        elif name == "tags":
            if [canonical(t) for t in before] != [canonical(t) for t in after]:
                changes.append(
                    FieldChange(name, list(before), list(after), _tag_segments(before, after))
                )
        elif before != after:
            changes.append(FieldChange(name, before, after))
    return tuple(changes)


def _tag_segments(old: Sequence[str], new: Sequence[str]) -> tuple[Segment, ...]:
    """One segment per tag: kept, added or dropped."""
    a, b = [canonical(tag) for tag in old], [canonical(tag) for tag in new]
    result: list[Segment] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            result += [
                Segment(SegmentOp.EQUAL, old[i], new[j])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
            continue
        result += [Segment(SegmentOp.DELETE, old[i], "") for i in range(i1, i2)]
        result += [Segment(SegmentOp.INSERT, "", new[j]) for j in range(j1, j2)]
    return tuple(result)


def _compare_sections(old: Sequence[Section], new: Sequence[Section]) -> tuple[SectionDiff, ...]:
    pairs = pair_sections(old, new)
    old_nodes = [
        flatten(old[pair.old].items, pair.old) if pair.old is not None else [] for pair in pairs
    ]
    new_nodes = [
        flatten(new[pair.new].items, pair.new) if pair.new is not None else [] for pair in pairs
    ]
    pairings = [Pairing(a, b) for a, b in zip(old_nodes, new_nodes, strict=True)]
    for pairing in pairings:
        pairing.align()
        pairing.pair_exact()
        pairing.pair_similar(range(len(pairing.old)), range(len(pairing.new)), ELSEWHERE_SIMILARITY)
    across = _pair_across(pairings)
    return tuple(
        _section_diff(old, new, pair, pairing, across, index)
        for index, (pair, pairing) in enumerate(zip(pairs, pairings, strict=True))
    )


Place = tuple[int, int]  # (index of the section pair, index of the node in it)


def _pair_across(pairings: Sequence[Pairing]) -> dict[Place, tuple[Node, float]]:
    """Items that moved to another section: new place → (old node, similarity)."""
    old_free = [
        (p, i)
        for p, pairing in enumerate(pairings)
        for i in pairing.free_old(range(len(pairing.old)))
    ]
    new_free = [
        (p, j)
        for p, pairing in enumerate(pairings)
        for j in pairing.free_new(range(len(pairing.new)))
    ]
    if not old_free or not new_free:
        return {}
    scored: list[tuple[float, Place, Place]] = []
    for q, j in new_free:
        new_node = pairings[q].new[j]
        scorer = Scorer(new_node.ref.text)
        for p, i in old_free:
            if p == q:
                continue  # the same section pair already looked
            old_node = pairings[p].old[i]
            if old_node.canonical == new_node.canonical:
                score = 1.0
            else:
                score = scorer.score(old_node.ref.text, ELSEWHERE_SIMILARITY)
            if score >= ELSEWHERE_SIMILARITY:
                scored.append((score, (p, i), (q, j)))
    scored.sort(key=lambda entry: (-entry[0], entry[1], entry[2]))
    used_old: set[Place] = set()
    found: dict[Place, tuple[Node, float]] = {}
    for score, old_place, new_place in scored:
        if old_place in used_old or new_place in found:
            continue
        used_old.add(old_place)
        found[new_place] = (pairings[old_place[0]].old[old_place[1]], score)
    return found


def _section_diff(
    old: Sequence[Section],
    new: Sequence[Section],
    pair: SectionPair,
    pairing: Pairing,
    across: dict[Place, tuple[Node, float]],
    index: int,
) -> SectionDiff:
    old_section = old[pair.old] if pair.old is not None else None
    new_section = new[pair.new] if pair.new is not None else None
    gone_elsewhere = {id(node) for node, _ in across.values()}
    moved = moved_pairs(pairing)
    removed_after: dict[int | None, list[int]] = {}
    anchor: int | None = None
    for i, node in enumerate(pairing.old):
        if i in pairing.old_to_new:
            anchor = pairing.old_to_new[i]
        elif id(node) not in gone_elsewhere:
            removed_after.setdefault(anchor, []).append(i)
    items: list[ItemChange] = [
        item_change(pairing.old[i], None) for i in removed_after.get(None, [])
    ]
    for j, node in enumerate(pairing.new):
        paired = pairing.new_to_old.get(j)
        if paired is not None:
            items.append(
                item_change(pairing.old[paired], node, paired in moved, pairing.score[paired])
            )
        elif (index, j) in across:
            old_node, score = across[(index, j)]
            items.append(item_change(old_node, node, True, score))
        else:
            items.append(item_change(None, node))
        items += [item_change(pairing.old[k], None) for k in removed_after.get(j, [])]
    if old_section is None:
        change = Change.ADDED
    elif new_section is None:
        change = Change.REMOVED
    else:
        renamed = old_section.kind is not new_section.kind or canonical(
            old_section.heading
        ) != canonical(new_section.heading)
        if pair.moved:
            change = Change.MOVED_EDITED if renamed else Change.MOVED
        else:
            change = Change.EDITED if renamed else Change.UNCHANGED
    return SectionDiff(
        change,
        pair.old,
        pair.new,
        old_section.kind if old_section else None,
        new_section.kind if new_section else None,
        old_section.heading if old_section else "",
        new_section.heading if new_section else "",
        tuple(items),
    )
