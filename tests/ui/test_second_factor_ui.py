"""The second factor in the UI against a real hub: enrolment with the QR code and the
secret as text, the code step of the login dialog with a single-use recovery code, and a
wipe report that waits for the hub and is sent on a later start."""

from __future__ import annotations

import socket
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hub.admin import expert_id
from hub.auth.totp import code_at, time_step
from hub.cli import main as hub_cli
from hub.clock import utc_now
from hub.schema import devices
from tests.support.hub_server import RunningHub
from tests.ui.app_driver import run_app, set_up_required_second_factor, wait_for_sync
from tests.ui.conftest import RunAsync, wait_until
from tests.ui.test_app_flow import memory_workstation
from workstation.store.secrets import SecretStore
from workstation.store.wipe import PENDING_WIPE_REPORT_FILE, WipeReport, save_pending_report
from workstation.sync.client import DeviceRegistration, HubClient, TotpEnrolment
from workstation.sync.device_key import DeviceKey
from workstation.sync.session import login
from workstation.ui.account.totp_enrolment import TotpEnrolmentDialog
from workstation.ui.async_dialog import run_dialog
from workstation.ui.blocking_calls import BlockingCalls
from workstation.ui.icons import IconLibrary
from workstation.ui.login_dialog import LoginDialog, SecondFactor, SecondFactorKind
from workstation.ui.remote_wipe import RemoteWipe
from workstation.ui.startup import Workstation
from workstation.ui.tasks import TaskSet


async def _enrol_in_dialog(qtbot: QtBot, hub: RunningHub) -> list[str]:
    client, tasks = HubClient(hub.url, timeout=5.0), TaskSet()
    try:
        session = await login(client, "petra", "demo")

        async def start() -> TotpEnrolment:
            return await session.call(client.start_totp_enrolment)

        async def confirm(code: str) -> list[str]:
            return await session.call(lambda token: client.confirm_totp(token, code))

        dialog = TotpEnrolmentDialog(start, confirm, tasks)
        qtbot.addWidget(dialog)
        result = tasks.spawn(run_dialog(dialog), name="dialog")
        await wait_until(lambda: dialog.confirm_button.isEnabled())
        pixmap = dialog.qr_label.pixmap()
        assert not pixmap.isNull() and pixmap.width() >= 100
        secret = dialog.secret_label.text().replace(" ", "")
        assert dialog.code_field.hasFocus()

        qtbot.keyClicks(dialog.code_field, "000000")
        qtbot.keyClick(dialog.code_field, Qt.Key.Key_Return)
        await wait_until(lambda: "not accepted" in dialog.status_label.text())
        dialog.code_field.clear()
        qtbot.keyClicks(dialog.code_field, code_at(secret, time_step(utc_now())))
        qtbot.keyClick(dialog.code_field, Qt.Key.Key_Return)
        await wait_until(lambda: dialog.done_button.isVisible())
        codes = dialog.codes_view.toPlainText().splitlines()
        assert codes == dialog.recovery_codes and len(codes) == 10
        dialog.done_button.click()
        assert await result == QDialog.DialogCode.Accepted
        return codes
    finally:
        await tasks.close()
        await client.aclose()


def test_enrolment_then_login_with_a_single_use_recovery_code(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[None], hub_server: RunningHub
) -> None:
    async def scenario() -> None:
        recovery_codes = await _enrol_in_dialog(qtbot, hub_server)
        client, tasks = HubClient(hub_server.url, timeout=5.0), TaskSet()
        factors: list[SecondFactor | None] = []

        async def attempt(
            url: str, user: str, password: str, second_factor: SecondFactor | None
        ) -> None:
            factors.append(second_factor)
            recovery = second_factor is not None and second_factor.kind == SecondFactorKind.RECOVERY
            await client.login(
                user,
                password,
                totp_code=None if recovery or second_factor is None else second_factor.code,
                recovery_code=second_factor.code if recovery and second_factor else None,
            )

        def open_login() -> LoginDialog:
            dialog = LoginDialog(
                attempt, tasks, icons, hub_url=hub_server.url, username="petra", password="demo"
            )
            qtbot.addWidget(dialog)
            dialog.show()
            return dialog

        async def log_in_with_recovery_code() -> tuple[LoginDialog, int | None]:
            """Submit the password, switch to a recovery code and submit it; returns the
            dialog and its result if it closed (``None`` while it is still open)."""
            dialog = open_login()
            result = tasks.spawn(run_dialog(dialog), name="login")
            qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
            await wait_until(lambda: dialog.asks_for_code and dialog.code_field.hasFocus())
            qtbot.keyClick(dialog.recovery_toggle, Qt.Key.Key_Space)
            assert dialog.recovery_toggle.isChecked()
            assert dialog.code_field.accessibleName() == "Recovery code"
            qtbot.keyClicks(dialog.code_field, recovery_codes[0])
            qtbot.keyClick(dialog.code_field, Qt.Key.Key_Return)
            await wait_until(lambda: not dialog.is_logging_in)
            # An accepted login has closed the dialog before its task ended.
            return dialog, (None if dialog.isVisible() else await result)

        try:
            _, first = await log_in_with_recovery_code()
            assert first == QDialog.DialogCode.Accepted
            assert factors[-1] == SecondFactor(SecondFactorKind.RECOVERY, recovery_codes[0])
            # The same recovery code a second time is refused.
            dialog, second = await log_in_with_recovery_code()
            assert second is None and "already used" in dialog.error_label.text()
            assert dialog.code_field.hasFocus()
            assert factors[0] is None and factors[2] is None
        finally:
            await tasks.close()
            await client.aclose()

    run_async(scenario())


def test_a_wipe_report_waits_until_the_hub_takes_it(
    run_async: RunAsync[Any], hub_server: RunningHub, tmp_path: Path
) -> None:
    key = DeviceKey.generate()

    async def register() -> None:
        client = HubClient(hub_server.url, timeout=5.0)
        try:
            await client.login("petra", "demo", device=DeviceRegistration(key, "laptop", "Linux"))
        finally:
            await client.aclose()

    run_async(register())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    wiped_at = "2026-11-24T09:30:00Z"
    report = WipeReport(
        hub_url=f"http://127.0.0.1:{closed_port}",
        public_key=key.public_key,
        wiped_at=wiped_at,
        signature=key.sign_wipe(wiped_at),
    )
    save_pending_report(tmp_path, report)
    calls = BlockingCalls("keyring")

    def remote_wipe() -> RemoteWipe:
        return RemoteWipe(tmp_path, SecretStore(), calls, lambda url: HubClient(url, timeout=5.0))

    try:
        assert run_async(remote_wipe().send_pending_report()) is False
        assert (tmp_path / PENDING_WIPE_REPORT_FILE).exists()
        # The hub is reachable at its real address on the next start.
        save_pending_report(tmp_path, replace(report, hub_url=hub_server.url))
        assert run_async(remote_wipe().send_pending_report()) is True
    finally:
        calls.close()
    assert not (tmp_path / PENDING_WIPE_REPORT_FILE).exists()
    with hub_server.engine.connect() as conn:
        row = conn.execute(
            select(devices.c.wiped_at, devices.c.wipe_reported_at).where(
                devices.c.expert_id == expert_id(hub_server.engine, "petra")
            )
        ).one()
    assert row.wiped_at.isoformat() == "2026-11-24T09:30:00" and row.wipe_reported_at


def test_a_required_second_factor_is_set_up_before_the_main_window(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert hub_cli(["admin", "require-totp", "petra", "--db", hub_server.db_url]) == 0
    capsys.readouterr()
    workstation = memory_workstation(hub_server.url, tmp_path / "data", icons)

    async def user(ws: Workstation) -> None:
        await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
        assert ws.login_dialog is not None
        qtbot.keyClick(ws.login_dialog.password_field, Qt.Key.Key_Return)
        await wait_until(lambda: ws.enrolment_dialog is not None)
        assert ws.main_window is None
        await set_up_required_second_factor(ws, qtbot)
        await wait_until(lambda: ws.main_window is not None)
        assert ws.main_window is not None and ws.enrolment_action is not None
        await wait_for_sync(ws.main_window, ws)
        ws.request_quit()

    assert run_app(qapp, workstation, user) == 0
