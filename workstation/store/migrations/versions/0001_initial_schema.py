"""Initial cache schema: meta, clients, cases, messages and the case search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("name", sa.Text(), nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("customer_name", sa.Text(), nullable=False),
        sa.Column("customer_contact", sa.Text()),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("topic", sa.Text()),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("priority", sa.Text(), nullable=False),
        sa.Column("sla_due", sa.Integer()),
        sa.Column("assigned_to_me", sa.Integer(), nullable=False),
        sa.Column("claim_expires_at", sa.Integer()),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.Integer(), nullable=False),
        sa.Column("last_message_at", sa.Integer(), nullable=False),
    )
    op.create_index("ix_cases_sla_due", "cases", ["sla_due"])
    op.create_index("ix_cases_channel_sla_due", "cases", ["channel", "sla_due"])
    op.create_index("ix_cases_client_sla_due", "cases", ["client_id", "sla_due"])
    op.create_index("ix_cases_last_message_at", "cases", ["last_message_at"])
    op.create_index("ix_cases_channel_last_message_at", "cases", ["channel", "last_message_at"])
    op.create_index("ix_cases_client_last_message_at", "cases", ["client_id", "last_message_at"])
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE", name="fk_messages_case_id"),
            nullable=False,
        ),
        sa.Column("direction", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text()),
        sa.Column("created_at", sa.Integer(), nullable=False),
    )
    op.create_index("ix_messages_case_id_created_at", "messages", ["case_id", "created_at"])
    op.execute(
        "CREATE VIRTUAL TABLE case_fts USING fts5("
        "subject, customer, body, "
        "content='', contentless_delete=1, prefix='2 3', "
        "tokenize='unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE case_fts")
    op.drop_table("messages")
    op.drop_table("cases")
    op.drop_table("clients")
    op.drop_table("meta")
