"""Notifications in UI tests go to a recorder, never to the desktop.

The app's default backend connector talks to ``org.freedesktop.Notifications`` on the
session bus when there is no tray (as under the offscreen platform); on a developer's
machine that would pop up real notifications, and under CI it would D-Bus-activate a
notification daemon such as dunst without an X display. Every UI test's app therefore
gets ``recording_connector()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QSystemTrayIcon

from workstation.ui.notifications.backends import NotificationBackend
from workstation.ui.notifications.notifier import Notifier
from workstation.ui.realtime import BackendConnector


@dataclass
class ShownNotifications:
    """A notification backend that keeps what it was asked to show, as a desktop would."""

    shown: list[tuple[str, str, int | None, bool]] = field(default_factory=list)

    def show(self, summary: str, body: str, case_id: int | None, urgent: bool) -> None:
        self.shown.append((summary, body, case_id, urgent))


def recording_connector(desktop: ShownNotifications | None = None) -> BackendConnector:
    """A connector that hands the notifier ``desktop`` (a fresh recorder by default)."""
    recorder = desktop if desktop is not None else ShownNotifications()

    async def connect(notifier: Notifier, _tray: QSystemTrayIcon | None) -> NotificationBackend:
        notifier.use_backend(recorder)
        return recorder

    return connect
