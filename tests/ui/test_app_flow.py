"""The whole app against a real hub: login, first sync, reading, live changes, clean quit."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hub.admin import add_customer_message, reassign_case
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import SyncedCache, settings_beside, wait_until
from tests.ui.recorded_notifications import recording_connector
from workstation.store.queries import InboxQuery
from workstation.store.secrets import SecretStore
from workstation.ui.icons import IconLibrary
from workstation.ui.last_account import LAST_ACCOUNT_FILE
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.startup import Workstation

Driver = Callable[[Workstation], Coroutine[Any, Any, None]]


def memory_workstation(
    url: str, data_dir: Path, icons: IconLibrary, password: str = "demo"
) -> Workstation:
    return Workstation(
        LaunchOptions(hub_url=url, username="petra", data_dir=data_dir, password_prefill=password),
        icons=icons,
        secrets=SecretStore(backend=fail.Keyring()),
        settings=settings_beside(data_dir),
        connect_notifications=recording_connector(),
    )


def test_login_sync_read_follow_changes_and_quit(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    hub = synced_cache.hub
    data_dir = tmp_path / "data"
    expected_count = synced_cache.view.count_cases(InboxQuery())
    first_case = synced_cache.view.case_window(InboxQuery(), 0, 1)[0]
    first_thread = synced_cache.store.thread(first_case.id)
    workstation = memory_workstation(hub.url, data_dir, icons)

    async def user(ws: Workstation) -> None:
        dialog_notice_seen: list[bool] = []
        await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
        assert ws.login_dialog is not None
        dialog_notice_seen.append(ws.login_dialog.notice.isVisible())
        window = await log_in(ws, qtbot)
        assert dialog_notice_seen == [True]

        assert "Petra Schneider" in window.windowTitle()
        assert window.notice_bar is not None and window.notice_bar.isVisible()
        assert "No usable keyring" in window.notice_bar.label.text()
        await wait_for_sync(window, ws)
        model = window.inbox.model()
        assert model.rowCount() == expected_count
        assert "Online" in window.status.connection_label.text()
        assert not window.status.progress_bar.isVisible()

        # The inbox has the focus: the arrow key opens the first case.
        await wait_until(window.inbox.hasFocus)
        qtbot.keyClick(window.inbox, Qt.Key.Key_Down)
        await wait_until(lambda: window.case_pane.case_id == first_case.id)
        text = window.case_pane.conversation_text()
        assert all(message.author in text for message in first_thread)

        # A new customer message reaches the open thread with F5.
        add_customer_message(hub.engine, first_case.id, "Gibt es schon Neuigkeiten?")
        qtbot.keyClick(window.inbox, Qt.Key.Key_F5)
        await wait_until(
            lambda: "Gibt es schon Neuigkeiten?" in window.case_pane.conversation_text()
        )

        # The hub gives the case to someone else: it leaves the inbox and the reading pane.
        reassign_case(hub.engine, first_case.id, "jonas")
        window.sync_action.trigger()
        await wait_until(lambda: window.case_pane.case_id is None)
        await wait_until(lambda: model.rowCount() == expected_count - 1)

        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    assert run_app(qapp, workstation, user) == 0

    assert workstation.main_window is None
    # Without a keyring nothing about customers or the session reaches the disk; only the
    # hub address and the user name are remembered.
    written = [path for path in data_dir.rglob("*") if path.is_file()]
    assert [path.name for path in written] == [LAST_ACCOUNT_FILE]
    remembered = written[0].read_text(encoding="utf-8")
    assert first_case.subject not in remembered and "petra" in remembered


def test_cancelling_the_login_quits_cleanly(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    workstation = memory_workstation("https://hub.example.com", tmp_path, icons, password="")

    async def user(ws: Workstation) -> None:
        await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
        assert ws.login_dialog is not None
        qtbot.keyClick(ws.login_dialog, Qt.Key.Key_Escape)
        await wait_until(lambda: ws.quit_requested)

    assert run_app(qapp, workstation, user) == 0
    assert workstation.main_window is None


def test_quitting_during_the_first_sync_leaves_nothing_pending(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    workstation = memory_workstation(synced_cache.hub.url, tmp_path, icons)

    async def user(ws: Workstation) -> None:
        await log_in(ws, qtbot)
        await wait_until(lambda: ws.sync is not None and ws.sync.syncing)
        ws.request_quit()

    assert run_app(qapp, workstation, user) == 0
    assert workstation.sync is not None and not workstation.sync.running


def test_a_quit_from_qt_itself_still_shuts_down_in_order(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    """`QApplication.quit()` (session end, a tray menu) ends Qt's loop at once; the app
    still cancels its tasks and closes its client before `main()` returns."""
    workstation = memory_workstation(synced_cache.hub.url, tmp_path, icons)

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        QApplication.quit()

    assert run_app(qapp, workstation, user) == 0
    assert workstation.main_window is None
    assert workstation.sync is not None and not workstation.sync.running
