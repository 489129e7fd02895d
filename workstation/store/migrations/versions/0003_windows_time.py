"""Shift windows synced from the hub; the expert's time entries, their corrections, and
the tracker's running stretch.

No cursor reset: a workstation before this revision could not read window changes, so its
cursor never passed one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "windows",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.Integer(), nullable=False),
        sa.Column("ends_at", sa.Integer(), nullable=False),
        sa.Column("hourly_rate_cents", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("seats_left", sa.Integer(), nullable=False),
        sa.Column("cutoff_minutes", sa.Integer(), nullable=False),
        sa.Column("required_skills", sa.Text(), nullable=False),
        sa.Column("booked", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_windows_starts_at", "windows", ["starts_at"], unique=False)
    op.create_table(
        "time_entries",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.Integer(), nullable=False),
        sa.Column("ends_at", sa.Integer(), nullable=False),
        sa.Column("cases", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("needs_confirmation", sa.Integer(), nullable=False),
        sa.Column("unqueued_mutation_id", sa.Text(), nullable=True),
        sa.Column("unpaid_seconds", sa.Integer(), nullable=True),
        sa.Column("hub_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_time_entries_starts_at", "time_entries", ["starts_at"], unique=False)
    op.create_table(
        "time_entry_corrections",
        sa.Column("entry_id", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrected_at", sa.Integer(), nullable=False),
        sa.Column("previous", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "version"),
    )
    op.create_table(
        "tracker_running",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_id", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.Float(), nullable=False),
        sa.Column("elapsed", sa.Float(), nullable=False),
        sa.Column("cases", sa.Text(), nullable=False),
        sa.Column("heartbeat_at", sa.Float(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_tracker_running_single_row"),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("tracker_running")
    op.drop_table("time_entry_corrections")
    op.drop_index("ix_time_entries_starts_at", table_name="time_entries")
    op.drop_table("time_entries")
    op.drop_index("ix_windows_starts_at", table_name="windows")
    op.drop_table("windows")
