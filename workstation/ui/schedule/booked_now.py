"""Whether the expert is inside a booked shift window right now, answered on the GUI
thread without touching the database: the booked windows of the coming days are read on
the database worker after every sync and every half hour, and kept here.

Until the first read has finished the answer is "inside": staying quiet by mistake would
hide work, a notification too many only disturbs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Engine

from workstation.domain.windows import ShiftWindow
from workstation.store.windows import WindowQueries
from workstation.store.worker import DbWorker
from workstation.ui.tasks import TaskSet

LOOK_AHEAD_S: Final = 2 * 24 * 3600
REFRESH_MS: Final = 30 * 60 * 1000


class BookedWindowsWatch(QObject):
    changed = Signal()

    def __init__(
        self,
        engine: Engine,
        worker: DbWorker,
        tasks: TaskSet,
        *,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._queries = WindowQueries(engine)
        self._worker = worker
        self._tasks = tasks
        self._clock = clock
        self._windows: list[ShiftWindow] | None = None
        self._covered_until = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_soon)
        self._timer.start()

    @property
    def loaded(self) -> bool:
        return self._windows is not None

    def in_booked_window(self, moment: float) -> bool:
        if self._windows is None or moment >= self._covered_until:
            return True
        return any(window.contains(moment) for window in self._windows)

    def refresh_soon(self, *_ignored: object) -> None:
        self._tasks.spawn(self.refresh(), name="refresh-booked-windows")

    async def refresh(self) -> None:
        now = self._clock()
        until = now + LOOK_AHEAD_S
        windows = await self._worker.run(self._queries.booked_between, int(now) - 1, int(until))
        self._windows = windows
        self._covered_until = until
        self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
