"""A time tracker over a real encrypted cache file and database worker, with clocks the
test moves by hand (no sleeps), for the tracker's Qt tests."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from workstation.domain.notifications import (
    CaseFacts,
    NotificationPreferences,
    Situation,
)
from workstation.domain.windows import ShiftWindow
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.outbox import OutboxStore
from workstation.store.schema import windows
from workstation.store.tracker import TrackerStore
from workstation.store.windows import WindowQueries
from workstation.store.worker import DbWorker
from workstation.ui.notifications.center import NotificationCenter
from workstation.ui.notifications.notifier import Notifier
from workstation.ui.tasks import TaskSet
from workstation.ui.tracking.controller import TrackerController

# A Tuesday, 14:00 UTC.
START_WALL = 1_795_010_400.0


@dataclass
class ManualClocks:
    """A monotonic and a wall clock that only move when the test says so."""

    mono: float = 1_000.0
    wall: float = START_WALL

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> float:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


@dataclass
class ShownNotifications:
    shown: list[tuple[str, str]] = field(default_factory=list)

    def show(self, summary: str, body: str, case_id: int | None, urgent: bool) -> None:
        self.shown.append((summary, body))


@dataclass
class TrackerRig:
    engine: Engine
    worker: DbWorker
    tasks: TaskSet
    clocks: ManualClocks
    outbox: OutboxStore
    store: TrackerStore
    windows: WindowQueries
    cache: CaseCache
    controller: TrackerController
    woken: list[bool]

    def add_window(self, window_id: int, starts_at: float, ends_at: float) -> ShiftWindow:
        with self.engine.begin() as connection:
            connection.execute(
                windows.insert().values(
                    id=window_id,
                    client_id=1,
                    starts_at=int(starts_at),
                    ends_at=int(ends_at),
                    hourly_rate_cents=2600,
                    capacity=2,
                    seats_left=1,
                    cutoff_minutes=60,
                    required_skills="[]",
                    booked=1,
                )
            )
        window = self.windows.window(window_id)
        assert window is not None
        return window

    def center(self, desktop: ShownNotifications) -> NotificationCenter:
        notifier = Notifier()
        notifier.use_backend(desktop)

        async def no_cases(_ids: object) -> list[CaseFacts]:
            return []

        return NotificationCenter(
            no_cases,
            notifier,
            preferences=NotificationPreferences,
            situation=lambda: Situation(
                now=datetime.fromtimestamp(self.clocks.wall, UTC), in_booked_window=False
            ),
        )


@contextmanager
def tracker_rig(tmp_path: Path) -> Iterator[TrackerRig]:
    """Use inside a running loop (``run_async``): the controller spawns tasks."""
    engine = open_cache(tmp_path / "tracker.db", new_cache_key())
    worker = DbWorker()
    clocks = ManualClocks()
    outbox = OutboxStore(engine, clock=clocks.now)
    store = TrackerStore(engine, outbox, clock=clocks.now)
    windows_queries = WindowQueries(engine)
    numbers = itertools.count(1)
    woken: list[bool] = []
    tasks = TaskSet()
    controller = TrackerController(
        store=store,
        windows=windows_queries,
        worker=worker,
        tasks=tasks,
        monotonic=clocks.monotonic,
        wall=clocks.now,
        wake_outbox=lambda: woken.append(True),
        new_id=lambda: f"entry-{next(numbers)}",
        heartbeat_seconds=3600,
    )
    try:
        yield TrackerRig(
            engine=engine,
            worker=worker,
            tasks=tasks,
            clocks=clocks,
            outbox=outbox,
            store=store,
            windows=windows_queries,
            cache=CaseCache(engine),
            controller=controller,
            woken=woken,
        )
    finally:
        worker.close()
        engine.dispose()
