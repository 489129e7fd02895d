"""A thin Qt adapter over the Qt-free `SyncEngine`: it runs the sync loop and only adds Signals.

One long-lived task syncs at start, then every `interval` seconds and whenever the user asks
(F5). A request during a running sync is remembered and served right after it. Losing the
hub flips the app to offline; it keeps showing the cache and the next successful sync flips
it back.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from workstation.domain.changes import ProtocolError
from workstation.sync.client import HubError, HubUnreachable, ServerError, SessionExpired
from workstation.sync.engine import SyncEngine, SyncProgress
from workstation.ui.tasks import TaskSet

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 30.0
# After hub-side failures (5xx, malformed answers) the pause doubles up to this cap, so a
# struggling hub is not hammered by every workstation at once.
MAX_BACKOFF_SECONDS = 300.0


class SyncController(QObject):
    syncStarted = Signal()
    # received, remaining (None when the hub does not say)
    syncProgress = Signal(int, object)
    syncFinished = Signal(object, object)
    # The whole SyncResult, for listeners that need more than the changed ids.
    syncCompleted = Signal(object)
    syncFailed = Signal(str)
    onlineChanged = Signal(bool)
    sessionExpired = Signal()

    def __init__(
        self,
        engine: SyncEngine,
        tasks: TaskSet,
        *,
        interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._tasks = tasks
        self._interval = interval_seconds
        self._default_interval = interval_seconds
        self._wake = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._online: bool | None = None
        self._syncing = False
        self._failures_in_a_row = 0

    @property
    def online(self) -> bool | None:
        """None until the first sync attempt has ended."""
        return self._online

    @property
    def syncing(self) -> bool:
        return self._syncing

    @property
    def running(self) -> bool:
        return self._loop_task is not None and not self._loop_task.done()

    def start(self) -> None:
        """Sync now and then periodically, until `stop()`."""
        if self.running:
            return
        self._loop_task = self._tasks.spawn(self._sync_loop(), name="sync-loop")

    def replace_engine(self, engine: SyncEngine) -> None:
        """Continue with a new engine, e.g. after the user logged in again."""
        self._engine = engine

    @property
    def default_interval(self) -> float:
        """The interval the controller was made with."""
        return self._default_interval

    def set_interval(self, seconds: float) -> None:
        """Sync this often from the next pause on, e.g. rarely while pushes arrive."""
        self._interval = seconds

    def report_online(self, online: bool) -> None:
        """Another source (the event stream) learned whether the hub is reachable."""
        self._set_online(online)

    def sync_now(self) -> None:
        self._wake.set()
        self.start()

    async def stop(self) -> None:
        task, self._loop_task = self._loop_task, None
        if task is None or task.done():
            return
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            if not task.cancelled():
                raise
        self._syncing = False

    async def _sync_loop(self) -> None:
        while True:
            self._wake.clear()
            keep_going = await self._sync_once()
            if not keep_going:
                return
            try:
                async with asyncio.timeout(self._pause()):
                    await self._wake.wait()
            except TimeoutError:
                pass

    def _pause(self) -> float:
        if self._failures_in_a_row == 0:
            return self._interval
        return min(self._interval * 2 ** (self._failures_in_a_row - 1), MAX_BACKOFF_SECONDS)

    async def _sync_once(self) -> bool:
        """One sync; False when syncing cannot continue without the user (a new login)."""
        self._syncing = True
        self.syncStarted.emit()
        try:
            result = await self._engine.sync(self._report_progress)
        except HubUnreachable:
            logger.info("Sync: hub unreachable")
            self._failures_in_a_row = 0
            self._set_online(False)
            self.syncFailed.emit(
                translate("SyncController", "The hub cannot be reached. Showing your saved cases.")
            )
            return True
        except SessionExpired:
            logger.info("Sync: session expired")
            self.syncFailed.emit(
                translate("SyncController", "Your session has ended. Please log in again.")
            )
            self.sessionExpired.emit()
            return False
        except (ServerError, ProtocolError) as error:
            logger.warning("Sync failed: %s", type(error).__name__)
            self._failures_in_a_row += 1
            self._set_online(True)
            self.syncFailed.emit(
                translate(
                    "SyncController",
                    "The hub has a problem right now; syncing again in a few minutes.",
                )
            )
            return True
        except HubError as error:
            logger.warning("Sync failed: %s", type(error).__name__)
            self._failures_in_a_row += 1
            self.syncFailed.emit(
                translate("SyncController", "Syncing failed; trying again shortly.")
            )
            return True
        except Exception as error:
            # A bug, not a hub problem: report it, and keep the loop alive with back-off so
            # that one bad page does not silently end syncing for the rest of the day.
            self._failures_in_a_row += 1
            asyncio.get_running_loop().call_exception_handler(
                {"message": "Sync failed unexpectedly", "exception": error}
            )
            self.syncFailed.emit(
                translate("SyncController", "Syncing failed; trying again shortly.")
            )
            return True
        finally:
            self._syncing = False
        self._failures_in_a_row = 0
        self._set_online(True)
        self.syncFinished.emit(result.changed_case_ids, result.removed_case_ids)
        self.syncCompleted.emit(result)
        return True

    def _report_progress(self, progress: SyncProgress) -> None:
        self.syncProgress.emit(progress.received, progress.remaining)

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.onlineChanged.emit(online)
