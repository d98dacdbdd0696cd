"""Checks: dismissed findings kept with each posting, and a stored count of errors.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

A new table and a new nullable column (SQLite adds a column without a batch copy).
Postings stored before this schema have no dismissals and an uncounted ``check_errors``
(NULL): the service counts them when the library is next checked (``recount_checks``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("postings", sa.Column("check_errors", sa.Integer(), nullable=True))
    op.create_table(
        "posting_dismissals",
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["postings.id"],
            ondelete="CASCADE",
            name="fk_posting_dismissals_posting_id_postings",
        ),
        sa.PrimaryKeyConstraint("posting_id", "position", name="pk_posting_dismissals"),
    )


def downgrade() -> None:
    op.drop_table("posting_dismissals")
    with op.batch_alter_table("postings") as batch:
        batch.drop_column("check_errors")
