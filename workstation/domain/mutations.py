"""Constructors of the mutations the outbox sends: one function per type, each returning
a ``NewMutation`` whose ``payload`` is exactly what the hub's ``POST /sync/mutations``
takes for that type (docs/sync-protocol.md).

Every constructor draws a fresh mutation id (a UUID). That id is the idempotency key: the
outbox keeps it for the mutation's whole life, so a resend after a lost answer is
recognised by the hub and never applied twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final

from workstation.domain.models import CallOutcome, CaseOutcome, Channel, Visibility
from workstation.domain.replies import (
    CallLog,
    Problem,
    ProblemCode,
    ReplyContent,
    channel_rules,
    validate_note,
    validate_reply,
)

MAX_TAG_CHARS: Final = 40

IdFactory = Callable[[], str]


class MutationType(StrEnum):
    CLAIM = "claim"
    RENEW_CLAIM = "renew_claim"
    RELEASE = "release"
    REPLY = "reply"
    NOTE = "note"
    CLOSE = "close"
    TAG = "tag"
    BOOK_WINDOW = "book_window"
    CANCEL_BOOKING = "cancel_booking"
    TIME_ENTRY = "time_entry"
    DISPUTE = "dispute"
    CONTRIBUTION_SUBMIT = "contribution_submit"
    DECLINE = "decline"


# The outbox's ``case_id`` of mutations that are about the expert's schedule and time, not
# about a case: no cached case has it, so no case view is touched by them.
NO_CASE: Final = 0


class InvalidMutation(ValueError):
    """The input cannot make a mutation the hub would accept; ``problems`` say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(problem.code.value for problem in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class NewMutation:
    """``created_at`` is epoch seconds (UTC) of the moment the expert acted."""

    id: str
    type: MutationType
    case_id: int
    payload: Mapping[str, Any]
    created_at: int

    def to_wire(self) -> dict[str, Any]:
        """The mutation as one element of the request's ``mutations`` list."""
        return {
            "id": self.id,
            "type": self.type.value,
            "payload": dict(self.payload),
            "created_at": iso_utc(self.created_at),
        }


def new_mutation_id() -> str:
    return str(uuid.uuid4())


def claim(case_id: int, *, now: float, new_id: IdFactory = new_mutation_id) -> NewMutation:
    return _mutation(MutationType.CLAIM, case_id, {"case_id": case_id}, now, new_id)


def renew_claim(case_id: int, *, now: float, new_id: IdFactory = new_mutation_id) -> NewMutation:
    return _mutation(MutationType.RENEW_CLAIM, case_id, {"case_id": case_id}, now, new_id)


def release(case_id: int, *, now: float, new_id: IdFactory = new_mutation_id) -> NewMutation:
    return _mutation(MutationType.RELEASE, case_id, {"case_id": case_id}, now, new_id)


def decline(case_id: int, *, now: float, new_id: IdFactory = new_mutation_id) -> NewMutation:
    """Not approaching the person of an offered social mention (the case leaves the
    expert's view and stays on offer to the others)."""
    return _mutation(MutationType.DECLINE, case_id, {"case_id": case_id}, now, new_id)


def close(
    case_id: int, outcome: CaseOutcome, *, now: float, new_id: IdFactory = new_mutation_id
) -> NewMutation:
    payload = {"case_id": case_id, "outcome": CaseOutcome(outcome).value}
    return _mutation(MutationType.CLOSE, case_id, payload, now, new_id)


def note(
    case_id: int, body: str, *, now: float, new_id: IdFactory = new_mutation_id
) -> NewMutation:
    problems = validate_note(body)
    if problems:
        raise InvalidMutation(problems)
    return _mutation(MutationType.NOTE, case_id, {"case_id": case_id, "body": body}, now, new_id)


def tag(
    case_id: int,
    *,
    add: Iterable[str] = (),
    remove: Iterable[str] = (),
    now: float,
    new_id: IdFactory = new_mutation_id,
) -> NewMutation:
    added = _clean_tags(add, "add")
    removed = _clean_tags(remove, "remove")
    if not added and not removed:
        raise InvalidMutation([Problem(ProblemCode.TAGS_EMPTY, "add")])
    payload = {"case_id": case_id, "add": added, "remove": removed}
    return _mutation(MutationType.TAG, case_id, payload, now, new_id)


def reply(
    case_id: int,
    *,
    channel: Channel,
    based_on_version: int,
    content: ReplyContent,
    now: float,
    new_id: IdFactory = new_mutation_id,
) -> NewMutation:
    """A reply shaped for ``channel``; ``based_on_version`` is the case version the expert
    saw while writing (the hub refuses it as ``stale`` if the customer wrote since)."""
    problems = validate_reply(channel, content)
    if problems:
        raise InvalidMutation(problems)
    payload: dict[str, Any] = {"case_id": case_id, "based_on_version": based_on_version}
    payload.update(_channel_fields(channel, content))
    return _mutation(MutationType.REPLY, case_id, payload, now, new_id)


def book_window(window_id: int, *, now: float, new_id: IdFactory = new_mutation_id) -> NewMutation:
    return _schedule_mutation(MutationType.BOOK_WINDOW, {"window_id": window_id}, now, new_id())


def cancel_booking(
    window_id: int, *, now: float, new_id: IdFactory = new_mutation_id
) -> NewMutation:
    return _schedule_mutation(MutationType.CANCEL_BOOKING, {"window_id": window_id}, now, new_id())


def time_entry(
    *,
    entry_id: str,
    starts_at: int,
    ends_at: int,
    kind: str,
    location: str,
    cases: Iterable[tuple[int, int]] = (),
    correction_reason: str | None = None,
    now: float,
    mutation_id: str | None = None,
) -> NewMutation:
    """Record (or, with ``correction_reason``, correct) the time entry ``entry_id``; times
    are epoch seconds. ``mutation_id`` lets a store that wrote the id down first (to send
    each entry exactly once across crashes) reuse it."""
    if ends_at <= starts_at:
        raise ValueError("a time entry must end after it starts")
    if correction_reason is not None and not correction_reason.strip():
        raise ValueError("a correction needs a reason")
    payload: dict[str, Any] = {
        "entry_id": entry_id,
        "starts_at": iso_utc(starts_at),
        "ends_at": iso_utc(ends_at),
        "kind": kind,
        "location": location,
        "cases": [{"case_id": case_id, "seconds": seconds} for case_id, seconds in cases],
    }
    if correction_reason is not None:
        payload["correction"] = {"reason": correction_reason.strip()}
    return _schedule_mutation(
        MutationType.TIME_ENTRY, payload, now, mutation_id or new_mutation_id()
    )


def reissued(
    mutation: NewMutation,
    *,
    based_on_version: int | None,
    now: float,
    new_id: IdFactory = new_mutation_id,
) -> NewMutation:
    """The same action under a new id, for "retry after review" of a held mutation.

    The old id cannot be reused: the hub stored its refusal under that id and answers
    every resend with it. A reply gets the case version the expert has now reviewed.
    """
    payload = dict(mutation.payload)
    if mutation.type is MutationType.REPLY and based_on_version is not None:
        payload["based_on_version"] = based_on_version
    return replace(mutation, id=new_id(), payload=payload, created_at=int(now))


def reply_content_of(payload: Mapping[str, Any]) -> ReplyContent:
    """The composer content a reply or note payload came from (to copy a held one into a
    draft)."""
    if "call_log" in payload:
        raw = payload.get("call_log") or {}
        return ReplyContent(
            call_log=CallLog(
                outcome=CallOutcome(raw["outcome"]) if raw.get("outcome") else None,
                duration_seconds=raw.get("duration_seconds"),
                notes=str(raw.get("notes", "")),
            )
        )
    visibility = payload.get("visibility")
    return ReplyContent(
        body=str(payload.get("body", "")),
        subject=payload.get("subject"),
        visibility=Visibility(visibility) if visibility else None,
        approach=bool(payload.get("approach", False)),
    )


def iso_utc(epoch_seconds: float) -> str:
    return datetime.fromtimestamp(int(epoch_seconds), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _channel_fields(channel: Channel, content: ReplyContent) -> dict[str, Any]:
    rules = channel_rules(channel)
    if rules.takes_call_log:
        call_log = content.call_log
        assert call_log is not None and call_log.outcome is not None  # validated
        return {
            "call_log": {
                "outcome": call_log.outcome.value,
                "duration_seconds": call_log.duration_seconds,
                "notes": call_log.notes,
            }
        }
    fields: dict[str, Any] = {"body": content.body}
    if rules.takes_subject:
        fields["subject"] = content.subject
    if rules.takes_visibility:
        assert content.visibility is not None  # validated
        fields["visibility"] = content.visibility.value
    if rules.needs_approach:
        fields["approach"] = True
    return fields


def _clean_tags(tags: Iterable[str], field: str) -> list[str]:
    cleaned = sorted({tag.strip() for tag in tags})
    for tag_text in cleaned:
        if not tag_text or len(tag_text) > MAX_TAG_CHARS or "\n" in tag_text or "\r" in tag_text:
            raise InvalidMutation([Problem(ProblemCode.TAG_INVALID, field, limit=MAX_TAG_CHARS)])
    return cleaned


def _schedule_mutation(
    kind: MutationType, payload: dict[str, Any], now: float, mutation_id: str
) -> NewMutation:
    return NewMutation(
        id=mutation_id, type=kind, case_id=NO_CASE, payload=payload, created_at=int(now)
    )


def _mutation(
    kind: MutationType,
    case_id: int,
    payload: dict[str, Any],
    now: float,
    new_id: IdFactory,
) -> NewMutation:
    if type(case_id) is not int or case_id <= 0:
        raise ValueError("a mutation needs a positive case id")
    return NewMutation(
        id=new_id(), type=kind, case_id=case_id, payload=payload, created_at=int(now)
    )


MAX_DISPUTE_REASON_CHARS: Final = 2000


def dispute(
    entry_id: int, reason: str, *, now: float, new_id: IdFactory = new_mutation_id
) -> NewMutation:
    """Contest the ledger entry ``entry_id``; the reason is required."""
    text = reason.strip()
    if not text:
        raise ValueError("a dispute needs a reason")
    if len(text) > MAX_DISPUTE_REASON_CHARS:
        raise ValueError(f"a dispute reason has at most {MAX_DISPUTE_REASON_CHARS} characters")
    return _schedule_mutation(
        MutationType.DISPUTE, {"entry_id": entry_id, "reason": text}, now, new_id()
    )


def contribution_submit(
    *,
    contribution_id: str,
    client_id: int,
    kind: str,
    title: str,
    body: str,
    now: float,
    new_id: IdFactory = new_mutation_id,
) -> NewMutation:
    """Submit (or resubmit) a knowledge article or forum answer for review."""
    if not title.strip() or "\n" in title:
        raise ValueError("a contribution needs a one-line title")
    if not body.strip():
        raise ValueError("a contribution needs a text")
    payload = {
        "contribution_id": contribution_id,
        "client_id": client_id,
        "kind": kind,
        "title": title.strip(),
        "body": body,
    }
    return _schedule_mutation(MutationType.CONTRIBUTION_SUBMIT, payload, now, new_id())
