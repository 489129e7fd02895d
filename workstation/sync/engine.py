"""``SyncEngine``: brings the cache up to the hub's state, page by page.

Each page is decoded, validated and applied on the ``DbWorker`` thread, so that neither
JSON decoding nor SQLite ever runs on the event loop. While page N is being written, the
request for page N+1 is already on the network. Page N's cursor is committed in the same
transaction as its changes, so a crash at any moment resumes from a consistent state.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Final

from workstation.domain.changes import ChangePage, decode_change_page
from workstation.store.cache import EXPERT_NAME_KEY, INITIAL_CURSOR, AppliedPage, CaseCache
from workstation.store.worker import DbWorker
from workstation.sync.client import CursorRejected
from workstation.sync.collection import relaxed_collection
from workstation.sync.page_peek import peek_page
from workstation.sync.session import Session
from workstation.sync.thread_switches import prompt_thread_switches

logger = logging.getLogger(__name__)

EXPERT_ID_KEY: Final = "expert_id"
# Decoding a page holds the interpreter lock in one piece. With orjson, pages of 2,000
# (the hub's largest) stalled the event loop for 31–52 ms, so they were 1,000. msgspec
# (``domain.change_wire``) decodes twice as fast: 1,500 keep the longest stall at 17–22 ms
# and make the first sync about 4 % faster than 1,000; 2,000 gained 3 % more but let the
# stall reach 36 ms (docs/performance.md).
DEFAULT_PAGE_LIMIT: Final = 1500


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """``received``: changes applied so far in this sync; ``remaining``: changes the hub
    still has after the last page, when it says so."""

    received: int
    remaining: int | None


@dataclass(frozen=True, slots=True)
class SyncResult:
    changed_case_ids: frozenset[int]
    removed_case_ids: frozenset[int]
    pages: int
    first_sync: bool


ProgressListener = Callable[[SyncProgress], None]


class SyncEngine:
    def __init__(
        self,
        session: Session,
        cache: CaseCache,
        worker: DbWorker,
        *,
        page_limit: int = DEFAULT_PAGE_LIMIT,
    ) -> None:
        self._session = session
        self._cache = cache
        self._worker = worker
        self._page_limit = page_limit
        self._running: asyncio.Task[SyncResult] | None = None
        # A sync asked for while the running one already talks to the hub: it starts
        # when the running one ends, and every caller in between shares it.
        self._next: asyncio.Task[SyncResult] | None = None
        # Whether the running sync has asked the hub for anything yet.
        self._requested = False
        self._listeners: list[ProgressListener] = []
        self._waiters = 0
        # The search index's upkeep after a sync, queued on the worker, not waited for.
        self._upkeep: asyncio.Future[bool] | None = None

    @property
    def running(self) -> bool:
        return self._next is not None or (self._running is not None and not self._running.done())

    async def sync(self, progress: ProgressListener | None = None) -> SyncResult:
        """Sync until the hub has nothing more, with a sync that asks the hub after this
        call: a call joins the running sync while that has not asked the hub yet, and
        otherwise the one sync that follows it (the hub may have changed since the
        running one asked). Two syncs never run side by side. Cancelling the last
        waiting caller cancels its sync (the pages applied so far stay applied)."""
        if self._next is not None and self._next.done():
            self._next = None
        if self._next is not None:
            task = self._next
        elif self._running is not None and not self._running.done():
            if self._requested:
                self._next = asyncio.ensure_future(self._run_after(self._running))
                task = self._next
            else:
                task = self._running
        else:
            self._listeners = []
            self._requested = False
            self._running = task = asyncio.ensure_future(self._run())
        if progress is not None:
            self._listeners.append(progress)
        self._waiters += 1
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            if self._waiters == 1 and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            raise
        finally:
            self._waiters -= 1
            if progress is not None and progress in self._listeners:
                self._listeners.remove(progress)

    async def upkeep_done(self) -> None:
        """Wait until the index upkeep queued by the last sync has run (tests, benchmarks)."""
        if self._upkeep is not None:
            await asyncio.wait([self._upkeep])

    async def _run_after(self, previous: asyncio.Task[SyncResult]) -> SyncResult:
        await asyncio.wait([previous])
        self._running, self._next = asyncio.current_task(), None
        self._requested = False
        return await self._run()

    async def _run(self) -> SyncResult:
        try:
            with relaxed_collection(), prompt_thread_switches():
                return await self._sync()
        finally:
            with contextlib.suppress(Exception):
                if await self._worker.run(self._cache.index_upkeep_pending):
                    self._queue_upkeep()

    def _queue_upkeep(self) -> None:
        """An index adopted from beside the cache gets its segments merged and its word
        list filled (``CaseCache.complete_index_upkeep``). The sync does not wait for it:
        its cases are stored and searchable already."""
        self._upkeep = asyncio.ensure_future(self._worker.run(self._cache.complete_index_upkeep))
        self._upkeep.add_done_callback(_report_upkeep_failure)

    async def _sync(self) -> SyncResult:
        expert = self._session.expert
        cursor = await self._worker.run(self._prepare_cache, expert.id, expert.display_name)
        first_sync = cursor == INITIAL_CURSOR
        # A first sync (or one that continues an interrupted first sync) loads the rows
        # and builds the search index once at the end: see ``store.fts_index``.
        bulk_load = first_sync or await self._worker.run(self._cache.index_pending)
        if bulk_load and not first_sync:
            # A load whose index an earlier run wrote beside the cache continues in the
            # cache's own index; what that run indexed is adopted first.
            await self._worker.run(self._cache.pause_index_load)
        run = _Run()
        restarted = False
        while True:
            try:
                await self._pages(cursor, run, bulk_load=bulk_load)
            except CursorRejected:
                # The hub cannot continue from our cursor: start again from nothing. A
                # second refusal straight after a reset is a hub bug, not ours to loop on.
                if restarted:
                    raise
                restarted = True
                await self._worker.run(self._cache.reset)
                cursor, first_sync, bulk_load = INITIAL_CURSOR, True, True
                continue
            except Exception:
                if bulk_load:
                    # The expert keeps working (offline, say): the cases stored so far
                    # become searchable now, not only when a later sync completes.
                    with contextlib.suppress(Exception):
                        await self._worker.run(self._cache.pause_index_load)
                raise
            break
        if bulk_load:
            await self._worker.run(self._cache.build_pending_index)
        return SyncResult(
            changed_case_ids=frozenset(run.changed),
            removed_case_ids=frozenset(run.removed),
            pages=run.pages,
            first_sync=first_sync,
        )

    async def _pages(self, cursor: str, run: _Run, *, bulk_load: bool) -> None:
        """Fetch, decode and apply pages until the hub has no more. Three pages are in
        flight at once: the next one on the network (requested with the cursor peeked
        from this one), this one waiting to be decoded, the previous one being written;
        decoding and writing take turns on the ``DbWorker``."""
        expert_id = self._session.expert.id
        self._requested = True
        fetch: _Fetch | None = self._fetch(cursor)
        pending: asyncio.Future[AppliedPage] | None = None
        pending_count = 0
        pending_remaining: int | None = None
        try:
            while True:
                assert fetch is not None
                raw = await fetch.task
                peeked = peek_page(raw)
                fetch = self._fetch(peeked.cursor) if peeked and peeked.has_more else None
                # Decoded on the DbWorker too: a parser thread beside it gained a few %
                # but doubled the event loop's longest stalls (interpreter lock).
                page: ChangePage = await self._worker.run(
                    partial(decode_change_page, raw, expert_id=expert_id)
                )
                del raw
                if pending is not None:
                    self._record(run, await pending, pending_count, pending_remaining)
                    pending = None
                pending = asyncio.ensure_future(
                    self._worker.run(partial(self._cache.apply_page, page, defer_index=bulk_load))
                )
                pending_count, pending_remaining = page.change_count, page.remaining
                if not page.has_more:
                    break
                if fetch is None or fetch.cursor != page.cursor:
                    # Not peeked, or peeked wrongly: the decoded page is the authority.
                    _cancel(fetch)
                    fetch = self._fetch(page.cursor)
            applied = await pending
            pending = None
            self._record(run, applied, pending_count, pending_remaining)
        finally:
            _cancel(fetch)
            if pending is not None:
                # Never leave a page write behind: wait for it (it commits or rolls back
                # as a whole) before the error or cancellation leaves this method.
                with contextlib.suppress(Exception):
                    await asyncio.shield(pending)

    def _fetch(self, cursor: str) -> _Fetch:
        client = self._session.client
        request = partial(client.changes_raw, cursor=cursor, limit=self._page_limit)
        return _Fetch(cursor, asyncio.ensure_future(self._session.call(request)))

    def _record(
        self, run: _Run, applied: AppliedPage, change_count: int, remaining: int | None
    ) -> None:
        run.pages += 1
        run.received += change_count
        run.changed -= applied.removed_case_ids
        run.changed |= applied.changed_case_ids
        run.removed -= applied.changed_case_ids
        run.removed |= applied.removed_case_ids
        progress = SyncProgress(received=run.received, remaining=remaining)
        for listener in list(self._listeners):
            listener(progress)

    def _prepare_cache(self, expert_id: int, expert_name: str) -> str:
        """Make sure the cache belongs to this expert (the hub could have given the user
        name to someone else) and return the cursor to continue from."""
        stored = self._cache.get_meta(EXPERT_ID_KEY)
        if stored is not None and stored != str(expert_id):
            self._cache.reset_for_new_account()
        if stored != str(expert_id):
            self._cache.set_meta(EXPERT_ID_KEY, str(expert_id))
        self._cache.set_meta(EXPERT_NAME_KEY, expert_name)
        return self._cache.cursor()


@dataclass(frozen=True, slots=True)
class _Fetch:
    """A page request on the network and the cursor it continues from."""

    cursor: str
    task: asyncio.Future[bytes]


def _cancel(fetch: _Fetch | None) -> None:
    """Drop a page request that is no longer wanted (its answer or error included)."""
    if fetch is not None:
        fetch.task.cancel()
        fetch.task.add_done_callback(_consume_outcome)


def _report_upkeep_failure(upkeep: asyncio.Future[bool]) -> None:
    if upkeep.cancelled():
        return  # the worker closed first; the next sync does it
    error = upkeep.exception()
    if error is not None:
        # Only the type: a database message may quote indexed text.
        logger.warning(
            "The search index upkeep failed (%s); it is retried after the next sync",
            type(error).__name__,
        )


def _consume_outcome(task: asyncio.Future[bytes]) -> None:
    if not task.cancelled():
        task.exception()


@dataclass(slots=True)
class _Run:
    """What one ``sync()`` has done so far, across pages and a possible restart."""

    pages: int = 0
    received: int = 0
    changed: set[int] = field(default_factory=set)
    removed: set[int] = field(default_factory=set)
