"""Assembles the time tracker into the running app: controller, bar and menu, tray,
idle detection, time per case, crash recovery at start, reminders and warnings."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from workstation.domain.tracking import Clock
from workstation.store.cache import CaseCache
from workstation.store.tracker import TrackerStore
from workstation.store.windows import WindowQueries
from workstation.store.worker import DbWorker
from workstation.ui.case.actions import ShortcutEntry
from workstation.ui.main_window import MainWindow
from workstation.ui.realtime import Realtime
from workstation.ui.settings.settings import Settings
from workstation.ui.tasks import TaskSet
from workstation.ui.tracking.bar import TrackerBar
from workstation.ui.tracking.case_time import CaseTime
from workstation.ui.tracking.controller import HEARTBEAT_PERIOD_S, TrackerController
from workstation.ui.tracking.idle import IdleSource, choose_idle_source
from workstation.ui.tracking.idle_monitor import POLL_MS, IdleMonitor
from workstation.ui.tracking.prompts import IdlePrompt, RecoveryPrompt
from workstation.ui.tracking.reminders import CHECK_MS, TrackerReminders
from workstation.ui.tracking.texts import unpaid_text

translate = QCoreApplication.translate

_UNPAID_MESSAGE_MS: Final = 15_000
_WARNING_MESSAGE_MS: Final = 15_000

IdleSourceFactory = Callable[[QApplication, Clock], Awaitable[IdleSource]]


async def system_idle_source(app: QApplication, monotonic: Clock) -> IdleSource:
    return await choose_idle_source(app, monotonic=monotonic)


@dataclass(frozen=True, slots=True)
class TrackingEnvironment:
    """What tests replace: the clocks' pace, the idle source, the timers' periods.
    ``app_active`` fixes whether the app counts as in the foreground (None: ask Qt)."""

    monotonic: Clock = time.monotonic
    idle_source: IdleSourceFactory = system_idle_source
    app_active: bool | None = None
    heartbeat_seconds: float = HEARTBEAT_PERIOD_S
    idle_poll_ms: int = POLL_MS
    reminder_check_ms: int = CHECK_MS


class Tracking(QObject):
    """The tracker's parts in the running app; public for tests."""

    def __init__(
        self,
        *,
        window: MainWindow,
        realtime: Realtime,
        engine: Engine,
        store: TrackerStore,
        cache: CaseCache,
        worker: DbWorker,
        tasks: TaskSet,
        settings: Settings,
        wall: Clock,
        wake_outbox: Callable[[], None],
        idle_source: IdleSource,
        environment: TrackingEnvironment,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._realtime = realtime
        self._tasks = tasks
        self._wall = wall
        self._monotonic = environment.monotonic
        self.store = store
        windows = WindowQueries(engine)
        self.controller = TrackerController(
            store=self.store,
            windows=windows,
            worker=worker,
            tasks=tasks,
            monotonic=environment.monotonic,
            wall=wall,
            wake_outbox=wake_outbox,
            heartbeat_seconds=environment.heartbeat_seconds,
            parent=self,
        )
        self.bar = TrackerBar(self.controller)
        window.addToolBar(self.bar)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.bar.menu)
        self.idle = IdleMonitor(
            idle_source,
            threshold_seconds=lambda: settings.idle_minutes * 60.0,
            monotonic=environment.monotonic,
            tasks=tasks,
            poll_ms=environment.idle_poll_ms,
            parent=self,
        )
        self.case_time = CaseTime(
            self.controller,
            window.case_pane,
            store=self.store,
            worker=worker,
            tasks=tasks,
            idle=self.idle,
            app_active=environment.app_active,
            parent=self,
        )
        self.reminders = TrackerReminders(
            self.controller,
            store=self.store,
            windows=windows,
            cache=cache,
            worker=worker,
            tasks=tasks,
            center=lambda: realtime.center,
            warnings_enabled=lambda: settings.working_time_warnings,
            wall=wall,
            check_ms=environment.reminder_check_ms,
            parent=self,
        )
        self.idle_prompt = IdlePrompt(
            self.controller,
            self.idle,
            dialog_parent=window,
            monotonic=environment.monotonic,
            tasks=tasks,
            parent=self,
        )
        self.recovery = RecoveryPrompt(
            self.controller, dialog_parent=window, tasks=tasks, parent=self
        )

        self.controller.stateChanged.connect(self._on_state_changed)
        self.controller.unpaidWarning.connect(
            lambda: window.status.showMessage(unpaid_text(), _UNPAID_MESSAGE_MS)
        )
        self.controller.problem.connect(window.show_problem_message)
        self.reminders.warningsChanged.connect(self._on_warnings)
        window.case.changed.connect(lambda _cases: self.reminders.note_case_work())
        realtime.upcoming_windows = self.reminders.booked_windows
        if realtime.tray is not None:
            realtime.tray.clock_toggle_requested.connect(self.controller.toggle_clock)
        window.extra_shortcut_entries.append(self._shortcut_entries)
        self._on_state_changed()

    async def start(self) -> None:
        unconfirmed = await self.controller.start()
        self.idle.start()
        self.reminders.start()
        self.bar.refresh()
        self.recovery.ask(unconfirmed)

    async def aclose(self) -> None:
        self.reminders.stop()
        self.recovery.cancel()
        await self.idle.aclose()
        await self.controller.close()

    # -- the rest of the app ---------------------------------------------------------------

    def _on_state_changed(self) -> None:
        clocked_in = self.controller.clocked_in
        self._realtime.set_on_shift(clocked_in)
        if self._realtime.tray is not None:
            self._realtime.tray.enable_clock(clocked_in)
        if clocked_in:
            self.reminders.check_soon()

    def _on_warnings(self, texts: list[str]) -> None:
        if texts != self.bar.warnings and texts:
            self._window.status.showMessage(texts[-1], _WARNING_MESSAGE_MS)
        self.bar.show_warnings(texts)

    def _shortcut_entries(self) -> list[ShortcutEntry]:
        def keys(action: QAction) -> str:
            return action.shortcut().toString()

        return [
            ShortcutEntry(keys(self.bar.clock_action), translate("Tracker", "Clock in or out")),
            ShortcutEntry(keys(self.bar.pause_action), translate("Tracker", "Pause or resume")),
        ]


async def start_tracking(
    *,
    window: MainWindow,
    realtime: Realtime,
    engine: Engine,
    store: TrackerStore,
    cache: CaseCache,
    worker: DbWorker,
    tasks: TaskSet,
    settings: Settings,
    wall: Clock,
    wake_outbox: Callable[[], None],
    environment: TrackingEnvironment,
) -> Tracking:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    tracking = Tracking(
        window=window,
        realtime=realtime,
        engine=engine,
        store=store,
        cache=cache,
        worker=worker,
        tasks=tasks,
        settings=settings,
        wall=wall,
        wake_outbox=wake_outbox,
        idle_source=await environment.idle_source(app, environment.monotonic),
        environment=environment,
    )
    await tracking.start()
    return tracking
