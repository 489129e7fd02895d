""" "Stay quiet outside my booked windows" uses the booked windows the app has synced: an
offer outside them is listed but not announced; once the expert is on shift it is."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hub import admin
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import SyncedCache, settings_beside, wait_until
from tests.ui.schedule.rig import put_petra_on_shift, take_petra_off_shift
from tests.ui.test_realtime_wiring import ShownNotifications, realtime_workstation
from workstation.ui.icons import IconLibrary
from workstation.ui.schedule.page import SchedulePage
from workstation.ui.startup import Workstation


def new_offer(engine: object, subject: str) -> int:
    return admin.create_case(
        engine,  # type: ignore[arg-type]
        client_id=1,
        channel="email",
        subject=subject,
        customer_name="Kundin",
        customer_contact="kundin@example.de",
        topic="vat",
        body_text="Eine Frage.",
    )


def test_offers_are_announced_only_inside_a_booked_window(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    hub = synced_cache.hub
    take_petra_off_shift(hub)
    desktop = ShownNotifications()
    workstation = realtime_workstation(hub.url, tmp_path / "data", icons, desktop)
    assert settings_beside(tmp_path / "data").quiet_outside_windows  # the default

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        watch = ws.realtime.booked_windows
        assert watch is not None
        await wait_until(lambda: watch.loaded)
        model = window.inbox_model

        def listed(case_id: int) -> bool:
            return any(model.case_id_at(row) == case_id for row in range(model.rowCount()))

        quiet = new_offer(hub.engine, "Outside")
        window.sync_action.trigger()
        await wait_until(lambda: listed(quiet))
        await wait_for_sync(window, ws)
        await asyncio.sleep(0.3)
        assert desktop.shown == []

        put_petra_on_shift(hub)
        announced = new_offer(hub.engine, "Inside")
        window.sync_action.trigger()
        await wait_until(lambda: listed(announced))
        await wait_until(lambda: len(desktop.shown) == 1)
        assert desktop.shown[0][2] == announced

        # The Schedule space is in the window, with its exports in the File menu.
        assert "schedule" in window.spaces.keys
        window.show_space("schedule")
        page = window.findChild(SchedulePage)
        assert page is not None and page.isVisible()
        await wait_until(lambda: bool(page.grid.windows))
        names = {action.objectName() for action in window.file_menu.actions()}
        assert {"schedule_export_ics", "timesheet_export_csv"} <= names

    assert run_app(qapp, workstation, user) == 0
