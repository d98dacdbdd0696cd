"""The posting domain model: plain typed classes, usable without a database or Qt.

Every other layer speaks in these classes. The store maps them to tables, the formats
read and write them, the GUI edits them through undo commands. They are deliberately
mutable dataclasses: the editor changes them in place, and callers that need a snapshot
take ``copy.deepcopy``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


class Status(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class Language(enum.StrEnum):
    ZH = "zh"
    EN = "en"


class EmploymentType(enum.StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    INTERN = "intern"
    CONTRACT = "contract"
    TEMPORARY = "temporary"
    OTHER = "other"


class SalaryPeriod(enum.StrEnum):
    HOUR = "hour"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class SectionKind(enum.StrEnum):
    DUTIES = "duties"
    REQUIREMENTS = "requirements"
    PREFERRED = "preferred"
    BENEFITS = "benefits"
    ABOUT = "about"
    APPLY = "apply"  # how to apply: contact, e-mail, address, QR code
    OTHER = "other"


class ItemKind(enum.StrEnum):
    """A list item is numbered when shown; a paragraph is prose and never numbered."""

    ITEM = "item"
    PARAGRAPH = "paragraph"


@dataclass
class Item:
    """One node of a section's tree: a list item or a paragraph, with its children.

    A group such as ``一、市场及用户研究`` is an item whose children are ``1.1、市场分析`` and
    so on; the numbers themselves are structure and are never part of ``text``.
    """

    text: str
    children: list[Item] = field(default_factory=list)
    kind: ItemKind = ItemKind.ITEM

    def walk(self, depth: int = 0) -> Iterator[tuple[int, Item]]:
        """Yield ``(depth, item)`` for this item and its descendants, in reading order."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass
class Section:
    """A headed part of a posting; ``heading`` is kept exactly as the user wrote it."""

    kind: SectionKind
    heading: str = ""
    items: list[Item] = field(default_factory=list)

    def walk(self) -> Iterator[tuple[int, Item]]:
        for item in self.items:
            yield from item.walk()

    def count_items(self) -> int:
        """The number of list items (not paragraphs) in the whole tree."""
        return sum(1 for _, node in self.walk() if node.kind is ItemKind.ITEM)


@dataclass
class Salary:
    """A salary range; either end may be open. Amounts are exact decimals, never floats."""

    minimum: Decimal | None = None
    maximum: Decimal | None = None
    currency: str = "CNY"
    period: SalaryPeriod = SalaryPeriod.MONTH

    def is_empty(self) -> bool:
        return self.minimum is None and self.maximum is None


@dataclass
class Dismissal:
    """A check finding the user dismissed, and why; kept with the posting.

    ``key`` is the finding's key (``core.checks.Finding.key``): the rule and the text it
    was about, so the same finding on the same text does not come back, and an edited text
    is checked afresh.
    """

    key: str
    reason: str = ""
    dismissed_at: datetime | None = None


@dataclass
class Posting:
    """A job description: header fields and an ordered list of sections.

    ``id`` and ``version`` belong to the library: ``id`` is ``None`` until the posting is
    stored, and ``version`` is the optimistic-concurrency counter a save must present.
    """

    title: str = ""
    department: str = ""
    location: str = ""
    reports_to: str = ""
    headcount: int | None = None
    employment_type: EmploymentType | None = None
    salary: Salary | None = None
    status: Status = Status.DRAFT
    language: Language = Language.ZH
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    dismissals: list[Dismissal] = field(default_factory=list)  # check findings let go
    id: int | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def sections_of(self, kind: SectionKind) -> list[Section]:
        return [section for section in self.sections if section.kind is kind]

    def walk_items(self) -> Iterator[tuple[Section, int, Item]]:
        """Yield ``(section, depth, item)`` for every node of every section, in order."""
        for section in self.sections:
            for depth, item in section.walk():
                yield section, depth, item

    def header_texts(self) -> list[str]:
        """The free-text header fields, for search and fingerprints."""
        return [self.department, self.location, self.reports_to, self.summary, *self.tags]


def has_items(items: Sequence[Item]) -> bool:
    """Whether the tree holds a list item (not only paragraphs)."""
    return any(item.kind is ItemKind.ITEM or has_items(item.children) for item in items)


def has_sub_items(items: Sequence[Item]) -> bool:
    """Some list item has list items under it: exports number the list as an outline
    (一、 then 1、 in Chinese, 1. then 1.1. in English)."""
    return any(
        node.kind is ItemKind.ITEM and has_items(node.children)
        for item in items
        for _, node in item.walk()
    )
