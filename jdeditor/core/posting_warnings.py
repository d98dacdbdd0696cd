"""The importer's warnings, kept with the posting they are about until someone dismisses them.

When a file is imported, each posting keeps what the reader warned about (a numbering
gap, scraping debris, a duplicated item…). The library stores them beside the posting,
outside its content: they are not in its fingerprint, its revisions or its exports.
The editor shows the open ones, and :func:`locate_item` finds the item a warning names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from jdeditor.core.model import Item, Posting

if TYPE_CHECKING:
    from jdeditor.core.structure import ParseWarning

ItemPath = tuple[int, ...]
"""Rows from a section's top level down to an item: ``(1, 0)`` is the second item's first child."""

ELLIPSIS = "…"
# Warnings that sum up others ("6 more items appear more than once"): their line is only
# the posting's, so they come after the warnings they continue.
SUMMARY_KINDS = frozenset({"more_duplicates"})


@dataclass(frozen=True)
class PostingWarning:
    """One import warning of a stored posting (``id`` is None until it is stored)."""

    code: str  # the reader's stable code: "numbering_gap", "debris", …
    kind: str  # which sentence (core.structure.warnings.KINDS), for translation
    values: tuple[tuple[str, str], ...]  # the values in the sentence, by name
    line: int  # the source line
    message: str  # the reader's English sentence (what the command line prints)
    source_name: str = ""  # the file it was imported from (its name, not its folder)
    item_text: str | None = None  # the whole text of the item it is about, if any
    id: int | None = None
    posting_id: int | None = None
    created_at: datetime | None = None
    dismissed_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.dismissed_at is None

    @classmethod
    def from_parse_warning(cls, warning: ParseWarning, source_name: str) -> PostingWarning:
        return cls(
            code=warning.code,
            kind=warning.kind or warning.code,
            values=tuple(warning.values),
            line=warning.line,
            message=warning.message,
            source_name=source_name,
            item_text=warning.item_text,
        )


def in_reading_order(warnings: list[PostingWarning]) -> list[PostingWarning]:
    """By source line, as a person checks a file top to bottom; summaries last."""
    return sorted(warnings, key=lambda warning: (warning.kind in SUMMARY_KINDS, warning.line))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _matches(item: Item, warning: PostingWarning) -> bool:
    if warning.item_text is not None and item.text == warning.item_text:
        return True
    # The posting may have been edited since: fall back to the excerpt in the sentence.
    excerpt = dict(warning.values).get("item", "")
    if not excerpt:
        return False
    flat = _flat(item.text)
    if excerpt.endswith(ELLIPSIS):
        return flat.startswith(excerpt[: -len(ELLIPSIS)])
    return flat == excerpt


def _walk(items: list[Item], path: ItemPath = ()) -> list[tuple[ItemPath, Item]]:
    found: list[tuple[ItemPath, Item]] = []
    for row, item in enumerate(items):
        found.append(((*path, row), item))
        found += _walk(item.children, (*path, row))
    return found


def locate_item(posting: Posting, warning: PostingWarning) -> tuple[int, ItemPath] | None:
    """The section position and item path of the item ``warning`` names, if it is still there.

    A repeated item's warning is about the later copy, so it finds the last match;
    others find the first.
    """
    if warning.item_text is None and "item" not in dict(warning.values):
        return None
    matches = [
        (position, path)
        for position, section in enumerate(posting.sections)
        for path, item in _walk(section.items)
        if _matches(item, warning)
    ]
    if not matches:
        return None
    return matches[-1] if warning.code == "duplicate_item" else matches[0]
