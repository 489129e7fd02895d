"""Every write to cases, their messages and tags goes through here.

Each write stamps the case with a fresh sequence number and bumps its ``version``; when a
write makes the case leave an expert's view, that expert gets a tombstone with the same
number. Mutation handlers, ``hub.admin``, lease expiry, the traffic simulator and the demo
seed all use these functions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from hub.clock import to_naive_utc
from hub.earnings.ledger import withdraw_held_case_fee
from hub.schema import (
    CALL_OUTCOMES,
    CASE_STATUSES,
    CHANNELS,
    DIRECTIONS,
    OUTCOMES,
    PRIORITIES,
    VISIBILITIES,
    case_tags,
    cases,
    messages,
    tombstones,
)
from hub.sequence import WriteTransaction
from hub.visibility import case_viewers

UPDATABLE_CASE_FIELDS = frozenset(
    {
        "subject",
        "customer_name",
        "customer_contact",
        "language",
        "topic",
        "status",
        "priority",
        "sla_due",
        "assigned_expert_id",
        "claim_expires_at",
        "outcome",
    }
)


class CaseNotFound(LookupError):
    def __init__(self, case_id: int) -> None:
        super().__init__(f"case {case_id} does not exist")
        self.case_id = case_id


@dataclass(frozen=True, slots=True)
class CallLog:
    outcome: str
    duration_seconds: int


@dataclass(frozen=True, slots=True)
class NewMessage:
    direction: str
    author: str
    body_text: str
    body_html: str | None = None
    created_at: datetime | None = None
    subject: str | None = None
    visibility: str | None = None
    call_log: CallLog | None = None


@dataclass(frozen=True, slots=True)
class NewCase:
    client_id: int
    channel: str
    subject: str
    customer_name: str
    customer_contact: str
    language: str
    topic: str | None
    priority: str
    sla_due: datetime | None
    status: str = "offered"
    assigned_expert_id: int | None = None
    claim_expires_at: datetime | None = None
    created_at: datetime | None = None
    messages: Sequence[NewMessage] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class CaseWrite:
    """What one write did: the case's new version, and the id of the message it appended."""

    version: int
    message_id: int | None = None


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")


def _check_assignment(status: str, assigned_expert_id: int | None) -> None:
    if (status == "offered") != (assigned_expert_id is None):
        raise ValueError("a case is 'offered' exactly when it has no assigned expert")


def _validate_message(message: NewMessage) -> None:
    _check_choice("direction", message.direction, DIRECTIONS)
    if message.visibility is not None:
        _check_choice("visibility", message.visibility, VISIBILITIES)
    if message.call_log is not None:
        _check_choice("call outcome", message.call_log.outcome, CALL_OUTCOMES)
        if message.call_log.duration_seconds < 0:
            raise ValueError("a call cannot last less than 0 seconds")


def _validate_case(case: NewCase) -> None:
    _check_choice("channel", case.channel, CHANNELS)
    _check_choice("status", case.status, CASE_STATUSES)
    _check_choice("priority", case.priority, PRIORITIES)
    _check_assignment(case.status, case.assigned_expert_id)
    for message in case.messages:
        _validate_message(message)


def _message_row(
    case_id: int, case_version: int, message: NewMessage, now: datetime
) -> dict[str, Any]:
    call_log = message.call_log
    return {
        "case_id": case_id,
        "direction": message.direction,
        "author": message.author,
        "body_text": message.body_text,
        "body_html": message.body_html,
        "created_at": to_naive_utc(message.created_at or now),
        "case_version": case_version,
        "subject": message.subject,
        "visibility": message.visibility,
        "call_outcome": call_log.outcome if call_log else None,
        "call_duration_seconds": call_log.duration_seconds if call_log else None,
    }


def insert_cases(tx: WriteTransaction, new_cases: Sequence[NewCase], *, now: datetime) -> list[int]:
    """Insert cases with their messages; returns the new case ids in input order."""
    if not new_cases:
        return []
    for case in new_cases:
        _validate_case(case)
    seqs = tx.take_seqs(len(new_cases))
    case_rows: list[dict[str, Any]] = []
    for case, seq in zip(new_cases, seqs, strict=True):
        created_at = to_naive_utc(case.created_at or now)
        last_activity = max(
            (to_naive_utc(message.created_at or now) for message in case.messages),
            default=created_at,
        )
        case_rows.append(
            {
                "client_id": case.client_id,
                "channel": case.channel,
                "subject": case.subject,
                "customer_name": case.customer_name,
                "customer_contact": case.customer_contact,
                "language": case.language,
                "topic": case.topic,
                "status": case.status,
                "priority": case.priority,
                "sla_due": to_naive_utc(case.sla_due),
                "assigned_expert_id": case.assigned_expert_id,
                "claim_expires_at": to_naive_utc(case.claim_expires_at),
                "version": 1,
                "seq": seq,
                "created_at": created_at,
                "updated_at": max(created_at, last_activity),
            }
        )
    ids = list(
        tx.conn.execute(
            insert(cases).returning(cases.c.id, sort_by_parameter_order=True), case_rows
        ).scalars()
    )
    message_rows = [
        _message_row(case_id, 1, message, now)
        for case_id, case in zip(ids, new_cases, strict=True)
        for message in case.messages
    ]
    if message_rows:
        tx.conn.execute(insert(messages), message_rows)
    return ids


def change_case(
    tx: WriteTransaction,
    case_id: int,
    values: Mapping[str, Any] | None = None,
    *,
    now: datetime,
    message: NewMessage | None = None,
    tags: Sequence[str] | None = None,
) -> CaseWrite:
    """One change of a case under one new sequence number and version: new field values,
    an appended message, a new tag set, or any of them together. Experts who lose sight of
    the case get tombstones. Raises ``CaseNotFound``, and ``ValueError`` for invalid values.
    """
    changes = dict(values or {})
    unknown = set(changes) - UPDATABLE_CASE_FIELDS
    if unknown:
        raise ValueError(f"cannot update case fields {sorted(unknown)}")
    current = tx.conn.execute(
        select(cases.c.status, cases.c.assigned_expert_id).where(cases.c.id == case_id)
    ).first()
    if current is None:
        raise CaseNotFound(case_id)
    status = changes.get("status", current.status)
    _check_choice("status", status, CASE_STATUSES)
    if "priority" in changes:
        _check_choice("priority", changes["priority"], PRIORITIES)
    if changes.get("outcome") is not None:
        _check_choice("outcome", changes["outcome"], OUTCOMES)
        if status != "closed":
            raise ValueError("only a closed case has an outcome")
    if status != "closed":
        # Reopening a case forgets how it ended.
        changes["outcome"] = None
        if current.status == "closed":
            withdraw_held_case_fee(tx, case_id, now)
    _check_assignment(status, changes.get("assigned_expert_id", current.assigned_expert_id))
    if message is not None:
        _validate_message(message)

    viewers_before = case_viewers(tx.conn, case_id)
    seq = tx.next_seq()
    version = _bump_case(tx, case_id, seq, now, _normalized(changes))
    message_id: int | None = None
    if message is not None:
        message_id = int(
            tx.conn.execute(
                insert(messages)
                .values(**_message_row(case_id, version, message, now))
                .returning(messages.c.id)
            ).scalar_one()
        )
    if tags is not None:
        _replace_tags(tx, case_id, tags)
    viewers_after = case_viewers(tx.conn, case_id)
    lost_sight = viewers_before - viewers_after
    if lost_sight:
        _write_tombstones(tx, case_id, lost_sight, seq)
    regained_sight = viewers_after - viewers_before
    if regained_sight:
        # The case change (newer than any old tombstone) brings it back; dropping the
        # stale tombstone means a page never carries both for one case.
        _delete_tombstones(tx, case_id, regained_sight)
    return CaseWrite(version=version, message_id=message_id)


def update_case(
    tx: WriteTransaction, case_id: int, values: Mapping[str, Any], *, now: datetime
) -> int:
    """Change case fields; returns the new version (see ``change_case``)."""
    return change_case(tx, case_id, values, now=now).version


def add_message(
    tx: WriteTransaction, case_id: int, message: NewMessage, *, now: datetime
) -> tuple[int, int]:
    """Append a message to a case; returns (message id, new case version)."""
    written = change_case(tx, case_id, now=now, message=message)
    assert written.message_id is not None
    return written.message_id, written.version


def tags_of_case(tx: WriteTransaction, case_id: int) -> list[str]:
    """The case's tags, sorted by code point."""
    return sorted(
        tx.conn.execute(select(case_tags.c.tag).where(case_tags.c.case_id == case_id)).scalars()
    )


def hide_cases_from_expert(tx: WriteTransaction, expert_id: int, case_ids: Sequence[int]) -> None:
    """Tombstones for cases that left one expert's view without changing themselves (the
    expert stopped serving their client, say); each gets a sequence number of its own."""
    ordered = sorted(set(case_ids))
    if not ordered:
        return
    tx.conn.execute(
        delete(tombstones).where(
            tombstones.c.expert_id == expert_id, tombstones.c.case_id.in_(ordered)
        )
    )
    tx.conn.execute(
        insert(tombstones),
        [
            {"expert_id": expert_id, "case_id": case_id, "seq": seq}
            for case_id, seq in zip(ordered, tx.take_seqs(len(ordered)), strict=True)
        ],
    )


def _replace_tags(tx: WriteTransaction, case_id: int, tags: Sequence[str]) -> None:
    tx.conn.execute(delete(case_tags).where(case_tags.c.case_id == case_id))
    unique = sorted(set(tags))
    if unique:
        tx.conn.execute(insert(case_tags), [{"case_id": case_id, "tag": tag} for tag in unique])


def _normalized(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: to_naive_utc(value) if isinstance(value, datetime) else value
        for name, value in values.items()
    }


def _bump_case(
    tx: WriteTransaction, case_id: int, seq: int, now: datetime, values: Mapping[str, Any]
) -> int:
    version = tx.conn.execute(
        update(cases)
        .where(cases.c.id == case_id)
        .values(**values, version=cases.c.version + 1, seq=seq, updated_at=to_naive_utc(now))
        .returning(cases.c.version)
    ).scalar_one()
    return int(version)


def _write_tombstones(tx: WriteTransaction, case_id: int, expert_ids: set[int], seq: int) -> None:
    # Delete-then-insert is a portable upsert: an expert keeps one tombstone per case,
    # stamped with the newest departure.
    _delete_tombstones(tx, case_id, expert_ids)
    tx.conn.execute(
        insert(tombstones),
        [
            {"expert_id": expert_id, "case_id": case_id, "seq": seq}
            for expert_id in sorted(expert_ids)
        ],
    )


def _delete_tombstones(tx: WriteTransaction, case_id: int, expert_ids: set[int]) -> None:
    tx.conn.execute(
        delete(tombstones).where(
            tombstones.c.case_id == case_id, tombstones.c.expert_id.in_(sorted(expert_ids))
        )
    )
