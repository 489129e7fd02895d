"""Checkpoints of the cache's write-ahead log on a thread of their own, during a bulk load.

SQLite copies the write-ahead log into the database file (a checkpoint) in the commit
that makes the log longer than 1,000 pages. In a first sync that is every second or
third page, on the ``DbWorker``, the sync's critical path: the benchmark's first sync was
7 % faster without them. While a load writes its index beside the cache, its page
transactions turn that off on their own connection (``deferred_checkpoints``) and
``BackgroundCheckpoints`` copies the log after each commit from a connection of its
own. A passive checkpoint never waits for the writer and never blocks it; the writer
starts the log over once everything in it has been copied, so it stays a few pages long
(16 MB at most in the 100k benchmark). Nothing here changes what is stored: after a
crash SQLite recovers from the log.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from workstation.store.index_load import CacheLocation, connect_cache_file

if TYPE_CHECKING:
    from sqlalchemy import Connection

logger = logging.getLogger(__name__)


@contextlib.contextmanager
def deferred_checkpoints(connection: Connection) -> Iterator[None]:
    """No automatic checkpoint in ``connection``'s commits inside the block; the previous
    setting is back afterwards, also after an error. Enter it outside a transaction: the
    setting belongs to the connection, and is set through the driver so that no
    transaction begins for it."""
    driver = connection.connection.driver_connection
    assert driver is not None
    previous = int(driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    driver.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA wal_autocheckpoint = {previous}")


class BackgroundCheckpoints:
    """Passive checkpoints of one cache file, one at a time, on a thread of their own.
    Requests while one runs or waits are merged into it. A failure is logged and ends
    the background checkpoints; the connections' own automatic ones take over again when
    the load ends."""

    def __init__(self, location: CacheLocation) -> None:
        self._location = location
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wal-checkpoint")
        self._connection: Any = None
        self._queued: Future[None] | None = None
        self._failed = False

    @property
    def working(self) -> bool:
        """False once a checkpoint failed: the writer should checkpoint itself again."""
        return not self._failed

    def request(self) -> None:
        """Copy the log after the commit that just happened (called on the writer's
        thread, which it never waits for)."""
        queued = self._queued
        if self._failed or (queued is not None and not queued.running() and not queued.done()):
            return
        # Closed meanwhile (the app quits): SQLite's own checkpoints take over.
        with contextlib.suppress(RuntimeError):
            self._queued = self._executor.submit(self._checkpoint)

    def close(self) -> None:
        """Wait for a running checkpoint and close the connection."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _checkpoint(self) -> None:
        if self._failed:
            return
        try:
            if self._connection is None:
                location = self._location
                self._connection = connect_cache_file(location.path, location.key_pragma)
            self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except Exception as error:
            # The type only, like every store failure that may carry file contents.
            logger.warning(
                "Background checkpoints of the cache stopped (%s); SQLite's own take over",
                type(error).__name__,
            )
            self._failed = True
