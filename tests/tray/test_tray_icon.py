"""The tray icon's state, badge, tooltip and menu, and closing the window into the tray."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from workstation.ui.icons import IconLibrary
from workstation.ui.tray.badge import ICON_SIZE, TrayState, badge_text
from workstation.ui.tray.close_to_tray import HINT_SHOWN_KEY, CloseToTray
from workstation.ui.tray.tray_icon import TrayIcon

BERLIN = timezone(timedelta(hours=1))
EVENING = datetime(2026, 11, 24, 21, 30, tzinfo=BERLIN)


@pytest.fixture
def tray(qapp: QApplication) -> TrayIcon:
    return TrayIcon(IconLibrary().app(), now=lambda: EVENING)


def image_of(tray: TrayIcon) -> QImage:
    return tray.icon().pixmap(ICON_SIZE, ICON_SIZE).toImage()


def corner_color(image: QImage) -> QColor:
    """The colour where the unread badge sits (top right)."""
    return image.pixelColor(image.width() - 8, 12)


def test_the_tooltip_says_the_state_and_the_unread_count(tray: TrayIcon) -> None:
    tray.set_state(TrayState.ON_SHIFT)
    tray.set_unread(3)
    assert tray.toolTip().splitlines() == ["Expert Workstation", "On shift", "3 unread"]
    tray.set_state(TrayState.OFFLINE)
    tray.set_unread(0)
    assert tray.toolTip().splitlines() == ["Expert Workstation", "Offline"]


def test_unread_cases_draw_a_red_badge(tray: TrayIcon) -> None:
    without = corner_color(image_of(tray))
    tray.set_unread(5)
    with_badge = corner_color(image_of(tray))
    assert with_badge != without
    assert with_badge.red() > 150 and with_badge.green() < 80


def test_each_state_looks_different(tray: TrayIcon) -> None:
    images = []
    for state in TrayState:
        tray.set_state(state)
        images.append(image_of(tray))
    assert images[0] != images[1] != images[2] != images[0]


@pytest.mark.parametrize(("unread", "text"), [(0, ""), (7, "7"), (99, "99"), (250, "99+")])
def test_the_badge_stays_two_digits(unread: int, text: str) -> None:
    assert badge_text(unread) == text


def test_the_menu_has_open_clock_pause_and_quit(tray: TrayIcon) -> None:
    menu = tray.contextMenu()
    visible = [action.text() for action in menu.actions() if action.isVisible()]
    assert visible == ["Open Expert Workstation", "Clock in", "Pause notifications", "", "Quit"]
    pause_entries = [action.text() for action in tray.pause_menu.actions()]
    assert pause_entries == ["For one hour", "Until tomorrow morning"]


def test_clock_in_is_disabled_with_a_reason_until_a_tracker_handles_it(
    tray: TrayIcon, qtbot: QtBot
) -> None:
    assert not tray.clock_action.isEnabled()
    assert tray.clock_action.toolTip() == "Time recording is not available yet."
    tray.enable_clock(clocked_in=False)
    assert tray.clock_action.isEnabled()
    assert tray.clock_action.toolTip() == "Clock in"  # Qt falls back to the text
    with qtbot.waitSignal(tray.clock_toggle_requested, timeout=1000):
        tray.clock_action.trigger()
    tray.enable_clock(clocked_in=True)
    assert tray.clock_action.text() == "Clock out"


@pytest.mark.parametrize(
    ("action", "until"),
    [
        ("pause_hour_action", EVENING + timedelta(hours=1)),
        ("pause_tomorrow_action", datetime(2026, 11, 25, 7, 0, tzinfo=BERLIN)),
    ],
)
def test_pausing_names_the_moment_notifications_come_back(
    tray: TrayIcon, qtbot: QtBot, action: str, until: datetime
) -> None:
    with qtbot.waitSignal(tray.pause_requested, timeout=1000) as signal:
        getattr(tray, action).trigger()
    assert signal.args == [until]
    assert not tray.resume_action.isVisible()
    tray.set_paused_until(until)
    assert tray.resume_action.isVisible()


def test_open_and_quit_emit_their_signals(tray: TrayIcon, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tray.open_requested, timeout=1000):
        tray.open_action.trigger()
    with qtbot.waitSignal(tray.open_requested, timeout=1000):
        tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.waitSignal(tray.quit_requested, timeout=1000):
        tray.quit_action.trigger()


class RecordingTray(TrayIcon):
    def __init__(self) -> None:
        super().__init__(IconLibrary().app())
        self.messages: list[str] = []

    def showMessage(self, title: str, *_args: object) -> None:  # type: ignore[override]
        self.messages.append(title)

    def isVisible(self) -> bool:
        return True


@pytest.mark.parametrize(("enabled", "hidden"), [(True, True), (False, False)])
def test_closing_the_window_keeps_the_app_in_the_tray_with_a_one_time_hint(
    qtbot: QtBot, tmp_path: Path, enabled: bool, hidden: bool
) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = RecordingTray()
    CloseToTray(window, tray, enabled=lambda: enabled, store=store, tray_available=lambda: True)
    for _ in range(2):
        window.show()
        closed = window.close()
        assert closed is not hidden
        assert window.isHidden()
    expected = ["Expert Workstation is still running"] if hidden else []
    assert tray.messages == expected
    assert store.value(HINT_SHOWN_KEY, False, type=bool) is hidden


def test_without_a_tray_closing_the_window_closes_it(qtbot: QtBot, tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = RecordingTray()
    CloseToTray(window, tray, enabled=lambda: True, store=store, tray_available=lambda: False)
    window.show()
    assert window.close()
    assert tray.messages == []
