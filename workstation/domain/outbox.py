"""Outbox items as the UI sees them: state, why an item is held, and what the expert can
do about it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from workstation.domain.models import OutboxState
from workstation.domain.mutations import MutationType, NewMutation


class HeldReason(StrEnum):
    """Known reasons an item is held. The hub may add reasons; an unknown one arrives as
    its plain code with the hub's English ``held_message``."""

    # Conflicts: the case changed under the expert's feet.
    NOT_ASSIGNEE = "not_assignee"
    CLOSED = "closed"
    STALE = "stale"
    ALREADY_CLAIMED = "already_claimed"
    NOT_QUALIFIED = "not_qualified"
    DECLINED = "declined"
    NOT_OFFERED = "not_offered"
    NOT_DECLINABLE = "not_declinable"
    # Rejections: the hub cannot apply the mutation as it is.
    INVALID_PAYLOAD = "invalid_payload"
    NOT_FOUND = "not_found"
    ID_CONFLICT = "id_conflict"
    UNKNOWN_TYPE = "unknown_type"
    # Held by the app: the hub refused the whole request (a bug to report), or the cache
    # now belongs to a different account than the one that wrote the item.
    BAD_REQUEST = "bad_request"
    ACCOUNT_CHANGED = "account_changed"
    # Shift bookings and working time: the hub's rules refused the change.
    CAPACITY = "capacity"
    OVERLAP = "overlap"
    CUTOFF = "cutoff"
    MISSING_SKILL = "missing_skill"
    NOT_BOOKED = "not_booked"
    REASON_REQUIRED = "reason_required"
    APPROVED = "approved"


CONFLICT_REASONS: Final = frozenset(
    {
        HeldReason.NOT_ASSIGNEE,
        HeldReason.CLOSED,
        HeldReason.STALE,
        HeldReason.ALREADY_CLAIMED,
        HeldReason.NOT_QUALIFIED,
        HeldReason.DECLINED,
        HeldReason.NOT_OFFERED,
        HeldReason.NOT_DECLINABLE,
    }
)


class HeldAction(StrEnum):
    """What the expert can do with a held item.

    ``RETRY`` sends the same content again under a NEW mutation id (the hub answers the old
    id with its stored refusal forever) and, for a reply, with the case version the expert
    has now reviewed; the old item is resolved as superseded by the new one.
    """

    COPY_TO_DRAFT = "copy_to_draft"
    DISCARD = "discard"
    RETRY = "retry"


class Resolution(StrEnum):
    DISCARDED = "discarded"
    COPIED_TO_DRAFT = "copied_to_draft"
    SUPERSEDED = "superseded"


_TEXT_TYPES: Final = frozenset({MutationType.REPLY, MutationType.NOTE})


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One mutation in the outbox. Times are epoch seconds (UTC). ``last_error`` is the
    code of the last failed delivery attempt (e.g. ``unreachable``, ``timeout``,
    ``internal``); ``held_reason``/``held_message`` say why the hub refused it."""

    id: str
    seq: int
    type: MutationType
    case_id: int
    payload: Mapping[str, Any]
    created_at: int
    state: OutboxState
    attempts: int
    next_attempt_at: float
    last_error: str | None
    held_reason: str | None
    held_message: str | None
    result: Mapping[str, Any] | None
    sent_at: int | None
    resolution: Resolution | None
    superseded_by: str | None

    @property
    def is_conflict(self) -> bool:
        return self.held_reason in CONFLICT_REASONS

    @property
    def actions(self) -> tuple[HeldAction, ...]:
        """The choices a held item offers; none for any other state."""
        if self.state is not OutboxState.HELD:
            return ()
        if self.type in _TEXT_TYPES:
            return (HeldAction.COPY_TO_DRAFT, HeldAction.DISCARD, HeldAction.RETRY)
        return (HeldAction.DISCARD, HeldAction.RETRY)

    def mutation(self) -> NewMutation:
        return NewMutation(
            id=self.id,
            type=self.type,
            case_id=self.case_id,
            payload=self.payload,
            created_at=self.created_at,
        )
