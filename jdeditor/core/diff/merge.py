"""A three-way merge of two saves of one posting: base (the revision both started from),
mine (the form) and theirs (what someone else saved meanwhile). Pure logic, no Qt.

    result = merge_postings(base, mine, theirs)          # every conflict answered "mine"
    result.conflicts                                     # what the user must choose
    merge_postings(base, mine, theirs, {key: Side.THEIRS})  # the same, with choices

The result starts as mine and takes in theirs' changes:

- a header field changed on one side only takes that side; changed on both to different
  values it is a conflict. Tags merge one by one (added either side kept, removed on one
  side removed) and never conflict;
- items (matched with ``compare_postings``, so a moved or reworded item is the same item):
  added on either side kept (theirs placed after the neighbour it follows in theirs),
  removed on one side and untouched on the other removed, edited on one side taken,
  edited differently on both, or edited on one side and removed on the other, a conflict;
  the order is mine's, except that an item theirs moved and mine did not goes where theirs
  put it (its children with it);
- sections: theirs' new sections are added after their neighbour, theirs' renames taken
  when mine kept the heading; a section theirs removed goes when nothing of it is left.

Nothing is dropped silently: each choice the merge cannot make is a :class:`MergeConflict`
whose default answer is mine. The merge is deterministic, so the same conflicts (same
keys) come back when it runs again with the user's choices.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass

from jdeditor.core.diff.compare import FIELD_ORDER, compare_fields, compare_postings
from jdeditor.core.diff.merge_items import ItemMerger, Side
from jdeditor.core.diff.text import canonical
from jdeditor.core.model import Dismissal, Posting

__all__ = ["MergeConflict", "MergeResult", "Side", "merge_postings"]


@dataclass(frozen=True)
class MergeConflict:
    """One choice the merge leaves to the user.

    ``key`` names it across runs (``field:title``, ``item:1:2.0``). For a field,
    ``field`` is the Posting attribute and ``base``/``mine``/``theirs`` its values; for an
    item, ``field`` is empty, the values are the item's texts (``None`` where that side
    removed it) and ``section`` is the heading or kind of the section it stands in.
    """

    key: str
    field: str
    base: object
    mine: object
    theirs: object
    section: str = ""

    @property
    def is_item(self) -> bool:
        return not self.field


@dataclass(frozen=True)
class MergeResult:
    posting: Posting  # mine merged with theirs; id, version and times are theirs'
    conflicts: tuple[MergeConflict, ...]

    def conflict(self, key: str) -> MergeConflict | None:
        return next((found for found in self.conflicts if found.key == key), None)


def merge_postings(
    base: Posting,
    mine: Posting,
    theirs: Posting,
    picks: Mapping[str, Side] | None = None,
) -> MergeResult:
    """Merge ``mine`` and ``theirs``, both edited from ``base``; ``picks`` answers the
    conflicts by key (unanswered ones keep mine)."""
    picks = picks or {}
    merged = copy.deepcopy(mine)
    conflicts: list[MergeConflict] = []
    mine_fields = {change.name for change in compare_fields(base, mine)}
    their_fields = {change.name for change in compare_fields(base, theirs)}
    for name in FIELD_ORDER:
        if name == "tags":
            merged.tags = merge_lists(base.tags, mine.tags, theirs.tags)
            continue
        if name not in their_fields:
            continue
        if name not in mine_fields or not compare_fields_named(mine, theirs, name):
            setattr(merged, name, copy.deepcopy(getattr(theirs, name)))
            continue
        key = f"field:{name}"
        conflicts.append(
            MergeConflict(
                key, name, getattr(base, name), getattr(mine, name), getattr(theirs, name)
            )
        )
        if picks.get(key) is Side.THEIRS:
            setattr(merged, name, copy.deepcopy(getattr(theirs, name)))
    merger = ItemMerger(
        base, merged, theirs, compare_postings(base, mine), compare_postings(base, theirs), picks
    )
    merged.sections = merger.merge()
    conflicts += [
        MergeConflict(found.key, "", found.base, found.mine, found.theirs, found.section)
        for found in merger.conflicts
    ]
    merged.dismissals = _merge_dismissals(mine.dismissals, theirs.dismissals)
    merged.id, merged.version = theirs.id, theirs.version
    merged.created_at, merged.updated_at = theirs.created_at, theirs.updated_at
    return MergeResult(merged, tuple(conflicts))


def compare_fields_named(a: Posting, b: Posting, name: str) -> bool:
    """Whether field ``name`` differs between ``a`` and ``b`` (whitespace aside)."""
    return any(change.name == name for change in compare_fields(a, b))


def merge_lists(base: list[str], mine: list[str], theirs: list[str]) -> list[str]:
    """Mine's order; theirs' additions appended, theirs' removals applied (by canonical
    text)."""
    base_keys = {canonical(value) for value in base}
    their_keys = {canonical(value) for value in theirs}
    removed = base_keys - their_keys
    result = [value for value in mine if canonical(value) not in removed]
    kept = {canonical(value) for value in result}
    for value in theirs:
        key = canonical(value)
        if key not in base_keys and key not in kept:
            result.append(value)
            kept.add(key)
    return result


def _merge_dismissals(mine: list[Dismissal], theirs: list[Dismissal]) -> list[Dismissal]:
    keys = {dismissal.key for dismissal in mine}
    return copy.deepcopy(mine) + [
        copy.deepcopy(dismissal) for dismissal in theirs if dismissal.key not in keys
    ]
