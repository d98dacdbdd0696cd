"""Unique imports: each live posting's imported content is stored once.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

``postings.import_key`` holds the content fingerprint of a live posting while its content
is the one imported, under a unique index: two imports of the same file at the same
moment cannot both store it (store/writing.py, ``add_imported``). NULL is never equal
to NULL in a unique index (SQLite and PostgreSQL alike), so postings that carry none
(trashed, edited since, made by hand, or a second copy stored on purpose with
``--allow-duplicates``) are not constrained.

A library may already hold the same content more than once: the oldest live posting of
each content gets the key, the others keep NULL, so this migration cannot fail on them
(``jdeditor db info`` counts them). Plain SQL, the same on both backends.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("postings", sa.Column("import_key", sa.String(64), nullable=True))
    op.execute(
        "UPDATE postings SET import_key = fingerprint "
        "WHERE deleted_at IS NULL AND id = ("
        "SELECT MIN(older.id) FROM postings AS older "
        "WHERE older.fingerprint = postings.fingerprint AND older.deleted_at IS NULL)"
    )
    op.create_index("ux_postings_import_key", "postings", ["import_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_postings_import_key", table_name="postings")
    # SQLite drops a column in place since 3.35 (no table copy, which would cascade).
    op.drop_column("postings", "import_key")
