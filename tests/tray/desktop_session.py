"""A private desktop for notification tests: Xvfb on a free display, a session bus of its
own, and dunst on it. Nothing of the developer's desktop is touched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.services import service_missing

START_TIMEOUT_S = 10.0
# No rules, no scripts, nothing from ~/.config: notifications stay in the history.
DUNST_CONFIG = """[global]
    history_length = 100
    idle_threshold = 0
"""


@dataclass
class NotificationDesktop:
    bus_address: str
    display: str

    def history(self) -> list[dict[str, Any]]:
        """The notifications dunst showed and closed since, newest first."""
        entries: list[dict[str, Any]] = json.loads(self._dunstctl("history"))["data"][0]
        return entries

    def displayed_count(self) -> int:
        """How many notifications are on the screen now."""
        return int(self._dunstctl("count", "displayed"))

    def close_all_and_read_newest(self) -> dict[str, Any]:
        """Close what is on screen into the history (the only place dunstctl shows texts)
        and return the newest notification there."""
        self._dunstctl("close-all")
        return self.history()[0]

    def click_newest(self) -> None:
        """Invoke the default action of the newest notification on screen, as a click on it
        does. (dunst sends no action for one shown again from its history.)"""
        self._dunstctl("action", "0")

    def _dunstctl(self, *arguments: str) -> str:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.bus_address}
        answer = subprocess.run(
            ["dunstctl", *arguments], env=env, capture_output=True, text=True, check=True, timeout=5
        )
        return answer.stdout


def require_tools() -> None:
    for tool in ("Xvfb", "dbus-daemon", "dunst", "dunstctl"):
        if shutil.which(tool) is None:
            service_missing(f"{tool} is needed for the desktop notification test")


@contextmanager
def notification_desktop(workdir: Path) -> Iterator[NotificationDesktop]:
    require_tools()
    with ExitStack() as stack:
        display = _start_xvfb(stack)
        bus_address = _start_bus(stack)
        config = workdir / "dunstrc"
        config.write_text(DUNST_CONFIG)
        env = {
            **os.environ,
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": bus_address,
            "XDG_CONFIG_HOME": str(workdir),
        }
        env.pop("WAYLAND_DISPLAY", None)
        dunst = subprocess.Popen(
            ["dunst", "-config", str(config)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        stack.callback(_stop, dunst)
        desktop = NotificationDesktop(bus_address=bus_address, display=display)
        _wait_for_dunst(desktop, dunst)
        yield desktop


def _start_xvfb(stack: ExitStack) -> str:
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    stack.callback(_stop, xvfb)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not report its display")
    return f":{number}"


def _start_bus(stack: ExitStack) -> str:
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    stack.callback(_stop, bus)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        raise RuntimeError("dbus-daemon did not report its address")
    return address


def _wait_for_dunst(desktop: NotificationDesktop, dunst: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if dunst.poll() is not None:
            error = dunst.stderr.read().decode(errors="replace") if dunst.stderr else ""
            raise RuntimeError(f"dunst stopped at start-up: {error[-500:]}")
        try:
            desktop.history()
            return
        except subprocess.CalledProcessError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _stop(process: subprocess.Popen[Any]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
