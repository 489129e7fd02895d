"""Scenarios 1 and 6 end to end with a real hub, the real Secret Service and the app's UI:
a first start with a TOTP code registers the device and keeps the tokens in the keyring;
a revoked device wipes the account's data and keyring entries and reports the wipe.
Canary strings prove that nothing of the account stays on disk or in the keyring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hub.admin import create_case
from hub.auth.totp import code_at, time_step
from hub.cli import main as hub_cli
from hub.clock import utc_now
from hub.schema import devices, experts
from tests.hub.helpers import http_client
from tests.support.hub_server import RunningHub, running_hub
from tests.ui.app_driver import run_app, wait_for_sync
from tests.ui.conftest import DEMO_PASSWORD, wait_until
from tests.ui.test_app_with_keyring import TestKeyring, secret_service, start  # noqa: F401
from workstation.store.paths import account_dir
from workstation.store.secrets import CACHE_KEY, DEVICE_KEY, REFRESH_TOKEN, account_name
from workstation.store.wipe import PENDING_WIPE_REPORT_FILE
from workstation.sync.device_key import DeviceKey
from workstation.ui.device_keys import this_computer
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation
from workstation.ui.sync_controller import SyncController

pytestmark = pytest.mark.secret_service

CANARY_NAME = "Kunigunde Zwetschgenbaum-Canary"
CANARY_TEXT = "canary-message-7f3a9c: my router blinks orange"


def _enrol_petra(hub: RunningHub) -> str:
    """Petra sets up TOTP (as she would in the app); returns the secret her phone holds."""
    with http_client(hub) as http:
        access = http.post("/auth/login", json={"username": "petra", "password": "demo"}).json()[
            "access_token"
        ]
        headers = {"Authorization": f"Bearer {access}"}
        secret: str = http.post("/account/totp", headers=headers).json()["secret"]
        code = code_at(secret, time_step(utc_now()))
        confirmed = http.post("/account/totp/confirm", json={"code": code}, headers=headers)
        assert confirmed.status_code == 200, confirmed.text
    return secret


def _device_rows(hub: RunningHub) -> list[Any]:
    with hub.engine.connect() as conn:
        return list(
            conn.execute(
                select(devices)
                .join(experts, experts.c.id == devices.c.expert_id)
                .where(experts.c.username == "petra")
            ).all()
        )


def _visible_message_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


def _record_sync_progress(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    progress: list[int] = []
    original = SyncController.start

    def start_recording(controller: SyncController) -> None:
        controller.syncProgress.connect(lambda received, _total: progress.append(received))
        original(controller)

    monkeypatch.setattr(SyncController, "start", start_recording)
    return progress


def test_first_start_with_a_totp_code_registers_the_device(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    secret_service: TestKeyring,  # noqa: F811
    seeded_sqlite_url: str,
    tmp_path: Path,
    app_logs: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "data"
    progress = _record_sync_progress(monkeypatch)
    with running_hub(seeded_sqlite_url, prepared=True) as hub:
        secret = _enrol_petra(hub)
        account = account_name("petra", hub.url)

        async def first_start(ws: Workstation) -> None:
            await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
            dialog = ws.login_dialog
            assert dialog is not None and not dialog.asks_for_code
            qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
            await wait_until(lambda: dialog.asks_for_code and dialog.code_field.hasFocus())
            assert "authenticator app" in dialog.error_label.text()
            # The enrolment spent the current step's code; the next step's is within drift.
            qtbot.keyClicks(dialog.code_field, code_at(secret, time_step(utc_now()) + 1))
            qtbot.keyClick(dialog.code_field, Qt.Key.Key_Return)
            await wait_until(lambda: ws.main_window is not None)
            window = ws.main_window
            assert window is not None
            await wait_for_sync(window, ws)
            assert window.inbox.model().rowCount() > 0
            ws.request_quit()

        workstation = start(data_dir, icons, secret_service, hub.url, DEMO_PASSWORD)
        assert run_app(qapp, workstation, first_start) == 0

        [device] = _device_rows(hub)
        name, system = this_computer()
        assert (device.name, device.os) == (name, system)
        assert device.revoked_at is None and device.last_seen_at >= device.first_seen_at
        stored_key = secret_service.get(account, DEVICE_KEY)
        assert stored_key is not None
        assert DeviceKey.from_secret(stored_key).public_key == device.public_key
        assert secret_service.get(account, REFRESH_TOKEN)
        assert progress, "the first sync reported no progress"


def _files_containing(root: Path, needles: list[bytes]) -> list[str]:
    hits: list[str] = []
    for path in root.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            hits += [f"{path.name}: {needle!r}" for needle in needles if needle in content]
    return hits


def _keyring_items_containing(needles: list[str]) -> list[str]:
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        hits: list[str] = []
        for collection in secretstorage.get_all_collections(connection):
            if collection.is_locked():
                collection.unlock()
            for item in collection.get_all_items():
                text = item.get_secret().decode("utf-8", "replace") + repr(item.get_attributes())
                hits += [item.get_label() for needle in needles if needle in text]
        return hits
    finally:
        connection.close()


def test_a_revoked_device_wipes_its_data_and_reports_it(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    secret_service: TestKeyring,  # noqa: F811
    seeded_sqlite_url: str,
    tmp_path: Path,
    app_logs: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir = tmp_path / "data"
    secrets_seen: list[str] = []
    texts: list[str] = []
    with running_hub(seeded_sqlite_url, prepared=True) as hub:
        create_case(
            hub.engine,
            client_id=1,
            channel="email",
            subject="Router problem",
            customer_name=CANARY_NAME,
            customer_contact="canary@example.org",
            body_text=CANARY_TEXT,
            assigned_username="petra",
        )
        account = account_name("petra", hub.url)
        folder = account_dir(data_dir, hub.url, "petra")

        async def lost_laptop(ws: Workstation) -> None:
            await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
            assert ws.login_dialog is not None
            qtbot.keyClick(ws.login_dialog.password_field, Qt.Key.Key_Return)
            await wait_until(lambda: ws.main_window is not None)
            window = ws.main_window
            assert window is not None
            await wait_for_sync(window, ws)
            # An attachment in the clear proves that the byte search below finds canaries.
            attachment = folder / "attachments" / "17" / "invoice.txt"
            attachment.parent.mkdir(parents=True)
            attachment.write_text(f"Invoice for {CANARY_NAME}", encoding="utf-8")
            assert _files_containing(data_dir, [CANARY_NAME.encode()])
            for name in (REFRESH_TOKEN, CACHE_KEY, DEVICE_KEY):
                value = secret_service.get(account, name)
                assert value
                secrets_seen.append(value)

            # Operations revoke the device; the next contact with the hub wipes it.
            [device] = _device_rows(hub)
            assert hub_cli(["admin", "revoke-device", str(device.id), "--db", hub.db_url]) == 0
            assert ws.sync is not None
            ws.sync.sync_now()
            await wait_until(lambda: _visible_message_box() is not None)
            box = _visible_message_box()
            assert box is not None
            texts.extend((box.text(), box.informativeText()))
            assert not folder.exists()
            ok = box.button(QMessageBox.StandardButton.Ok)
            assert ok is not None
            ok.click()

        workstation = start(data_dir, icons, secret_service, hub.url, DEMO_PASSWORD)
        assert run_app(qapp, workstation, lost_laptop) == 0

        assert "withdrawn this computer's access" in texts[0]
        assert "deleted from this computer" in texts[1]
        [device] = _device_rows(hub)
        assert device.revoked_at is not None
        assert device.wiped_at is not None and device.wipe_reported_at is not None
        capsys.readouterr()
        assert hub_cli(["admin", "devices", "petra", "--db", hub.db_url]) == 0
        listing = capsys.readouterr().out
        assert device.wipe_reported_at.strftime("%Y-%m-%d %H:%M") in listing

    needles = [CANARY_NAME, CANARY_TEXT, *secrets_seen]
    assert not folder.exists()
    assert not (data_dir / PENDING_WIPE_REPORT_FILE).exists()
    assert _files_containing(data_dir, [needle.encode() for needle in needles]) == []
    for name in (REFRESH_TOKEN, CACHE_KEY, DEVICE_KEY):
        assert secret_service.get(account, name) is None
    assert _keyring_items_containing(needles) == []


def test_an_offboarded_expert_is_wiped_at_the_next_start(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    secret_service: TestKeyring,  # noqa: F811
    seeded_sqlite_url: str,
    tmp_path: Path,
    app_logs: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir = tmp_path / "data"
    texts: list[str] = []
    with running_hub(seeded_sqlite_url, prepared=True) as hub:
        account = account_name("petra", hub.url)

        async def work_and_quit(ws: Workstation) -> None:
            await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
            assert ws.login_dialog is not None
            qtbot.keyClick(ws.login_dialog.password_field, Qt.Key.Key_Return)
            await wait_until(lambda: ws.main_window is not None)
            assert ws.main_window is not None
            await wait_for_sync(ws.main_window, ws)
            ws.request_quit()

        first = start(data_dir, icons, secret_service, hub.url, DEMO_PASSWORD)
        assert run_app(qapp, first, work_and_quit) == 0
        assert secret_service.get(account, REFRESH_TOKEN)
        assert hub_cli(["admin", "offboard", "petra", "--db", hub.db_url]) == 0

        async def acknowledge_wipe(ws: Workstation) -> None:
            await wait_until(lambda: _visible_message_box() is not None)
            box = _visible_message_box()
            assert box is not None and ws.main_window is None
            texts.append(box.text())
            ok = box.button(QMessageBox.StandardButton.Ok)
            assert ok is not None
            ok.click()

        # The remembered account resumes silently: the refresh answers expert_offboarded.
        assert run_app(qapp, start(data_dir, icons, secret_service), acknowledge_wipe) == 0
        [device] = _device_rows(hub)
        assert device.wipe_reported_at is not None

    assert texts == ["Your account has been closed."]
    assert [path for path in data_dir.rglob("*") if path.is_file()] == []
    for name in (REFRESH_TOKEN, CACHE_KEY, DEVICE_KEY):
        assert secret_service.get(account, name) is None
