"""Scenario 2, a shift, as far as the time tracker goes: a booked window about to start is
announced, the expert clocks in from the tray, a new offer is announced, the expert claims
a forum case, answers it with a template and sends; the time spent on it goes to that case
(shown live in the case header) and reaches the hub with the time entry. The expert then
closes the case as solved, and right after the next sync the Earnings space shows its fee
from the rate card as pending, in QA review.

The tracker's monotonic clock runs ahead of the real one by what the test adds, so a
minute of work takes no minute of test time."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hub import admin
from hub.clock import utc_now
from hub.earnings.rates import case_complexity, case_rate, reply_count
from hub.schema import time_entry_cases
from hub.windows import NewWindow
from tests.support.hub_server import RunningHub
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import settings_beside, wait_until
from tests.ui.test_realtime_wiring import ShownNotifications
from tests.ui.test_tracker_idle import SettableIdleSource
from tests.ui.work_driver import hub_case, hub_messages, show_view
from workstation.domain.earnings import PeriodKind
from workstation.domain.models import Channel
from workstation.domain.tracking import Clock, TrackerState
from workstation.store.queries import CaseView
from workstation.store.secrets import SecretStore
from workstation.ui.earnings.entries_model import EntryColumn
from workstation.ui.earnings.money import money_text
from workstation.ui.icons import IconLibrary
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.main_window import MainWindow
from workstation.ui.notifications.backends import NotificationBackend
from workstation.ui.notifications.notifier import Notifier
from workstation.ui.startup import Workstation
from workstation.ui.tracking.idle import IdleSource
from workstation.ui.tracking.wiring import TrackingEnvironment
from workstation.ui.tray.badge import TrayState

ACCOUNTING = 1
HEADPHONES = 2
NEVER_SECONDS = 3600.0
WORKED_ON_CASE_S = 90


def case_seconds_at_hub(hub: RunningHub, case_id: int) -> int:
    with hub.engine.connect() as connection:
        shares = connection.execute(
            select(time_entry_cases.c.seconds).where(time_entry_cases.c.case_id == case_id)
        ).scalars()
        return sum(shares)


def close_case_dialog() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "close_case_dialog" and widget.isVisible():
            assert isinstance(widget, QMessageBox)
            return widget
    return None


async def close_as_solved(window: MainWindow, hub: RunningHub, case_id: int) -> None:
    window.case_actions.close_case.trigger()
    await wait_until(lambda: close_case_dialog() is not None)
    dialog = close_case_dialog()
    assert dialog is not None
    dialog.defaultButton().click()  # Solved
    await wait_until(lambda: hub_case(hub.engine, case_id) == ("closed", "jonas", "solved"))


def rate_card_fee(hub: RunningHub, case_id: int) -> int:
    with hub.engine.connect() as connection:
        complexity = case_complexity(reply_count(connection, case_id))
        return case_rate(connection, HEADPHONES, "forum", complexity)


async def expect_pending_fee(
    ws: Workstation, window: MainWindow, hub: RunningHub, case_id: int
) -> None:
    """The fee shows in the Earnings space as pending, in QA review, right after sync."""
    assert ws.earnings is not None
    page = ws.earnings.earnings
    page.picker.choose(PeriodKind.THIS_MONTH)
    await wait_until(lambda: page.summary is not None)
    assert page.summary is not None
    pending_before = page.summary.by_status.get("pending", 0)
    window.sync_action.trigger()

    def fee_row() -> int | None:
        page.model.refresh()
        return next(
            (
                row
                for row in range(page.model.rowCount())
                if (entry := page.model.entry_at(row)) is not None and entry.case_id == case_id
            ),
            None,
        )

    await wait_until(lambda: fee_row() is not None)
    window.show_space("earnings")
    assert window.spaces.current_key() == "earnings"
    row = fee_row()
    assert row is not None
    fee = rate_card_fee(hub, case_id)
    assert fee > 0

    def cell(column: EntryColumn) -> str:
        return str(page.model.index(row, column).data())

    assert cell(EntryColumn.AMOUNT) == money_text(fee)
    assert cell(EntryColumn.STATUS).startswith("Pending, in QA review until ")
    # The totals follow the sync on their own.
    await wait_until(
        lambda: page.status_panel.amount_of("pending") == money_text(pending_before + fee)
    )


def test_a_shift_from_window_reminder_to_time_on_the_case(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    start = utc_now() + timedelta(minutes=4)
    window_id = admin.create_window(
        hub_server.engine,
        NewWindow(
            client_id=HEADPHONES,
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            hourly_rate_cents=2600,
            capacity=2,
        ),
    )
    admin.book_expert(hub_server.engine, "jonas", window_id)
    desktop = ShownNotifications()
    ahead = [0.0]

    def monotonic() -> float:
        return time.monotonic() + ahead[0]

    async def never_idle(_app: QApplication, _clock: Clock) -> IdleSource:
        return SettableIdleSource()

    async def connect(notifier: Notifier, _tray: QSystemTrayIcon | None) -> NotificationBackend:
        notifier.use_backend(desktop)
        return desktop

    data_dir = tmp_path / "data"
    settings = settings_beside(data_dir)
    # The offer below must be announced at whatever hour this runs: the demo's booked
    # windows cover daytime only, and outside them offers are quiet by default.
    settings.quiet_outside_windows = False
    workstation = Workstation(
        LaunchOptions(
            hub_url=hub_server.url, username="jonas", data_dir=data_dir, password_prefill="demo"
        ),
        icons=icons,
        secrets=SecretStore(backend=fail.Keyring()),
        settings=settings,
        sync_interval_seconds=NEVER_SECONDS,
        tray_available=lambda: True,
        connect_notifications=connect,
        tracking=TrackingEnvironment(monotonic=monotonic, idle_source=never_idle, app_active=True),
    )
    worked: list[int] = []

    def summaries() -> list[str]:
        return [summary for summary, _body, _case, _urgent in desktop.shown]

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        tracking, tray = ws.tracking, ws.realtime.tray
        assert tracking is not None and tray is not None

        # The window starts in four minutes: the reminder comes, once.
        async def reminded() -> bool:
            ws.realtime.check_deadlines_now()
            return any("booked window" in summary for summary in summaries())

        deadline = time.monotonic() + 15
        while not await reminded():
            assert time.monotonic() < deadline, summaries()
            await asyncio.sleep(0.1)
        assert tray.state is TrayState.OFF_SHIFT

        # Clocking in from the tray; the bar and the tray say so.
        assert tray.clock_action.isEnabled()
        tray.clock_action.trigger()
        assert tracking.controller.state is TrackerState.WORKING
        assert tray.state is TrayState.ON_SHIFT and tray.clock_action.text() == "Clock out"
        assert "Working" in tracking.bar.state_label.text()

        # A new offer arrives and is announced.
        offers_before = summaries().count("1 new offer(s)")
        case_id = admin.create_case(
            hub_server.engine,
            client_id=HEADPHONES,
            channel="forum",
            subject="Bluetooth-Kopfhörer verbindet sich nicht",
            customer_name="Kai Beispiel",
            customer_contact="kai-b",
            topic="bluetooth",
            body_text="Hi, meine Kopfhörer koppeln nicht mehr mit dem Laptop. Idee?",
        )
        await wait_until(lambda: any("new offer" in s for s in summaries()[offers_before:]))

        # Claim the forum case and answer it with a template.
        await show_view(window, CaseView.OFFERS, Channel.FORUM)
        model = window.inbox_model
        await wait_until(
            lambda: any(model.case_id_at(row) == case_id for row in range(model.rowCount()))
        )
        window.open_case(case_id)
        await wait_until(lambda: window.case_pane.case_id == case_id)
        window.case_actions.claim.trigger()
        await wait_until(lambda: hub_case(hub_server.engine, case_id)[1] == "jonas")
        window.case_actions.reply.trigger()
        composer = window.case_pane.composer
        await wait_until(lambda: composer.template_button.isEnabled())
        composer.template_menu.actions()[0].trigger()
        reply = composer.body.toPlainText()
        assert reply
        # Time passes while the expert works on the case, with the app in front.
        await wait_until(lambda: tracking.case_time.label.text().startswith("Your time"))
        ahead[0] += WORKED_ON_CASE_S
        tracking.case_time.refresh()
        shown = tracking.case_time.seconds(case_id)
        assert shown is not None and shown >= WORKED_ON_CASE_S
        assert tracking.case_time.label.text().startswith("Your time: 0:01:")
        window.case_actions.send.trigger()
        await wait_until(
            lambda: any(m.body_text == reply for m in hub_messages(hub_server.engine, case_id))
        )
        await close_as_solved(window, hub_server, case_id)
        await expect_pending_fee(ws, window, hub_server, case_id)

        tracking.bar.clock_action.trigger()
        assert tray.state is TrayState.OFF_SHIFT
        await wait_until(lambda: case_seconds_at_hub(hub_server, case_id) >= WORKED_ON_CASE_S)
        worked.append(case_seconds_at_hub(hub_server, case_id))
        seconds = tracking.case_time.seconds(case_id)
        assert seconds is not None and seconds >= WORKED_ON_CASE_S

    assert run_app(qapp, workstation, user) == 0
    assert worked and WORKED_ON_CASE_S <= worked[0] < WORKED_ON_CASE_S + 30
