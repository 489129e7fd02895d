"""Declined social mentions: which expert chose not to approach which offered case.

Revision ID: 0007
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_declines",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("declined_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_declines_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_case_declines_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "expert_id", name=op.f("pk_case_declines")),
    )
    op.create_index("ix_case_declines_expert_id", "case_declines", ["expert_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_case_declines_expert_id", table_name="case_declines")
    op.drop_table("case_declines")
