"""Real-time wiring: the hub's event stream, the tray icon and desktop notifications.

`Realtime` owns the parts that make the app useful while it sits in the tray: an
`EventListener` that turns pushed hints into immediate incremental syncs, the `TrayIcon`
(where the desktop has a tray) and a `NotificationCenter` that announces what each sync
brought. Start it once the main window shows; `aclose()` it before the app's tasks close.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Collection, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon
from sqlalchemy import select

from workstation.domain.notifications import (
    BookedWindow,
    CaseFacts,
    Notification,
    NotificationPreferences,
    PrivacyLevel,
    Situation,
)
from workstation.store.cache import CaseCache
from workstation.store.schema import cases
from workstation.store.worker import DbWorker
from workstation.sync.engine import SyncResult
from workstation.sync.events import EventListener, HubEvent, ListenerState
from workstation.sync.session import Session
from workstation.ui.desktop.single_instance import bring_to_front
from workstation.ui.icons import IconLibrary
from workstation.ui.main_window import MainWindow
from workstation.ui.notifications.backends import NotificationBackend
from workstation.ui.notifications.center import NotificationCenter, load_case_facts
from workstation.ui.notifications.desktop_server import DesktopNotificationServer
from workstation.ui.notifications.notifier import Notifier
from workstation.ui.notifications.selection import connect_backend
from workstation.ui.schedule.booked_now import BookedWindowsWatch
from workstation.ui.settings.settings import Settings
from workstation.ui.sync_controller import SyncController
from workstation.ui.tasks import TaskSet
from workstation.ui.tray.badge import TrayState
from workstation.ui.tray.close_to_tray import CloseToTray
from workstation.ui.tray.tray_icon import TrayIcon

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

# While the stream pushes every change, the periodic sync is only a safety net.
SAFETY_NET_SYNC_SECONDS = 300.0
DEADLINE_CHECK_MS = 30_000

BackendConnector = Callable[
    [Notifier, QSystemTrayIcon | None], Awaitable[NotificationBackend | None]
]
ListenerFactory = Callable[..., EventListener]


def notifications_unavailable_notice() -> str:
    return translate(
        "Realtime",
        "Desktop notifications are not available on this system; new cases appear only "
        "in the list.",
    )


def cached_case_ids(cache: CaseCache) -> list[int]:
    """Every case id in the cache; run it on the database worker."""
    with cache.engine.connect() as connection:
        return list(connection.execute(select(cases.c.id)).scalars())


def my_open_case_ids(cache: CaseCache) -> list[int]:
    """The expert's cases that can still miss a deadline; run it on the database worker."""
    query = select(cases.c.id).where(
        cases.c.assigned_to_me == 1, cases.c.status.in_(("open", "waiting"))
    )
    with cache.engine.connect() as connection:
        return list(connection.execute(query).scalars())


class Realtime(QObject):
    def __init__(
        self,
        *,
        icons: IconLibrary,
        settings: Settings,
        tasks: TaskSet,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        connect_notifications: BackendConnector = connect_backend,
        listener_factory: ListenerFactory = EventListener,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._icons = icons
        self._settings = settings
        self._tasks = tasks
        self._tray_available = tray_available
        self._connect_notifications = connect_notifications
        self._listener_factory = listener_factory
        # Public so that tests and the settings can reach them.
        self.tray: TrayIcon | None = None
        self.notifier = Notifier(sound_enabled=lambda: self._settings.notification_sound)
        self.center: NotificationCenter | None = None
        self.listener: EventListener | None = None
        self._backend: NotificationBackend | None = None
        self._window: MainWindow | None = None
        self._sync: SyncController | None = None
        self._worker: DbWorker | None = None
        self._cache: CaseCache | None = None
        self._paused_until: datetime | None = None
        # While the app is locked, notifications say only how many (privacy level COUNT).
        self.locked = False
        self._primed = False
        # The center's ledger is replaced after each await: one step at a time, or two
        # overlapping syncs could announce the same case twice.
        self._center_lock = asyncio.Lock()
        self._unread: set[int] = set()
        # The booked shift windows, for "quiet outside my booked windows".
        self.booked_windows: BookedWindowsWatch | None = None
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setInterval(DEADLINE_CHECK_MS)
        self._deadline_timer.timeout.connect(self._check_deadlines_soon)
        # Set by the time tracker: the booked windows about to start, and whether the
        # expert is clocked in (the tray's on/off shift).
        self.upcoming_windows: Callable[[], Awaitable[list[BookedWindow]]] | None = None
        self._on_shift = False
        self._online = False

    @property
    def paused_until(self) -> datetime | None:
        return self._paused_until

    @property
    def unread_case_ids(self) -> frozenset[int]:
        return frozenset(self._unread)

    # Start-up ------------------------------------------------------------------------------

    def show_tray(self, quit_app: Callable[[], None]) -> None:
        """The tray icon, where the desktop has a tray; before the main window exists, so
        that the app can be quit from the tray at any time."""
        if not self._tray_available():
            return
        tray = TrayIcon(self._icons.app(), parent=self)
        tray.open_requested.connect(self._show_window)
        tray.quit_requested.connect(quit_app)
        tray.pause_requested.connect(self._pause)
        tray.resume_requested.connect(self._resume)
        tray.set_state(TrayState.OFFLINE)
        tray.show()
        self.tray = tray

    async def start(
        self,
        *,
        window: MainWindow,
        session: Session,
        sync: SyncController,
        worker: DbWorker,
        cache: CaseCache,
    ) -> None:
        self._window, self._sync, self._worker, self._cache = window, sync, worker, cache
        if self.tray is not None:
            CloseToTray(
                window,
                self.tray,
                enabled=lambda: self._settings.close_to_tray,
                store=self._settings.store,
                tray_available=self._tray_available,
            )
        self.notifier.case_requested.connect(self._open_case)
        window.inbox.caseActivated.connect(self._case_seen)
        window.search_results.caseActivated.connect(self._case_seen)
        self.notifier.inbox_requested.connect(self._show_window)
        self._backend = await self._connect_notifications(self.notifier, self.tray)
        if self._backend is None:
            window.show_problem_message(notifications_unavailable_notice())

        async def load_facts(case_ids: Sequence[int]) -> list[CaseFacts]:
            return await worker.run(load_case_facts, cache, case_ids)

        self.center = NotificationCenter(
            load_facts,
            self.notifier,
            preferences=self._preferences,
            situation=self._situation,
        )
        self.booked_windows = BookedWindowsWatch(cache.engine, worker, self._tasks, parent=self)
        self.booked_windows.refresh_soon()
        sync.syncCompleted.connect(self._on_sync_completed)
        self.listener = self._listener_factory(
            session, self._on_events, self._on_state, poll=self._poll
        )
        self.listener.start()
        self._deadline_timer.start()

    def replace_session(self, session: Session) -> None:
        """After a new login: reconnect the stream with the new session."""
        self._tasks.spawn(self._restart_listener(session), name="restart-event-stream")

    async def _restart_listener(self, session: Session) -> None:
        previous = self.listener
        self.listener = self._listener_factory(
            session, self._on_events, self._on_state, poll=self._poll
        )
        if previous is not None:
            await previous.aclose()
        self.listener.start()

    # Shutdown ------------------------------------------------------------------------------

    async def aclose(self) -> None:
        self._deadline_timer.stop()
        if self.booked_windows is not None:
            self.booked_windows.stop()
        if self.listener is not None:
            await self.listener.aclose()
            self.listener = None
        if isinstance(self._backend, DesktopNotificationServer):
            await self._backend.aclose()
        self._backend = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    # Event stream --------------------------------------------------------------------------

    async def _on_events(self, _events: Sequence[HubEvent]) -> None:
        # Events are only hints: the incremental sync stays the single source of truth.
        if self._sync is not None:
            self._sync.sync_now()

    async def _poll(self) -> None:
        if self._sync is not None:
            self._sync.sync_now()

    def _on_state(self, state: ListenerState) -> None:
        if self._sync is not None:
            if state is ListenerState.CONNECTED:
                self._sync.set_interval(SAFETY_NET_SYNC_SECONDS)
            else:
                self._sync.set_interval(self._sync.default_interval)
            if state in (ListenerState.CONNECTED, ListenerState.POLLING):
                self._sync.report_online(True)
            elif state is ListenerState.DISCONNECTED:
                self._sync.report_online(False)
            elif state is ListenerState.SESSION_EXPIRED:
                # The sync meets the same refusal and asks the user to log in again.
                self._sync.sync_now()
        self._online = state in (ListenerState.CONNECTED, ListenerState.POLLING)
        self._show_shift_state()

    def set_on_shift(self, on_shift: bool) -> None:
        """The time tracker reports clocking in and out."""
        self._on_shift = on_shift
        self._show_shift_state()

    def _show_shift_state(self) -> None:
        if self.tray is None:
            return
        if not self._online:
            self.tray.set_state(TrayState.OFFLINE)
        else:
            self.tray.set_state(TrayState.ON_SHIFT if self._on_shift else TrayState.OFF_SHIFT)

    # Notifications -------------------------------------------------------------------------

    def _preferences(self) -> NotificationPreferences:
        return NotificationPreferences(
            privacy=PrivacyLevel(self._settings.notification_privacy.value),
            quiet_outside_windows=self._settings.quiet_outside_windows,
            paused_until=self._paused_until,
        )

    def set_locked(self, locked: bool) -> None:
        self.locked = locked

    def _situation(self) -> Situation:
        now = datetime.now(UTC)
        inside = self.booked_windows is None or self.booked_windows.in_booked_window(
            now.timestamp()
        )
        return Situation(now=now, in_booked_window=inside, locked=self.locked)

    def _on_sync_completed(self, result: SyncResult) -> None:
        self._tasks.spawn(self._announce(result), name="announce-sync")

    async def _announce(self, result: SyncResult) -> None:
        if self.center is None or self._worker is None or self._cache is None:
            return
        if self.booked_windows is not None:
            # The same sync may have brought a booking: judge "quiet" by the newest state.
            await self.booked_windows.refresh()
        async with self._center_lock:
            if not self._primed:
                # What the first sync of this run found is not news: remember it silently.
                await self.center.prime(await self._worker.run(cached_case_ids, self._cache))
                self._primed = True
                return
            shown = await self.center.after_sync(result)
        self._count_unread(shown, result.removed_case_ids)

    def check_deadlines_now(self) -> None:
        """Check answers, claims and windows due soon now rather than at the next tick."""
        self._check_deadlines_soon()

    def _check_deadlines_soon(self) -> None:
        self._tasks.spawn(self._check_deadlines(), name="check-deadlines")

    async def _check_deadlines(self) -> None:
        if self.center is None or self._worker is None or self._cache is None:
            return
        async with self._center_lock:
            if not self._primed:
                return
            mine = await self._worker.run(my_open_case_ids, self._cache)
            windows = await self.upcoming_windows() if self.upcoming_windows is not None else []
            shown = await self.center.check_deadlines(mine, windows)
        self._count_unread(shown, ())

    def _count_unread(self, shown: Sequence[Notification], removed: Collection[int]) -> None:
        self._unread.update(n.case_id for n in shown if n.case_id is not None)
        self._unread.difference_update(removed)
        if self._window is not None and self._window.case_pane.case_id is not None:
            self._unread.discard(self._window.case_pane.case_id)
        self._show_unread()

    def _show_unread(self) -> None:
        if self.tray is not None:
            self.tray.set_unread(len(self._unread))

    # Tray and clicks -----------------------------------------------------------------------

    def _show_window(self) -> None:
        if self._window is not None:
            bring_to_front(self._window)

    def _open_case(self, case_id: int) -> None:
        if self._window is None:
            return
        self._show_window()
        self._window.open_case(case_id)
        self._case_seen(case_id)

    def _case_seen(self, case_id: int) -> None:
        self._unread.discard(case_id)
        self._show_unread()

    def _pause(self, until: datetime) -> None:
        self._paused_until = until
        if self.tray is not None:
            self.tray.set_paused_until(until)

    def _resume(self) -> None:
        self._paused_until = None
        if self.tray is not None:
            self.tray.set_paused_until(None)
