"""Ledger entries: written by events (a solved case, held for QA review at first, an accepted
contribution, approved window hours) and by operations (adjustments); every change draws
a sequence number so the expert's app learns of it by sync."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from hub.earnings.rates import (
    case_complexity,
    case_rate,
    reply_count,
    window_amount,
)
from hub.schema import (
    cases,
    hub_settings,
    ledger_entries,
    time_entries,
    window_bookings,
    windows,
)
from hub.sequence import WriteTransaction

DEFAULT_QA_HOLD = timedelta(hours=48)
QA_HOLD_SETTING = "qa_hold_hours"


class EntryNotFound(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class NewEntry:
    expert_id: int
    client_id: int
    source: str
    description: str
    quantity: int
    rate_cents: int
    amount_cents: int
    earned_at: datetime
    status: str = "pending"
    case_id: int | None = None
    contribution_id: str | None = None
    window_id: int | None = None
    time_entry_id: str | None = None
    adjusts_entry_id: int | None = None
    reason: str | None = None
    qa_hold_until: datetime | None = None


def insert_entry(tx: WriteTransaction, entry: NewEntry, now: datetime) -> int:
    values: dict[str, Any] = {
        field: getattr(entry, field) for field in NewEntry.__dataclass_fields__
    }
    return int(
        tx.conn.execute(
            insert(ledger_entries)
            .values(**values, updated_at=now, seq=tx.next_seq())
            .returning(ledger_entries.c.id)
        ).scalar_one()
    )


def change_entry(
    tx: WriteTransaction, entry_id: int, values: Mapping[str, Any], now: datetime
) -> None:
    done = tx.conn.execute(
        update(ledger_entries)
        .where(ledger_entries.c.id == entry_id)
        .values(**values, updated_at=now, seq=tx.next_seq())
    )
    if done.rowcount != 1:
        raise EntryNotFound(entry_id)


def qa_hold(tx: WriteTransaction) -> timedelta:
    raw = tx.conn.execute(
        select(hub_settings.c.value).where(hub_settings.c.key == QA_HOLD_SETTING)
    ).scalar()
    return DEFAULT_QA_HOLD if raw is None else timedelta(hours=int(raw))


WITHDRAWN_REASON = "case reopened during QA"


def book_case_fee(tx: WriteTransaction, case_id: int, expert_id: int, now: datetime) -> int:
    """A case was closed as solved: its fee is booked at once as ``pending`` so the expert
    sees it right after the shift, held for QA review until ``qa_hold_until``; approval
    waits for the hold's end. Returns the entry id."""
    case = tx.conn.execute(
        select(cases.c.client_id, cases.c.channel).where(cases.c.id == case_id)
    ).one()
    complexity = case_complexity(reply_count(tx.conn, case_id))
    rate = case_rate(tx.conn, case.client_id, case.channel, complexity)
    values: dict[str, Any] = {
        "description": f"Case #{case_id} ({case.channel}, {complexity})",
        "rate_cents": rate,
        "amount_cents": rate,
        "earned_at": now,
        "qa_hold_until": now + qa_hold(tx),
    }
    # The expert's own entry for the case; after a reassignment the new assignee gets one
    # of their own and the former assignee's withdrawn entry stays withdrawn.
    existing = tx.conn.execute(
        select(ledger_entries.c.id, ledger_entries.c.status).where(
            ledger_entries.c.case_id == case_id,
            ledger_entries.c.source == "case",
            ledger_entries.c.expert_id == expert_id,
        )
    ).first()
    if existing is None:
        return insert_entry(
            tx,
            NewEntry(
                expert_id=expert_id,
                client_id=case.client_id,
                source="case",
                quantity=1,
                case_id=case_id,
                **values,
            ),
            now,
        )
    # A pending fee (withdrawn, or reopened after its hold) is booked anew under a fresh
    # hold; an approved, paid or disputed one stands.
    if existing.status == "pending":
        change_entry(tx, existing.id, {**values, "reason": None}, now)
    return int(existing.id)


def withdraw_held_case_fee(tx: WriteTransaction, case_id: int, now: datetime) -> bool:
    """The case left "closed as solved" during its QA hold: the pending fee drops to zero
    with a reason (the entry stays, so the expert's app sees why). True if one was held."""
    entry_id = tx.conn.execute(
        select(ledger_entries.c.id).where(
            ledger_entries.c.case_id == case_id,
            ledger_entries.c.source == "case",
            ledger_entries.c.status == "pending",
            ledger_entries.c.qa_hold_until > now,
        )
    ).scalar()
    if entry_id is None:
        return False
    change_entry(
        tx,
        int(entry_id),
        {"amount_cents": 0, "qa_hold_until": None, "reason": WITHDRAWN_REASON},
        now,
    )
    return True


def book_window_hours(tx: WriteTransaction, expert_id: int, now: datetime) -> int:
    """Ledger entries for approved work inside booked windows that has none yet: one per
    time entry and window, at the window's hourly rate."""
    already = select(ledger_entries.c.time_entry_id).where(
        ledger_entries.c.expert_id == expert_id, ledger_entries.c.time_entry_id.is_not(None)
    )
    rows = tx.conn.execute(
        select(
            time_entries.c.id,
            time_entries.c.starts_at,
            time_entries.c.ends_at,
            windows.c.id.label("window_id"),
            windows.c.client_id,
            windows.c.starts_at.label("window_start"),
            windows.c.ends_at.label("window_end"),
            windows.c.hourly_rate_cents,
        )
        .join(window_bookings, window_bookings.c.expert_id == time_entries.c.expert_id)
        .join(windows, windows.c.id == window_bookings.c.window_id)
        .where(
            time_entries.c.expert_id == expert_id,
            time_entries.c.status == "approved",
            time_entries.c.kind == "work",
            time_entries.c.id.not_in(already),
            windows.c.starts_at < time_entries.c.ends_at,
            windows.c.ends_at > time_entries.c.starts_at,
        )
        .order_by(time_entries.c.starts_at, windows.c.starts_at)
    ).all()
    for row in rows:
        start = max(row.starts_at, row.window_start)
        end = min(row.ends_at, row.window_end)
        seconds = int((end - start).total_seconds())
        insert_entry(
            tx,
            NewEntry(
                expert_id=expert_id,
                client_id=row.client_id,
                source="window",
                description=(
                    f"Window {row.window_start:%Y-%m-%d %H:%M}-{row.window_end:%H:%M} UTC"
                ),
                quantity=seconds,
                rate_cents=row.hourly_rate_cents,
                amount_cents=window_amount(seconds, row.hourly_rate_cents),
                earned_at=start,
                window_id=row.window_id,
                time_entry_id=row.id,
                # The hours are approved already; no second approval step.
                status="approved",
            ),
            now,
        )
    return len(rows)
