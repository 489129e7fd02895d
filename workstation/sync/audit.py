"""``AuditLog``: the one place features record what an expert did with customer data.

Qt-free and usable from any feature (case pane, earnings export, timesheet export):

    await audit.record(AuditAction.OPEN_CASE, case_id=4711)
    await audit.record_export("earnings statement 2026-11 (PDF)", case_ids=[4711, 4712])

Recording writes to the encrypted cache on the DbWorker and returns; uploading happens in
the background (``upload_pending``, called after every sync and by ``record``) in batches
with the events' fixed ids, so a retry after a lost answer stores nothing twice at the hub.
Replies and calls need no call here: the outbox records them in the same transaction as
the reply itself (``workstation.domain.audit.event_for_mutation``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from functools import partial
from typing import Any, Final

from workstation.domain.audit import AuditAction, AuditEvent
from workstation.domain.changes import ProtocolError
from workstation.store.audit import AuditStore
from workstation.store.worker import DbWorker
from workstation.sync.client import HubError, SessionExpired
from workstation.sync.session import Session

logger = logging.getLogger(__name__)

UPLOAD_BATCH: Final = 500


class AuditLog:
    def __init__(
        self,
        store: AuditStore,
        worker: DbWorker,
        *,
        device_id: str,
        session: Session | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._worker = worker
        self._device_id = device_id
        self._session = session
        self._clock = clock
        self._upload_lock = asyncio.Lock()
        self._recorded_during_upload = False

    def replace_session(self, session: Session) -> None:
        """After a new login: later uploads go out under the new tokens."""
        self._session = session

    async def record(
        self, action: AuditAction, *, case_id: int | None = None, detail: str | None = None
    ) -> AuditEvent:
        """Record one event durably in the cache; the upload follows in the background."""
        event = AuditEvent.new(action, case_id, self._clock(), detail)
        await self._worker.run(self._store.record, [event])
        return event

    async def record_export(self, detail: str, *, case_ids: Iterable[int] = ()) -> list[AuditEvent]:
        """An export: one event per case whose data it holds (so each customer's report
        lists it), or one without a case for an export that holds no customer data."""
        now = self._clock()
        ids = sorted(set(case_ids))
        events = [AuditEvent.new(AuditAction.EXPORT, case_id, now, detail) for case_id in ids]
        if not events:
            events = [AuditEvent.new(AuditAction.EXPORT, None, now, detail)]
        await self._worker.run(self._store.record, events)
        return events

    async def pending_count(self) -> int:
        return await self._worker.run(self._store.pending_count)

    async def upload_pending(self) -> int:
        """Send every waiting event; returns how many the hub confirmed. Failures leave
        the events waiting for the next attempt (offline, 5xx); a session that ended is
        reported by the sync, so it is only logged here."""
        session = self._session
        if session is None:
            return 0
        if self._upload_lock.locked():
            # One upload at a time: the running one goes round once more for what was
            # just recorded. Waiting here would pile up requests while offline.
            self._recorded_during_upload = True
            return 0
        confirmed = 0
        async with self._upload_lock:
            while True:
                self._recorded_during_upload = False
                events = await self._worker.run(self._store.pending, UPLOAD_BATCH)
                if not events:
                    return confirmed
                wire = [_to_wire(event) for event in events]
                try:
                    answer = await session.call(_upload_with(session, self._device_id, wire))
                except SessionExpired:
                    logger.info("Audit upload postponed: the session has ended")
                    return confirmed
                except (HubError, ProtocolError) as error:
                    logger.info("Audit upload postponed: %s", type(error).__name__)
                    return confirmed
                conflicting = set(answer.get("conflicting_ids") or ())
                if conflicting:
                    # Another expert's id: a UUID collision or a bug. Kept out of the
                    # queue so it cannot block every later event; counted in the log.
                    logger.warning("The hub refused %d audit event ids", len(conflicting))
                await self._worker.run(self._store.forget, [event.id for event in events])
                confirmed += len(events) - len(conflicting)
                if len(events) < UPLOAD_BATCH and not self._recorded_during_upload:
                    return confirmed


def _upload_with(
    session: Session, device_id: str, events: list[dict[str, object]]
) -> Callable[[str], Awaitable[dict[str, Any]]]:
    return partial(session.client.upload_audit_events, device_id=device_id, events=events)


def _to_wire(event: AuditEvent) -> dict[str, object]:
    return {
        "id": event.id,
        "action": event.action.value,
        "case_id": event.case_id,
        "occurred_at": datetime.fromtimestamp(event.occurred_at, UTC)
        .replace(tzinfo=None)
        .isoformat()
        + "Z",
        "detail": event.detail,
    }
