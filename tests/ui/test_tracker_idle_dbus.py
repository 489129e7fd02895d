"""System-wide idle time over D-Bus, against a private session bus with a stand-in for
GNOME's Mutter idle monitor answering ``GetIdletime`` (milliseconds, as Mutter does).
Without that service on the bus, the app falls back to input to itself."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from jeepney import MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtWidgets import QApplication

from tests.support.services import service_missing
from tests.ui.conftest import RunAsync
from workstation.ui.tracking.idle import DbusIdleSource, InAppIdleSource, choose_idle_source

MUTTER = "org.gnome.Mutter.IdleMonitor"


@contextmanager
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        service_missing("dbus-daemon is needed for the D-Bus idle test")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        yield address
    finally:
        bus.terminate()
        bus.wait(5)
        if bus.stdout is not None:
            bus.stdout.close()


class FakeIdleMonitor:
    """Answers ``GetIdletime`` with ``idle_ms`` on its own thread until stopped."""

    def __init__(self, address: str) -> None:
        self.idle_ms = 0
        self._connection: Any = open_dbus_connection(address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName(MUTTER))
        assert reply.body == (1,), "the name must be ours"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            header = message.header
            if header.message_type is MessageType.method_call:
                self._connection.send(new_method_return(message, "t", (self.idle_ms,)))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._connection.close()


@pytest.mark.skipif(sys.platform != "linux", reason="the session bus is a Linux desktop's")
def test_idle_time_comes_from_the_desktop_over_the_session_bus(
    qapp: QApplication, run_async: RunAsync[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    with private_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        # Nobody on the bus tells the idle time: input to the app is all there is.
        fallback = run_async(choose_idle_source(qapp, monotonic=lambda: 0.0))
        assert isinstance(fallback, InAppIdleSource)
        run_async(fallback.aclose())

        monitor = FakeIdleMonitor(address)
        try:

            async def readings() -> list[float]:
                source = await choose_idle_source(qapp, monotonic=lambda: 0.0)
                assert isinstance(source, DbusIdleSource)
                try:
                    monitor.idle_ms = 312_500
                    first = await source.idle_seconds()
                    monitor.idle_ms = 1_200
                    second = await source.idle_seconds()
                finally:
                    await source.aclose()
                return [first, second]

            assert run_async(readings()) == [312.5, 1.2]
        finally:
            monitor.close()
