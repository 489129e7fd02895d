"""Where notifications appear: the tray icon's balloon, or the desktop's notification
server (``org.freedesktop.Notifications``) where there is no tray."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QSystemTrayIcon

Activated = Callable[[int | None], None]
"""Called with the case id of a clicked notification (None: a summary, open the inbox)."""

MESSAGE_DURATION_MS = 10_000


class NotificationBackend(Protocol):
    def show(self, summary: str, body: str, case_id: int | None, urgent: bool) -> None: ...


class TrayBalloons:
    """``QSystemTrayIcon.showMessage``. The tray shows one balloon at a time and its click
    carries no id, so a click opens the case of the balloon shown last."""

    def __init__(self, tray: QSystemTrayIcon, on_activated: Activated) -> None:
        self._tray = tray
        self._on_activated = on_activated
        self._shown_case: int | None = None
        tray.messageClicked.connect(self._clicked)

    def show(self, summary: str, body: str, case_id: int | None, urgent: bool) -> None:
        self._shown_case = case_id
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if urgent
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._tray.showMessage(summary, body, icon, MESSAGE_DURATION_MS)

    def _clicked(self) -> None:
        self._on_activated(self._shown_case)
