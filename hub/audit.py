"""Audit events uploaded by workstations, and the data-subject report built from them.

An event says that an expert, on a device, did something (opened, exported, copied the
contact of, replied to, called) to a case at a time. Each event has the workstation's id,
so an upload repeated after a lost answer stores nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import Connection, Engine, Executable, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from hub.db import begin_write
from hub.schema import AUDIT_ACTIONS, audit_events, cases, experts

MAX_EVENTS_PER_UPLOAD: Final = 500


@dataclass(frozen=True, slots=True)
class IncomingAuditEvent:
    id: str
    action: str
    case_id: int | None
    occurred_at: datetime
    detail: str | None


@dataclass(frozen=True, slots=True)
class UploadOutcome:
    stored: int
    duplicates: int
    conflicting_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReportLine:
    occurred_at: datetime
    expert: str
    expert_name: str
    device_id: str
    action: str
    case_id: int | None
    detail: str | None


def store_events(
    engine: Engine,
    expert_id: int,
    device_id: str,
    events: Sequence[IncomingAuditEvent],
    *,
    now: datetime,
) -> UploadOutcome:
    """Store new events; an id this expert uploaded before is a harmless duplicate, an id
    another expert used is reported as a conflict and not stored."""
    unknown = [event.action for event in events if event.action not in AUDIT_ACTIONS]
    if unknown:
        raise ValueError("unknown audit action")
    with begin_write(engine) as conn:
        known = dict(
            conn.execute(
                select(audit_events.c.id, audit_events.c.expert_id).where(
                    audit_events.c.id.in_([event.id for event in events])
                )
            ).all()
        )
        customers = _customers(conn, {e.case_id for e in events if e.case_id is not None})
        rows = []
        seen: set[str] = set()
        for event in events:
            if event.id in known or event.id in seen:
                continue
            seen.add(event.id)
            name, contact = (
                customers.get(event.case_id, (None, None))
                if event.case_id
                else (
                    None,
                    None,
                )
            )
            rows.append(
                {
                    "id": event.id,
                    "expert_id": expert_id,
                    "device_id": device_id,
                    "action": event.action,
                    "case_id": event.case_id,
                    "customer_name": name,
                    "customer_contact": contact,
                    "detail": event.detail,
                    "occurred_at": event.occurred_at,
                    "received_at": now,
                }
            )
        if rows:
            conn.execute(_insert_ignoring_duplicates(conn), rows)
    conflicts = tuple(sorted(i for i, owner in known.items() if owner != expert_id))
    return UploadOutcome(
        stored=len(rows),
        duplicates=len(events) - len(rows) - len(conflicts),
        conflicting_ids=conflicts,
    )


def subject_report(engine: Engine, customer: str) -> list[ReportLine]:
    """Every recorded access to the data of one customer, oldest first. ``customer`` is
    the customer's e-mail address or other contact (compared case-insensitively), or
    ``case:<id>`` for the customer of that case."""
    with engine.connect() as conn:
        contact = _contact_of(conn, customer)
        if contact is None:
            return []
        matching_cases = select(cases.c.id).where(
            func.lower(cases.c.customer_contact) == contact.lower()
        )
        rows = conn.execute(
            select(
                audit_events.c.occurred_at,
                experts.c.username,
                experts.c.display_name,
                audit_events.c.device_id,
                audit_events.c.action,
                audit_events.c.case_id,
                audit_events.c.detail,
            )
            .join(experts, experts.c.id == audit_events.c.expert_id)
            .where(
                or_(
                    func.lower(audit_events.c.customer_contact) == contact.lower(),
                    audit_events.c.case_id.in_(matching_cases),
                )
            )
            .order_by(audit_events.c.occurred_at, audit_events.c.id)
        ).all()
    return [ReportLine(*row) for row in rows]


def _contact_of(conn: Connection, customer: str) -> str | None:
    text = customer.strip()
    if text.lower().startswith("case:"):
        try:
            case_id = int(text[5:])
        except ValueError:
            return None
        contact = conn.execute(
            select(cases.c.customer_contact).where(cases.c.id == case_id)
        ).scalar()
        if contact is None:
            contact = conn.execute(
                select(audit_events.c.customer_contact)
                .where(audit_events.c.case_id == case_id)
                .limit(1)
            ).scalar()
        return str(contact) if contact is not None else None
    return text or None


def _customers(conn: Connection, case_ids: set[int]) -> dict[int | None, tuple[str, str]]:
    if not case_ids:
        return {}
    rows = conn.execute(
        select(cases.c.id, cases.c.customer_name, cases.c.customer_contact).where(
            cases.c.id.in_(sorted(case_ids))
        )
    )
    return {row.id: (row.customer_name, row.customer_contact) for row in rows}


def _insert_ignoring_duplicates(conn: Connection) -> Executable:
    # A concurrent upload of the same events (a retry racing its original) must not fail.
    if conn.dialect.name == "postgresql":
        return postgresql.insert(audit_events).on_conflict_do_nothing(index_elements=["id"])
    return sqlite.insert(audit_events).on_conflict_do_nothing(index_elements=["id"])
