"""``Notifier``: shows the domain's notifications on a backend and reports clicks."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from workstation.domain.notifications import Notification
from workstation.ui.notifications.backends import NotificationBackend
from workstation.ui.notifications.wording import body_text, summary_text


class Notifier(QObject):
    """``case_requested(case_id)`` when a notification of one case is clicked;
    ``inbox_requested`` for a click on a summary of several."""

    case_requested = Signal(int)
    inbox_requested = Signal()

    def __init__(
        self,
        *,
        sound_enabled: Callable[[], bool] = lambda: False,
        beep: Callable[[], None] = QApplication.beep,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend: NotificationBackend | None = None
        self._sound_enabled = sound_enabled
        self._beep = beep

    def use_backend(self, backend: NotificationBackend) -> None:
        self._backend = backend

    def activate(self, case_id: int | None) -> None:
        """What a backend calls when the user clicks a notification."""
        if case_id is None:
            self.inbox_requested.emit()
        else:
            self.case_requested.emit(case_id)

    def show(self, notifications: Sequence[Notification]) -> None:
        if self._backend is None or not notifications:
            return
        for notification in notifications:
            self._backend.show(
                summary_text(notification),
                body_text(notification),
                notification.case_id if notification.count == 1 else None,
                notification.urgent,
            )
        # One sound per batch: a burst must not ring ten times.
        if self._sound_enabled():
            self._beep()
