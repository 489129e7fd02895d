"""Plain domain types shared by the store, the sync engine and the UI. No Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    FORUM = "forum"
    FACEBOOK = "facebook"
    TWITTER = "twitter"
    CHAT = "chat"
    PHONE = "phone"
    SOCIAL_MENTION = "social_mention"


class CaseStatus(StrEnum):
    OFFERED = "offered"
    OPEN = "open"
    WAITING = "waiting"
    CLOSED = "closed"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"
    NOTE = "note"


class CaseOutcome(StrEnum):
    """How a closed case ended; ``ESCALATED`` means handed to the client's second level."""

    SOLVED = "solved"
    NOT_SOLVABLE = "not_solvable"
    ESCALATED = "escalated"


class Visibility(StrEnum):
    """Of a reply on Facebook or X/Twitter: a public comment/reply or a private message."""

    PUBLIC = "public"
    PRIVATE = "private"


class CallOutcome(StrEnum):
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"


class OutboxState(StrEnum):
    """``QUEUED`` → ``SENDING`` → ``SENT``, or ``HELD`` when the hub refused it (with the
    reason). ``RESOLVED`` is a held item the expert dealt with (see ``Resolution``)."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    HELD = "held"
    RESOLVED = "resolved"


@dataclass(frozen=True, slots=True)
class ExpertIdentity:
    id: int
    username: str
    display_name: str


@dataclass(frozen=True, slots=True)
class Client:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One inbox row. Times are epoch seconds (UTC). ``pending_changes``: the row shows
    the effect of local actions (a claim, a close, …) the hub has not confirmed yet."""

    id: int
    client_id: int
    client_name: str
    channel: Channel
    subject: str
    customer_name: str
    status: CaseStatus
    priority: Priority
    sla_due: int | None
    assigned_to_me: bool
    pending_changes: bool = False


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything the case view shows about a case besides its thread."""

    id: int
    client_id: int
    client_name: str
    channel: Channel
    subject: str
    customer_name: str
    customer_contact: str | None
    language: str
    topic: str | None
    status: CaseStatus
    priority: Priority
    sla_due: int | None
    assigned_to_me: bool
    claim_expires_at: int | None
    version: int
    created_at: int
    updated_at: int
    last_message_at: int
    tags: tuple[str, ...]
    outcome: CaseOutcome | None
    pending_changes: bool


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a thread. Messages the hub has not confirmed yet (the local echo of
    a queued reply or note) have a negative ``id`` and carry their ``outbox_id`` and
    ``outbox_state``."""

    id: int
    case_id: int
    direction: Direction
    author: str
    body_text: str
    body_html: str | None
    created_at: int
    subject: str | None = None
    visibility: Visibility | None = None
    call_outcome: CallOutcome | None = None
    call_duration_seconds: int | None = None
    outbox_id: str | None = None
    outbox_state: OutboxState | None = None

    @property
    def pending(self) -> bool:
        return self.outbox_id is not None


@dataclass(frozen=True, slots=True)
class Template:
    """A client's reply template; ``channel`` None fits every channel."""

    id: int
    client_id: int
    channel: Channel | None
    language: str
    title: str
    body: str
    updated_at: int
