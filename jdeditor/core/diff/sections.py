"""Matching the sections of two postings by kind and heading.

Sections pair up, in this order of preference: the same kind and heading in the same
order (a sequence alignment), the same kind and heading anywhere, the same kind under a
new heading (renamed), the same heading under another kind. What is left was added or
removed. A pair out of the order of the others is a moved section.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from jdeditor.core.diff.items import longest_increasing
from jdeditor.core.diff.text import canonical
from jdeditor.core.model import Section


@dataclass(frozen=True)
class SectionPair:
    old: int | None
    new: int | None
    moved: bool = False


def _key(section: Section) -> tuple[str, str]:
    return section.kind.value, canonical(section.heading)


def pair_sections(old: Sequence[Section], new: Sequence[Section]) -> list[SectionPair]:
    """Every section of both postings once, in the new order; a removed section follows
    the section that preceded it in the old posting."""
    old_keys, new_keys = [_key(s) for s in old], [_key(s) for s in new]
    old_to_new: dict[int, int] = {}
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            old_to_new[block.a + offset] = block.b + offset

    def same(i: int, j: int) -> bool:
        return old_keys[i] == new_keys[j]

    def same_kind(i: int, j: int) -> bool:
        return old_keys[i][0] == new_keys[j][0]

    def same_heading(i: int, j: int) -> bool:
        return bool(old_keys[i][1]) and old_keys[i][1] == new_keys[j][1]

    for rule in (same, same_kind, same_heading):
        taken = set(old_to_new.values())
        for i in range(len(old)):
            if i in old_to_new:
                continue
            j = next((j for j in range(len(new)) if j not in taken and rule(i, j)), None)
            if j is not None:
                old_to_new[i] = j
                taken.add(j)
    new_to_old = {j: i for i, j in old_to_new.items()}
    by_new = sorted((j, i) for i, j in old_to_new.items())
    kept = longest_increasing([i for _, i in by_new])
    moved = {i for position, (_, i) in enumerate(by_new) if position not in kept}
    removed_after: dict[int | None, list[int]] = {}
    anchor: int | None = None
    for i in range(len(old)):
        if i in old_to_new:
            anchor = old_to_new[i]
        else:
            removed_after.setdefault(anchor, []).append(i)
    pairs = [SectionPair(i, None) for i in removed_after.get(None, [])]
    for j in range(len(new)):
        found = new_to_old.get(j)
        pairs.append(SectionPair(found, j, found in moved))
        pairs += [SectionPair(k, None) for k in removed_after.get(j, [])]
    return pairs
