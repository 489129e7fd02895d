"""Audit events: what an expert did with customer data, for the data-subject report.

The workstation records one event for every opening of a case or customer card, every
export, every copy of customer contact data, every reply and every call. Events carry no
customer data themselves: the case id links them to the customer at the hub.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from workstation.domain.mutations import MutationType, NewMutation

MAX_DETAIL_CHARS: Final = 200


class AuditAction(StrEnum):
    OPEN_CASE = "open_case"
    OPEN_CUSTOMER = "open_customer"
    EXPORT = "export"
    COPY_CONTACT = "copy_contact"
    REPLY = "reply"
    CALL = "call"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """``occurred_at`` is epoch seconds (UTC). ``detail`` says what exactly, in a few
    words without personal data (e.g. "earnings statement 2026-11 (PDF)")."""

    id: str
    action: AuditAction
    case_id: int | None
    occurred_at: int
    detail: str | None = None

    @staticmethod
    def new(
        action: AuditAction, case_id: int | None, occurred_at: float, detail: str | None = None
    ) -> AuditEvent:
        if detail is not None and len(detail) > MAX_DETAIL_CHARS:
            raise ValueError(f"an audit detail has at most {MAX_DETAIL_CHARS} characters")
        return AuditEvent(str(uuid.uuid4()), action, case_id, int(occurred_at), detail)


def event_for_mutation(mutation: NewMutation) -> AuditEvent | None:
    """The event a queued mutation stands for: a reply, or a call on a phone case (its
    reply carries a call log). Its id derives from the mutation's, so that the same
    action can never be recorded twice."""
    if mutation.type is not MutationType.REPLY:
        return None
    action = AuditAction.CALL if "call_log" in mutation.payload else AuditAction.REPLY
    event_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"audit:{mutation.id}"))
    return AuditEvent(event_id, action, mutation.case_id, mutation.created_at)
