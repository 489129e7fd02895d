"""Claims are leases: 15 minutes, renewed by the assignee's activity, and back to the pool
when they run out while the case is ``open``.

Expiry runs lazily before the hub answers a sync or applies mutations, and periodically in
the background (``sweep_leases_periodically``), so no answer shows a lease that has run
out as still held.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import Engine, select

from hub.cases import update_case
from hub.clock import Clock
from hub.db import read_transaction
from hub.schema import cases
from hub.sequence import WriteTransaction, write_transaction

CLAIM_LEASE = timedelta(minutes=15)
# A renewal this soon after the previous one would only churn versions and sync traffic.
RENEWAL_GRANULARITY = timedelta(minutes=1)
SWEEP_INTERVAL_S = 15.0

_log = logging.getLogger(__name__)


def new_lease(now: datetime) -> datetime:
    return now + CLAIM_LEASE


def renewed_lease(current: datetime | None, now: datetime) -> datetime | None:
    """The lease after activity: extended if the case has one, none if it has none (a case
    operations assigned does not expire)."""
    return None if current is None else new_lease(now)


def renewal_is_due(current: datetime, now: datetime) -> bool:
    return new_lease(now) - current >= RENEWAL_GRANULARITY


def expire_due_leases(tx: WriteTransaction, now: datetime) -> list[int]:
    """Return every open case whose lease ran out to the pool; returns their ids."""
    due = list(
        tx.conn.execute(
            select(cases.c.id)
            .where(cases.c.status == "open", cases.c.claim_expires_at <= now)
            .order_by(cases.c.id)
        ).scalars()
    )
    for case_id in due:
        update_case(
            tx,
            case_id,
            {"status": "offered", "assigned_expert_id": None, "claim_expires_at": None},
            now=now,
        )
    return due


class LeaseExpiry:
    """Expires due leases over an engine, checking cheaply first so that the common case
    (nothing due) costs one indexed read and never takes the write lock."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def expire_due(self) -> list[int]:
        now = self._clock.now()
        with read_transaction(self._engine) as conn:
            anything_due = conn.execute(
                select(cases.c.id)
                .where(cases.c.status == "open", cases.c.claim_expires_at <= now)
                .limit(1)
            ).first()
        if anything_due is None:
            return []
        with write_transaction(self._engine) as tx:
            return expire_due_leases(tx, now)


async def sweep_leases_periodically(expiry: LeaseExpiry, interval_s: float) -> None:
    """Expire due leases every ``interval_s`` seconds until cancelled."""
    while True:
        await asyncio.sleep(interval_s)
        sweep = asyncio.ensure_future(asyncio.to_thread(expiry.expire_due))
        try:
            expired = await asyncio.shield(sweep)
        except asyncio.CancelledError:
            # A thread cannot be cancelled: let its transaction finish before shutdown goes
            # on to dispose of the engine.
            await asyncio.wait([sweep])
            if not sweep.cancelled() and sweep.exception() is not None:
                _log.error("Expiring claim leases failed", exc_info=sweep.exception())
            raise
        except Exception:
            # A failed sweep (database briefly unavailable) is retried at the next tick;
            # the lazy expiry before every sync keeps answers right meanwhile.
            _log.exception("Expiring claim leases failed")
            continue
        if expired:
            _log.info("Returned %d cases with expired claims to the pool", len(expired))
