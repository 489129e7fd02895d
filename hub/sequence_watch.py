"""Wakes event streams when the hub sequence moves, without each stream polling the database.

Writers in this process wake the watch the moment their commit is done: the ``commit``
hook marks a writing connection (it runs just *before* the database commits, too early to
read the new head), and the pool's ``checkin`` hook, which runs once the connection is
back after the commit, wakes the watch. Writers in other processes (``hub simulate``, a second hub
process over the same database) cannot call into this process, so the watch also reads the
sequence head with one cheap query every ``fallback_poll_s`` seconds. Either way there is
one reader of the head per hub, however many streams are open.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import Connection, Engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from hub.db import WRITE_OPTION, read_transaction
from hub.sequence import current_seq

DEFAULT_FALLBACK_POLL_S = 0.5
_WROTE = "hub_sequence_watch_wrote"

_log = logging.getLogger(__name__)


class SequenceWatch:
    """The newest committed sequence number, and a way to wait until it passes a value."""

    def __init__(self, engine: Engine, *, fallback_poll_s: float = DEFAULT_FALLBACK_POLL_S) -> None:
        self._engine = engine
        self._fallback_poll_s = fallback_poll_s
        self._head = 0
        self._moved = asyncio.Condition()
        self._commit_seen = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def head(self) -> int:
        return self._head

    async def wait_beyond(self, seq: int, timeout_s: float) -> bool:
        """Wait until the head is above ``seq``; False when ``timeout_s`` passed first."""
        async with self._moved:
            if self._head > seq:
                return True
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout_s):
                    await self._moved.wait_for(lambda: self._head > seq)
            return self._head > seq

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Hook into the engine's commits and watch the head until the block ends."""
        self._loop = asyncio.get_running_loop()
        self._head = await asyncio.to_thread(self._read_head)
        event.listen(self._engine, "commit", self._on_commit)
        event.listen(self._engine, "checkin", self._on_checkin)
        watcher = asyncio.create_task(self._watch(), name="sequence-watch")
        try:
            yield
        finally:
            event.remove(self._engine, "commit", self._on_commit)
            event.remove(self._engine, "checkin", self._on_checkin)
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    @staticmethod
    def _on_commit(conn: Connection) -> None:
        # Only writing transactions can move the head.
        if conn.get_execution_options().get(WRITE_OPTION, False):
            conn.info[_WROTE] = True

    def _on_checkin(self, _dbapi_connection: object, record: ConnectionPoolEntry) -> None:
        # Runs in whichever thread committed, after the commit.
        if not record.info.pop(_WROTE, False):
            return
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(self._commit_seen.set)

    async def _watch(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._fallback_poll_s):
                    await self._commit_seen.wait()
            self._commit_seen.clear()
            try:
                head = await asyncio.to_thread(self._read_head)
            except Exception:
                # The database is briefly unavailable: streams keep their heartbeats and
                # catch up at the next successful read.
                _log.exception("Reading the hub sequence failed")
                continue
            if head > self._head:
                async with self._moved:
                    self._head = head
                    self._moved.notify_all()

    def _read_head(self) -> int:
        with read_transaction(self._engine) as conn:
            return current_seq(conn)
