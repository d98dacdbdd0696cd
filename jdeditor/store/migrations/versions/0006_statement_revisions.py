"""The statements' sources name the revision they reflect; revision ids are never reused.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

``statement_sources.revision_id`` is the id of the posting's newest revision when its
``posting_statements`` rows were made (store/statements.py compares it with the
posting's newest revision, as well as the version). On SQLite an id is otherwise the
largest one plus one, so after the newest posting is purged (its revisions go with it),
the next import took both its posting id and its revision id again, at version 1 like
it, and the statements kept counting the purged posting's wordings. ``revisions`` is
made again with ``AUTOINCREMENT`` (SQLite then never gives an id twice; the rows keep
their ids, and ``sqlite_sequence`` starts from the largest). PostgreSQL's sequences
never give an id twice: nothing to do there but the column.

The existing sources get the id of the revision of the version they reflect (NULL when
there is none, which counts the posting afresh on the next refresh). The whole upgrade
runs in the one transaction of every migration (store/schema.py), on SQLite too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen: the revisions table of 0001 with AUTOINCREMENT (what the models make).
_REVISIONS_AUTOINCREMENT = """CREATE TABLE revisions_0006 (
	id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	posting_id INTEGER NOT NULL,
	version INTEGER NOT NULL,
	created_at DATETIME NOT NULL,
	note TEXT NOT NULL,
	snapshot JSON NOT NULL,
	CONSTRAINT fk_revisions_posting_id_postings FOREIGN KEY(posting_id) """ + (
    "REFERENCES postings (id) ON DELETE CASCADE\n)"
)
_COLUMNS = "id, posting_id, version, created_at, note, snapshot"


def upgrade() -> None:
    # A plain ADD COLUMN on both backends (no table copy on SQLite).
    with op.batch_alter_table("statement_sources", recreate="never") as batch:
        batch.add_column(sa.Column("revision_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE statement_sources SET revision_id = ("
        "SELECT MAX(revisions.id) FROM revisions "
        "WHERE revisions.posting_id = statement_sources.posting_id "
        "AND revisions.version = statement_sources.version)"
    )
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_revisions(_REVISIONS_AUTOINCREMENT)


def _rebuild_revisions(create: str) -> None:
    """Make ``revisions`` again from ``create`` (a table named revisions_0006), keeping
    its rows and ids. Nothing refers to revisions, so dropping it cascades nowhere."""
    op.execute(create)
    op.execute(f"INSERT INTO revisions_0006 ({_COLUMNS}) SELECT {_COLUMNS} FROM revisions")
    op.execute("DROP TABLE revisions")
    op.execute("ALTER TABLE revisions_0006 RENAME TO revisions")
    op.create_index("ix_revisions_posting_version", "revisions", ["posting_id", "version"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_revisions(
            _REVISIONS_AUTOINCREMENT.replace(
                "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,", "id INTEGER NOT NULL,"
            ).replace(
                "\tCONSTRAINT fk_revisions",
                "\tCONSTRAINT pk_revisions PRIMARY KEY (id),\n\tCONSTRAINT fk_revisions",
            )
        )
    # SQLite drops a column in place since 3.35 (no table copy).
    op.drop_column("statement_sources", "revision_id")
