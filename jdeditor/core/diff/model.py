"""What a comparison of two postings yields: plain frozen records for the views to render.

Every record keeps both sides (``old`` and ``new``), so a side-by-side view, a one-line
summary and the command line's JSON are all built from the same :class:`PostingDiff`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass

from jdeditor.core.model import ItemKind, SectionKind


class Change(enum.StrEnum):
    """How one item, field or section differs between the old and the new posting."""

    UNCHANGED = "unchanged"
    ADDED = "added"
    REMOVED = "removed"
    EDITED = "edited"  # same place (or matched by similarity there), text changed
    MOVED = "moved"  # same text (up to whitespace) at another place
    MOVED_EDITED = "moved_edited"  # another place and a changed text


class SegmentOp(enum.StrEnum):
    EQUAL = "equal"
    INSERT = "insert"  # only in the new text
    DELETE = "delete"  # only in the old text
    REPLACE = "replace"  # old_text became new_text


class Segment(tuple[SegmentOp, str, str]):
    """``(op, old_text, new_text)``: one run of a highlighted text comparison.

    Joining every ``old_text`` gives the old text and every ``new_text`` the new one, so a
    view paints the old side from the old parts and the new side from the new parts.
    """

    __slots__ = ()

    def __new__(cls, op: SegmentOp, old_text: str, new_text: str) -> Segment:
        return super().__new__(cls, (op, old_text, new_text))

    @property
    def op(self) -> SegmentOp:
        return self[0]

    @property
    def old_text(self) -> str:
        return self[1]

    @property
    def new_text(self) -> str:
        return self[2]


@dataclass(frozen=True)
class ItemRef:
    """Where an item stands in one posting.

    ``path`` holds 0-based indices from the section's top list down to the item
    (``(2, 0)`` is the first child of the third item); ``label`` is the number a reader
    sees (``"3"``, ``"3.1"``; empty for a paragraph); ``parent_text`` is the text of the
    item it hangs under (empty at the top).
    """

    section_index: int
    path: tuple[int, ...]
    label: str
    text: str
    kind: ItemKind
    parent_text: str = ""

    @property
    def depth(self) -> int:
        return len(self.path) - 1


@dataclass(frozen=True)
class ItemChange:
    """One item of either posting, and what became of it.

    Added items have only ``new``, removed ones only ``old``. ``segments`` cover the whole
    text for every kind of change (one ``equal`` segment for an unchanged item, one
    ``insert`` for an added one), so rendering never needs a special case.
    ``similarity`` (0–1) is how alike the normalised texts are.
    """

    change: Change
    old: ItemRef | None
    new: ItemRef | None
    segments: tuple[Segment, ...] = ()
    similarity: float = 1.0

    @property
    def depth(self) -> int:
        ref = self.new if self.new is not None else self.old
        assert ref is not None
        return ref.depth

    @property
    def is_moved(self) -> bool:
        return self.change in (Change.MOVED, Change.MOVED_EDITED)

    @property
    def is_edited(self) -> bool:
        return self.change in (Change.EDITED, Change.MOVED_EDITED)


@dataclass(frozen=True)
class SectionDiff:
    """A pair of matched sections (or one added or removed section) and its items.

    ``items`` come in the new posting's reading order; a removed item stands right after
    the item that preceded it in the old posting. An item moved here from another
    section appears here (``change`` moved, ``old.section_index`` elsewhere) and not in
    its old section.
    """

    # ADDED, REMOVED, UNCHANGED, EDITED (heading or kind changed), MOVED (out of the order
    # of the other sections) or MOVED_EDITED.
    change: Change
    old_index: int | None
    new_index: int | None
    old_kind: SectionKind | None
    new_kind: SectionKind | None
    old_heading: str
    new_heading: str
    items: tuple[ItemChange, ...] = ()

    @property
    def kind(self) -> SectionKind:
        kind = self.new_kind if self.new_kind is not None else self.old_kind
        assert kind is not None
        return kind

    @property
    def renamed(self) -> bool:
        return self.change in (Change.EDITED, Change.MOVED_EDITED)

    @property
    def has_changes(self) -> bool:
        return self.change is not Change.UNCHANGED or any(
            item.change is not Change.UNCHANGED for item in self.items
        )


@dataclass(frozen=True)
class FieldChange:
    """A header field whose value changed. ``old`` and ``new`` are the model's values
    (a ``Salary``, an enum member, a tag list…); text fields and tags carry segments
    (tags compared tag by tag)."""

    name: str  # the Posting attribute: "title", "salary", "tags"…
    old: object
    new: object
    segments: tuple[Segment, ...] = ()


@dataclass(frozen=True)
class PostingDiff:
    """Everything that differs between two postings; ``fields`` lists changed fields only."""

    fields: tuple[FieldChange, ...] = ()
    sections: tuple[SectionDiff, ...] = ()

    @property
    def has_changes(self) -> bool:
        return bool(self.fields) or any(section.has_changes for section in self.sections)

    def item_changes(self) -> Iterator[tuple[SectionDiff, ItemChange]]:
        for section in self.sections:
            for item in section.items:
                yield section, item

    def field_change(self, name: str) -> FieldChange | None:
        return next((change for change in self.fields if change.name == name), None)
