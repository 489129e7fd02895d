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
    """One inbox row. Times are epoch seconds (UTC)."""

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


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    case_id: int
    direction: Direction
    author: str
    body_text: str
    body_html: str | None
    created_at: int
