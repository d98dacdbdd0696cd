"""The first library schema: postings, sections, items, tags, revisions, search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "postings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("department", sa.String(200), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("reports_to", sa.String(200), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=True),
        sa.Column("employment_type", sa.String(20), nullable=True),
        sa.Column("salary_min_cents", sa.BigInteger(), nullable=True),
        sa.Column("salary_max_cents", sa.BigInteger(), nullable=True),
        sa.Column("salary_currency", sa.String(8), nullable=True),
        sa.Column("salary_period", sa.String(10), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_postings"),
    )
    op.create_index("ix_postings_fingerprint", "postings", ["fingerprint"])
    op.create_index("ix_postings_live_updated", "postings", ["deleted_at", "updated_at"])
    op.create_index("ix_postings_live_created", "postings", ["deleted_at", "created_at"])
    op.create_index("ix_postings_live_title", "postings", ["deleted_at", "title"])
    op.create_index(
        "ix_postings_department", "postings", ["department", "deleted_at", "updated_at"]
    )
    op.create_index("ix_postings_status", "postings", ["status", "deleted_at", "updated_at"])

    op.create_table(
        "sections",
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["posting_id"], ["postings.id"], ondelete="CASCADE",
            name="fk_sections_posting_id_postings",
        ),
        sa.PrimaryKeyConstraint("posting_id", "position", name="pk_sections"),
    )
    op.create_table(
        "items",
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("section_position", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["posting_id", "section_position"],
            ["sections.posting_id", "sections.position"],
            ondelete="CASCADE",
            name="fk_items_section",
        ),
        sa.PrimaryKeyConstraint("posting_id", "section_position", "position", name="pk_items"),
    )
    op.create_table(
        "posting_tags",
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["posting_id"], ["postings.id"], ondelete="CASCADE",
            name="fk_posting_tags_posting_id_postings",
        ),
        sa.PrimaryKeyConstraint("posting_id", "position", name="pk_posting_tags"),
    )
    op.create_index("ix_posting_tags_tag", "posting_tags", ["tag"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["posting_id"], ["postings.id"], ondelete="CASCADE",
            name="fk_revisions_posting_id_postings",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_revisions"),
    )
    op.create_index("ix_revisions_posting_version", "revisions", ["posting_id", "version"])

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        from jdeditor.store.sqlite import FTS_DDL_V1, fts5_available

        if fts5_available():
            op.execute(FTS_DDL_V1)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS posting_fts")
    else:  # the search index store/postgres_search.py keeps beside the table
        op.execute("DROP TABLE IF EXISTS posting_search")
    op.drop_table("revisions")
    op.drop_table("posting_tags")
    op.drop_table("items")
    op.drop_table("sections")
    op.drop_table("postings")
