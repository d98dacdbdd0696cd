"""Converting between core model objects and table rows.

Writes go out as plain dictionaries (for bulk ``INSERT``s); reads come back as Core
result rows of ``store/tables.py``'s tables. Items are stored flattened in reading order
with their depth, and the tree is rebuilt from that sequence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from jdeditor.core.fingerprint import content_fingerprint
from jdeditor.core.listing import PostingSummary
from jdeditor.core.model import (
    Dismissal,
    EmploymentType,
    Item,
    ItemKind,
    Language,
    Posting,
    Salary,
    SalaryPeriod,
    Section,
    SectionKind,
    Status,
)

if TYPE_CHECKING:
    from sqlalchemy import Row as ResultRow

_CENT = Decimal("0.01")


def to_cents(amount: Decimal | None) -> int | None:
    if amount is None:
        return None
    return int((amount / _CENT).to_integral_value())


def from_cents(cents: int | None) -> Decimal | None:
    if cents is None:
        return None
    amount = Decimal(cents) * _CENT
    # 15000.00 reads back as 15000: what the user typed, not an accounting format.
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount


def posting_values(posting: Posting, fingerprint: str | None = None) -> dict[str, Any]:
    """The ``postings`` columns a save writes (not id, version or timestamps).

    ``fingerprint`` may be given when the caller computed it already (imports do).
    """
    salary = posting.salary if posting.salary and not posting.salary.is_empty() else None
    return {
        "title": posting.title.strip(),
        "department": posting.department.strip(),
        "location": posting.location.strip(),
        "reports_to": posting.reports_to.strip(),
        "headcount": posting.headcount,
        "employment_type": posting.employment_type.value if posting.employment_type else None,
        "salary_min_cents": to_cents(salary.minimum) if salary else None,
        "salary_max_cents": to_cents(salary.maximum) if salary else None,
        "salary_currency": salary.currency.strip().upper() if salary else None,
        "salary_period": salary.period.value if salary else None,
        "status": posting.status.value,
        "language": posting.language.value,
        "summary": posting.summary,
        "fingerprint": fingerprint or content_fingerprint(posting),
    }


DISMISSAL_COLUMNS = ("posting_id", "position", "key", "reason", "dismissed_at")


def dismissal_rows(posting_id: int, posting: Posting) -> list[dict[str, Any]]:
    """Rows for ``posting_dismissals`` (few: written as dictionaries, timestamps converted)."""
    return [
        dict(
            zip(
                DISMISSAL_COLUMNS,
                (posting_id, position, item.key, item.reason, item.dismissed_at),
                strict=True,
            )
        )
        for position, item in enumerate(posting.dismissals)
    ]


SECTION_COLUMNS = ("posting_id", "position", "kind", "heading")
ITEM_COLUMNS = ("posting_id", "section_position", "position", "depth", "kind", "text")
TAG_COLUMNS = ("posting_id", "position", "tag")

Row = tuple[Any, ...]


def child_rows(
    posting_id: int, posting: Posting
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for ``sections``, ``items`` and ``posting_tags`` of one posting."""
    sections, items, tags = child_tuples(posting_id, posting)
    return (
        [dict(zip(SECTION_COLUMNS, row, strict=True)) for row in sections],
        [dict(zip(ITEM_COLUMNS, row, strict=True)) for row in items],
        [dict(zip(TAG_COLUMNS, row, strict=True)) for row in tags],
    )


def child_tuples(posting_id: int, posting: Posting) -> tuple[list[Row], list[Row], list[Row]]:
    """:func:`child_rows` as tuples in the order of ``SECTION_COLUMNS``, ``ITEM_COLUMNS``
    and ``TAG_COLUMNS``: an import writes 150,000 item rows, and a dictionary each (then
    turned into a tuple for the driver) cost twice what building the tuples does."""
    sections: list[Row] = []
    items: list[Row] = []
    for section_position, section in enumerate(posting.sections):
        # Kinds as plain str (``_value_``, not the slower ``value`` property): sqlite3
        # adapts str subclasses slowly.
        sections.append((posting_id, section_position, section.kind._value_, section.heading))
        _append_items(items, posting_id, section_position, len(items), section.items, 0)
    tags = [(posting_id, position, tag.strip()) for position, tag in enumerate(posting.tags)]
    return sections, items, tags


def _append_items(
    rows: list[Row],
    posting_id: int,
    section_position: int,
    start: int,
    items: list[Item],
    depth: int,
) -> None:
    """Item rows in reading order (as ``Section.walk``); positions count from ``start``."""
    for item in items:
        rows.append(
            (posting_id, section_position, len(rows) - start, depth, item.kind._value_, item.text)
        )
        if item.children:
            _append_items(rows, posting_id, section_position, start, item.children, depth + 1)


def build_tree(rows: Iterable[tuple[int, str, str]]) -> list[Item]:
    """Rebuild an item tree from ``(depth, kind, text)`` rows in reading order.

    A depth that jumps by more than one (never written by us, but possible in a damaged
    or hand-edited database) attaches to the deepest open item instead of failing.
    """
    roots: list[Item] = []
    stack: list[Item] = []
    for depth, kind, text in rows:
        item = Item(text=text, kind=ItemKind(kind))
        del stack[min(depth, len(stack)) :]
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


def posting_from_rows(
    row: ResultRow[Any],
    sections: Sequence[ResultRow[Any]],
    items: Sequence[ResultRow[Any]],
    tags: Sequence[ResultRow[Any]],
    dismissals: Sequence[ResultRow[Any]] = (),
) -> Posting:
    by_section: dict[int, list[tuple[int, str, str]]] = {}
    for item in items:
        by_section.setdefault(item.section_position, []).append((item.depth, item.kind, item.text))
    salary = None
    if row.salary_currency is not None:
        salary = Salary(
            minimum=from_cents(row.salary_min_cents),
            maximum=from_cents(row.salary_max_cents),
            currency=row.salary_currency,
            period=SalaryPeriod(row.salary_period or SalaryPeriod.MONTH.value),
        )
    return Posting(
        id=row.id,
        title=row.title,
        department=row.department,
        location=row.location,
        reports_to=row.reports_to,
        headcount=row.headcount,
        employment_type=EmploymentType(row.employment_type) if row.employment_type else None,
        salary=salary,
        status=Status(row.status),
        language=Language(row.language),
        summary=row.summary,
        tags=[tag.tag for tag in tags],
        dismissals=[Dismissal(one.key, one.reason, one.dismissed_at) for one in dismissals],
        sections=[
            Section(
                kind=SectionKind(section.kind),
                heading=section.heading,
                items=build_tree(by_section.get(section.position, [])),
            )
            for section in sections
        ],
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def summary_from_values(
    id: int,
    title: str,
    department: str,
    location: str,
    status: str,
    updated_at: datetime,
    version: int,
    deleted_at: datetime | None,
    check_errors: int | None = None,
) -> PostingSummary:
    return PostingSummary(
        id=id,
        title=title,
        department=department,
        location=location,
        status=Status(status),
        updated_at=updated_at,
        version=version,
        deleted_at=deleted_at,
        errors=check_errors,
    )
