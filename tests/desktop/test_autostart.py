"""Autostart entries on disk (XDG, LaunchAgent) and in the registry (Windows only), and the
binding that keeps them in line with the setting."""

from __future__ import annotations

import importlib
import plistlib
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workstation.platform.autostart import (
    APP_ID,
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    autostart_for_platform,
    desktop_exec_line,
    launch_command,
)
from workstation.ui.desktop.autostart_sync import AutostartSync
from workstation.ui.settings.settings import Settings


def xdg(tmp_path: Path) -> XdgAutostart:
    autostart = autostart_for_platform(
        "linux", environ={"XDG_CONFIG_HOME": str(tmp_path / "config")}, home=tmp_path / "home"
    )
    assert isinstance(autostart, XdgAutostart)
    return autostart


def test_linux_entry_is_an_xdg_autostart_desktop_file(tmp_path: Path) -> None:
    autostart = xdg(tmp_path)
    assert not autostart.is_enabled()

    autostart.enable(["/opt/Expert Workstation/workstation", "--hub", "https://hub.example"])

    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.path == path
    assert path.read_text() == (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Expert Workstation\n"
        'Exec="/opt/Expert Workstation/workstation" --hub https://hub.example\n'
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    assert autostart.is_enabled()
    assert [p.name for p in path.parent.iterdir()] == [path.name]

    autostart.disable()
    assert not path.exists()
    assert not autostart.is_enabled()
    autostart.disable()


def test_relative_xdg_config_home_is_ignored(tmp_path: Path) -> None:
    autostart = autostart_for_platform(
        "linux", environ={"XDG_CONFIG_HOME": "relative/dir"}, home=tmp_path
    )
    assert isinstance(autostart, XdgAutostart)
    assert autostart.path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    unset = autostart_for_platform("linux", environ={}, home=tmp_path)
    assert isinstance(unset, XdgAutostart)
    assert unset.path == autostart.path


def test_an_entry_hidden_by_the_desktop_counts_as_disabled(tmp_path: Path) -> None:
    autostart = xdg(tmp_path)
    autostart.enable(["workstation"])
    text = autostart.path.read_text()
    autostart.path.write_text(text + "Hidden=true\n")
    assert not autostart.is_enabled()
    autostart.path.write_text(text.replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert not autostart.is_enabled()


@pytest.mark.parametrize(
    ("command", "exec_line"),
    [
        (["/usr/bin/workstation"], "/usr/bin/workstation"),
        (["/usr/bin/python3", "-m", "workstation"], "/usr/bin/python3 -m workstation"),
        (["/home/a b/python"], '"/home/a b/python"'),
        (["app", "100%"], "app 100%%"),
        (["app", 'say "hi"'], r'app "say \\"hi\\""'),
        (["app", "$HOME"], r'app "\\$HOME"'),
        (["C:\\Program Files\\app.exe"], r'"C:\\\\Program Files\\\\app.exe"'),
        (["app", ""], 'app ""'),
    ],
)
def test_exec_lines_follow_the_desktop_entry_quoting(command: list[str], exec_line: str) -> None:
    assert desktop_exec_line(command) == exec_line


def test_an_empty_command_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        xdg(tmp_path).enable([])
    with pytest.raises(ValueError):
        MacLaunchAgent(tmp_path).enable([])


def test_macos_entry_is_a_launch_agent(tmp_path: Path) -> None:
    autostart = autostart_for_platform("darwin", home=tmp_path)
    assert isinstance(autostart, MacLaunchAgent)
    assert not autostart.is_enabled()

    command = ["/Applications/Expert Workstation.app/Contents/MacOS/Expert Workstation"]
    autostart.enable(command)

    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    with path.open("rb") as file:
        agent = plistlib.load(file)
    assert agent == {
        "Label": APP_ID,
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert autostart.is_enabled()
    autostart.disable()
    assert not path.exists()
    assert not autostart.is_enabled()


def test_a_corrupt_launch_agent_counts_as_disabled(tmp_path: Path) -> None:
    agent = MacLaunchAgent(tmp_path)
    agent.path.parent.mkdir(parents=True)
    agent.path.write_bytes(b"not a plist")
    assert not agent.is_enabled()


def test_windows_is_chosen_on_windows() -> None:
    assert isinstance(autostart_for_platform("win32"), WindowsRunKey)


@pytest.mark.skipif(sys.platform != "win32", reason="the registry exists only on Windows")
def test_windows_entry_is_a_run_key_value() -> None:
    winreg: Any = importlib.import_module("winreg")

    name = f"Expert Workstation test {uuid.uuid4()}"
    autostart = WindowsRunKey(name)
    try:
        autostart.enable([r"C:\Program Files\Expert Workstation\workstation.exe", "--x"])
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WindowsRunKey.RUN_KEY) as key:
            value, kind = winreg.QueryValueEx(key, name)
        assert value == r'"C:\Program Files\Expert Workstation\workstation.exe" --x'
        assert kind == winreg.REG_SZ
        assert autostart.is_enabled()
    finally:
        autostart.disable()
    assert not autostart.is_enabled()


def test_launch_command_runs_this_package() -> None:
    assert launch_command() == [sys.executable, "-m", "workstation"]


def test_the_setting_drives_the_entry(tmp_path: Path, settings: Settings, qtbot: QtBot) -> None:
    autostart = xdg(tmp_path)
    sync = AutostartSync(settings, autostart, ["/usr/bin/workstation"])
    sync.reconcile()
    assert not autostart.is_enabled()

    settings.autostart = True
    assert autostart.is_enabled()
    assert "Exec=/usr/bin/workstation\n" in autostart.path.read_text()

    settings.autostart = False
    assert not autostart.is_enabled()


def test_reconcile_refreshes_a_moved_installation(tmp_path: Path, settings: Settings) -> None:
    autostart = xdg(tmp_path)
    autostart.enable(["/old/place/workstation"])
    settings.autostart = True
    AutostartSync(settings, autostart, ["/new/place/workstation"]).reconcile()
    assert "Exec=/new/place/workstation\n" in autostart.path.read_text()

    settings.store.setValue(Settings.autostart.key, False)
    AutostartSync(settings, autostart, ["/new/place/workstation"]).reconcile()
    assert not autostart.path.exists()


def test_a_failure_is_reported_not_raised(tmp_path: Path, settings: Settings, qtbot: QtBot) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the config directory should be")
    sync = AutostartSync(settings, xdg(tmp_path), ["/usr/bin/workstation"])
    with qtbot.waitSignal(sync.failed, timeout=1000) as failure:
        settings.autostart = True
    assert failure.args is not None
    assert failure.args[0].startswith("The start at login could not be set up: ")
