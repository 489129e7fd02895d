"""Editorial contributions: submitted by experts, accepted (booking the fee) or rejected
with feedback by the editors."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update

from hub.earnings.ledger import NewEntry, insert_entry
from hub.earnings.rates import contribution_rate
from hub.schema import contributions
from hub.sequence import WriteTransaction


class ContributionNotFound(LookupError):
    pass


class AlreadyDecided(ValueError):
    pass


def submit(
    tx: WriteTransaction,
    *,
    contribution_id: str,
    expert_id: int,
    client_id: int,
    kind: str,
    title: str,
    body: str,
    now: datetime,
) -> str:
    """Store a submission or a resubmission of a rejected one; returns the new status.
    An accepted contribution cannot be changed any more (``AlreadyDecided``)."""
    row = tx.conn.execute(
        select(contributions.c.expert_id, contributions.c.status).where(
            contributions.c.id == contribution_id
        )
    ).first()
    values = {
        "client_id": client_id,
        "kind": kind,
        "title": title,
        "body": body,
        "status": "submitted",
        "feedback": None,
        "submitted_at": now,
        "decided_at": None,
        "seq": tx.next_seq(),
    }
    if row is None:
        tx.conn.execute(
            insert(contributions).values(id=contribution_id, expert_id=expert_id, **values)
        )
        return "submitted"
    if row.expert_id != expert_id:
        raise ContributionNotFound(contribution_id)
    if row.status == "accepted":
        raise AlreadyDecided(row.status)
    tx.conn.execute(
        update(contributions).where(contributions.c.id == contribution_id).values(**values)
    )
    return "submitted"


def _submitted(tx: WriteTransaction, contribution_id: str) -> tuple[int, int, str, str]:
    row = tx.conn.execute(
        select(
            contributions.c.expert_id,
            contributions.c.client_id,
            contributions.c.kind,
            contributions.c.title,
            contributions.c.status,
        ).where(contributions.c.id == contribution_id)
    ).first()
    if row is None:
        raise ContributionNotFound(contribution_id)
    if row.status != "submitted":
        raise AlreadyDecided(row.status)
    return row.expert_id, row.client_id, row.kind, row.title


def accept(
    tx: WriteTransaction, contribution_id: str, now: datetime, *, fee_cents: int | None = None
) -> int:
    """Accept and book the fee (the client's rate card unless ``fee_cents`` overrides it);
    returns the fee."""
    expert_id, client_id, kind, title = _submitted(tx, contribution_id)
    fee = contribution_rate(tx.conn, client_id, kind) if fee_cents is None else fee_cents
    if fee < 0:
        raise ValueError("a fee cannot be negative")
    tx.conn.execute(
        update(contributions)
        .where(contributions.c.id == contribution_id)
        .values(status="accepted", fee_cents=fee, decided_at=now, seq=tx.next_seq())
    )
    insert_entry(
        tx,
        NewEntry(
            expert_id=expert_id,
            client_id=client_id,
            source="contribution",
            description=title[:300],
            quantity=1,
            rate_cents=fee,
            amount_cents=fee,
            earned_at=now,
            contribution_id=contribution_id,
        ),
        now,
    )
    return fee


def reject(tx: WriteTransaction, contribution_id: str, feedback: str, now: datetime) -> None:
    if not feedback.strip():
        raise ValueError("a rejection needs feedback")
    _submitted(tx, contribution_id)
    tx.conn.execute(
        update(contributions)
        .where(contributions.c.id == contribution_id)
        .values(status="rejected", feedback=feedback.strip(), decided_at=now, seq=tx.next_seq())
    )
