"""Shift windows with required skills, bookings and tombstones; time entries with their
case attribution and correction history; on-site quotas.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SKILL_KINDS = "'channel', 'language', 'topic'"


def _expert_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["expert_id"],
        ["experts.id"],
        name=op.f(f"fk_{table}_expert_id_experts"),
        ondelete="CASCADE",
    )


def _window_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["window_id"],
        ["windows.id"],
        name=op.f(f"fk_{table}_window_id_windows"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "windows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("hourly_rate_cents", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("cutoff_minutes", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_windows_ends_after_start")),
        sa.CheckConstraint("hourly_rate_cents >= 0", name=op.f("ck_windows_rate")),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_windows_capacity")),
        sa.CheckConstraint("cutoff_minutes >= 0", name=op.f("ck_windows_cutoff")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_windows_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_windows")),
    )
    op.create_index("ix_windows_seq", "windows", ["seq"], unique=True)
    op.create_index("ix_windows_client_id", "windows", ["client_id"], unique=False)
    op.create_table(
        "window_skills",
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.CheckConstraint(f"kind IN ({_SKILL_KINDS})", name=op.f("ck_window_skills_kind")),
        _window_fk("window_skills"),
        sa.PrimaryKeyConstraint("window_id", "kind", "value", name=op.f("pk_window_skills")),
    )
    op.create_table(
        "window_bookings",
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("booked_at", sa.DateTime(), nullable=False),
        _window_fk("window_bookings"),
        _expert_fk("window_bookings"),
        sa.PrimaryKeyConstraint("window_id", "expert_id", name=op.f("pk_window_bookings")),
    )
    op.create_index("ix_window_bookings_expert_id", "window_bookings", ["expert_id"], unique=False)
    op.create_table(
        "window_tombstones",
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        _expert_fk("window_tombstones"),
        sa.PrimaryKeyConstraint("expert_id", "window_id", name=op.f("pk_window_tombstones")),
    )
    op.create_index(
        "ix_window_tombstones_expert_id_seq",
        "window_tombstones",
        ["expert_id", "seq"],
        unique=False,
    )
    op.create_table(
        "time_entries",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("location", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("unpaid_seconds", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_time_entries_ends_after_start")),
        sa.CheckConstraint("kind IN ('work', 'break')", name=op.f("ck_time_entries_kind")),
        sa.CheckConstraint(
            "location IN ('remote', 'on_site')", name=op.f("ck_time_entries_location")
        ),
        sa.CheckConstraint(
            "status IN ('recorded', 'approved')", name=op.f("ck_time_entries_status")
        ),
        sa.CheckConstraint("unpaid_seconds >= 0", name=op.f("ck_time_entries_unpaid")),
        _expert_fk("time_entries"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_entries")),
    )
    op.create_index("ix_time_entries_seq", "time_entries", ["seq"], unique=True)
    op.create_index(
        "ix_time_entries_expert_id_starts_at",
        "time_entries",
        ["expert_id", "starts_at"],
        unique=False,
    )
    op.create_table(
        "time_entry_cases",
        sa.Column("entry_id", sa.String(length=100), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.CheckConstraint("seconds >= 0", name=op.f("ck_time_entry_cases_seconds")),
        _entry_fk("time_entry_cases"),
        sa.PrimaryKeyConstraint("entry_id", "case_id", name=op.f("pk_time_entry_cases")),
    )
    op.create_table(
        "time_entry_corrections",
        sa.Column("entry_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrected_at", sa.DateTime(), nullable=False),
        sa.Column("previous", sa.Text(), nullable=False),
        _entry_fk("time_entry_corrections"),
        sa.PrimaryKeyConstraint("entry_id", "version", name=op.f("pk_time_entry_corrections")),
    )
    op.create_table(
        "expert_quotas",
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("on_site_percent", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "on_site_percent BETWEEN 0 AND 100", name=op.f("ck_expert_quotas_percent")
        ),
        _expert_fk("expert_quotas"),
        sa.PrimaryKeyConstraint("expert_id", name=op.f("pk_expert_quotas")),
    )


def _entry_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["entry_id"],
        ["time_entries.id"],
        name=op.f(f"fk_{table}_entry_id_time_entries"),
        ondelete="CASCADE",
    )


def downgrade() -> None:
    op.drop_table("expert_quotas")
    op.drop_table("time_entry_corrections")
    op.drop_table("time_entry_cases")
    op.drop_table("time_entries")
    op.drop_table("window_tombstones")
    op.drop_table("window_bookings")
    op.drop_table("window_skills")
    op.drop_table("windows")
