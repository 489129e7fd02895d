"""A solved case's fee is booked at once as pending, held for QA review until
``qa_hold_until``, instead of waiting in ``case_fee_queue``; a fee withdrawn during the
hold carries a reason, so reasons are no longer reserved for adjustments.

Revision ID: 0009
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("qa_hold_until", sa.DateTime(), nullable=True))
        batch_op.drop_constraint(op.f("ck_ledger_entries_adjustment_reason"), type_="check")
        batch_op.create_check_constraint(
            "adjustment_reason", "source <> 'adjustment' OR reason IS NOT NULL"
        )
    with op.batch_alter_table("case_fee_queue", schema=None) as batch_op:
        batch_op.drop_index("ix_case_fee_queue_due_at")
    op.drop_table("case_fee_queue")


def downgrade() -> None:
    op.create_table(
        "case_fee_queue",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("solved_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_fee_queue_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_case_fee_queue_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_fee_queue")),
    )
    with op.batch_alter_table("case_fee_queue", schema=None) as batch_op:
        batch_op.create_index("ix_case_fee_queue_due_at", ["due_at"], unique=False)
    # Withdrawn case fees lose their reason: the old rule allowed one on adjustments only.
    op.execute("UPDATE ledger_entries SET reason = NULL WHERE source <> 'adjustment'")
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_ledger_entries_adjustment_reason"), type_="check")
        batch_op.create_check_constraint(
            "adjustment_reason", "(source = 'adjustment') = (reason IS NOT NULL)"
        )
        batch_op.drop_column("qa_hold_until")
