"""``IdleMonitor``: polls an ``IdleSource`` and reports going away and coming back.

Away means no input for the configured minutes; coming back is the first reading that is
shorter than the time since going away (someone touched the keyboard or mouse). The idle
stretch starts at the last input before going away, measured on the monotonic clock.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.tracking import Clock
from workstation.ui.tasks import TaskSet
from workstation.ui.tracking.idle import IdleSource

POLL_MS: Final = 5_000
# Readings and the monotonic clock drift apart by the poll's own latency.
_SLACK_S: Final = 2.0


class IdleMonitor(QObject):
    wentIdle = Signal()
    # The monotonic time at which the idle stretch began (the last input before it).
    returned = Signal(float)

    def __init__(
        self,
        source: IdleSource,
        *,
        threshold_seconds: Callable[[], float],
        monotonic: Clock,
        tasks: TaskSet,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._threshold = threshold_seconds
        self._monotonic = monotonic
        self._tasks = tasks
        self._idle_since: float | None = None
        self._check_task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._check_soon)

    @property
    def idle(self) -> bool:
        return self._idle_since is not None

    @property
    def idle_since(self) -> float | None:
        return self._idle_since

    def start(self) -> None:
        self._timer.start()

    async def aclose(self) -> None:
        self._timer.stop()
        if self._check_task is not None:
            self._check_task.cancel()
        await self.source.aclose()

    async def check(self) -> None:
        """One reading (the timer calls this; tests call it directly)."""
        reading = await self.source.idle_seconds()
        now = self._monotonic()
        if self._idle_since is None:
            if reading >= self._threshold():
                self._idle_since = now - reading
                self.wentIdle.emit()
            return
        if reading + _SLACK_S < now - self._idle_since:
            since, self._idle_since = self._idle_since, None
            self.returned.emit(since)

    def _check_soon(self) -> None:
        if self._check_task is None or self._check_task.done():
            self._check_task = self._tasks.spawn(self.check(), name="idle-check")
