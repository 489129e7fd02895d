"""The tracker's questions to the expert, asked without blocking the event loop: what to
do with time spent away (on return from idle), and whether entries recovered after a
crash are right (at start)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from workstation.domain.tracking import Clock, TrackerState
from workstation.store.tracker import StoredEntry
from workstation.ui.async_dialog import run_dialog
from workstation.ui.tasks import TaskSet
from workstation.ui.tracking.controller import TrackerController
from workstation.ui.tracking.dialogs import IdleDialog, RecoveryChoice, RecoveryDialog
from workstation.ui.tracking.idle_monitor import IdleMonitor


class IdlePrompt(QObject):
    """On return from idle while working: keep, discard or book the time away as break."""

    def __init__(
        self,
        controller: TrackerController,
        monitor: IdleMonitor,
        *,
        dialog_parent: QWidget,
        monotonic: Clock,
        tasks: TaskSet,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._dialog_parent = dialog_parent
        self._monotonic = monotonic
        self._tasks = tasks
        self.dialog: IdleDialog | None = None
        monitor.returned.connect(self._on_returned)

    def _on_returned(self, idle_since: float) -> None:
        if self._controller.state is TrackerState.WORKING and self.dialog is None:
            self._tasks.spawn(self._ask(idle_since), name="tracker-idle")

    async def _ask(self, idle_since: float) -> None:
        tracker = self._controller.tracker
        dialog = IdleDialog(
            round(tracker.wall_time(idle_since)),
            round(tracker.wall_time()),
            parent=self._dialog_parent,
        )
        self.dialog = dialog
        try:
            await run_dialog(dialog)
        finally:
            self.dialog = None
            dialog.deleteLater()
        # Everything from going away until the choice: the seconds spent reading the
        # question belong to the time away.
        self._controller.resolve_idle(self._monotonic() - idle_since, dialog.choice)


class RecoveryPrompt(QObject):
    """One dialog per recovered entry: confirm (the end possibly moved earlier), discard,
    or close it and be asked again at the next start."""

    def __init__(
        self,
        controller: TrackerController,
        *,
        dialog_parent: QWidget,
        tasks: TaskSet,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._dialog_parent = dialog_parent
        self._tasks = tasks
        self.dialog: RecoveryDialog | None = None
        self._task: asyncio.Task[None] | None = None

    def ask(self, entries: list[StoredEntry]) -> None:
        if entries:
            self._task = self._tasks.spawn(self._ask(entries), name="tracker-recovery")

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _ask(self, entries: list[StoredEntry]) -> None:
        for entry in entries:
            dialog = RecoveryDialog(entry, parent=self._dialog_parent)
            self.dialog = dialog
            try:
                result = await run_dialog(dialog)
            finally:
                self.dialog = None
                dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                continue
            if dialog.choice is RecoveryChoice.DISCARD:
                await self._controller.discard_recovered(entry.id)
            else:
                end = dialog.ends_at
                await self._controller.confirm_recovered(
                    entry.id, end if end < entry.ends_at else None
                )
