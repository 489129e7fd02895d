"""How long the expert has not touched keyboard or mouse, behind one small interface.

The platform is chosen once at start (``choose_idle_source``): system-wide idle time where
the desktop offers it (GNOME's Mutter idle monitor or KDE's screensaver over D-Bus,
``GetLastInputInfo`` on Windows, ``CGEventSourceSecondsSinceLastEventType`` on macOS), so
work in a browser beside the app does not count as away; otherwise input to the app itself
(an application-wide event filter).
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import logging
import sys
import threading
from typing import Any, Final, Protocol

from jeepney import DBusAddress, new_method_call
from jeepney.auth import AuthenticationError
from jeepney.io.blocking import open_dbus_connection
from jeepney.low_level import MessageType
from jeepney.wrappers import DBusErrorResponse
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from workstation.domain.tracking import Clock

logger = logging.getLogger(__name__)

_DBUS_TIMEOUT_S: Final = 2.0
_INPUT_EVENTS: Final = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleSource(Protocol):
    """Seconds since the last keyboard or mouse input."""

    async def idle_seconds(self) -> float: ...

    async def aclose(self) -> None: ...


class InAppIdleSource(QObject):
    """Input to this app only: the fallback where the system does not tell."""

    def __init__(self, app: QApplication, *, monotonic: Clock) -> None:
        super().__init__()
        self._app = app
        self._monotonic = monotonic
        self._last_input = monotonic()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._monotonic()
        return False

    async def idle_seconds(self) -> float:
        return max(0.0, self._monotonic() - self._last_input)

    async def aclose(self) -> None:
        self._app.removeEventFilter(self)


class WindowsIdleSource:
    def __init__(self) -> None:
        class LastInputInfo(ctypes.Structure):
            _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

        self._info = LastInputInfo()
        self._info.cbSize = ctypes.sizeof(LastInputInfo)
        windll: Any = getattr(ctypes, "windll")  # noqa: B009 - exists on Windows only
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            raise OSError("GetLastInputInfo failed")

    async def idle_seconds(self) -> float:
        self._user32.GetLastInputInfo(ctypes.byref(self._info))
        # Both are 32-bit millisecond tick counts; the mask survives the 49-day wrap.
        elapsed_ms = (self._kernel32.GetTickCount() - self._info.dwTime) & 0xFFFFFFFF
        return elapsed_ms / 1000

    async def aclose(self) -> None:
        return None


class MacIdleSource:
    _HID_SYSTEM_STATE: Final = 1
    _ANY_INPUT_EVENT: Final = 0xFFFFFFFF

    def __init__(self) -> None:
        path = ctypes.util.find_library("ApplicationServices")
        if path is None:
            raise OSError("ApplicationServices not found")
        services = ctypes.cdll.LoadLibrary(path)
        self._seconds_since = services.CGEventSourceSecondsSinceLastEventType
        self._seconds_since.restype = ctypes.c_double
        self._seconds_since.argtypes = [ctypes.c_int32, ctypes.c_uint32]

    async def idle_seconds(self) -> float:
        return float(self._seconds_since(self._HID_SYSTEM_STATE, self._ANY_INPUT_EVENT))

    async def aclose(self) -> None:
        return None


# (address, method): both answer in milliseconds (KDE's GetSessionIdleTime does, although
# the old freedesktop draft speaks of seconds).
_DBUS_IDLE_METHODS: Final = (
    (
        DBusAddress(
            "/org/gnome/Mutter/IdleMonitor/Core",
            bus_name="org.gnome.Mutter.IdleMonitor",
            interface="org.gnome.Mutter.IdleMonitor",
        ),
        "GetIdletime",
    ),
    (
        DBusAddress(
            "/org/freedesktop/ScreenSaver",
            bus_name="org.freedesktop.ScreenSaver",
            interface="org.freedesktop.ScreenSaver",
        ),
        "GetSessionIdleTime",
    ),
)


class DbusIdleSource:
    """The desktop's idle time over the session bus.

    jeepney's blocking connection runs in a worker thread: its asyncio router does not get
    along with qasync's loop (futures resolved twice, reader errors surfacing as app
    errors), and one short method call every few seconds needs no more than a thread."""

    def __init__(self, connection: Any, address: DBusAddress, method: str) -> None:
        self._connection = connection
        self._address = address
        self._method = method
        self._last = 0.0
        # One call on the connection at a time, whichever thread asks.
        self._calling = threading.Lock()

    @classmethod
    async def connect(cls, bus: str = "SESSION") -> DbusIdleSource | None:
        """A source for the first service on the bus that answers, or None."""
        return await asyncio.to_thread(cls._connect_blocking, bus)

    @classmethod
    def _connect_blocking(cls, bus: str) -> DbusIdleSource | None:
        try:
            connection = open_dbus_connection(bus)
        except (OSError, KeyError, ValueError, AuthenticationError) as error:
            logger.info("No session bus for idle detection: %s", type(error).__name__)
            return None
        for address, method in _DBUS_IDLE_METHODS:
            source = cls(connection, address, method)
            if source._ask_blocking() is not None:
                return source
        connection.close()
        return None

    async def idle_seconds(self) -> float:
        reading = await asyncio.to_thread(self._ask_blocking)
        # A desktop that stops answering (restarting shell) must not look like input.
        if reading is not None:
            self._last = reading
        return self._last

    def _ask_blocking(self) -> float | None:
        try:
            with self._calling:
                reply = self._connection.send_and_get_reply(
                    new_method_call(self._address, self._method), timeout=_DBUS_TIMEOUT_S
                )
        except (TimeoutError, OSError, KeyError, ValueError, DBusErrorResponse):
            return None
        if reply.header.message_type is MessageType.error or not reply.body:
            return None
        return float(reply.body[0]) / 1000

    async def aclose(self) -> None:
        self._connection.close()


async def choose_idle_source(app: QApplication, *, monotonic: Clock) -> IdleSource:
    """The best source this platform offers; falls back to input to the app."""
    try:
        if sys.platform == "win32":
            return WindowsIdleSource()
        if sys.platform == "darwin":
            return MacIdleSource()
    except (OSError, AttributeError) as error:
        logger.info("System idle time unavailable: %s", type(error).__name__)
    else:
        try:
            source = await DbusIdleSource.connect()
        except Exception as error:
            # Idle detection must never stop the app from starting.
            logger.info("Idle detection over D-Bus failed: %s", type(error).__name__)
        else:
            if source is not None:
                return source
    return InAppIdleSource(app, monotonic=monotonic)
