"""Ledger entries: written by events (a solved case after its QA hold, an accepted
contribution, approved window hours) and by operations (adjustments); every change draws
a sequence number so the expert's app learns of it by sync."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from hub.db import read_transaction
from hub.earnings.rates import (
    case_complexity,
    case_rate,
    reply_count,
    window_amount,
)
from hub.schema import (
    case_fee_queue,
    cases,
    hub_settings,
    ledger_entries,
    time_entries,
    window_bookings,
    windows,
)
from hub.sequence import WriteTransaction, write_transaction

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


def queue_case_fee(tx: WriteTransaction, case_id: int, expert_id: int, now: datetime) -> None:
    """A case was closed as solved: its fee is booked once the QA hold has passed, so a
    reopened or reassigned case can still be taken out of the queue."""
    tx.conn.execute(delete(case_fee_queue).where(case_fee_queue.c.case_id == case_id))
    tx.conn.execute(
        insert(case_fee_queue).values(
            case_id=case_id, expert_id=expert_id, solved_at=now, due_at=now + qa_hold(tx)
        )
    )


def book_due_case_fees_in(tx: WriteTransaction, now: datetime) -> int:
    due = tx.conn.execute(
        select(
            case_fee_queue.c.case_id,
            case_fee_queue.c.expert_id,
            case_fee_queue.c.solved_at,
            cases.c.client_id,
            cases.c.channel,
            cases.c.status,
            cases.c.outcome,
        )
        .join(cases, cases.c.id == case_fee_queue.c.case_id)
        .where(case_fee_queue.c.due_at <= now)
        .order_by(case_fee_queue.c.due_at, case_fee_queue.c.case_id)
    ).all()
    booked = 0
    for row in due:
        # Reopened during the hold: no fee now; a later solved close queues it again.
        if row.status == "closed" and row.outcome == "solved":
            complexity = case_complexity(reply_count(tx.conn, row.case_id))
            rate = case_rate(tx.conn, row.client_id, row.channel, complexity)
            insert_entry(
                tx,
                NewEntry(
                    expert_id=row.expert_id,
                    client_id=row.client_id,
                    source="case",
                    description=f"Case #{row.case_id} ({row.channel}, {complexity})",
                    quantity=1,
                    rate_cents=rate,
                    amount_cents=rate,
                    earned_at=row.solved_at,
                    case_id=row.case_id,
                ),
                now,
            )
            booked += 1
        tx.conn.execute(delete(case_fee_queue).where(case_fee_queue.c.case_id == row.case_id))
    return booked


def book_due_case_fees(engine: Engine, now: datetime) -> int:
    """Book the fees whose QA hold ended, checking cheaply first (one indexed read) so the
    common case never takes the write lock."""
    with read_transaction(engine) as conn:
        anything_due = conn.execute(
            select(case_fee_queue.c.case_id).where(case_fee_queue.c.due_at <= now).limit(1)
        ).first()
    if anything_due is None:
        return 0
    with write_transaction(engine) as tx:
        return book_due_case_fees_in(tx, now)


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
