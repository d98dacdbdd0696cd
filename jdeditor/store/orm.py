"""The library's tables as typed SQLAlchemy 2 declarative classes, for writing.

The tables themselves are declared once, with Core, in ``store/tables.py`` (reading
queries them without the ORM, which a command-line start cannot afford); these classes
are mapped onto those same ``Table`` objects, so every column has one definition. The
annotations only type the attributes.

These classes are private to ``jdeditor.store``: the repository converts them to the
core model before anything leaves the package. Changing a table needs a migration.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped

from jdeditor.store import tables
from jdeditor.store.tables import NAMING_CONVENTION, UTCDateTime

__all__ = ["NAMING_CONVENTION", "UTCDateTime"]


class Base(DeclarativeBase):
    metadata = tables.metadata


class PostingRow(Base):
    __table__ = tables.postings

    id: Mapped[int]
    title: Mapped[str]
    department: Mapped[str]
    location: Mapped[str]
    reports_to: Mapped[str]
    headcount: Mapped[int | None]
    employment_type: Mapped[str | None]
    salary_min_cents: Mapped[int | None]
    salary_max_cents: Mapped[int | None]
    salary_currency: Mapped[str | None]
    salary_period: Mapped[str | None]
    status: Mapped[str]
    language: Mapped[str]
    summary: Mapped[str]
    fingerprint: Mapped[str]
    import_key: Mapped[str | None]
    check_errors: Mapped[int | None]
    version: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class SectionRow(Base):
    __table__ = tables.sections

    posting_id: Mapped[int]
    position: Mapped[int]
    kind: Mapped[str]
    heading: Mapped[str]


class ItemRow(Base):
    __table__ = tables.items

    posting_id: Mapped[int]
    section_position: Mapped[int]
    position: Mapped[int]
    depth: Mapped[int]
    kind: Mapped[str]
    text: Mapped[str]


class TagRow(Base):
    __table__ = tables.posting_tags

    posting_id: Mapped[int]
    position: Mapped[int]
    tag: Mapped[str]


class DismissalRow(Base):
    __table__ = tables.posting_dismissals

    posting_id: Mapped[int]
    position: Mapped[int]
    key: Mapped[str]
    reason: Mapped[str]
    dismissed_at: Mapped[datetime | None]


class RevisionRow(Base):
    __table__ = tables.revisions

    id: Mapped[int]
    posting_id: Mapped[int]
    version: Mapped[int]
    created_at: Mapped[datetime]
    note: Mapped[str]
    snapshot: Mapped[dict[str, Any]]


class ImportWarningRow(Base):
    __table__ = tables.import_warnings

    id: Mapped[int]
    posting_id: Mapped[int]
    code: Mapped[str]
    kind: Mapped[str]
    sentence_values: Mapped[dict[str, str]]
    line: Mapped[int]
    message: Mapped[str]
    source_name: Mapped[str]
    item_text: Mapped[str | None]
    created_at: Mapped[datetime]
    dismissed_at: Mapped[datetime | None]
