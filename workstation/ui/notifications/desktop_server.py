"""Notifications through the freedesktop notification server over D-Bus.

QtDBus cannot be used for this from Python: PySide6 converts Python integers to signed
32-bit D-Bus values, and ``Notify`` takes an unsigned ``replaces_id`` (signature
``susssasa{sv}i``), so every call is refused. jeepney (pure Python, already present as the
keyring's Secret Service transport) sends correctly typed messages on the asyncio loop
that qasync runs. The connection is opened once; ``ActionInvoked`` signals of our
notifications open their case.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, Final

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.auth import AuthenticationError
from jeepney.io.asyncio import DBusRouter, open_dbus_connection
from jeepney.low_level import MessageType
from PySide6.QtCore import QCoreApplication

from workstation.ui.notifications.backends import Activated

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

SERVICE: Final = "org.freedesktop.Notifications"
OBJECT_PATH: Final = "/org/freedesktop/Notifications"
DEFAULT_ACTION: Final = "default"
_NOTIFICATIONS = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
_URGENCY_NORMAL: Final = 1
_URGENCY_CRITICAL: Final = 2
# Ids are kept after a notification closes (servers can show it again from their history,
# and it stays clickable); only this many of the newest are remembered.
_REMEMBERED: Final = 256


class NotificationServerUnavailable(Exception):
    pass


class DesktopNotificationServer:
    """``Notify`` calls with a default action; clicking one calls ``on_activated``."""

    def __init__(
        self,
        app_name: str,
        on_activated: Activated,
        *,
        bus_address: str = "SESSION",
        desktop_entry: str = "expert-workstation",
        open_label: str | None = None,
        on_shown: Activated | None = None,
    ) -> None:
        """``on_shown`` is called with the case id once the server accepted a notification."""
        self._app_name = app_name
        self._on_activated = on_activated
        self._bus_address = bus_address
        self._desktop_entry = desktop_entry
        # Servers that draw action buttons show this one; most open it on a click anyway.
        self._open_label = open_label or translate("Notifications", "Open case")
        self._on_shown = on_shown
        self._router: DBusRouter | None = None
        self._connection: Any = None
        self._case_by_id: dict[int, int | None] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Connect and subscribe; raises ``NotificationServerUnavailable`` without a bus or
        a notification server on it."""
        try:
            self._connection = await open_dbus_connection(self._bus_address)
        except (OSError, KeyError, ValueError, AuthenticationError) as error:
            raise NotificationServerUnavailable(str(error)) from error
        router = DBusRouter(self._connection)
        await router.__aenter__()
        self._router = router
        invoked = MatchRule(
            type="signal", interface=SERVICE, member="ActionInvoked", path=OBJECT_PATH
        )
        queue: asyncio.Queue[Any] = asyncio.Queue()
        router.filter(invoked, queue=queue, bufsize=0)
        await router.send_and_get_reply(message_bus.AddMatch(invoked))
        reply = await router.send_and_get_reply(
            new_method_call(_NOTIFICATIONS, "GetServerInformation")
        )
        if reply.header.message_type is MessageType.error:
            await self.aclose()
            raise NotificationServerUnavailable("no notification server on the session bus")
        self._spawn(self._listen(queue))

    @property
    def started(self) -> bool:
        return self._router is not None

    def show(self, summary: str, body: str, case_id: int | None, urgent: bool) -> None:
        if self._router is None:
            logger.warning("A notification was dropped: the notification server is not connected")
            return
        self._spawn(self._notify(summary, body, case_id, urgent))

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._router is not None:
            await self._router.__aexit__(None, None, None)
            self._router = None
        if self._connection is not None:
            await self._connection.close()
            self._connection = None

    async def _notify(self, summary: str, body: str, case_id: int | None, urgent: bool) -> None:
        assert self._router is not None
        hints = {
            "desktop-entry": ("s", self._desktop_entry),
            "urgency": ("y", _URGENCY_CRITICAL if urgent else _URGENCY_NORMAL),
        }
        message = new_method_call(
            _NOTIFICATIONS,
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                0,
                "",
                summary,
                body,
                [DEFAULT_ACTION, self._open_label],
                hints,
                -1,
            ),
        )
        reply = await self._router.send_and_get_reply(message)
        if reply.header.message_type is MessageType.error:
            logger.warning("The notification server refused a notification")
            return
        (notification_id,) = reply.body
        self._case_by_id[int(notification_id)] = case_id
        while len(self._case_by_id) > _REMEMBERED:
            self._case_by_id.pop(next(iter(self._case_by_id)))
        if self._on_shown is not None:
            self._on_shown(case_id)

    async def _listen(self, queue: asyncio.Queue[Any]) -> None:
        while True:
            signal = await queue.get()
            notification_id, action = int(signal.body[0]), signal.body[1]
            # Ids of other applications' notifications are not in the map.
            if notification_id in self._case_by_id and action == DEFAULT_ACTION:
                self._on_activated(self._case_by_id[notification_id])

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        # Strong references: the loop keeps only weak ones (see docs on create_task).
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.warning("A desktop notification failed", exc_info=task.exception())
