"""``OutboxSender``: delivers the outbox to the hub in batches, exactly once.

Exactly once rests on the mutation id: it is made when the action is written to the
outbox and never changes, and the hub stores each id with its answer. So the sender may
resend whenever it does not know the outcome (no answer, a timeout, a 5xx, a crash while
waiting): the hub either applies the mutation for the first time or replays its stored
answer. Only the hub's definitive answer moves an item on: applied → ``sent``, rejected →
``held`` with the reason. Failures that leave the outcome open are retried with
exponential back-off and jitter; the next attempt time is stored with the item, so the
back-off survives restarts.

After a pass that got answers, the sender runs an incremental sync so that the hub's
version of the cases (with the real messages) replaces the local echo.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random as random_module
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Final

from workstation.domain.changes import ProtocolError
from workstation.domain.outbox import HeldReason, OutboxItem
from workstation.store.outbox import OutboxStore
from workstation.store.worker import DbWorker
from workstation.sync.backoff import Backoff
from workstation.sync.client import (
    BatchTooLarge,
    HubError,
    HubUnreachable,
    RateLimited,
    ServerError,
    SessionExpired,
)
from workstation.sync.engine import SyncEngine, SyncResult
from workstation.sync.session import Session

MAX_BATCH: Final = 100  # the hub's limit per request
# After this many server failures in a row the sender sends one item per request, so that
# one mutation the hub chokes on cannot hold back the others in its batch for long.
ISOLATE_AFTER_SERVER_ERRORS: Final = 2
_REQUEST_TIMEOUT: Final = 408

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OutboxEvent:
    """Something changed: these items changed state (``sent_ids``/``held_ids`` got the
    hub's answer just now), these cases' rows or threads may look different, and (after
    the sender's own sync) what the sync changed."""

    item_ids: frozenset[str] = frozenset()
    case_ids: frozenset[int] = frozenset()
    sync_result: SyncResult | None = None
    sent_ids: frozenset[str] = frozenset()
    held_ids: frozenset[str] = frozenset()


OutboxListener = Callable[[OutboxEvent], None]


@dataclass(slots=True)
class SendReport:
    """One ``send_due`` pass. ``error`` is the failure that ended it early, if any."""

    sent: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    error: Exception | None = None
    sync_result: SyncResult | None = None
    sync_error: Exception | None = None

    @property
    def session_expired(self) -> bool:
        return isinstance(self.error, SessionExpired)


class Listeners:
    """Plain callables told about every change; a failing listener is logged and skipped
    so that it can never stop the delivery."""

    def __init__(self) -> None:
        self._listeners: list[OutboxListener] = []

    def add(self, listener: OutboxListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, event: OutboxEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception as error:
                logger.warning("An outbox listener failed: %s", type(error).__name__)


class OutboxSender:
    def __init__(
        self,
        session: Session,
        store: OutboxStore,
        worker: DbWorker,
        *,
        sync: SyncEngine | None = None,
        listeners: Listeners | None = None,
        clock: Callable[[], float] = time.time,
        random: Callable[[], float] = random_module.random,
        backoff: Backoff | None = None,
        batch_size: int = MAX_BATCH,
    ) -> None:
        if not 1 <= batch_size <= MAX_BATCH:
            raise ValueError(f"batch_size must be 1 to {MAX_BATCH}")
        self._session = session
        self._store = store
        self._worker = worker
        self._sync = sync
        self._listeners = listeners or Listeners()
        self._clock = clock
        self._random = random
        self._backoff = backoff or Backoff()
        self._batch_size = batch_size
        self._server_errors_in_row = 0
        self._lock = asyncio.Lock()

    @property
    def listeners(self) -> Listeners:
        return self._listeners

    def replace_session(self, session: Session) -> None:
        """Continue with a new session after the expert logged in again."""
        self._session = session

    async def send_due(self) -> SendReport:
        """Send every item that is due, batch after batch, until none is left or an
        attempt fails; then sync if anything was answered. Never raises for a delivery
        failure: it is in the report and in the items (``last_error``)."""
        async with self._lock:
            report = SendReport()
            while report.error is None:
                isolate = self._server_errors_in_row >= ISOLATE_AFTER_SERVER_ERRORS
                limit = 1 if isolate else self._batch_size
                batch = await self._worker.run(self._store.take_batch, limit)
                if not batch:
                    break
                self._emit(batch)
                report.error = await self._deliver(batch, report)
            if report.sent or report.held:
                await self._sync_after(report)
            return report

    async def _deliver(self, batch: list[OutboxItem], report: SendReport) -> Exception | None:
        ids = [item.id for item in batch]
        wire = [item.mutation().to_wire() for item in batch]
        client = self._session.client
        try:
            answers = await self._session.call(partial(client.mutations, mutations=wire))
        except asyncio.CancelledError:
            # Not left in "sending" until the next start: back into the queue at once.
            await asyncio.shield(self._reschedule(batch, 0.0, "cancelled"))
            raise
        except BatchTooLarge as error:
            self._batch_size = max(1, len(batch) // 2)
            await self._reschedule(batch, 0.0, error.code)
            return None
        except SessionExpired as error:
            await self._reschedule(batch, 0.0, error.code)
            return error
        except RateLimited as error:
            delay = error.retry_after
            await self._reschedule(
                batch, delay if delay is not None else self._delay(batch), error.code
            )
            return error
        except (HubUnreachable, ServerError, ProtocolError) as error:
            # The hub may or may not have applied the batch: resend the same ids later.
            if isinstance(error, ServerError):
                self._server_errors_in_row += 1
            code = error.code if isinstance(error, HubError) else "protocol_error"
            await self._reschedule(batch, self._delay(batch), code)
            return error
        except HubError as error:
            if error.status == _REQUEST_TIMEOUT:
                # A proxy gave up on the request: as open as any other lost answer.
                await self._reschedule(batch, self._delay(batch), error.code)
                return error
            # A 4xx for the whole request: the hub applied none of it and never will.
            cases = await self._worker.run(
                partial(self._store.hold, ids, reason=HeldReason.BAD_REQUEST, message=error.message)
            )
            report.held.extend(ids)
            self._emit(batch, cases, held=ids)
            return None
        self._server_errors_in_row = 0
        by_id = {answer["id"]: answer for answer in answers}
        answered = await self._worker.run(self._store.record_answers, ids, by_id)
        report.sent.extend(answered.sent)
        report.held.extend(answered.held)
        self._emit(batch, answered.case_ids, sent=answered.sent, held=answered.held)
        if answered.unanswered:
            missing = [item for item in batch if item.id in answered.unanswered]
            await self._reschedule(missing, self._delay(missing), "unanswered")
            return ProtocolError("The hub did not answer every mutation of the batch.")
        return None

    async def _sync_after(self, report: SendReport) -> None:
        if self._sync is None:
            return
        up_to = await self._worker.run(self._store.last_seq)
        try:
            report.sync_result = await self._sync.sync()
        except (HubError, ProtocolError) as error:
            # The outbox is right as it is; the echo stays until a later sync succeeds.
            report.sync_error = error
            logger.info("Sync after sending failed: %s", getattr(error, "code", "protocol"))
            return
        cases = await self._worker.run(self._store.confirm_sent, up_to)
        self._listeners.emit(
            OutboxEvent(
                case_ids=cases | report.sync_result.changed_case_ids,
                sync_result=report.sync_result,
            )
        )

    def _delay(self, batch: list[OutboxItem]) -> float:
        return self._backoff.delay(max(item.attempts for item in batch), self._random)

    async def _reschedule(self, batch: list[OutboxItem], delay: float, code: str) -> None:
        await self._worker.run(
            partial(
                self._store.reschedule,
                [item.id for item in batch],
                next_attempt_at=self._clock() + delay,
                error=code,
            )
        )
        self._emit(batch)

    def _emit(
        self,
        batch: list[OutboxItem],
        case_ids: frozenset[int] | None = None,
        *,
        sent: Iterable[str] = (),
        held: Iterable[str] = (),
    ) -> None:
        self._listeners.emit(
            OutboxEvent(
                item_ids=frozenset(item.id for item in batch),
                case_ids=case_ids
                if case_ids is not None
                else frozenset(item.case_id for item in batch),
                sent_ids=frozenset(sent),
                held_ids=frozenset(held),
            )
        )


async def run_forever(
    sender: OutboxSender,
    store: OutboxStore,
    worker: DbWorker,
    wake: asyncio.Event,
    *,
    clock: Callable[[], float] = time.time,
    idle_retry_s: float = 60.0,
) -> None:
    """Send whenever something is due or ``wake`` is set, until cancelled."""
    while True:
        wake.clear()
        timeout: float | None
        try:
            report = await sender.send_due()
            if report.session_expired:
                timeout = None  # nothing can be sent until the expert logs in again
            else:
                due = await worker.run(store.next_due_at)
                timeout = None if due is None else max(0.0, due - clock())
        except asyncio.CancelledError:
            raise
        except Exception as error:  # a bug or a broken cache: keep the loop alive
            logger.error("Sending the outbox failed: %s", type(error).__name__)
            timeout = idle_retry_s
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), timeout)
