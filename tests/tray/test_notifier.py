"""The notifier on the tray backend: wording, privacy, clicks and the optional sound."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from workstation.domain.notifications import Notification, NotificationKind
from workstation.ui.icons import IconLibrary
from workstation.ui.notifications.backends import TrayBalloons
from workstation.ui.notifications.notifier import Notifier
from workstation.ui.tray.tray_icon import TrayIcon


class BalloonTray(TrayIcon):
    def __init__(self) -> None:
        super().__init__(IconLibrary().app())
        self.balloons: list[tuple[str, str, QSystemTrayIcon.MessageIcon]] = []

    def showMessage(  # type: ignore[override]
        self, title: str, body: str, icon: QSystemTrayIcon.MessageIcon, _msecs: int
    ) -> None:
        self.balloons.append((title, body, icon))


@pytest.fixture
def tray(qapp: QApplication) -> BalloonTray:
    return BalloonTray()


def offer(case_id: int, **fields: object) -> Notification:
    values: dict[str, object] = {
        "kind": NotificationKind.NEW_OFFER,
        "case_id": case_id,
        "channel": "forum",
        "client_name": "Klangwerk",
    }
    values.update(fields)
    return Notification(**values)  # type: ignore[arg-type]


def test_a_single_offer_names_channel_and_client_and_opens_its_case(
    tray: BalloonTray, qtbot: QtBot
) -> None:
    notifier = Notifier()
    notifier.use_backend(TrayBalloons(tray, notifier.activate))
    notifier.show([offer(42)])
    assert tray.balloons == [
        ("1 new offer(s)", "Forum · Klangwerk", QSystemTrayIcon.MessageIcon.Information)
    ]
    with qtbot.waitSignal(notifier.case_requested, timeout=1000) as clicked:
        tray.messageClicked.emit()
    assert clicked.args == [42]


def test_a_summary_opens_the_inbox_and_an_urgent_one_warns(tray: BalloonTray, qtbot: QtBot) -> None:
    notifier = Notifier()
    notifier.use_backend(TrayBalloons(tray, notifier.activate))
    summary = Notification(kind=NotificationKind.NEW_OFFER, count=50, urgent=True)
    notifier.show([summary])
    ((title, body, icon),) = tray.balloons
    assert (title, body, icon) == ("50 new offer(s)", "", QSystemTrayIcon.MessageIcon.Warning)
    with qtbot.waitSignal(notifier.inbox_requested, timeout=1000):
        tray.messageClicked.emit()


def test_a_deadline_says_when(tray: BalloonTray) -> None:
    notifier = Notifier()
    notifier.use_backend(TrayBalloons(tray, notifier.activate))
    due = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)
    notifier.show([offer(7, kind=NotificationKind.SLA_DUE, due=due)])
    ((_title, body, _icon),) = tray.balloons
    assert body.startswith("Forum · Klangwerk · at ")


@pytest.mark.parametrize(("enabled", "beeps"), [(False, 0), (True, 1)])
def test_sound_is_optional_and_rings_once_per_batch(
    tray: BalloonTray, enabled: bool, beeps: int
) -> None:
    rang: list[None] = []
    notifier = Notifier(sound_enabled=lambda: enabled, beep=lambda: rang.append(None))
    notifier.use_backend(TrayBalloons(tray, notifier.activate))
    notifier.show([offer(1), offer(2), offer(3)])
    assert len(tray.balloons) == 3
    assert len(rang) == beeps
