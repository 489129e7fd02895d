"""Earnings: rate cards, the QA-hold queue of solved cases, editorial contributions,
ledger entries, payout batches, billing data and monthly statements.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
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
        "case_rates",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("complexity", sa.String(length=16), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('email', 'forum', 'facebook', 'twitter', 'chat', 'phone', "
            "'social_mention')",
            name=op.f("ck_case_rates_channel"),
        ),
        sa.CheckConstraint(
            "complexity IN ('simple', 'standard', 'complex')", name=op.f("ck_case_rates_complexity")
        ),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_case_rates_amount")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_case_rates_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", "channel", "complexity", name=op.f("pk_case_rates")),
    )
    op.create_table(
        "contribution_rates",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('article', 'forum_answer')", name=op.f("ck_contribution_rates_kind")
        ),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_contribution_rates_amount")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_contribution_rates_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", "kind", name=op.f("pk_contribution_rates")),
    )
    op.create_table(
        "contributions",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("fee_cents", sa.Integer(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('article', 'forum_answer')", name=op.f("ck_contributions_kind")
        ),
        sa.CheckConstraint(
            "status IN ('submitted', 'accepted', 'rejected')", name=op.f("ck_contributions_status")
        ),
        sa.CheckConstraint("fee_cents >= 0", name=op.f("ck_contributions_fee")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_contributions_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_contributions_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributions")),
    )
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.create_index("ix_contributions_expert_id_seq", ["expert_id", "seq"], unique=False)
        batch_op.create_index("ix_contributions_seq", ["seq"], unique=True)

    op.create_table(
        "expert_billing",
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("tax_number", sa.String(length=40), nullable=True),
        sa.Column("vat_id", sa.String(length=20), nullable=True),
        sa.Column("small_business", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "small_business IN (0, 1)", name=op.f("ck_expert_billing_small_business")
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_expert_billing_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("expert_id", name=op.f("pk_expert_billing")),
    )
    op.create_table(
        "payouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_payouts_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payouts")),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.DateTime(), nullable=False),
        sa.Column("period_end", sa.DateTime(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("net_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_percent", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_statements_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
        sa.UniqueConstraint("number", name=op.f("uq_statements_number")),
    )
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.create_index("ix_statements_expert_id_seq", ["expert_id", "seq"], unique=False)
        batch_op.create_index("ix_statements_seq", ["seq"], unique=True)

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

    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("contribution_id", sa.String(length=100), nullable=True),
        sa.Column("window_id", sa.Integer(), nullable=True),
        sa.Column("time_entry_id", sa.String(length=100), nullable=True),
        sa.Column("adjusts_entry_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("rate_cents", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("earned_at", sa.DateTime(), nullable=False),
        sa.Column("qa_rating", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("dispute_reason", sa.Text(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("payout_id", sa.Integer(), nullable=True),
        sa.Column("statement_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "(source = 'adjustment') = (reason IS NOT NULL)",
            name=op.f("ck_ledger_entries_adjustment_reason"),
        ),
        sa.CheckConstraint(
            "source IN ('case', 'contribution', 'window', 'adjustment')",
            name=op.f("ck_ledger_entries_source"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'paid', 'disputed', 'resolved')",
            name=op.f("ck_ledger_entries_status"),
        ),
        sa.CheckConstraint("qa_rating BETWEEN 1 AND 5", name=op.f("ck_ledger_entries_qa_rating")),
        sa.ForeignKeyConstraint(
            ["adjusts_entry_id"],
            ["ledger_entries.id"],
            name=op.f("fk_ledger_entries_adjusts_entry_id_ledger_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_ledger_entries_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["experts.id"],
            name=op.f("fk_ledger_entries_expert_id_experts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payout_id"], ["payouts.id"], name=op.f("fk_ledger_entries_payout_id_payouts")
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.id"],
            name=op.f("fk_ledger_entries_statement_id_statements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ledger_entries_expert_id_earned_at", ["expert_id", "earned_at"], unique=False
        )
        batch_op.create_index("ix_ledger_entries_expert_id_seq", ["expert_id", "seq"], unique=False)
        batch_op.create_index("ix_ledger_entries_seq", ["seq"], unique=True)
    op.create_table(
        "rate_card_stamps",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_rate_card_stamps_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_rate_card_stamps")),
    )
    op.create_index("ix_rate_card_stamps_seq", "rate_card_stamps", ["seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_rate_card_stamps_seq", table_name="rate_card_stamps")
    op.drop_table("rate_card_stamps")
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entries_seq")
        batch_op.drop_index("ix_ledger_entries_expert_id_seq")
        batch_op.drop_index("ix_ledger_entries_expert_id_earned_at")

    op.drop_table("ledger_entries")
    with op.batch_alter_table("case_fee_queue", schema=None) as batch_op:
        batch_op.drop_index("ix_case_fee_queue_due_at")

    op.drop_table("case_fee_queue")
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.drop_index("ix_statements_seq")
        batch_op.drop_index("ix_statements_expert_id_seq")

    op.drop_table("statements")
    op.drop_table("payouts")
    op.drop_table("expert_billing")
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.drop_index("ix_contributions_seq")
        batch_op.drop_index("ix_contributions_expert_id_seq")

    op.drop_table("contributions")
    op.drop_table("contribution_rates")
    op.drop_table("case_rates")
