"""A dispute shows at once (from the outbox) and gives way to the hub's status when the hub
refused it or has answered by sync."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from tests.earnings.builders import ledger_change
from tests.store.builders import FakeClock, page
from workstation.domain import mutations
from workstation.domain.earnings import custom_period, local_midnight
from workstation.store.cache import CaseCache
from workstation.store.earnings import EarningsQueries
from workstation.store.outbox import OutboxStore

DAY = date(2026, 11, 10)


def test_pending_dispute_then_hub_status(cache: CaseCache, engine: Engine) -> None:
    earned = local_midnight(DAY) + 3600
    cache.apply_page(page(ledger_change(5, 900, earned, status="approved")))
    queries = EarningsQueries(engine)
    period = custom_period(DAY, DAY)
    outbox = OutboxStore(engine, clock=FakeClock())
    item = outbox.enqueue(mutations.dispute(5, "Falsche Komplexität", now=FakeClock()()))

    entry = queries.entry(5)
    assert entry is not None and entry.status == "disputed" and not entry.disputable
    assert queries.summary(period).by_status == {"disputed": 900}

    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE outbox SET state = 'held' WHERE id = ?", (item.id,))
    assert queries.summary(period).by_status == {"approved": 900}

    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE outbox SET state = 'sent' WHERE id = ?", (item.id,))
    cache.apply_page(page(ledger_change(5, 900, earned, status="resolved", resolution="OK")))
    resolved = queries.entry(5)
    assert resolved is not None and resolved.status == "resolved"
    assert resolved.resolution == "OK"
