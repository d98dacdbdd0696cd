"""Content fingerprints, so importing the same posting twice can be noticed."""

from __future__ import annotations

import hashlib
import unicodedata

from jdeditor.core.model import Item, ItemKind, Posting

# Joins the parts so that they are normalised in one call (an import fingerprints
# thousands of postings): a private-use character, which NFKC and casefold keep, no
# composition crosses, and str.split() does not treat as white space.
_JOINER = "\ue000"

# "depth:kind:" before each item's text, made once per depth and kind.
_ITEM_PREFIXES: dict[tuple[int, ItemKind], str] = {}


def content_fingerprint(posting: Posting) -> str:
    """A stable hash of the posting's title and text, ignoring ids, status and timestamps.

    It ignores what a re-save or another editor changes without meaning to: Unicode width
    forms (NFKC), letter case and white space.
    """
    parts = [posting.title, *posting.header_texts()]
    for section in posting.sections:
        parts.append(f"\x1d{section.kind}")
        _append_items(parts, section.items, 0)
    folded = unicodedata.normalize("NFKC", _JOINER.join(parts)).casefold()
    normalised = "\x1e".join([" ".join(part.split()) for part in folded.split(_JOINER)]) + "\x1e"
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _append_items(parts: list[str], items: list[Item], depth: int) -> None:
    """``depth:kind:text`` of each item in reading order (as ``Section.walk``)."""
    for item in items:
        prefix = _ITEM_PREFIXES.get((depth, item.kind))
        if prefix is None:
            prefix = _ITEM_PREFIXES[depth, item.kind] = f"{depth}:{item.kind}:"
        parts.append(prefix + item.text)
        if item.children:
            _append_items(parts, item.children, depth + 1)
