"""``DbWorker``: the one thread that touches the cache for writes and large reads.

Serializing every database job on one thread (as Anki does) means no two writers ever
contend for SQLite's lock, and the asyncio loop only awaits results.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class WorkerClosed(RuntimeError):
    """A job was handed to a worker that has been closed."""


class DbWorker:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-worker")
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the worker thread after every job handed in before it.
        Cancelling the caller drops the job if it has not started yet."""
        if self._closed:
            raise WorkerClosed("the database worker is closed")
        try:
            future = self._executor.submit(fn, *args)
        except RuntimeError as error:  # shut down between the check and the submit
            raise WorkerClosed("the database worker is closed") from error
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        """Refuse new jobs, drop queued ones and wait for the one that is running (a
        single page transaction at most). Safe to call more than once."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
