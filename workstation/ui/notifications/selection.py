"""Picks where notifications appear: the tray's balloons where a tray shows them, else the
desktop's notification server over D-Bus, else nowhere (and the app says so)."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QSystemTrayIcon

from workstation.ui.notifications.backends import NotificationBackend, TrayBalloons
from workstation.ui.notifications.desktop_server import (
    DesktopNotificationServer,
    NotificationServerUnavailable,
)
from workstation.ui.notifications.notifier import Notifier

logger = logging.getLogger(__name__)
APP_NAME = "Expert Workstation"


def tray_shows_messages(tray: QSystemTrayIcon | None) -> bool:
    return (
        tray is not None
        and QSystemTrayIcon.isSystemTrayAvailable()
        and QSystemTrayIcon.supportsMessages()
    )


async def connect_backend(
    notifier: Notifier,
    tray: QSystemTrayIcon | None,
    *,
    bus_address: str = "SESSION",
) -> NotificationBackend | None:
    """Give ``notifier`` its backend and return it; None when nothing can show them.
    Close a returned ``DesktopNotificationServer`` with ``aclose()`` at shutdown."""
    if tray is not None and tray_shows_messages(tray):
        backend: NotificationBackend = TrayBalloons(tray, notifier.activate)
    elif sys.platform.startswith("linux"):
        server = DesktopNotificationServer(APP_NAME, notifier.activate, bus_address=bus_address)
        try:
            await server.start()
        except NotificationServerUnavailable as error:
            logger.warning("No desktop notifications: %s", error)
            return None
        backend = server
    else:
        return None
    notifier.use_backend(backend)
    return backend
