"""Time per case: the case open in the pane gets the tracked time while the app is in use
(its window active and the expert not away), and the case header shows the total.

The total is what the cache holds for the case (``TrackerStore.case_seconds``, read on the
worker when the case or the recorded entries change) plus the running stretch's share,
added each second from memory.
"""

from __future__ import annotations

import asyncio
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from workstation.store.tracker import TrackerStore
from workstation.store.worker import DbWorker
from workstation.ui.case.pane import CasePane
from workstation.ui.tasks import TaskSet
from workstation.ui.tracking.controller import TrackerController
from workstation.ui.tracking.idle_monitor import IdleMonitor
from workstation.ui.tracking.texts import elapsed_text

translate = QCoreApplication.translate

TICK_MS: Final = 1_000


class CaseTime(QObject):
    def __init__(
        self,
        controller: TrackerController,
        pane: CasePane,
        *,
        store: TrackerStore,
        worker: DbWorker,
        tasks: TaskSet,
        idle: IdleMonitor | None,
        app_active: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._pane = pane
        self._store = store
        self._worker = worker
        self._tasks = tasks
        self._idle = idle
        self._case_id: int | None = None
        self._stored: dict[int, int] = {}
        # Between clocking out and re-reading the stored part, the running part is already
        # gone: the total shown only falls back after a fresh read, so it never dips.
        self._last_total: dict[int, int] = {}
        self._load_task: asyncio.Task[None] | None = None
        self._active = (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
            if app_active is None
            else app_active
        )
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        if idle is not None:
            idle.wentIdle.connect(self._update_in_use)
            idle.returned.connect(lambda _since: self._update_in_use())
        controller.recorded.connect(self._reload)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._update_in_use()
        self.refresh()

    @property
    def label(self) -> QLabel:
        return self._pane.header.time_spent

    def set_app_active(self, active: bool) -> None:
        self._active = active
        self._update_in_use()

    def seconds(self, case_id: int) -> int | None:
        """The case's total, or None until its recorded part has been read."""
        stored = self._stored.get(case_id)
        if stored is None:
            return None
        total = max(
            stored + self._controller.running_case_seconds(case_id),
            self._last_total.get(case_id, 0),
        )
        self._last_total[case_id] = total
        return total

    def refresh(self) -> None:
        """Follow the pane's case and show its time (once a second)."""
        case_id = self._pane.case_id
        if case_id != self._case_id:
            self._case_id = case_id
            self._controller.open_case(case_id)
            self._reload()
        seconds = self.seconds(case_id) if case_id is not None else None
        self.label.setText(
            ""
            if seconds is None
            else translate("CaseTime", "Your time: {elapsed}").format(elapsed=elapsed_text(seconds))
        )

    def _reload(self) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        if self._load_task is not None:
            self._load_task.cancel()
        self._load_task = self._tasks.spawn(self._load(case_id), name="case-time")

    async def _load(self, case_id: int) -> None:
        self._stored[case_id] = await self._worker.run(self._store.case_seconds, case_id)
        self._last_total.pop(case_id, None)
        self.refresh()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        self.set_app_active(state == Qt.ApplicationState.ApplicationActive)

    def _update_in_use(self) -> None:
        away = self._idle is not None and self._idle.idle
        self._controller.set_in_use(self._active and not away)
