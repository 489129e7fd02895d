"""The Schedule space over a real hub: an outbox rig (cache, outbox, sender, sync) with the
page built on it, and helpers to create windows at the hub and pick them in the grid."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QLocale
from sqlalchemy import delete, select

from hub import admin
from hub.clock import utc_now
from hub.schema import experts, window_bookings, windows
from hub.windows import NewWindow
from tests.support.hub_server import RunningHub
from tests.sync.helpers import OutboxRig, outbox_rig
from tests.ui.conftest import wait_until
from workstation.store.tracker import TrackerStore
from workstation.store.windows import WindowQueries
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.schedule.page import SchedulePage
from workstation.ui.schedule.save_path import SavePathChooser, ask_save_path
from workstation.ui.schedule.week import week_containing
from workstation.ui.tasks import TaskSet
from workstation.ui.timesheet.panel import TimesheetPanel

ACCOUNTING = 1
T = TypeVar("T")
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def hub_window(
    hub: RunningHub,
    start: datetime,
    *,
    hours: int = 2,
    capacity: int = 2,
    cutoff_minutes: int = 60,
    skills: tuple[tuple[str, str], ...] = (),
    rate_cents: int = 2650,
) -> int:
    return admin.create_window(
        hub.engine,
        NewWindow(
            client_id=ACCOUNTING,
            starts_at=start,
            ends_at=start + timedelta(hours=hours),
            hourly_rate_cents=rate_cents,
            capacity=capacity,
            cutoff_minutes=cutoff_minutes,
            required_skills=skills,
        ),
    )


@dataclass
class ScheduleRig:
    outbox: OutboxRig
    controller: OutboxController
    tasks: TaskSet
    page: SchedulePage
    tracker: TrackerStore

    async def close(self) -> None:
        self.page.close()
        await self.tasks.close()
        await self.outbox.close()

    async def show_window(self, window_id: int) -> None:
        """Show the week of the window (as the cache has it) and select it."""
        window = await self.in_cache(WindowQueries(self.outbox.rig.engine).window, window_id)
        assert window is not None, f"window {window_id} is not cached"
        self.page.show_week(week_containing(window.starts_at, ENGLISH))
        await wait_until(lambda: any(w.id == window_id for w in self.page.grid.windows))
        self.page.grid.select(window_id)

    async def in_cache(self, fn: Callable[..., T], *args: Any) -> T:
        """Read or write the cache as the app does: on the database worker (its one
        connection must not be used from two threads)."""
        return await self.outbox.rig.worker.run(fn, *args)

    async def send(self) -> None:
        """Deliver what the page queued; the sender syncs afterwards."""
        await wait_until(lambda: bool(self.page.booking.pending))
        await self.outbox.outbox.send_now()


async def schedule_rig(
    hub: RunningHub,
    *,
    clock: Callable[[], float],
    with_timesheet: bool = False,
    choose_save_path: SavePathChooser | None = None,
) -> ScheduleRig:
    outbox = await outbox_rig(hub.url)
    controller = OutboxController(outbox.outbox)
    tasks = TaskSet()
    tracker = TrackerStore(outbox.rig.engine, outbox.store, clock=clock)
    timesheet = (
        TimesheetPanel(
            tracker=tracker,
            engine=outbox.rig.engine,
            worker=outbox.rig.worker,
            outbox=controller,
            tasks=tasks,
            clock=clock,
            choose_save_path=choose_save_path or ask_save_path,
            locale=ENGLISH,
        )
        if with_timesheet
        else None
    )
    page = SchedulePage(
        engine=outbox.rig.engine,
        worker=outbox.rig.worker,
        outbox=controller,
        tasks=tasks,
        uid_domain="hub.test",
        timesheet=timesheet,
        clock=clock,
        locale=ENGLISH,
        choose_save_path=choose_save_path or ask_save_path,
    )
    page.resize(1200, 800)
    page.show()
    return ScheduleRig(
        outbox=outbox, controller=controller, tasks=tasks, page=page, tracker=tracker
    )


def put_petra_on_shift(hub: RunningHub) -> int:
    """A window running now, booked by Petra (so notifications are not held back as
    "outside my booked windows")."""
    start = utc_now() - timedelta(hours=1)
    window_id = hub_window(hub, start, hours=4)
    admin.book_expert(hub.engine, "petra", window_id)
    return window_id


def take_petra_off_shift(hub: RunningHub) -> None:
    """Cancel any booking of Petra's that covers now (the demo books some evenings)."""
    now = utc_now()
    with hub.engine.begin() as conn:
        running = select(windows.c.id).where(windows.c.starts_at <= now, windows.c.ends_at > now)
        conn.execute(
            delete(window_bookings).where(
                window_bookings.c.window_id.in_(running),
                window_bookings.c.expert_id
                == select(experts.c.id).where(experts.c.username == "petra").scalar_subquery(),
            )
        )
