"""The numbers shown beside items: 1. 2. 3. and 1.1, 1.2 for nested items.

Numbers are never stored; they follow from an item's place in the tree, so reordering
or indenting renumbers everything. Paragraphs are not numbered and do not count.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from jdeditor.core.model import Item, ItemKind


def numbered(
    items: Sequence[Item], prefix: tuple[int, ...] = ()
) -> Iterator[tuple[str, int, Item]]:
    """Yield ``(label, depth, item)`` in reading order; paragraphs get an empty label."""
    counter = 0
    for item in items:
        if item.kind is ItemKind.ITEM:
            counter += 1
            path = (*prefix, counter)
            yield ".".join(str(part) for part in path), len(prefix), item
            yield from numbered(item.children, path)
        else:
            yield "", len(prefix), item
            yield from numbered(item.children, prefix)
