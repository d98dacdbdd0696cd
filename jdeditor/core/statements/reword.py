"""Rewording a family: which items of a posting change, and into what. Pure functions.

An item changes when it is a statement (a leaf item with text) in a section of the
family's kind and its text, stripped, is one of the family's variants. Only its text
changes: the item keeps its place, its children (it has none), its kind, and any
numbering mark the text itself carried (``1. `` typed into the item) stays in front.
"""

from __future__ import annotations

import copy
from collections.abc import Collection

from jdeditor.core.model import Item, Posting, SectionKind
from jdeditor.core.statements.normalise import strip_leading_marks


def reworded_text(text: str, to_text: str) -> str:
    """``to_text`` with the leading numbering mark and white space ``text`` had."""
    stripped = text.strip()
    rest = strip_leading_marks(stripped)
    mark = stripped[: len(stripped) - len(rest)] if rest != stripped else ""
    return mark + to_text.strip()


def _matches(item: Item, variants: Collection[str]) -> bool:
    if item.children:
        return False
    stripped = item.text.strip()
    return bool(stripped) and (
        stripped in variants or strip_leading_marks(stripped).strip() in variants
    )


def items_to_reword(posting: Posting, kind: SectionKind, variants: Collection[str]) -> list[str]:
    """The texts of the items of ``posting`` a reword of ``variants`` would change."""
    found: list[str] = []
    for section in posting.sections:
        if section.kind != kind:
            continue
        for item in section.items:
            for _depth, node in item.walk():
                if _matches(node, variants):
                    found.append(node.text.strip())
    return found


def reword_posting(
    posting: Posting, kind: SectionKind, variants: Collection[str], to_text: str
) -> tuple[Posting, tuple[str, ...]]:
    """A copy of ``posting`` with every item of ``variants`` in ``kind`` sections worded
    as ``to_text``, and the texts that changed (empty: nothing to change; an item already
    worded ``to_text`` does not count as a change)."""
    changed = copy.deepcopy(posting)
    before: list[str] = []
    target = to_text.strip()
    for section in changed.sections:
        if section.kind != kind:
            continue
        for item in section.items:
            for _depth, node in item.walk():
                if not _matches(node, variants):
                    continue
                new_text = reworded_text(node.text, target)
                if new_text != node.text.strip():
                    before.append(node.text.strip())
                    node.text = new_text
    return changed, tuple(before)
