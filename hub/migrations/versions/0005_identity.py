"""Identity: registered devices, device-bound refresh token families, second factor and
offboarding per expert, single-use recovery codes.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _expert_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["expert_id"],
        ["experts.id"],
        name=op.f(f"fk_{table}_expert_id_experts"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("os", sa.String(length=200), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("last_signed_at", sa.BigInteger(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("wiped_at", sa.DateTime(), nullable=True),
        sa.Column("wipe_reported_at", sa.DateTime(), nullable=True),
        _expert_fk("devices"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("public_key", name=op.f("uq_devices_public_key")),
    )
    op.create_index("ix_devices_expert_id", "devices", ["expert_id"], unique=False)
    op.create_table(
        "device_sessions",
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["refresh_families.id"],
            name=op.f("fk_device_sessions_family_id_refresh_families"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["devices.id"],
            name=op.f("fk_device_sessions_device_id_devices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("family_id", name=op.f("pk_device_sessions")),
    )
    op.create_index("ix_device_sessions_device_id", "device_sessions", ["device_id"], unique=False)
    op.create_table(
        "expert_security",
        sa.Column("expert_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("totp_secret", sa.String(length=64), nullable=True),
        sa.Column("totp_confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("totp_last_step", sa.BigInteger(), nullable=True),
        sa.Column("totp_required", sa.Boolean(), nullable=False),
        sa.Column("totp_failures", sa.Integer(), nullable=False),
        sa.Column("totp_locked_until", sa.DateTime(), nullable=True),
        sa.Column("offboarded_at", sa.DateTime(), nullable=True),
        _expert_fk("expert_security"),
        sa.PrimaryKeyConstraint("expert_id", name=op.f("pk_expert_security")),
    )
    op.create_table(
        "recovery_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        _expert_fk("recovery_codes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_codes")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_recovery_codes_code_hash")),
    )
    op.create_index("ix_recovery_codes_expert_id", "recovery_codes", ["expert_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_recovery_codes_expert_id", table_name="recovery_codes")
    op.drop_table("recovery_codes")
    op.drop_table("expert_security")
    op.drop_index("ix_device_sessions_device_id", table_name="device_sessions")
    op.drop_table("device_sessions")
    op.drop_index("ix_devices_expert_id", table_name="devices")
    op.drop_table("devices")
