"""The running app with its event stream, tray icon and notifications, against a real hub."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hub import admin
from hub.schema import clients
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import SyncedCache, settings_beside, wait_until
from tests.ui.recorded_notifications import ShownNotifications, recording_connector
from tests.ui.schedule.rig import put_petra_on_shift
from workstation.domain.models import Channel
from workstation.store.secrets import SecretStore
from workstation.sync.events import ListenerState
from workstation.ui.formatting import channel_label
from workstation.ui.icons import IconLibrary
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.startup import Workstation
from workstation.ui.tray.badge import TrayState

# Far longer than any test: a case that arrives must have been pushed, not polled.
NEVER_SECONDS = 3600.0
PUSH_DEADLINE_SECONDS = 5.0


def realtime_workstation(
    url: str, data_dir: Path, icons: IconLibrary, desktop: ShownNotifications
) -> Workstation:
    return Workstation(
        LaunchOptions(hub_url=url, username="petra", data_dir=data_dir, password_prefill="demo"),
        icons=icons,
        secrets=SecretStore(backend=fail.Keyring()),
        settings=settings_beside(data_dir),
        sync_interval_seconds=NEVER_SECONDS,
        tray_available=lambda: True,
        connect_notifications=recording_connector(desktop),
    )


def client_name(synced_cache: SyncedCache, client_id: int) -> str:
    with synced_cache.hub.engine.connect() as connection:
        name = connection.execute(select(clients.c.name).where(clients.c.id == client_id))
        return str(name.scalar_one())


def test_a_new_offer_is_pushed_to_the_inbox_and_announced_without_its_subject(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    hub = synced_cache.hub
    put_petra_on_shift(hub)  # outside a booked window the offer would stay quiet
    desktop = ShownNotifications()
    workstation = realtime_workstation(hub.url, tmp_path / "data", icons, desktop)
    new_case_ids: list[int] = []

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        listener = ws.realtime.listener
        assert listener is not None
        await wait_until(lambda: listener.state is ListenerState.CONNECTED)
        assert ws.realtime.tray is not None
        assert ws.realtime.tray.state is TrayState.OFF_SHIFT
        assert desktop.shown == [], "what the first sync found is not news"

        new_case_ids.append(
            admin.create_case(
                hub.engine,
                client_id=1,
                channel="email",
                subject="Streng vertraulicher Betreff",
                customer_name="Waltraud Geheimnis",
                customer_contact="waltraud@example.de",
                topic="vat",
                body_text="Guten Tag, ich habe eine Frage.",
            )
        )
        model = window.inbox_model
        await wait_until(
            lambda: any(
                model.case_id_at(row) == new_case_ids[0] for row in range(model.rowCount())
            ),
            timeout=PUSH_DEADLINE_SECONDS,
        )
        await wait_until(lambda: len(desktop.shown) == 1, timeout=PUSH_DEADLINE_SECONDS)
        tray = ws.realtime.tray
        assert tray is not None
        await wait_until(lambda: tray.unread == 1)

        # A click on the notification opens its case, which is then no longer unread.
        ws.realtime.notifier.activate(new_case_ids[0])
        await wait_until(lambda: window.case_pane.case_id == new_case_ids[0])
        assert tray.unread == 0
        # Another sync of the same state announces nothing again.
        window.sync_action.trigger()
        await wait_for_sync(window, ws)
        await asyncio.sleep(0.3)

    assert run_app(qapp, workstation, user) == 0

    assert len(desktop.shown) == 1
    summary, body, case_id, _urgent = desktop.shown[0]
    assert case_id == new_case_ids[0]
    assert "offer" in summary
    assert channel_label(Channel.EMAIL) in body
    assert client_name(synced_cache, 1) in body
    assert "Streng vertraulicher Betreff" not in summary + body
    assert "Waltraud" not in summary + body
    assert workstation.realtime.listener is None and workstation.realtime.tray is None


def test_the_tray_menu_opens_pauses_and_quits_cleanly(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    desktop = ShownNotifications()
    workstation = realtime_workstation(synced_cache.hub.url, tmp_path / "data", icons, desktop)
    quit_clicked: list[bool] = []

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        tray = ws.realtime.tray
        assert tray is not None
        actions = [tray.open_action, tray.clock_action, tray.pause_hour_action]
        assert all(action.text() for action in [*actions, tray.quit_action])

        window.hide()
        tray.open_action.trigger()
        await wait_until(window.isVisible)

        tray.pause_hour_action.trigger()
        assert ws.realtime.paused_until is not None
        assert tray.resume_action.isVisible()
        tray.resume_action.trigger()
        assert ws.realtime.paused_until is None

        quit_clicked.append(True)
        tray.quit_action.trigger()
        await wait_until(lambda: ws.quit_requested)
        # The app, not the user, ends the run: the shutdown path must finish by itself.
        await asyncio.sleep(10)

    assert run_app(qapp, workstation, user) == 0
    assert quit_clicked == [True]
    assert workstation.main_window is None
    assert workstation.sync is not None and not workstation.sync.running
    assert workstation.realtime.listener is None
