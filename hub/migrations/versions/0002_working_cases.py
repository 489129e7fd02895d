"""Working a case: case outcome and tags, message versions and reply details, templates,
and an index for lease expiry.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_CHANNELS = "'email', 'forum', 'facebook', 'twitter', 'chat', 'phone', 'social_mention'"


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding ``cases`` on SQLite would drop the old table, and its
    # ON DELETE CASCADE would take every message with it.
    op.add_column(
        "cases",
        sa.Column(
            "outcome",
            sa.String(length=16),
            sa.CheckConstraint(
                "outcome IN ('solved', 'not_solvable', 'escalated')",
                name=op.f("ck_cases_outcome"),
            ),
            nullable=True,
        ),
    )
    op.create_index(
        "ix_cases_status_claim_expires_at", "cases", ["status", "claim_expires_at"], unique=False
    )
    op.create_table(
        "case_tags",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_tags_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "tag", name=op.f("pk_case_tags")),
    )

    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("case_version", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("subject", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("visibility", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("call_outcome", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("call_duration_seconds", sa.Integer(), nullable=True))
    # When an older message arrived is unknown; the case's current version is the cautious
    # answer: a reply drafted before the upgrade is held as stale for review, never sent
    # over a customer message its author did not see.
    op.execute(
        "UPDATE messages SET case_version = "
        "(SELECT cases.version FROM cases WHERE cases.id = messages.case_id)"
    )
    with op.batch_alter_table("messages") as batch:
        batch.alter_column("case_version", existing_type=sa.Integer(), nullable=False)
        batch.create_check_constraint("visibility", "visibility IN ('public', 'private')")
        batch.create_check_constraint(
            "call_outcome",
            "call_outcome IN ('reached', 'not_reached', 'voicemail', 'wrong_number')",
        )
        batch.create_check_constraint("call_duration", "call_duration_seconds >= 0")

    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(f"channel IN ({_CHANNELS})", name=op.f("ck_templates_channel")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_templates_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_templates")),
    )
    op.create_index("ix_templates_seq", "templates", ["seq"], unique=True)
    op.create_index("ix_templates_client_id", "templates", ["client_id"], unique=False)
    op.create_table(
        "template_tombstones",
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_template_tombstones_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("expert_id", "template_id", name=op.f("pk_template_tombstones")),
    )
    op.create_index(
        "ix_template_tombstones_expert_id_seq",
        "template_tombstones",
        ["expert_id", "seq"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("template_tombstones")
    op.drop_table("templates")
    with op.batch_alter_table("messages") as batch:
        batch.drop_constraint(op.f("ck_messages_call_duration"), type_="check")
        batch.drop_constraint(op.f("ck_messages_call_outcome"), type_="check")
        batch.drop_constraint(op.f("ck_messages_visibility"), type_="check")
        batch.drop_column("call_duration_seconds")
        batch.drop_column("call_outcome")
        batch.drop_column("visibility")
        batch.drop_column("subject")
        batch.drop_column("case_version")
    op.drop_table("case_tags")
    op.drop_index("ix_cases_status_claim_expires_at", table_name="cases")
    # SQLite (3.35+) drops a column whose only CHECK constraint is its own in place.
    op.drop_column("cases", "outcome")
