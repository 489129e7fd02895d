"""The cache schema as SQLAlchemy Core tables: the single source the migrations must match.

Times are integer epoch seconds (UTC) so that every sort is a plain integer index scan.
Case ids are the hub's ids and the rowid, so each index on ``cases`` ends in the id
implicitly; that makes ``ORDER BY <column>, id`` a covering index scan, with or without a
leading channel or client filter.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    text,
)

from workstation.domain.models import OutboxState
from workstation.store.queries import (
    VIEW_DEFAULT_ORDER,
    VIEW_TIEBREAKERS,
    CaseView,
    view_condition,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

clients = Table(
    "clients",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    # No foreign key to clients: the hub may send a case before its client.
    Column("client_id", Integer, nullable=False),
    Column("channel", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("customer_name", Text, nullable=False),
    # Null for a phone case until it is claimed: the hub withholds the callback number.
    Column("customer_contact", Text),
    Column("language", Text, nullable=False),
    Column("topic", Text),
    Column("status", Text, nullable=False),
    Column("priority", Text, nullable=False),
    Column("sla_due", Integer),
    Column("assigned_to_me", Integer, nullable=False),
    Column("claim_expires_at", Integer),
    Column("version", Integer, nullable=False),
    Column("created_at", Integer, nullable=False),
    Column("updated_at", Integer, nullable=False),
    Column("last_message_at", Integer, nullable=False),
    # A JSON array of the case's tags, sorted.
    Column("tags", Text, nullable=False, server_default="[]"),
    Column("outcome", Text),
    # NULL when the row is the hub's word. Otherwise local, unconfirmed actions (queued
    # in the outbox) show on the row, and this holds the hub's values of the columns they
    # changed (store/local_changes.py), to fall back to when an action is refused.
    Column("hub_values", Text),
)
Index("ix_cases_sla_due", cases.c.sla_due)
Index("ix_cases_channel_sla_due", cases.c.channel, cases.c.sla_due)
Index("ix_cases_client_sla_due", cases.c.client_id, cases.c.sla_due)
Index("ix_cases_last_message_at", cases.c.last_message_at)
Index("ix_cases_channel_last_message_at", cases.c.channel, cases.c.last_message_at)
Index("ix_cases_client_last_message_at", cases.c.client_id, cases.c.last_message_at)


def _view_indexes() -> None:
    """Partial indexes of each view for its default order: alone, after channel and after
    client id. Each holds only the view's rows, so together they cost about one index."""
    for view, (sort, _descending) in VIEW_DEFAULT_ORDER.items():
        condition = view_condition(view)
        if condition is None:
            continue
        where = text(condition)
        ordered = [cases.c[sort], *(cases.c[name] for name in VIEW_TIEBREAKERS.get(view, ()))]
        Index(f"ix_cases_{view.value}_{sort}", *ordered, sqlite_where=where)
        Index(
            f"ix_cases_{view.value}_channel_{sort}", cases.c.channel, *ordered, sqlite_where=where
        )
        Index(
            f"ix_cases_{view.value}_client_{sort}", cases.c.client_id, *ordered, sqlite_where=where
        )


_view_indexes()
VIEWS_WITH_INDEXES: Final = tuple(view for view in CaseView if view is not CaseView.ALL)

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column(
        "case_id",
        Integer,
        ForeignKey("cases.id", ondelete="CASCADE", name="fk_messages_case_id"),
        nullable=False,
    ),
    Column("direction", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("body_text", Text, nullable=False),
    Column("body_html", Text),
    Column("created_at", Integer, nullable=False),
    # The channel-specific parts of an expert's reply; NULL on every other message.
    Column("subject", Text),
    Column("visibility", Text),
    Column("call_outcome", Text),
    Column("call_duration_seconds", Integer),
)
Index("ix_messages_case_id_created_at", messages.c.case_id, messages.c.created_at)

templates = Table(
    "templates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("client_id", Integer, nullable=False),
    # NULL: the template fits every channel.
    Column("channel", Text),
    Column("language", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("updated_at", Integer, nullable=False),
)
Index("ix_templates_client_id_language", templates.c.client_id, templates.c.language)

# Shift windows of the clients the expert serves, as the hub last sent them. Times are
# epoch seconds (UTC); ``booked`` is the expert's own booking.
windows = Table(
    "windows",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("client_id", Integer, nullable=False),
    Column("starts_at", Integer, nullable=False),
    Column("ends_at", Integer, nullable=False),
    Column("hourly_rate_cents", Integer, nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("seats_left", Integer, nullable=False),
    Column("cutoff_minutes", Integer, nullable=False),
    # A JSON array of {"kind", "value"} objects.
    Column("required_skills", Text, nullable=False),
    Column("booked", Integer, nullable=False),
)
Index("ix_windows_starts_at", windows.c.starts_at)

# The expert's time entries: recorded here first, then sent through the outbox, and
# updated from the hub's ``time_entry`` changes (status, unpaid time). Times are epoch
# seconds. ``cases`` is a JSON array of [case id, seconds] pairs.
time_entries = Table(
    "time_entries",
    metadata,
    Column("id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("location", Text, nullable=False),
    Column("starts_at", Integer, nullable=False),
    Column("ends_at", Integer, nullable=False),
    Column("cases", Text, nullable=False),
    Column("version", Integer, nullable=False),
    # ``recorded`` or ``approved``, as the hub last said.
    Column("status", Text, nullable=False),
    # 1 for an entry recovered after a crash, until the expert confirms it.
    Column("needs_confirmation", Integer, nullable=False),
    # The outbox mutation id of the newest version not yet handed to the outbox (written
    # first, so a crash between the two writes cannot lose or duplicate the send).
    Column("unqueued_mutation_id", Text),
    # From the hub; NULL until it has seen this version.
    Column("unpaid_seconds", Integer),
    Column("hub_version", Integer),
)
Index("ix_time_entries_starts_at", time_entries.c.starts_at)

# The expert's corrections of their entries, oldest first, with the values they replaced.
time_entry_corrections = Table(
    "time_entry_corrections",
    metadata,
    Column("entry_id", Text, primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("corrected_at", Integer, nullable=False),
    # JSON object: starts_at, ends_at, kind, location, cases.
    Column("previous", Text, nullable=False),
)

# The open stretch of the tracker, at most one row: its calendar start and how long it had
# run (by the monotonic clock) at the last heartbeat. A row found at start-up is a crash.
tracker_running = Table(
    "tracker_running",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("entry_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("location", Text, nullable=False),
    Column("starts_at", Float, nullable=False),
    Column("elapsed", Float, nullable=False),
    Column("cases", Text, nullable=False),
    Column("heartbeat_at", Float, nullable=False),
    CheckConstraint("id = 1", name="ck_tracker_running_single_row"),
)

OUTBOX_STATES: Final = tuple(state.value for state in OutboxState)

# Every action of the expert that the hub must learn about, written here first (in the
# same transaction as its local effect) and sent by the sync engine. ``id`` is the
# mutation id, fixed for the item's whole life; ``seq`` is the local order of sending.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Text, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("case_id", Integer, nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", Integer, nullable=False),
    Column("state", Text, nullable=False),
    Column("attempts", Integer, nullable=False, server_default="0"),
    # Epoch seconds (fractional) of the next delivery attempt; back-off survives restarts.
    Column("next_attempt_at", Float, nullable=False),
    Column("last_error", Text),
    Column("held_reason", Text),
    Column("held_message", Text),
    Column("result", Text),
    Column("sent_at", Integer),
    # 1 once the hub's data that includes the item's effect is in the cache.
    Column("confirmed", Integer, nullable=False, server_default="0"),
    Column("resolution", Text),
    Column("superseded_by", Text),
    Column("resolved_at", Integer),
    CheckConstraint(
        "state IN (" + ", ".join(f"'{state}'" for state in OUTBOX_STATES) + ")",
        name="ck_outbox_state",
    ),
)
Index("ux_outbox_seq", outbox.c.seq, unique=True)
Index("ix_outbox_state_seq", outbox.c.state, outbox.c.seq)
Index("ix_outbox_case_id_seq", outbox.c.case_id, outbox.c.seq)

# Unsent text the expert is writing, one per case and kind ("reply" or "note"). No
# foreign key: a draft outlives its case leaving the cache, so no text is lost.
drafts = Table(
    "drafts",
    metadata,
    Column("case_id", Integer, primary_key=True, autoincrement=False),
    Column("kind", Text, primary_key=True),
    Column("body", Text, nullable=False),
    # A JSON object with the channel-specific fields (subject, visibility, call log, …).
    Column("fields", Text, nullable=False),
    Column("updated_at", Integer, nullable=False),
)

# -- data protection (0005) -------------------------------------------------------------

# A client's retention period from the hub: closed cases are purged that many days after
# their last change. No row (or NULL) means no limit.
client_policies = Table(
    "client_policies",
    metadata,
    Column("client_id", Integer, primary_key=True, autoincrement=False),
    Column("retention_days", Integer),
)

# Attachments of customer messages: the hub's metadata from sync, and the bytes once the
# expert fetched them (inside the encrypted cache, so they are encrypted as well).
attachments = Table(
    "attachments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column(
        "case_id",
        Integer,
        ForeignKey("cases.id", ondelete="CASCADE", name="fk_attachments_case_id"),
        nullable=False,
    ),
    Column("message_id", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("media_type", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("content", LargeBinary),
)
Index("ix_attachments_case_id", attachments.c.case_id)

# Audit events not yet accepted by the hub (deleted once it has them).
audit_events = Table(
    "audit_events",
    metadata,
    Column("id", Text, primary_key=True),
    Column("action", Text, nullable=False),
    Column("case_id", Integer),
    Column("occurred_at", Integer, nullable=False),
    Column("detail", Text),
)

# FTS5 has no Core representation. Contentless (the text already lives in ``cases`` and
# ``messages``) with ``contentless_delete`` so that a case's row can be replaced; the rowid
# is the case id. No prefix indexes and no positions (``detail=none``): they tripled the
# cost of indexing a first sync; search expands a begun word through ``case_fts_vocab``
# and searches single words only (migration 0008).
CASE_FTS_TABLE: Final = "case_fts"
CASE_FTS_DDL: Final = (
    "CREATE VIRTUAL TABLE case_fts USING fts5("
    "subject, customer, body, "
    "content='', contentless_delete=1, detail=none, "
    "tokenize='unicode61 remove_diacritics 2')"
)
# The index's words, sorted, for expanding a begun word (``store.search_vocabulary``).
search_terms = Table(
    "search_terms",
    metadata,
    Column("term", Text, primary_key=True),
    sqlite_with_rowid=False,
)
CASE_FTS_VOCAB_TABLE: Final = "case_fts_vocab"
CASE_FTS_VOCAB_DDL: Final = "CREATE VIRTUAL TABLE case_fts_vocab USING fts5vocab(case_fts, row)"

# -- earnings (issue 6): synced from the hub; money in integer cents, times epoch seconds.

ledger_entries = Table(
    "ledger_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("client_id", Integer, nullable=False),
    Column("source", Text, nullable=False),
    Column("case_id", Integer),
    Column("contribution_id", Text),
    Column("window_id", Integer),
    Column("adjusts_entry_id", Integer),
    Column("description", Text, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("rate_cents", Integer, nullable=False),
    Column("amount_cents", Integer, nullable=False),
    Column("status", Text, nullable=False),
    Column("earned_at", Integer, nullable=False),
    Column("qa_rating", Integer),
    Column("reason", Text),
    Column("dispute_reason", Text),
    Column("resolution", Text),
    Column("statement_id", Integer),
    Column("paid_at", Integer),
    # A solved case's fee stays under QA review until then (epoch seconds).
    Column("qa_hold_until", Integer),
)
Index("ix_ledger_entries_earned_at", ledger_entries.c.earned_at)
Index("ix_ledger_entries_statement_id", ledger_entries.c.statement_id)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("number", Text, nullable=False),
    Column("period_start", Integer, nullable=False),
    Column("period_end", Integer, nullable=False),
    Column("issued_at", Integer, nullable=False),
    Column("net_cents", Integer, nullable=False),
    Column("vat_rate_percent", Integer, nullable=False),
    Column("vat_cents", Integer, nullable=False),
    Column("total_cents", Integer, nullable=False),
    # JSON objects of both parties as the hub issued them.
    Column("issuer", Text, nullable=False),
    Column("recipient", Text, nullable=False),
)

# Contributions as the hub has them (submitted, accepted, rejected) ...
contributions = Table(
    "contributions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("client_id", Integer, nullable=False),
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("feedback", Text),
    Column("fee_cents", Integer),
    Column("submitted_at", Integer, nullable=False),
    Column("decided_at", Integer),
)

# ... and the expert's unsent text: a new contribution or the rework of a rejected one.
contribution_drafts = Table(
    "contribution_drafts",
    metadata,
    Column("id", Text, primary_key=True),
    Column("client_id", Integer, nullable=False),
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("updated_at", Integer, nullable=False),
)

# A served client's rate card as the hub sent it: JSON lists of case and contribution lines.
rate_cards = Table(
    "rate_cards",
    metadata,
    Column("client_id", Integer, primary_key=True, autoincrement=False),
    Column("cases", Text, nullable=False),
    Column("contributions", Text, nullable=False),
)
