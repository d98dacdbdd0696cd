"""The texts of a posting a check reads, each with its place, in reading order.

Its own module so that rules about the whole posting can walk the texts too without
importing the engine (which imports every rule module through the registry).
"""

from __future__ import annotations

from collections.abc import Iterator

from jdeditor.core.checks.model import Place
from jdeditor.core.model import Item, Posting

HEADER_FIELDS = ("title", "summary", "department", "location", "reports_to")


def posting_texts(posting: Posting) -> Iterator[tuple[Place, str]]:
    """Every text of a posting with its place, in reading order."""
    for name in HEADER_FIELDS:
        text = getattr(posting, name)
        if text:
            yield Place(field=name), text
    for tag in posting.tags:
        yield Place(field="tag"), tag
    for index, section in enumerate(posting.sections):
        if section.heading:
            yield Place(section=index), section.heading
        yield from _item_texts(index, section.items, ())


def _item_texts(
    section: int, items: list[Item], parent: tuple[int, ...]
) -> Iterator[tuple[Place, str]]:
    for number, item in enumerate(items):
        path = (*parent, number)
        yield Place(section=section, item=path), item.text
        if item.children:
            yield from _item_texts(section, item.children, path)
