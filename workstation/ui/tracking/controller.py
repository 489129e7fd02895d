"""``TrackerController``: the time tracker as the app uses it.

It owns the pure ``Tracker`` (state, monotonic durations, case attribution) and keeps the
crash-safe ``TrackerStore`` in step with it on the database worker: every change of state
and a heartbeat (at least every ``HEARTBEAT_INTERVAL_S``) are written by one save loop, so
writes never overtake each other and the GUI thread never waits for the disk. A finished
entry that could not be written (a full disk) stays in memory and goes out with the next
save; nothing tracked is dropped.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from workstation.domain.tracking import (
    Clock,
    EntryKind,
    FinishedEntry,
    IdleChoice,
    Location,
    Tracker,
    TrackerState,
)
from workstation.domain.windows import ShiftWindow
from workstation.store.tracker import HEARTBEAT_INTERVAL_S, StoredEntry, TrackerStore
from workstation.store.windows import WindowQueries
from workstation.store.worker import DbWorker
from workstation.ui.tasks import TaskSet
from workstation.ui.tracking.totals import RecordedTotals, load_recorded_totals

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

# Well inside the store's promise, so a late timer or a busy worker still keeps it.
HEARTBEAT_PERIOD_S: Final = HEARTBEAT_INTERVAL_S * 2 / 3


def new_entry_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class TrackerSnapshot:
    """What the tracker bar shows at one moment; seconds include the running stretch."""

    state: TrackerState
    stretch_seconds: float
    today_seconds: float
    window: ShiftWindow | None
    window_seconds: float

    @property
    def clocked_in(self) -> bool:
        return self.state is not TrackerState.CLOCKED_OUT

    @property
    def outside_window(self) -> bool:
        """Clocked in while no booked window runs: this time is not paid."""
        return self.clocked_in and self.window is None


class TrackerController(QObject):
    # The state changed (clocked in or out, paused, resumed).
    stateChanged = Signal()
    # Entries were written (case times and the timesheet may have changed).
    recorded = Signal()
    # The expert clocked in outside every booked window.
    unpaidWarning = Signal()
    # Saving failed; the text says what it means for the expert.
    problem = Signal(str)

    def __init__(
        self,
        *,
        store: TrackerStore,
        windows: WindowQueries,
        worker: DbWorker,
        tasks: TaskSet,
        monotonic: Clock,
        wall: Clock,
        wake_outbox: Callable[[], None],
        new_id: Callable[[], str] = new_entry_id,
        heartbeat_seconds: float = HEARTBEAT_PERIOD_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._windows = windows
        self._worker = worker
        self._tasks = tasks
        self._monotonic = monotonic
        self._wall = wall
        self._wake_outbox = wake_outbox
        self.tracker = Tracker(monotonic=monotonic, wall=wall, new_id=new_id)
        self._unsaved: list[FinishedEntry] = []
        self._dirty = False
        self._save_task: asyncio.Task[None] | None = None
        self._totals: RecordedTotals | None = None
        self._totals_task: asyncio.Task[None] | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(round(heartbeat_seconds * 1000))
        self._heartbeat.timeout.connect(self.heartbeat)

    # -- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> TrackerState:
        return self.tracker.state

    @property
    def clocked_in(self) -> bool:
        return self.tracker.state is not TrackerState.CLOCKED_OUT

    def now(self) -> float:
        """The calendar time by the tracker's monotonic anchor while clocked in."""
        return self.tracker.wall_time() if self.clocked_in else self._wall()

    def snapshot(self) -> TrackerSnapshot:
        """Cheap enough for a once-a-second display: no database access."""
        now = self.now()
        totals = self._totals
        if totals is not None and not totals.day_start <= now < totals.day_end:
            self.refresh_totals()
        window = totals.window if totals is not None else None
        if window is not None and not window.contains(now):
            self.refresh_totals()
            window = None
        unsaved_work = [e for e in self._unsaved if e.kind is EntryKind.WORK]
        today = float(totals.today_work if totals else 0) + sum(e.seconds for e in unsaved_work)
        window_seconds = float(totals.window_work) if totals and window else 0.0
        running = self.tracker.running_entry()
        stretch = running.elapsed if running is not None else 0.0
        if running is not None and running.kind is EntryKind.WORK:
            today += running.elapsed
            if window is not None:
                window_seconds += max(
                    0.0,
                    min(now, window.ends_at) - max(running.starts_at, float(window.starts_at)),
                )
        if window is not None:
            window_seconds += sum(
                max(0, min(e.ends_at, window.ends_at) - max(e.starts_at, window.starts_at))
                for e in unsaved_work
            )
        return TrackerSnapshot(
            state=self.tracker.state,
            stretch_seconds=stretch,
            today_seconds=today,
            window=window,
            window_seconds=window_seconds,
        )

    def running_case_seconds(self, case_id: int) -> int:
        """Time of the running stretch and of unsaved entries attributed to ``case_id``."""
        running = self.tracker.running_entry()
        pairs = list(running.cases) if running is not None else []
        for entry in self._unsaved:
            pairs.extend(entry.cases)
        return sum(seconds for case, seconds in pairs if case == case_id)

    # -- start and stop --------------------------------------------------------------------

    async def start(self) -> list[StoredEntry]:
        """After a crash: turn the stretch that was open into an entry ending at its last
        heartbeat; hand entries a crash kept from the outbox to it. Returns the entries
        awaiting the expert's confirmation."""
        await self._worker.run(self._store.recover)
        if await self._worker.run(self._store.queue_pending):
            self._wake_outbox()
        unconfirmed = await self._worker.run(self._store.unconfirmed)
        await self._load_totals()
        self._heartbeat.start()
        return unconfirmed

    async def close(self) -> None:
        """Quitting ends the running stretch, so that no entry waits for confirmation
        after a clean stop; waits until everything is written."""
        self._heartbeat.stop()
        if self.clocked_in:
            self._unsaved.extend(self.tracker.clock_out())
            self._dirty = True
        await self.flush()
        if self._totals_task is not None:
            self._totals_task.cancel()

    async def flush(self) -> None:
        """Write what is not written yet and wait for it."""
        if self._dirty and (self._save_task is None or self._save_task.done()):
            self._save_task = self._tasks.spawn(self._save_loop(), name="tracker-save")
        while self._save_task is not None and not self._save_task.done():
            await asyncio.shield(self._save_task)

    # -- acting ----------------------------------------------------------------------------

    def clock_in(self, location: Location = Location.REMOTE) -> None:
        if self.clocked_in:
            return
        self.tracker.clock_in(location)
        self._changed()
        self._tasks.spawn(self._warn_if_unpaid(), name="tracker-unpaid-check")

    def clock_out(self) -> None:
        if self.clocked_in:
            self._unsaved.extend(self.tracker.clock_out())
            self._changed()

    def toggle_clock(self) -> None:
        if self.clocked_in:
            self.clock_out()
        else:
            self.clock_in()

    def pause(self) -> None:
        if self.tracker.state is TrackerState.WORKING:
            self._unsaved.extend(self.tracker.pause())
            self._changed()

    def resume(self) -> None:
        if self.tracker.state is TrackerState.PAUSED:
            self._unsaved.extend(self.tracker.resume())
            self._changed()

    def toggle_pause(self) -> None:
        if self.tracker.state is TrackerState.WORKING:
            self.pause()
        else:
            self.resume()

    def open_case(self, case_id: int | None) -> None:
        self.tracker.open_case(case_id)

    def set_in_use(self, in_use: bool) -> None:
        self.tracker.set_in_use(in_use)

    def resolve_idle(self, idle_seconds: float, choice: IdleChoice) -> None:
        finished = self.tracker.resolve_idle(idle_seconds, choice)
        if finished:
            self._unsaved.extend(finished)
            self._changed()

    async def confirm_recovered(self, entry_id: str, ends_at: int | None = None) -> None:
        await self._worker.run(self._store.confirm, entry_id, ends_at)
        self._wake_outbox()
        await self._load_totals()
        self.recorded.emit()

    async def discard_recovered(self, entry_id: str) -> None:
        await self._worker.run(self._store.discard_unconfirmed, entry_id)

    def heartbeat(self) -> None:
        """Store the running stretch as it is now (the timer calls it)."""
        self.refresh_totals()
        if self.clocked_in or self._unsaved:
            self._save()

    def refresh_totals(self) -> None:
        if self._totals_task is None or self._totals_task.done():
            self._totals_task = self._tasks.spawn(self._load_totals(), name="tracker-totals")

    # -- internals -------------------------------------------------------------------------

    def _changed(self) -> None:
        self._save()
        self.stateChanged.emit()

    def _save(self) -> None:
        self._dirty = True
        if self._save_task is None or self._save_task.done():
            self._save_task = self._tasks.spawn(self._save_loop(), name="tracker-save")

    async def _save_loop(self) -> None:
        while self._dirty:
            self._dirty = False
            finished = list(self._unsaved)
            running = self.tracker.running_entry()
            try:
                if finished or running is None:
                    await self._worker.run(self._store.finish, finished, running)
                else:
                    await self._worker.run(self._store.heartbeat, running)
            except Exception as error:
                # Kept in memory: the next heartbeat tries again with the same entries.
                logger.warning("Saving the time recording failed: %s", type(error).__name__)
                self.problem.emit(
                    translate(
                        "Tracker",
                        "Your working time could not be saved on this computer. The app "
                        "keeps it and tries again shortly.",
                    )
                )
                return
            del self._unsaved[: len(finished)]
            if finished:
                self._wake_outbox()
                await self._load_totals()
                self.recorded.emit()

    async def _load_totals(self) -> None:
        self._totals = await self._worker.run(
            load_recorded_totals, self._store, self._windows, self.now()
        )

    async def _warn_if_unpaid(self) -> None:
        await self._load_totals()
        if self.clocked_in and self._totals is not None and self._totals.window is None:
            self.unpaidWarning.emit()
