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
- sections: theirs' new sections are added after their neighbour (one added on both
  sides under the same kind and heading is one section, its items merged), theirs'
  renames taken when mine kept the heading; a section theirs removed goes when nothing
  of it is left. A heading renamed differently on both sides, renamed on one side and
  removed on the other, is a conflict (theirs, for a section mine removed, brings it
  back with their items in it; mine, for a section theirs removed, keeps it as mine has
  it);
- dismissed checks merge by finding: dismissed or let go on one side takes that side;
  dismissed on both with different reasons, or re-worded on one side and let go on the
  other, is a conflict.

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

    ``key`` names it across runs (``field:title``, ``item:1:2.0``, ``section:1``,
    ``dismissal:KEY``). For a field, ``field`` is the Posting attribute and
    ``base``/``mine``/``theirs`` its values; for an item, ``field`` is empty, the values
    are the item's texts (``None`` where that side removed it) and ``section`` is the
    heading or kind of the section it stands in. For a section's heading, ``field`` is
    ``sections``, the values are headings (or kinds, for a section without one; ``None``
    where that side removed it) and ``section`` the base heading. For a dismissed check,
    ``field`` is ``dismissals``, the values are the reasons (``None``: not dismissed on
    that side) and ``section`` is the check's rule.
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

    @property
    def is_section(self) -> bool:
        return self.field == "sections"

    @property
    def is_dismissal(self) -> bool:
        return self.field == "dismissals"


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
        MergeConflict(
            found.key,
            "sections" if found.is_section else "",
            found.base,
            found.mine,
            found.theirs,
            found.section,
        )
        for found in merger.conflicts
    ]
    merged.dismissals = _merge_dismissals(base, mine, theirs, picks, conflicts)
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


def _merge_dismissals(
    base: Posting,
    mine: Posting,
    theirs: Posting,
    picks: Mapping[str, Side],
    conflicts: list[MergeConflict],
) -> list[Dismissal]:
    """Finding by finding (by key): the side that changed it, or, when both changed it
    differently, a conflict. Mine's order, theirs' new ones after."""
    before = {dismissal.key: dismissal for dismissal in base.dismissals}
    mine_by = {dismissal.key: dismissal for dismissal in mine.dismissals}
    their_by = {dismissal.key: dismissal for dismissal in theirs.dismissals}

    def reason(dismissal: Dismissal | None) -> str | None:
        return None if dismissal is None else canonical(dismissal.reason)

    result: list[Dismissal] = []
    keys = list(mine_by) + [key for key in their_by if key not in mine_by]
    keys += [key for key in before if key not in mine_by and key not in their_by]
    for key in keys:
        old, ours, other = before.get(key), mine_by.get(key), their_by.get(key)
        taken = ours
        if reason(ours) != reason(other) and reason(other) != reason(old):
            if reason(ours) == reason(old):
                taken = other
            else:
                name = f"dismissal:{key}"
                conflicts.append(
                    MergeConflict(
                        name,
                        "dismissals",
                        None if old is None else old.reason,
                        None if ours is None else ours.reason,
                        None if other is None else other.reason,
                        key.split(":", 1)[0],
                    )
                )
                if picks.get(name) is Side.THEIRS:
                    taken = other
        if taken is not None:
            result.append(copy.deepcopy(taken))
    return result
