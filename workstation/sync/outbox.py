"""``Outbox``: the UI's asynchronous entry point to the outbox (Qt-free).

    outbox = Outbox(OutboxStore(engine), worker, sender)
    await outbox.start()                       # recovers items a crash left in "sending"
    remove = outbox.add_listener(on_change)    # plain callable, called on the event loop
    item = await outbox.enqueue(mutations.reply(...), clear_draft=DraftKind.REPLY)
    held = await outbox.held_items()
    await outbox.resolve_held(held[0].id, HeldAction.COPY_TO_DRAFT)
    await outbox.close()

Every method that touches the database runs on the ``DbWorker``. Enqueueing wakes the
background sender at once; ``retry_now`` makes items waiting for their back-off due (for
instance when the connection is back).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from functools import partial
from typing import Final

from workstation.domain.drafts import DraftKind
from workstation.domain.models import OutboxState
from workstation.domain.mutations import NewMutation
from workstation.domain.outbox import HeldAction, OutboxItem
from workstation.store.outbox import OutboxStore, Resolved
from workstation.store.worker import DbWorker
from workstation.sync.outbox_sender import (
    OutboxEvent,
    OutboxListener,
    OutboxSender,
    SendReport,
    run_forever,
)

# Sent items stay listed this long, then only their effect in the cache remains.
RECENT_SENT_S: Final = 24 * 3600
# Confirmed sent and resolved items are forgotten after this long.
KEEP_FINISHED_S: Final = 30 * 24 * 3600
_ACTIVE_STATES: Final = (
    OutboxState.QUEUED,
    OutboxState.SENDING,
    OutboxState.HELD,
    OutboxState.SENT,
)


class Outbox:
    def __init__(
        self,
        store: OutboxStore,
        worker: DbWorker,
        sender: OutboxSender,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._worker = worker
        self._sender = sender
        self._clock = clock
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def sender(self) -> OutboxSender:
        return self._sender

    def add_listener(self, listener: OutboxListener) -> Callable[[], None]:
        """Call ``listener(OutboxEvent)`` after every change; returns a remover."""
        return self._sender.listeners.add(listener)

    async def recover(self) -> list[str]:
        """Put items a crash left in ``sending`` back into the queue (same ids) and forget
        long-finished ones; returns the recovered ids. ``start`` does this first."""
        recovered = await self._worker.run(self._store.recover_interrupted)
        await self._worker.run(self._store.prune, self._clock() - KEEP_FINISHED_S)
        if recovered:
            self._sender.listeners.emit(OutboxEvent(item_ids=frozenset(recovered)))
        return recovered

    async def start(self) -> None:
        """``recover``, then send in the background until ``close``."""
        await self.recover()
        self.start_sending()

    def start_sending(self) -> None:
        """Send in the background until ``close``; after ``recover``."""
        if self._task is None:
            self._task = asyncio.ensure_future(
                run_forever(self._sender, self._store, self._worker, self._wake, clock=self._clock)
            )

    async def close(self) -> None:
        """Stop sending; an item in flight goes back into the queue with its id."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def enqueue(
        self, mutation: NewMutation, *, clear_draft: DraftKind | None = None
    ) -> OutboxItem:
        """Write the mutation (and its local effect) durably and wake the sender. With
        ``clear_draft`` the case's draft of that kind is deleted in the same transaction,
        so a sent reply can never come back as a draft."""
        item = await self._worker.run(
            partial(self._store.enqueue, mutation, clear_draft=clear_draft)
        )
        self._sender.listeners.emit(
            OutboxEvent(item_ids=frozenset({item.id}), case_ids=frozenset({item.case_id}))
        )
        self.wake()
        return item

    async def outbox_items(self) -> list[OutboxItem]:
        """What the outbox panel lists: queued, sending and held items, and those sent in
        the last day, oldest first."""
        return await self._worker.run(
            partial(
                self._store.items,
                _ACTIVE_STATES,
                sent_since=self._clock() - RECENT_SENT_S,
            )
        )

    async def held_items(self) -> list[OutboxItem]:
        return await self._worker.run(self._store.items, (OutboxState.HELD,))

    async def items_of_case(self, case_id: int) -> list[OutboxItem]:
        return await self._worker.run(partial(self._store.items, case_id=case_id))

    async def item(self, item_id: str) -> OutboxItem | None:
        return await self._worker.run(self._store.item, item_id)

    async def resolve_held(
        self, item_id: str, action: HeldAction, *, replace_draft: bool = False
    ) -> Resolved:
        """Discard a held item, copy it into a draft (``DraftExists`` if the case has one
        and ``replace_draft`` is False), or retry it under a new id (see ``HeldAction``)."""
        resolved = await self._worker.run(
            partial(self._store.resolve_held, item_id, action, replace_draft=replace_draft)
        )
        changed = {resolved.item.id}
        if resolved.new_item is not None:
            changed.add(resolved.new_item.id)
            self.wake()
        self._sender.listeners.emit(
            OutboxEvent(item_ids=frozenset(changed), case_ids=frozenset({resolved.item.case_id}))
        )
        return resolved

    def wake(self) -> None:
        """Let the background sender look for due items now."""
        self._wake.set()

    async def retry_now(self) -> None:
        """Make every queued item due at once and wake the sender (connection is back)."""
        await self._worker.run(self._store.retry_all_now)
        self.wake()

    async def send_now(self) -> SendReport:
        """One delivery pass right here (tests, benchmarks, a "send now" button)."""
        return await self._sender.send_due()
