"""Status changes of ledger entries: approval, payout batches, disputes and their
resolution, adjustments and QA ratings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select

from hub.earnings.ledger import EntryNotFound, NewEntry, change_entry, insert_entry
from hub.schema import ledger_entries, payouts
from hub.sequence import WriteTransaction

DISPUTABLE = ("pending", "approved")
PAYABLE = ("approved", "resolved")


class NotDisputed(ValueError):
    pass


def _day_after(until: date) -> datetime:
    return datetime.combine(until + timedelta(days=1), datetime.min.time())


def _entries_of(
    tx: WriteTransaction, expert_id: int, statuses: tuple[str, ...], until: date
) -> list[int]:
    return list(
        tx.conn.execute(
            select(ledger_entries.c.id)
            .where(
                ledger_entries.c.expert_id == expert_id,
                ledger_entries.c.status.in_(statuses),
                ledger_entries.c.earned_at < _day_after(until),
            )
            .order_by(ledger_entries.c.earned_at, ledger_entries.c.id)
        ).scalars()
    )


@dataclass(frozen=True, slots=True)
class HeldEntry:
    """A case fee still under QA review: it cannot be approved before ``until``."""

    entry_id: int
    case_id: int
    until: datetime


def entries_in_qa_review(
    tx: WriteTransaction, expert_id: int, until: date, now: datetime
) -> list[HeldEntry]:
    rows = tx.conn.execute(
        select(ledger_entries.c.id, ledger_entries.c.case_id, ledger_entries.c.qa_hold_until)
        .where(
            ledger_entries.c.expert_id == expert_id,
            ledger_entries.c.status == "pending",
            ledger_entries.c.earned_at < _day_after(until),
            ledger_entries.c.qa_hold_until > now,
        )
        .order_by(ledger_entries.c.qa_hold_until, ledger_entries.c.id)
    )
    return [HeldEntry(row.id, row.case_id, row.qa_hold_until) for row in rows]


def approve_earnings(tx: WriteTransaction, expert_id: int, until: date, now: datetime) -> int:
    """Pending entries earned up to and including ``until`` (UTC) become approved, except
    case fees still under QA review (``entries_in_qa_review``)."""
    held = {held.entry_id for held in entries_in_qa_review(tx, expert_id, until, now)}
    entry_ids = [
        entry_id
        for entry_id in _entries_of(tx, expert_id, ("pending",), until)
        if entry_id not in held
    ]
    for entry_id in entry_ids:
        change_entry(tx, entry_id, {"status": "approved"}, now)
    return len(entry_ids)


def pay(tx: WriteTransaction, expert_id: int, until: date, now: datetime) -> tuple[int, int]:
    """One payout batch of the payable entries up to ``until``; returns (count, cents)."""
    entry_ids = _entries_of(tx, expert_id, PAYABLE, until)
    if not entry_ids:
        return 0, 0
    total = sum(
        tx.conn.execute(
            select(ledger_entries.c.amount_cents).where(ledger_entries.c.id.in_(entry_ids))
        ).scalars()
    )
    payout_id = tx.conn.execute(
        insert(payouts)
        .values(expert_id=expert_id, paid_at=now, total_cents=total)
        .returning(payouts.c.id)
    ).scalar_one()
    for entry_id in entry_ids:
        change_entry(tx, entry_id, {"status": "paid", "payout_id": payout_id}, now)
    return len(entry_ids), int(total)


def dispute(tx: WriteTransaction, expert_id: int, entry_id: int, reason: str, now: datetime) -> str:
    """The expert contests the entry; returns the status it had (``EntryNotFound`` if it
    is not theirs, ``NotDisputed`` if its status does not allow it)."""
    status = tx.conn.execute(
        select(ledger_entries.c.status).where(
            ledger_entries.c.id == entry_id, ledger_entries.c.expert_id == expert_id
        )
    ).scalar()
    if status is None:
        raise EntryNotFound(entry_id)
    if status not in DISPUTABLE:
        raise NotDisputed(status)
    change_entry(tx, entry_id, {"status": "disputed", "dispute_reason": reason}, now)
    return str(status)


def resolve(
    tx: WriteTransaction,
    entry_id: int,
    resolution: str,
    now: datetime,
    *,
    corrected_cents: int | None = None,
) -> int | None:
    """Close a dispute. With ``corrected_cents`` the difference is booked as an adjustment
    whose reason is the resolution; returns that adjustment's id."""
    row = tx.conn.execute(select(ledger_entries).where(ledger_entries.c.id == entry_id)).first()
    if row is None:
        raise EntryNotFound(entry_id)
    if row.status != "disputed":
        raise NotDisputed(row.status)
    change_entry(tx, entry_id, {"status": "resolved", "resolution": resolution}, now)
    if corrected_cents is None or corrected_cents == row.amount_cents:
        return None
    return adjust(
        tx,
        expert_id=row.expert_id,
        client_id=row.client_id,
        amount_cents=corrected_cents - row.amount_cents,
        reason=resolution,
        now=now,
        adjusts_entry_id=entry_id,
        description=f"Correction of {row.description}",
    )


def adjust(
    tx: WriteTransaction,
    *,
    expert_id: int,
    client_id: int,
    amount_cents: int,
    reason: str,
    now: datetime,
    adjusts_entry_id: int | None = None,
    description: str = "Adjustment",
) -> int:
    if not reason.strip():
        raise ValueError("an adjustment needs a reason")
    return insert_entry(
        tx,
        NewEntry(
            expert_id=expert_id,
            client_id=client_id,
            source="adjustment",
            description=description,
            quantity=1,
            rate_cents=amount_cents,
            amount_cents=amount_cents,
            earned_at=now,
            status="approved",
            adjusts_entry_id=adjusts_entry_id,
            reason=reason.strip(),
        ),
        now,
    )


def rate_case(tx: WriteTransaction, case_id: int, rating: int, now: datetime) -> int:
    """Record the QA rating (1 to 5) on the case's fee entry; returns the entry id."""
    if not 1 <= rating <= 5:
        raise ValueError("a QA rating runs from 1 to 5")
    entry_id = tx.conn.execute(
        select(ledger_entries.c.id).where(
            ledger_entries.c.case_id == case_id, ledger_entries.c.source == "case"
        )
    ).scalar()
    if entry_id is None:
        raise EntryNotFound(case_id)
    change_entry(tx, int(entry_id), {"qa_rating": rating}, now)
    return int(entry_id)
