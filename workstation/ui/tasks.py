"""Strong references to the app's running asyncio tasks, and their orderly cancellation.

The event loop keeps only weak references to tasks, so a task started from a Qt slot can be
garbage-collected mid-flight (qasync issue #98). Every task the UI starts goes through a
`TaskSet`, which also lets shutdown cancel and await them all before the loop closes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
# How long shutdown waits for cancelled tasks before it goes on without them.
_CANCEL_GRACE_SECONDS = 3.0


class TaskSet:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    def spawn(self, coroutine: Coroutine[Any, Any, T], *, name: str) -> asyncio.Task[T]:
        """Run `coroutine` as a task; its failure reaches the loop's exception handler."""
        if self._closed:
            coroutine.close()
            raise RuntimeError("the app is shutting down; no new tasks are started")
        task = asyncio.get_running_loop().create_task(coroutine, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_done)
        return task

    def _on_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            task.get_loop().call_exception_handler(
                {"message": f"Task {task.get_name()} failed", "exception": error, "task": task}
            )

    async def close(self) -> None:
        """Refuse new tasks, cancel the running ones and wait until they have ended."""
        self._closed = True
        current = asyncio.current_task()
        # Filters on done() rather than waiting for _on_done to empty the set: qasync does
        # not run ready callbacks in FIFO order, so a done callback can lag behind newer ones
        # indefinitely.
        while pending := [task for task in self._tasks if task is not current and not task.done()]:
            for task in pending:
                task.cancel()
            _done, stuck = await asyncio.wait(pending, timeout=_CANCEL_GRACE_SECONDS)
            if stuck:
                # Quitting must never hang: a task that ignores its cancellation (or whose
                # first step qasync never ran) is left behind, named in the log.
                logger.warning(
                    "Tasks did not end when cancelled: %s",
                    ", ".join(sorted(task.get_name() for task in stuck)),
                )
                self._tasks.difference_update(stuck)
                return
