"""Tables of a library, declared once with SQLAlchemy Core.

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
* ``statements``, ``posting_statements``, ``statement_sources``: the library of statements
  (issue 13), derived from the items and brought up to date lazily (store/statements.py);
  ``reword_changes`` and ``reword_change_postings`` record each reword so it can be reverted.

Reading (lists, search, loading a posting) queries these tables on a ``Connection`` and
never imports ``sqlalchemy.orm``, which would cost a command-line start a fifth of its
time; writing maps ``store/orm.py``'s classes onto the same ``Table`` objects. Alembic
compares the migrations with :data:`metadata`. Changing a table needs a migration.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

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


metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _required(name: str, *parts: Any, **options: Any) -> Column[Any]:
    """A ``NOT NULL`` column."""
    return Column(name, *parts, nullable=False, **options)


postings = Table(
    "postings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _required("title", String(200)),
    _required("department", String(200), default=""),
    _required("location", String(200), default=""),
    _required("reports_to", String(200), default=""),
    Column("headcount", Integer),
    Column("employment_type", String(20)),
    # Money in hundredths of the currency unit: exact, and portable across backends.
    Column("salary_min_cents", BigInteger),
    Column("salary_max_cents", BigInteger),
    Column("salary_currency", String(8)),
    Column("salary_period", String(10)),
    _required("status", String(20)),
    _required("language", String(8)),
    _required("summary", Text, default=""),
    _required("fingerprint", String(64), index=True),
    # The fingerprint of a live posting whose content is still the one imported, unique:
    # the same file imported twice at once is stored once (migration 0005). NULL when
    # trashed, edited, made by hand or stored as a duplicate on purpose.
    Column("import_key", String(64)),
    # Unresolved (not dismissed) check findings of severity error; NULL until counted
    # (postings stored before schema 0003, or imported: see service/checks.py).
    Column("check_errors", Integer),
    _required("version", Integer),
    _required("created_at", UTCDateTime),
    _required("updated_at", UTCDateTime),
    Column("deleted_at", UTCDateTime),
    # Lists always filter on deleted_at (live or trash) and sort: these indexes serve the
    # first page of any sort or filter from the index, without sorting 100,000 rows.
    Index("ix_postings_live_updated", "deleted_at", "updated_at"),
    Index("ix_postings_live_created", "deleted_at", "created_at"),
    Index("ix_postings_live_title", "deleted_at", "title"),
    Index("ix_postings_department", "department", "deleted_at", "updated_at"),
    Index("ix_postings_status", "status", "deleted_at", "updated_at"),
    Index("ux_postings_import_key", "import_key", unique=True),
)

sections = Table(
    "sections",
    metadata,
    Column("posting_id", Integer, ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    _required("kind", String(20)),
    _required("heading", Text, default=""),
)

items = Table(
    "items",
    metadata,
    Column("posting_id", Integer, primary_key=True),
    Column("section_position", Integer, primary_key=True),
    Column("position", Integer, primary_key=True),
    _required("depth", Integer),
    _required("kind", String(20)),
    _required("text", Text),
    ForeignKeyConstraint(
        ["posting_id", "section_position"],
        ["sections.posting_id", "sections.position"],
        ondelete="CASCADE",
        name="fk_items_section",
    ),
)

posting_tags = Table(
    "posting_tags",
    metadata,
    Column("posting_id", Integer, ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    _required("tag", String(100)),
    Index("ix_posting_tags_tag", "tag"),
)

posting_dismissals = Table(
    "posting_dismissals",
    metadata,
    Column("posting_id", Integer, ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    _required("key", String(200)),
    _required("reason", Text, default=""),
    Column("dismissed_at", UTCDateTime),
)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _required("posting_id", Integer, ForeignKey("postings.id", ondelete="CASCADE")),
    _required("version", Integer),
    _required("created_at", UTCDateTime),
    _required("note", Text, default=""),
    _required("snapshot", JSON),
    Index("ix_revisions_posting_version", "posting_id", "version"),
    # SQLite then never gives an id twice (a purged posting's revisions' ids included):
    # statement_sources.revision_id relies on it (migration 0006).
    sqlite_autoincrement=True,
)

import_warnings = Table(
    "import_warnings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _required("posting_id", Integer, ForeignKey("postings.id", ondelete="CASCADE")),
    _required("code", String(40)),
    _required("kind", String(40)),
    # The values in the sentence by name ({"previous": "2", "current": "4", …}), so that it
    # can be written again in the interface's language.
    _required("sentence_values", JSON),
    _required("line", Integer),
    _required("message", Text),
    _required("source_name", String(255), default=""),
    Column("item_text", Text),
    _required("created_at", UTCDateTime),
    Column("dismissed_at", UTCDateTime),
    # The editor asks for a posting's open warnings each time it opens one.
    Index("ix_import_warnings_posting", "posting_id", "dismissed_at"),
)

# -- the library of statements (issue 13; store/statements.py) ----------------------------

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _required("kind", String(20)),
    _required("language", String(8)),
    _required("text", Text),
    # Live postings using this exact wording, as of the last refresh (statement_sources).
    _required("postings", Integer, default=0),
    _required("uses", Integer, default=0),  # inserted from the panel or by completion
    _required("preferred", Boolean, default=False),
    _required("starter", Boolean, default=False),  # in the shipped starter set
    _required("role", String(200), default=""),  # the starter set's role
    UniqueConstraint("kind", "language", "text", name="uq_statements_wording"),
    # Covers the count of a page (visible: postings > 0 or starter) and the wordings read.
    Index("ix_statements_order", "kind", "postings", "starter", "language"),
)
# The page order (preferred, then postings + uses, then text; the id is in every index),
# so that the first page is read from an index instead of sorting every statement.
# Expression indexes: SQLite and PostgreSQL both have them.
Index(
    "ix_statements_rank",
    statements.c.preferred.desc(),
    (statements.c.postings + statements.c.uses).self_group().desc(),
    statements.c.text,
)
Index(
    "ix_statements_rank_kind",
    statements.c.kind,
    statements.c.preferred.desc(),
    (statements.c.postings + statements.c.uses).self_group().desc(),
    statements.c.text,
)

# Which version of each live posting the statement counts reflect, and the id of its
# newest revision then (never reused; NULL: none known): a posting whose row here is
# missing, older or of another revision is brought up to date on the next refresh; a
# row whose posting is gone or in the trash is taken out. No foreign key: a purged
# posting must leave its row so that the refresh finds it.
statement_sources = Table(
    "statement_sources",
    metadata,
    Column("posting_id", Integer, primary_key=True, autoincrement=False),
    _required("version", Integer),
    Column("revision_id", Integer),
)

# The distinct statements each posting uses (as of statement_sources.version).
posting_statements = Table(
    "posting_statements",
    metadata,
    Column("posting_id", Integer, primary_key=True, autoincrement=False),
    Column(
        "statement_id",
        Integer,
        ForeignKey("statements.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Index("ix_posting_statements_statement", "statement_id"),
)

reword_changes = Table(
    "reword_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _required("family_id", String(40)),
    _required("kind", String(20)),
    _required("language", String(8)),
    _required("to_text", Text),
    _required("created_at", UTCDateTime),
    Column("reverted_at", UTCDateTime),
)

reword_change_postings = Table(
    "reword_change_postings",
    metadata,
    Column(
        "change_id",
        Integer,
        ForeignKey("reword_changes.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    # No foreign key: the record outlives a posting deleted for good (revert names it).
    Column("posting_id", Integer, primary_key=True, autoincrement=False),
    _required("version_before", Integer),
    _required("version_after", Integer),
)
