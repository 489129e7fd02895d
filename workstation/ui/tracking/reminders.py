"""The tracker's reminders and working-time warnings, on a timer.

- A booked window starting within 5 minutes is announced by the notification center's
  deadline check (``booked_windows`` feeds it), which reports each ``(window_starting,
  window, due)`` once: the hub's ``window_starting`` push event only triggers a sync, so the
  two never announce one window twice.
- A booked window has ended but the expert is still clocked in; cases are being worked
  (a local case action in the last ``WORKING_CASES_S``) while clocked out: both through the
  center's ``remind``, each once per window or per stretch of clocked-out work.
- Working-time warnings (opt-in, advisory): the ArbZG rules over the last two days of
  entries plus the running stretch; today's warnings show in the tracker bar, and each new
  one once as a notification.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.notifications import BookedWindow, NotificationKind, Occurrence
from workstation.domain.tracking import Clock, EntryKind
from workstation.domain.windows import (
    ENDED_WINDOW_GRACE_SECONDS,
    REMINDER_LEAD_SECONDS,
    ReminderKind,
    ShiftWindow,
    due_reminders,
)
from workstation.domain.working_time import WarningCode, working_time_warnings
from workstation.store.cache import CaseCache
from workstation.store.tracker import TrackerStore
from workstation.store.windows import WindowQueries
from workstation.store.worker import DbWorker
from workstation.ui.notifications.center import NotificationCenter
from workstation.ui.tasks import TaskSet
from workstation.ui.tracking.controller import TrackerController
from workstation.ui.tracking.texts import warning_text
from workstation.ui.tracking.totals import local_day_bounds

CHECK_MS: Final = 30_000
WORKING_CASES_S: Final = 10 * 60
# Working-time rules look back this far (rest between days needs yesterday).
_LOOK_BACK_S: Final = 2 * 86_400


def booked_windows_near(
    windows: WindowQueries, cache: CaseCache, now: float
) -> list[tuple[ShiftWindow, str]]:
    """Booked windows from a grace period back to the reminder lead ahead, with their
    client's name; blocking, for the ``DbWorker``."""
    names = {client.id: client.name for client in cache.clients()}
    found = windows.booked_between(
        int(now) - ENDED_WINDOW_GRACE_SECONDS, int(now) + REMINDER_LEAD_SECONDS + 60
    )
    return [(window, names.get(window.client_id, "")) for window in found]


def work_intervals(store: TrackerStore, start: int, end: int) -> list[tuple[int, int]]:
    return [
        (entry.starts_at, entry.ends_at)
        for entry in store.entries_between(start, end)
        if entry.kind is EntryKind.WORK
    ]


class TrackerReminders(QObject):
    # Today's working-time warnings changed (the texts, possibly none).
    warningsChanged = Signal(list)

    def __init__(
        self,
        controller: TrackerController,
        *,
        store: TrackerStore,
        windows: WindowQueries,
        cache: CaseCache,
        worker: DbWorker,
        tasks: TaskSet,
        center: Callable[[], NotificationCenter | None],
        warnings_enabled: Callable[[], bool],
        wall: Clock,
        check_ms: int = CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._store = store
        self._windows = windows
        self._cache = cache
        self._worker = worker
        self._tasks = tasks
        self._center = center
        self._warnings_enabled = warnings_enabled
        self._wall = wall
        self._last_case_work: float | None = None
        self._reminded_windows: set[int] = set()
        self._reminded_not_clocked_in = False
        self._warned: set[tuple[WarningCode, date]] = set()
        self._check_task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check_soon)
        controller.stateChanged.connect(self._on_state_changed)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._check_task is not None:
            self._check_task.cancel()

    def note_case_work(self) -> None:
        """A local action on a case (claim, reply, note, …) just happened."""
        self._last_case_work = self._wall()
        if not self._controller.clocked_in:
            self.check_soon()

    async def booked_windows(self) -> list[BookedWindow]:
        """For the notification center's deadline check."""
        near = await self._worker.run(
            booked_windows_near, self._windows, self._cache, self._controller.now()
        )
        return [
            BookedWindow(window.id, name, datetime.fromtimestamp(window.starts_at, UTC))
            for window, name in near
        ]

    def check_soon(self) -> None:
        if self._check_task is None or self._check_task.done():
            self._check_task = self._tasks.spawn(self.check(), name="tracker-reminders")

    async def check(self) -> None:
        now = self._controller.now()
        near = await self._worker.run(booked_windows_near, self._windows, self._cache, now)
        booked = [window for window, _name in near]
        working = self._last_case_work is not None and now - self._last_case_work <= WORKING_CASES_S
        occurrences: list[Occurrence] = []
        for reminder in due_reminders(
            now, booked, clocked_in=self._controller.clocked_in, working_cases=working
        ):
            if reminder.kind is ReminderKind.WINDOW_ENDED_STILL_CLOCKED_IN:
                assert reminder.window_id is not None
                if reminder.window_id not in self._reminded_windows:
                    self._reminded_windows.add(reminder.window_id)
                    occurrences.append(Occurrence(NotificationKind.WINDOW_ENDED))
            elif (
                reminder.kind is ReminderKind.WORKING_WITHOUT_CLOCK_IN
                and not self._reminded_not_clocked_in
            ):
                self._reminded_not_clocked_in = True
                occurrences.append(Occurrence(NotificationKind.NOT_CLOCKED_IN))
            # WINDOW_STARTS_SOON: the center's deadline check announces it (see above).
        occurrences.extend(await self._working_time(now))
        center = self._center()
        if center is not None and occurrences:
            center.remind(occurrences)

    async def _working_time(self, now: float) -> list[Occurrence]:
        if not self._warnings_enabled():
            self.warningsChanged.emit([])
            return []
        day_start, day_end = local_day_bounds(now)
        intervals = await self._worker.run(
            work_intervals, self._store, day_start - _LOOK_BACK_S, day_end
        )
        running = self._controller.tracker.running_entry()
        if running is not None and running.kind is EntryKind.WORK:
            intervals.append((round(running.starts_at), round(running.starts_at + running.elapsed)))
        today = datetime.fromtimestamp(now).astimezone().date()
        local_zone = datetime.now().astimezone().tzinfo
        assert local_zone is not None
        warnings = [w for w in working_time_warnings(intervals, local_zone) if w.day == today]
        self.warningsChanged.emit([warning_text(warning) for warning in warnings])
        fresh = [w for w in warnings if (w.code, w.day) not in self._warned]
        self._warned.update((w.code, w.day) for w in fresh)
        return [Occurrence(NotificationKind.WORKING_TIME, warning=w) for w in fresh]

    def _on_state_changed(self) -> None:
        if self._controller.clocked_in:
            # Clocking in answers the reminder; working clocked-out later reminds again.
            self._reminded_not_clocked_in = False
            self._last_case_work = None
