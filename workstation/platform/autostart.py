"""Starting the app when the user logs in, behind one interface for every platform.

- Linux and other XDG desktops: a `.desktop` file in `$XDG_CONFIG_HOME/autostart/`
  (freedesktop.org Desktop Application Autostart Specification).
- Windows: a value under `HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`.
- macOS: a LaunchAgent property list in `~/Library/LaunchAgents/`, loaded by launchd at the
  next login.

All three act on the current user only and need no administrator rights. No Qt here.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Protocol

APP_ID = "de.expertworkstation.Workstation"
APP_NAME = "Expert Workstation"


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """The command that starts this installation of the app: the frozen executable of a
    packaged build, else this interpreter running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "workstation"]


def _write_atomically(path: Path, data: bytes) -> None:
    """Replaces `path` in one step, so a crash never leaves a half-written entry that the
    session manager would try to run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# Characters that force quoting of an Exec argument, per the Desktop Entry Specification.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = ('"', "`", "$", "\\")


def _quote_exec_argument(argument: str) -> str:
    # '%' starts a field code (%f, %u) and stands for itself only when doubled.
    argument = argument.replace("%", "%%")
    if argument and not (_EXEC_RESERVED & set(argument)):
        return argument
    escaped = "".join("\\" + char if char in _EXEC_ESCAPED_IN_QUOTES else char for char in argument)
    return f'"{escaped}"'


def desktop_exec_line(command: Sequence[str]) -> str:
    """`command` as the value of an Exec key. The spec applies two levels of escaping: the
    Exec quoting rules, then the general rule that a backslash in any string value is
    written as two."""
    if not command:
        raise ValueError("autostart needs a command")
    exec_value = " ".join(_quote_exec_argument(argument) for argument in command)
    return exec_value.replace("\\", "\\\\")


def _desktop_value(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


class XdgAutostart:
    """An autostart entry as `<config home>/autostart/<app id>.desktop`."""

    def __init__(self, config_home: Path, app_id: str = APP_ID, name: str = APP_NAME) -> None:
        self.path = config_home / "autostart" / f"{app_id}.desktop"
        self._app_id = app_id
        self._name = name

    @classmethod
    def for_environment(cls, environ: Mapping[str, str], home: Path) -> XdgAutostart:
        # The spec says to ignore XDG_CONFIG_HOME unless it is an absolute path.
        configured = environ.get("XDG_CONFIG_HOME", "")
        config_home = Path(configured) if os.path.isabs(configured) else home / ".config"
        return cls(config_home)

    def is_enabled(self) -> bool:
        try:
            entry = self._read_entry()
        except (OSError, UnicodeDecodeError):
            return False
        return (
            entry.get("Hidden", "false") != "true"
            and entry.get("X-GNOME-Autostart-enabled", "true") != "false"
        )

    def enable(self, command: Sequence[str]) -> None:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={_desktop_value(self._name)}",
            f"Exec={desktop_exec_line(command)}",
            f"Icon={self._app_id}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
        ]
        _write_atomically(self.path, ("\n".join(lines) + "\n").encode())

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def _read_entry(self) -> dict[str, str]:
        entry: dict[str, str] = {}
        in_main_group = False
        for raw in self.path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line.startswith("["):
                in_main_group = line == "[Desktop Entry]"
            elif in_main_group and "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                entry[key.strip()] = value.strip()
        return entry


class MacLaunchAgent:
    """An autostart entry as `<home>/Library/LaunchAgents/<label>.plist`."""

    def __init__(self, home: Path, label: str = APP_ID) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{label}.plist"
        self._label = label

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as file:
                agent = plistlib.load(file)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and agent.get("RunAtLoad") is True

    def enable(self, command: Sequence[str]) -> None:
        if not command:
            raise ValueError("autostart needs a command")
        agent = {
            "Label": self._label,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            # Interactive: launchd must not throttle a GUI app like a background daemon.
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
        _write_atomically(self.path, plistlib.dumps(agent, fmt=plistlib.FMT_XML))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class WindowsRunKey:
    """An autostart entry as a value under HKCU\\...\\CurrentVersion\\Run."""

    RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"

    def __init__(self, value_name: str = APP_NAME) -> None:
        self._value_name = value_name

    def is_enabled(self) -> bool:
        winreg = self._winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, self._value_name)
        except FileNotFoundError:
            return False
        return bool(value)

    def enable(self, command: Sequence[str]) -> None:
        if not command:
            raise ValueError("autostart needs a command")
        winreg = self._winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, self.RUN_KEY) as key:
            winreg.SetValueEx(
                key, self._value_name, 0, winreg.REG_SZ, subprocess.list2cmdline(command)
            )

    def disable(self) -> None:
        winreg = self._winreg()
        try:
            with winreg.OpenKey(
                winreg.HKEY_CURRENT_USER, self.RUN_KEY, 0, winreg.KEY_SET_VALUE
            ) as key:
                winreg.DeleteValue(key, self._value_name)
        except FileNotFoundError:
            pass

    @staticmethod
    def _winreg() -> ModuleType:
        # Imported on use: the module exists only on Windows.
        import winreg

        return winreg


def autostart_for_platform(
    platform: str = sys.platform,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Autostart:
    """The autostart mechanism of `platform` (a `sys.platform` value)."""
    home = home if home is not None else Path.home()
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return MacLaunchAgent(home)
    return XdgAutostart.for_environment(environ if environ is not None else os.environ, home)
