"""``AuditLog`` against a real hub: events wait while the answer is lost, and reach the
hub exactly once."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hub.audit import subject_report
from tests.hub.helpers import assigned_case
from tests.support.hub_server import RunningHub
from tests.sync.transports import HubTap
from workstation.domain.audit import AuditAction
from workstation.store.audit import AuditStore
from workstation.store.database import new_cache_key, open_cache
from workstation.store.worker import DbWorker
from workstation.sync.audit import AuditLog
from workstation.sync.client import HubClient
from workstation.sync.session import login


def test_events_survive_a_lost_answer_and_are_stored_once(
    hub_server: RunningHub, tmp_path: Path
) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    engine = open_cache(tmp_path / "cache.db", new_cache_key())
    worker = DbWorker()
    store = AuditStore(engine)
    tap = HubTap(lose_path="/audit/events", lose_answers=1)

    async def scenario() -> None:
        client = HubClient(hub_server.url, transport=tap)
        session = await login(client, "petra", "demo")
        audit = AuditLog(store, worker, device_id="petra-laptop/1", session=session)
        await audit.record(AuditAction.OPEN_CASE, case_id=case_id)
        await audit.record_export("earnings statement 2026-11 (PDF)", case_ids=[case_id])
        assert await audit.upload_pending() == 0  # the hub stored them; the answer was lost
        assert await audit.pending_count() == 2
        assert await audit.upload_pending() == 2
        assert await audit.pending_count() == 0
        assert await audit.upload_pending() == 0
        await client.aclose()

    try:
        asyncio.run(scenario())
    finally:
        worker.close()
        engine.dispose()
    report = subject_report(hub_server.engine, f"case:{case_id}")
    assert sorted((line.action, line.detail) for line in report) == [
        ("export", "earnings statement 2026-11 (PDF)"),
        ("open_case", None),
    ]
    assert {line.device_id for line in report} == {"petra-laptop/1"}
    assert tap.statuses("/audit/events") == [200, 200]
