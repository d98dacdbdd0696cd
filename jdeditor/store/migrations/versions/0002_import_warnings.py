"""Import warnings kept with each posting until dismissed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

A new table only, so no batch copy of an existing table is needed on SQLite. Postings
imported before this schema simply have no kept warnings.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_warnings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("sentence_values", sa.JSON(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("source_name", sa.String(255), nullable=False),
        sa.Column("item_text", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["postings.id"],
            ondelete="CASCADE",
            name="fk_import_warnings_posting_id_postings",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_import_warnings"),
    )
    op.create_index(
        "ix_import_warnings_posting", "import_warnings", ["posting_id", "dismissed_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_import_warnings_posting", table_name="import_warnings")
    op.drop_table("import_warnings")
