"""Working cases: outbox, drafts, templates, tags and outcome, reply fields of messages,
and the partial indexes of the inbox views.

The cursor goes back to the start so that the next sync fetches every case again with
the fields this version adds (tags, outcome, the reply fields of messages) and the
templates; applying a case twice is harmless, and nothing local is lost.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (view, ordered columns, condition): frozen copies of store/queries.py at this revision.
_VIEW_INDEXES = (
    ("offers", ("sla_due",), "status = 'offered'"),
    ("my_cases", ("sla_due",), "assigned_to_me = 1 AND status = 'open'"),
    ("waiting", ("sla_due",), "assigned_to_me = 1 AND status = 'waiting'"),
    ("due_soon", ("sla_due", "status"), "assigned_to_me = 1 AND status IN ('open', 'waiting')"),
    ("recently_closed", ("updated_at",), "assigned_to_me = 1 AND status = 'closed'"),
)
_OUTBOX_STATES = ("queued", "sending", "sent", "held", "resolved")


def upgrade() -> None:
    op.add_column("cases", sa.Column("tags", sa.Text(), nullable=False, server_default="[]"))
    op.add_column("cases", sa.Column("outcome", sa.Text()))
    op.add_column("cases", sa.Column("hub_values", sa.Text()))
    for view, ordered, condition in _VIEW_INDEXES:
        where = sa.text(condition)
        sort = ordered[0]
        op.create_index(f"ix_cases_{view}_{sort}", "cases", [*ordered], sqlite_where=where)
        op.create_index(
            f"ix_cases_{view}_channel_{sort}", "cases", ["channel", *ordered], sqlite_where=where
        )
        op.create_index(
            f"ix_cases_{view}_client_{sort}", "cases", ["client_id", *ordered], sqlite_where=where
        )

    op.add_column("messages", sa.Column("subject", sa.Text()))
    op.add_column("messages", sa.Column("visibility", sa.Text()))
    op.add_column("messages", sa.Column("call_outcome", sa.Text()))
    op.add_column("messages", sa.Column("call_duration_seconds", sa.Integer()))

    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.Text()),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Integer(), nullable=False),
    )
    op.create_index("ix_templates_client_id_language", "templates", ["client_id", "language"])

    op.create_table(
        "outbox",
        sa.Column("id", sa.Text(), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.Float(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("held_reason", sa.Text()),
        sa.Column("held_message", sa.Text()),
        sa.Column("result", sa.Text()),
        sa.Column("sent_at", sa.Integer()),
        sa.Column("confirmed", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("resolution", sa.Text()),
        sa.Column("superseded_by", sa.Text()),
        sa.Column("resolved_at", sa.Integer()),
        sa.CheckConstraint(
            "state IN (" + ", ".join(f"'{state}'" for state in _OUTBOX_STATES) + ")",
            name="ck_outbox_state",
        ),
    )
    op.create_index("ux_outbox_seq", "outbox", ["seq"], unique=True)
    op.create_index("ix_outbox_state_seq", "outbox", ["state", "seq"])
    op.create_index("ix_outbox_case_id_seq", "outbox", ["case_id", "seq"])

    op.create_table(
        "drafts",
        sa.Column("case_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.Text(), primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Integer(), nullable=False),
    )

    op.execute("UPDATE meta SET value = '0' WHERE key = 'cursor'")


def downgrade() -> None:
    op.drop_table("drafts")
    op.drop_index("ix_outbox_case_id_seq", "outbox")
    op.drop_index("ix_outbox_state_seq", "outbox")
    op.drop_index("ux_outbox_seq", "outbox")
    op.drop_table("outbox")
    op.drop_index("ix_templates_client_id_language", "templates")
    op.drop_table("templates")
    for view, ordered, _condition in _VIEW_INDEXES:
        for middle in ("", "channel_", "client_"):
            op.drop_index(f"ix_cases_{view}_{middle}{ordered[0]}", "cases")
    for column in ("call_duration_seconds", "call_outcome", "visibility", "subject"):
        op.drop_column("messages", column)
    for column in ("hub_values", "outcome", "tags"):
        op.drop_column("cases", column)
