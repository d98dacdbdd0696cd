"""The library of statements and the record of rewords (issue 13).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

New tables only. They start empty: the first statements call counts every posting
(store/statements.py), so an upgrade stays quick. On SQLite a full-text index of the
statements (FTS5, the CJK-bigram tokens of the posting search) is created beside them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("postings", sa.Integer(), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("preferred", sa.Boolean(), nullable=False),
        sa.Column("starter", sa.Boolean(), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_statements"),
        sa.UniqueConstraint("kind", "language", "text", name="uq_statements_wording"),
    )
    op.create_index(
        "ix_statements_order", "statements", ["kind", "postings", "starter", "language"]
    )
    # The page order (store/tables.py): expression indexes, on SQLite and PostgreSQL.
    rank = [sa.text("preferred DESC"), sa.text("(postings + uses) DESC"), sa.text("text")]
    op.create_index("ix_statements_rank", "statements", rank)
    op.create_index("ix_statements_rank_kind", "statements", [sa.text("kind"), *rank])
    op.create_table(
        "statement_sources",
        sa.Column("posting_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("posting_id", name="pk_statement_sources"),
    )
    op.create_table(
        "posting_statements",
        sa.Column("posting_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("statement_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.id"],
            ondelete="CASCADE",
            name="fk_posting_statements_statement_id_statements",
        ),
        sa.PrimaryKeyConstraint("posting_id", "statement_id", name="pk_posting_statements"),
    )
    op.create_index(
        "ix_posting_statements_statement", "posting_statements", ["statement_id"]
    )
    op.create_table(
        "reword_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("family_id", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("to_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reverted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_reword_changes"),
    )
    op.create_table(
        "reword_change_postings",
        sa.Column("change_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("posting_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version_before", sa.Integer(), nullable=False),
        sa.Column("version_after", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["reword_changes.id"],
            ondelete="CASCADE",
            name="fk_reword_change_postings_change_id_reword_changes",
        ),
        sa.PrimaryKeyConstraint("change_id", "posting_id", name="pk_reword_change_postings"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        from jdeditor.store.sqlite import fts5_available
        from jdeditor.store.statement_search import STATEMENT_FTS_DDL_V1

        if fts5_available():
            op.execute(STATEMENT_FTS_DDL_V1)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS statement_fts")
    else:  # the search index store/postgres_search.py keeps beside the table
        op.execute("DROP TABLE IF EXISTS statement_search")
    op.drop_table("reword_change_postings")
    op.drop_table("reword_changes")
    op.drop_index("ix_posting_statements_statement", "posting_statements")
    op.drop_table("posting_statements")
    op.drop_table("statement_sources")
    op.drop_index("ix_statements_rank_kind", "statements")
    op.drop_index("ix_statements_rank", "statements")
    op.drop_index("ix_statements_order", "statements")
    op.drop_table("statements")
