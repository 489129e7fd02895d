"""The app with a real Secret Service (gnome-keyring in CI): an encrypted cache file, a
silent resume on the next start, an offline start, and recovery from a broken cache."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.support.hub_server import running_hub
from tests.support.services import service_missing
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import DEMO_PASSWORD, settings_beside, wait_until
from tests.ui.recorded_notifications import recording_connector
from workstation.store.paths import account_dir
from workstation.store.secrets import (
    CACHE_KEY,
    DEVICE_KEY,
    REFRESH_TOKEN,
    SecretStore,
    account_name,
)
from workstation.ui.cache_opening import CACHE_FILE_NAME
from workstation.ui.icons import IconLibrary
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.startup import Workstation

pytestmark = pytest.mark.secret_service


class TestKeyring(SecretStore):
    """A SecretStore on the real Secret Service, under a service name of its own so that a
    developer's real entries stay untouched; it remembers the accounts it wrote for."""

    __test__ = False

    def __init__(self, backend: object) -> None:
        super().__init__(
            service=f"expert-workstation-test-{uuid.uuid4().hex}",
            backend=backend,  # type: ignore[arg-type]
        )
        self.accounts: set[str] = set()

    def set(self, account: str, name: str, value: str) -> None:
        self.accounts.add(account)
        super().set(account, name, value)


@pytest.fixture
def secret_service() -> Iterator[TestKeyring]:
    from keyring.backends import SecretService

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        service_missing("Secret Service: no D-Bus session bus")
    backend = SecretService.Keyring()
    try:
        backend.priority  # noqa: B018 - raises when no Secret Service answers on the bus
    except RuntimeError as error:
        service_missing(f"Secret Service: {error}")
    store = TestKeyring(backend)
    yield store
    for account in store.accounts:
        for name in (REFRESH_TOKEN, CACHE_KEY, DEVICE_KEY):
            store.delete(account, name)


def start(
    data_dir: Path, icons: IconLibrary, secrets: SecretStore, hub_url: str = "", password: str = ""
) -> Workstation:
    return Workstation(
        LaunchOptions(
            hub_url=hub_url,
            username="petra" if hub_url else "",
            data_dir=data_dir,
            password_prefill=password,
        ),
        icons=icons,
        secrets=secrets,
        settings=settings_beside(data_dir),
        connect_notifications=recording_connector(),
    )


def test_the_session_and_the_encrypted_cache_outlive_the_app(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    secret_service: TestKeyring,
    seeded_sqlite_url: str,
    tmp_path: Path,
    app_logs: object,
) -> None:
    data_dir = tmp_path / "data"
    counts: list[int] = []
    subjects: list[str] = []

    with running_hub(seeded_sqlite_url, prepared=True) as hub:
        account = account_name("petra", hub.url)
        cache_file = account_dir(data_dir, hub.url, "petra") / CACHE_FILE_NAME

        async def first_start(ws: Workstation) -> None:
            window = await log_in(ws, qtbot)
            assert window.notice_bar is None  # a keyring: nothing is kept in memory only
            await wait_for_sync(window, ws)
            model = window.inbox.model()
            counts.append(model.rowCount())
            subjects.append(model.index(0, 2).data())
            qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

        assert (
            run_app(
                qapp, start(data_dir, icons, secret_service, hub.url, DEMO_PASSWORD), first_start
            )
            == 0
        )
        assert secret_service.get(account, REFRESH_TOKEN)
        assert secret_service.get(account, CACHE_KEY)
        assert cache_file.exists()
        assert subjects[0].encode() not in cache_file.read_bytes()  # encrypted at rest

        async def silent_resume(ws: Workstation) -> None:
            await wait_until(lambda: ws.main_window is not None)
            window = ws.main_window
            assert window is not None
            assert window.inbox.model().rowCount() == counts[0]  # straight from the cache
            await wait_for_sync(window, ws)
            ws.request_quit()

        # No hub, user or password given: the remembered account and the stored session.
        resumed = start(data_dir, icons, secret_service)
        assert run_app(qapp, resumed, silent_resume) == 0

    async def offline_start(ws: Workstation) -> None:
        await wait_until(lambda: ws.main_window is not None)
        window = ws.main_window
        assert window is not None and ws.login_dialog is None
        assert window.inbox.model().rowCount() == counts[0]
        assert ws.sync is not None
        await wait_until(lambda: ws.sync is not None and ws.sync.online is False)
        assert "Offline" in window.status.connection_label.text()
        ws.request_quit()

    # The hub is gone now: the app starts on its cache and says it is offline.
    assert run_app(qapp, start(data_dir, icons, secret_service), offline_start) == 0


def test_a_cache_that_cannot_be_opened_is_downloaded_again(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    secret_service: TestKeyring,
    seeded_sqlite_url: str,
    tmp_path: Path,
    app_logs: object,
) -> None:
    data_dir = tmp_path / "data"
    with running_hub(seeded_sqlite_url, prepared=True) as hub:
        account = account_name("petra", hub.url)
        cache_file = account_dir(data_dir, hub.url, "petra") / CACHE_FILE_NAME
        cache_file.parent.mkdir(parents=True)
        # A key in the keyring that does not open the file: damaged, or written under a key
        # that was later lost.
        cache_file.write_bytes(os.urandom(8192))
        stale_key = os.urandom(32).hex()
        secret_service.set(account, CACHE_KEY, stale_key)

        async def recover(ws: Workstation) -> None:
            await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
            assert ws.login_dialog is not None
            qtbot.keyClick(ws.login_dialog.password_field, Qt.Key.Key_Return)
            await wait_until(
                lambda: any(
                    isinstance(widget, QMessageBox) and widget.isVisible()
                    for widget in QApplication.topLevelWidgets()
                )
            )
            question = next(
                widget
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QMessageBox) and widget.isVisible()
            )
            assert "cannot be opened" in question.text()
            assert ws.main_window is None
            again = next(
                button
                for button in question.findChildren(QPushButton)
                if button.text() == "Download cases again"
            )
            again.click()
            await wait_until(lambda: ws.main_window is not None)
            window = ws.main_window
            assert window is not None
            await wait_for_sync(window, ws)
            assert window.inbox.model().rowCount() > 0
            ws.request_quit()

        assert (
            run_app(qapp, start(data_dir, icons, secret_service, hub.url, DEMO_PASSWORD), recover)
            == 0
        )
        assert secret_service.get(account, CACHE_KEY) not in (None, stale_key)
