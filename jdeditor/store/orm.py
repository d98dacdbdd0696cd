"""Tables of a library, as typed SQLAlchemy 2 declarative classes.

The schema is normalised so that the database can answer questions a JSON blob could
not (which statements recur across postings, which postings carry a tag) and so that
PostgreSQL can serve a team later without a data conversion:

* ``postings``: one row per posting, header fields, the optimistic-concurrency
  ``version`` and ``deleted_at`` for the trash;
* ``sections``: keyed by ``(posting_id, position)``;
* ``items``: the item tree flattened in reading order with a ``depth`` per row, keyed by
  ``(posting_id, section_position, position)``. Composite natural keys let a whole
  posting be written with bulk ``INSERT``s without first fetching generated ids;
* ``posting_tags``: tags in their order;
* ``posting_dismissals``: check findings the user dismissed, with the reason, in order;
  content like tags (saved, in revisions and JSON files) but not in the fingerprint;
* ``revisions``: a full JSON snapshot per save (the interchange format's posting object);
* ``import_warnings``: what the importer warned about, per posting, until dismissed. Not
  content: saves, revisions and fingerprints leave them alone.

These classes are private to ``jdeditor.store``: the repository converts them to the
core model before anything leaves the package. Changing them needs a migration.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Dialect,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime}


class PostingRow(Base):
    __tablename__ = "postings"
    # Lists always filter on deleted_at (live or trash) and sort: these indexes serve the
    # first page of any sort or filter from the index, without sorting 100,000 rows.
    __table_args__ = (
        Index("ix_postings_live_updated", "deleted_at", "updated_at"),
        Index("ix_postings_live_created", "deleted_at", "created_at"),
        Index("ix_postings_live_title", "deleted_at", "title"),
        Index("ix_postings_department", "department", "deleted_at", "updated_at"),
        Index("ix_postings_status", "status", "deleted_at", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    reports_to: Mapped[str] = mapped_column(String(200), default="")
    headcount: Mapped[int | None] = mapped_column(Integer)
    employment_type: Mapped[str | None] = mapped_column(String(20))
    # Money in hundredths of the currency unit: exact, and portable across backends.
    salary_min_cents: Mapped[int | None] = mapped_column(BigInteger)
    salary_max_cents: Mapped[int | None] = mapped_column(BigInteger)
    salary_currency: Mapped[str | None] = mapped_column(String(8))
    salary_period: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8))
    summary: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    # Unresolved (not dismissed) check findings of severity error, counted on every write;
    # NULL until counted (postings stored before schema 0003): see service/checks.py.
    check_errors: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class SectionRow(Base):
    __tablename__ = "sections"

    posting_id: Mapped[int] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    heading: Mapped[str] = mapped_column(Text, default="")


class ItemRow(Base):
    __tablename__ = "items"
    __table_args__ = (
        ForeignKeyConstraint(
            ["posting_id", "section_position"],
            ["sections.posting_id", "sections.position"],
            ondelete="CASCADE",
            name="fk_items_section",
        ),
    )

    posting_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    depth: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)


class TagRow(Base):
    __tablename__ = "posting_tags"
    __table_args__ = (Index("ix_posting_tags_tag", "tag"),)

    posting_id: Mapped[int] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag: Mapped[str] = mapped_column(String(100))


class DismissalRow(Base):
    __tablename__ = "posting_dismissals"

    posting_id: Mapped[int] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    dismissed_at: Mapped[datetime | None]


class RevisionRow(Base):
    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_posting_version", "posting_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    posting_id: Mapped[int] = mapped_column(ForeignKey("postings.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)


class ImportWarningRow(Base):
    __tablename__ = "import_warnings"
    # The editor asks for a posting's open warnings each time it opens one.
    __table_args__ = (Index("ix_import_warnings_posting", "posting_id", "dismissed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    posting_id: Mapped[int] = mapped_column(ForeignKey("postings.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(40))
    # The values in the sentence by name ({"previous": "2", "current": "4", …}), so that it
    # can be written again in the interface's language.
    sentence_values: Mapped[dict[str, str]] = mapped_column(JSON)
    line: Mapped[int] = mapped_column(Integer)
    message: Mapped[str] = mapped_column(Text)
    source_name: Mapped[str] = mapped_column(String(255), default="")
    item_text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    dismissed_at: Mapped[datetime | None]
