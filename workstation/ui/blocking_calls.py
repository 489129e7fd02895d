"""Runs blocking calls (the OS keyring) in order on one background thread.

Keyring calls can take long: a D-Bus round trip, or an unlock prompt the user ignores. They
must not freeze the window, and a hanging one must not hold up quitting either, so the
thread is a daemon thread that `close()` never waits for. Calls run strictly in the order
they were handed in, so a newer refresh token can never be overwritten by an older one.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_Job = tuple[Callable[..., Any], tuple[Any, ...], asyncio.Future[Any], asyncio.AbstractEventLoop]


class BlockingCallsClosed(RuntimeError):
    """A call was handed in after `close()`."""


class BlockingCalls:
    def __init__(self, name: str = "blocking-calls") -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._closed:
            raise BlockingCallsClosed("no more blocking calls are accepted")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._jobs.put((fn, args, future, loop))
        return await future

    def close(self) -> None:
        """Accept no more calls; the thread ends after the call it is running, if any."""
        if not self._closed:
            self._closed = True
            self._jobs.put(None)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, args, future, loop = job
            try:
                result = fn(*args)
            except BaseException as error:
                _deliver(loop, future, None, error)
            else:
                _deliver(loop, future, result, None)


def _deliver(
    loop: asyncio.AbstractEventLoop,
    future: asyncio.Future[Any],
    result: Any,
    error: BaseException | None,
) -> None:
    def settle() -> None:
        if future.done():  # the awaiting task was cancelled meanwhile
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)

    # A loop closed while the call ran has nobody waiting for the answer any more.
    if not loop.is_closed():
        try:
            loop.call_soon_threadsafe(settle)
        except RuntimeError:
            return
