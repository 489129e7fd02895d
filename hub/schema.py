"""SQLAlchemy Core tables of the hub: the single source of truth for the application schema.

Alembic migrations in ``hub/migrations/versions`` create the same tables explicitly; a test
compares the migrated database against this metadata.

All times are naive UTC ``DateTime`` values truncated to whole seconds. Every row that takes
part in the change feed carries ``seq``, the number the writing transaction drew from the
single hub sequence (see ``hub/sequence.py``).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

CHANNELS = ("email", "forum", "facebook", "twitter", "chat", "phone", "social_mention")
CASE_STATUSES = ("offered", "open", "waiting", "closed")
PRIORITIES = ("low", "normal", "high", "urgent")
DIRECTIONS = ("in", "out", "note")
SKILL_KINDS = ("channel", "language", "topic")
OUTCOMES = ("solved", "not_solvable", "escalated")
VISIBILITIES = ("public", "private")
CALL_OUTCOMES = ("reached", "not_reached", "voicemail", "wrong_number")


def _in_list(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


hub_sequence = Table(
    "hub_sequence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)

hub_settings = Table(
    "hub_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

clients = Table(
    "clients",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Index("ix_clients_seq", "seq"),
)

experts = Table(
    "experts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("created_at", DateTime, nullable=False),
)

expert_clients = Table(
    "expert_clients",
    metadata,
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    # Stamped when the expert starts serving the client, so the client reaches them by sync.
    Column("seq", BigInteger, nullable=False),
)

expert_skills = Table(
    "expert_skills",
    metadata,
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("value", String(64), primary_key=True),
    CheckConstraint(_in_list("kind", SKILL_KINDS), name="kind"),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_id", Integer, ForeignKey("clients.id"), nullable=False),
    Column("channel", String(32), nullable=False),
    Column("subject", String(500), nullable=False),
    Column("customer_name", String(200), nullable=False),
    Column("customer_contact", String(320), nullable=False),
    Column("language", String(8), nullable=False),
    Column("topic", String(64), nullable=True),
    Column("status", String(16), nullable=False),
    Column("priority", String(16), nullable=False),
    Column("sla_due", DateTime, nullable=True),
    Column("assigned_expert_id", Integer, ForeignKey("experts.id"), nullable=True),
    Column("claim_expires_at", DateTime, nullable=True),
    Column("version", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    # How a closed case ended; NULL while it is not closed.
    Column("outcome", String(16), nullable=True),
    CheckConstraint(_in_list("channel", CHANNELS), name="channel"),
    CheckConstraint(_in_list("status", CASE_STATUSES), name="status"),
    CheckConstraint(_in_list("priority", PRIORITIES), name="priority"),
    CheckConstraint(_in_list("outcome", OUTCOMES), name="outcome"),
    # An offer sits in the pool without an assignee; every other status has one.
    CheckConstraint("(status = 'offered') = (assigned_expert_id IS NULL)", name="offer_unassigned"),
    Index("ix_cases_seq", "seq", unique=True),
    Index("ix_cases_assigned_expert_id_seq", "assigned_expert_id", "seq"),
    Index("ix_cases_status_seq", "status", "seq"),
    # Finds the leases that ran out without scanning the open cases.
    Index("ix_cases_status_claim_expires_at", "status", "claim_expires_at"),
)

case_tags = Table(
    "case_tags",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(40), primary_key=True),
)

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column("direction", String(8), nullable=False),
    Column("author", String(200), nullable=False),
    Column("body_text", Text, nullable=False),
    Column("body_html", Text, nullable=True),
    Column("created_at", DateTime, nullable=False),
    # The case version that first contained the message: the base of stale-reply detection.
    Column("case_version", Integer, nullable=False),
    # Channel-specific parts of an expert's reply; NULL on every other message.
    Column("subject", String(500), nullable=True),
    Column("visibility", String(8), nullable=True),
    Column("call_outcome", String(16), nullable=True),
    Column("call_duration_seconds", Integer, nullable=True),
    CheckConstraint(_in_list("direction", DIRECTIONS), name="direction"),
    CheckConstraint(_in_list("visibility", VISIBILITIES), name="visibility"),
    CheckConstraint(_in_list("call_outcome", CALL_OUTCOMES), name="call_outcome"),
    CheckConstraint("call_duration_seconds >= 0", name="call_duration"),
    Index("ix_messages_case_id_id", "case_id", "id"),
)

tombstones = Table(
    "tombstones",
    metadata,
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    # No foreign key: a tombstone must outlive a purged case.
    Column("case_id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Index("ix_tombstones_expert_id_seq", "expert_id", "seq"),
)

templates = Table(
    "templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
    # NULL: the template fits every channel.
    Column("channel", String(32), nullable=True),
    Column("language", String(8), nullable=False),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    CheckConstraint(_in_list("channel", CHANNELS), name="channel"),
    Index("ix_templates_seq", "seq", unique=True),
    Index("ix_templates_client_id", "client_id"),
)

template_tombstones = Table(
    "template_tombstones",
    metadata,
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    # No foreign key: the tombstone of a deleted template must outlive it.
    Column("template_id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Index("ix_template_tombstones_expert_id_seq", "expert_id", "seq"),
)

applied_mutations = Table(
    "applied_mutations",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(64), nullable=False),
    Column("answer", Text, nullable=False),
    Column("applied_at", DateTime, nullable=False),
)

refresh_families = Table(
    "refresh_families",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("device_name", String(200), nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("revoked_at", DateTime, nullable=True),
)

refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "family_id",
        Integer,
        ForeignKey("refresh_families.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("spent_at", DateTime, nullable=True),
    Column("successor_id", Integer, ForeignKey("refresh_tokens.id"), nullable=True),
    Index("ix_refresh_tokens_family_id", "family_id"),
)

WINDOW_SKILL_KINDS = SKILL_KINDS
TIME_ENTRY_KINDS = ("work", "break")
TIME_ENTRY_LOCATIONS = ("remote", "on_site")
TIME_ENTRY_STATUSES = ("recorded", "approved")

windows = Table(
    "windows",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
    Column("starts_at", DateTime, nullable=False),
    Column("ends_at", DateTime, nullable=False),
    # Money in integer cents: floats would round an hour's pay.
    Column("hourly_rate_cents", Integer, nullable=False),
    Column("capacity", Integer, nullable=False),
    # Booking and cancelling close this many minutes before the start.
    Column("cutoff_minutes", Integer, nullable=False),
    # Stamped again whenever a booking changes the seats left, so every expert re-syncs it.
    Column("seq", BigInteger, nullable=False),
    CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    CheckConstraint("hourly_rate_cents >= 0", name="rate"),
    CheckConstraint("capacity >= 1", name="capacity"),
    CheckConstraint("cutoff_minutes >= 0", name="cutoff"),
    Index("ix_windows_seq", "seq", unique=True),
    Index("ix_windows_client_id", "client_id"),
)

window_skills = Table(
    "window_skills",
    metadata,
    Column("window_id", Integer, ForeignKey("windows.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("value", String(64), primary_key=True),
    CheckConstraint(_in_list("kind", SKILL_KINDS), name="kind"),
)

window_bookings = Table(
    "window_bookings",
    metadata,
    Column("window_id", Integer, ForeignKey("windows.id", ondelete="CASCADE"), primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    Column("booked_at", DateTime, nullable=False),
    Index("ix_window_bookings_expert_id", "expert_id"),
)

window_tombstones = Table(
    "window_tombstones",
    metadata,
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    # No foreign key: the tombstone of a deleted window must outlive it.
    Column("window_id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Index("ix_window_tombstones_expert_id_seq", "expert_id", "seq"),
)

time_entries = Table(
    "time_entries",
    metadata,
    # The workstation's own id of the entry: corrections name it, and it never changes.
    Column("id", String(100), primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("starts_at", DateTime, nullable=False),
    Column("ends_at", DateTime, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("location", String(8), nullable=False),
    Column("status", String(10), nullable=False),
    # Seconds of work outside every window the expert booked; such time is not paid.
    Column("unpaid_seconds", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("recorded_at", DateTime, nullable=False),
    Column("approved_at", DateTime, nullable=True),
    Column("seq", BigInteger, nullable=False),
    CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    CheckConstraint(_in_list("kind", TIME_ENTRY_KINDS), name="kind"),
    CheckConstraint(_in_list("location", TIME_ENTRY_LOCATIONS), name="location"),
    CheckConstraint(_in_list("status", TIME_ENTRY_STATUSES), name="status"),
    CheckConstraint("unpaid_seconds >= 0", name="unpaid"),
    Index("ix_time_entries_seq", "seq", unique=True),
    Index("ix_time_entries_expert_id_starts_at", "expert_id", "starts_at"),
)

time_entry_cases = Table(
    "time_entry_cases",
    metadata,
    Column(
        "entry_id", String(100), ForeignKey("time_entries.id", ondelete="CASCADE"), primary_key=True
    ),
    # No foreign key: the record of paid time must outlive a purged case.
    Column("case_id", Integer, primary_key=True),
    Column("seconds", Integer, nullable=False),
    CheckConstraint("seconds >= 0", name="seconds"),
)

time_entry_corrections = Table(
    "time_entry_corrections",
    metadata,
    Column(
        "entry_id", String(100), ForeignKey("time_entries.id", ondelete="CASCADE"), primary_key=True
    ),
    # The entry version the correction produced (2 for the first correction).
    Column("version", Integer, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("corrected_at", DateTime, nullable=False),
    # The entry before the correction, as JSON: starts_at, ends_at, kind, location, cases.
    Column("previous", Text, nullable=False),
)

expert_quotas = Table(
    "expert_quotas",
    metadata,
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    # Share of a calendar year's worked hours the expert is to spend on site.
    Column("on_site_percent", Integer, nullable=False),
    CheckConstraint("on_site_percent BETWEEN 0 AND 100", name="percent"),
)

# Identity (issue 7): registered devices with their Ed25519 public keys, which refresh
# token family belongs to which device, each expert's second factor and offboarding, and
# single-use recovery codes (only their SHA-256 hashes).

devices = Table(
    "devices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("public_key", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("os", String(200), nullable=False),
    Column("first_seen_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime, nullable=False),
    # The newest signature time (client milliseconds) accepted from this device: every
    # signed request must carry a later one, so a captured request cannot be replayed.
    Column("last_signed_at", BigInteger, nullable=False),
    Column("revoked_at", DateTime, nullable=True),
    Column("wiped_at", DateTime, nullable=True),
    Column("wipe_reported_at", DateTime, nullable=True),
    Index("ix_devices_expert_id", "expert_id"),
)

device_sessions = Table(
    "device_sessions",
    metadata,
    Column(
        "family_id",
        Integer,
        ForeignKey("refresh_families.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("device_id", Integer, ForeignKey("devices.id", ondelete="CASCADE"), nullable=False),
    Index("ix_device_sessions_device_id", "device_id"),
)

expert_security = Table(
    "expert_security",
    metadata,
    Column(
        "expert_id",
        Integer,
        ForeignKey("experts.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("totp_secret", String(64), nullable=True),
    Column("totp_confirmed_at", DateTime, nullable=True),
    Column("totp_last_step", BigInteger, nullable=True),
    Column("totp_required", Boolean, nullable=False),
    # Wrong codes in a row, and until when codes are refused after too many of them.
    Column("totp_failures", Integer, nullable=False),
    Column("totp_locked_until", DateTime, nullable=True),
    Column("offboarded_at", DateTime, nullable=True),
)

recovery_codes = Table(
    "recovery_codes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
    Column("used_at", DateTime, nullable=True),
    Index("ix_recovery_codes_expert_id", "expert_id"),
)


# -- data protection (issue 7) ---------------------------------------------------------------

AUDIT_ACTIONS = (
    "open_case",
    "open_customer",
    "export",
    "copy_contact",
    "reply",
    "call",
)

client_policies = Table(
    "client_policies",
    metadata,
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    # Days a closed case may stay on a workstation after its last change.
    Column("retention_days", Integer, nullable=False),
    CheckConstraint("retention_days >= 1", name="retention_days"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("message_id", Integer, ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(255), nullable=False),
    Column("media_type", String(127), nullable=False),
    Column("size", Integer, nullable=False),
    Column("content", LargeBinary, nullable=False),
    CheckConstraint("size >= 0", name="size"),
    Index("ix_attachments_message_id", "message_id"),
)

audit_events = Table(
    "audit_events",
    metadata,
    # The workstation's event id (a UUID): a repeated upload stores nothing twice.
    Column("id", String(64), primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("device_id", String(100), nullable=False),
    Column("action", String(32), nullable=False),
    # No foreign key: the record must outlive a purged case.
    Column("case_id", Integer, nullable=True),
    # Whose data it was, copied from the case when the event arrives, so that a report
    # still finds it after the case itself is gone.
    Column("customer_name", String(200), nullable=True),
    Column("customer_contact", String(320), nullable=True),
    Column("detail", String(200), nullable=True),
    Column("occurred_at", DateTime, nullable=False),
    Column("received_at", DateTime, nullable=False),
    CheckConstraint(_in_list("action", AUDIT_ACTIONS), name="action"),
    Index("ix_audit_events_customer_contact", "customer_contact"),
    Index("ix_audit_events_case_id", "case_id"),
)


# -- earnings (issue 6) ------------------------------------------------------------------
# Money is integer cents (EUR) throughout: floats would lose cents in sums.

CASE_COMPLEXITIES = ("simple", "standard", "complex")
CONTRIBUTION_KINDS = ("article", "forum_answer")
CONTRIBUTION_STATUSES = ("submitted", "accepted", "rejected")
LEDGER_SOURCES = ("case", "contribution", "window", "adjustment")
LEDGER_STATUSES = ("pending", "approved", "paid", "disputed", "resolved")

case_rates = Table(
    "case_rates",
    metadata,
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("channel", String(32), primary_key=True),
    Column("complexity", String(16), primary_key=True),
    Column("amount_cents", Integer, nullable=False),
    CheckConstraint(_in_list("channel", CHANNELS), name="channel"),
    CheckConstraint(_in_list("complexity", CASE_COMPLEXITIES), name="complexity"),
    CheckConstraint("amount_cents >= 0", name="amount"),
)

contribution_rates = Table(
    "contribution_rates",
    metadata,
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("amount_cents", Integer, nullable=False),
    CheckConstraint(_in_list("kind", CONTRIBUTION_KINDS), name="kind"),
    CheckConstraint("amount_cents >= 0", name="amount"),
)

contributions = Table(
    "contributions",
    metadata,
    # The workstation's own id of the contribution: a resent submission names it again.
    Column("id", String(100), primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", String(300), nullable=False),
    Column("body", Text, nullable=False),
    Column("status", String(12), nullable=False),
    Column("feedback", Text, nullable=True),
    Column("fee_cents", Integer, nullable=True),
    Column("submitted_at", DateTime, nullable=False),
    Column("decided_at", DateTime, nullable=True),
    Column("seq", BigInteger, nullable=False),
    CheckConstraint(_in_list("kind", CONTRIBUTION_KINDS), name="kind"),
    CheckConstraint(_in_list("status", CONTRIBUTION_STATUSES), name="status"),
    CheckConstraint("fee_cents >= 0", name="fee"),
    Index("ix_contributions_seq", "seq", unique=True),
    Index("ix_contributions_expert_id_seq", "expert_id", "seq"),
)

payouts = Table(
    "payouts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("paid_at", DateTime, nullable=False),
    Column("total_cents", Integer, nullable=False),
)

# Both parties of a credit note: the expert's billing data (the operator's lives in
# hub_settings). A statement keeps a snapshot, so later edits never change issued ones.
expert_billing = Table(
    "expert_billing",
    metadata,
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    Column("legal_name", String(200), nullable=False),
    Column("address", Text, nullable=False),
    Column("tax_number", String(40), nullable=True),
    Column("vat_id", String(20), nullable=True),
    # 1: small business under §19 UStG, no VAT is charged.
    Column("small_business", Integer, nullable=False),
    CheckConstraint("small_business IN (0, 1)", name="small_business"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("number", String(40), nullable=False, unique=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("period_start", DateTime, nullable=False),
    Column("period_end", DateTime, nullable=False),
    Column("issued_at", DateTime, nullable=False),
    Column("net_cents", Integer, nullable=False),
    Column("vat_rate_percent", Integer, nullable=False),
    Column("vat_cents", Integer, nullable=False),
    Column("total_cents", Integer, nullable=False),
    # JSON: {"issuer": {...}, "recipient": {...}} as they were when the statement was issued.
    Column("parties", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Index("ix_statements_seq", "seq", unique=True),
    Index("ix_statements_expert_id_seq", "expert_id", "seq"),
)

ledger_entries = Table(
    "ledger_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), nullable=False),
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
    Column("source", String(16), nullable=False),
    # No foreign keys: the record of earned money outlives a purged case or window.
    Column("case_id", Integer, nullable=True),
    Column("contribution_id", String(100), nullable=True),
    Column("window_id", Integer, nullable=True),
    Column("time_entry_id", String(100), nullable=True),
    Column("adjusts_entry_id", Integer, ForeignKey("ledger_entries.id"), nullable=True),
    Column("description", String(300), nullable=False),
    # Quantity (cases/contributions: 1; window: seconds) and the rate that produced amount.
    Column("quantity", Integer, nullable=False),
    Column("rate_cents", Integer, nullable=False),
    Column("amount_cents", Integer, nullable=False),
    Column("status", String(10), nullable=False),
    Column("earned_at", DateTime, nullable=False),
    Column("qa_rating", Integer, nullable=True),
    Column("reason", Text, nullable=True),
    Column("dispute_reason", Text, nullable=True),
    Column("resolution", Text, nullable=True),
    Column("payout_id", Integer, ForeignKey("payouts.id"), nullable=True),
    Column("statement_id", Integer, ForeignKey("statements.id"), nullable=True),
    # A solved case's fee is pending under QA review until then; no approval before.
    Column("qa_hold_until", DateTime, nullable=True),
    Column("updated_at", DateTime, nullable=False),
    Column("seq", BigInteger, nullable=False),
    CheckConstraint(_in_list("source", LEDGER_SOURCES), name="source"),
    CheckConstraint(_in_list("status", LEDGER_STATUSES), name="status"),
    CheckConstraint("qa_rating BETWEEN 1 AND 5", name="qa_rating"),
    # Adjustments always say why; a case fee withdrawn during QA review says so too.
    CheckConstraint("source <> 'adjustment' OR reason IS NOT NULL", name="adjustment_reason"),
    Index("ix_ledger_entries_seq", "seq", unique=True),
    Index("ix_ledger_entries_expert_id_seq", "expert_id", "seq"),
    Index("ix_ledger_entries_expert_id_earned_at", "expert_id", "earned_at"),
)

# Stamped whenever a client's rate card changes, so the experts serving it re-sync it.
rate_card_stamps = Table(
    "rate_card_stamps",
    metadata,
    Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Index("ix_rate_card_stamps_seq", "seq"),
)


# Social mentions an expert chose not to approach: the offer leaves that expert's view for
# good and stays on offer to the others (the ``decline`` mutation).
case_declines = Table(
    "case_declines",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("expert_id", Integer, ForeignKey("experts.id", ondelete="CASCADE"), primary_key=True),
    Column("declined_at", DateTime, nullable=False),
    Index("ix_case_declines_expert_id", "expert_id"),
)
