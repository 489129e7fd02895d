"""A start with a stored session opens the window on the cache at once; the hub's word on
the session comes afterwards: a hub that does not answer delays nothing, an ended session
asks for a login over the open window, and a second factor the hub now requires is set
up over it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hub.cli import main as hub_cli
from tests.support.hub_server import RunningHub, running_hub
from tests.ui.app_driver import log_in, run_app, set_up_required_second_factor, wait_for_sync
from tests.ui.conftest import wait_until
from tests.ui.process_keyring import ProcessKeyring
from tests.ui.work_driver import memory_workstation
from workstation.store.secrets import REFRESH_TOKEN, SecretStore, account_name
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation


def _first_start(
    qapp: QApplication,
    qtbot: QtBot,
    hub_url: str,
    data_dir: Path,
    icons: IconLibrary,
    secrets: SecretStore,
) -> int:
    """Log in, sync and quit; returns how many cases the inbox listed."""
    rows: list[int] = []

    async def work(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        rows.append(window.inbox_model.rowCount())
        ws.request_quit()

    assert run_app(qapp, memory_workstation(hub_url, data_dir, icons, secrets=secrets), work) == 0
    assert rows and rows[0] > 0
    return rows[0]


@contextmanager
def _silent_hub(url: str) -> Iterator[None]:
    """A server on the hub's address that takes connections and never answers."""
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(8)
    try:
        yield
    finally:
        listener.close()


def test_the_window_shows_the_cache_while_the_hub_does_not_answer(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    seeded_sqlite_url: str,
    tmp_path: Path,
    app_logs: object,
) -> None:
    data_dir = tmp_path / "data"
    secrets = SecretStore(backend=ProcessKeyring())
    with running_hub(seeded_sqlite_url, prepared=True) as hub:
        url = hub.url
        cached = _first_start(qapp, qtbot, url, data_dir, icons, secrets)

    async def look(ws: Workstation) -> None:
        await wait_until(lambda: ws.main_window is not None, timeout=5)
        window = ws.main_window
        assert window is not None and ws.login_dialog is None
        assert window.inbox.painted
        assert window.inbox_model.rowCount() == cached
        # The hub holds the connection and says nothing: the session is not confirmed yet.
        assert ws.sync is not None and ws.sync.online is not True
        ws.request_quit()

    with _silent_hub(url):
        second = memory_workstation(url, data_dir, icons, secrets=secrets)
        assert run_app(qapp, second, look) == 0


def test_an_ended_session_asks_for_a_login_over_the_open_window(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: object,
) -> None:
    data_dir = tmp_path / "data"
    secrets = SecretStore(backend=ProcessKeyring())
    cached = _first_start(qapp, qtbot, hub_server.url, data_dir, icons, secrets)
    account = account_name("petra", hub_server.url)
    secrets.set(account, REFRESH_TOKEN, "a-refresh-token-the-hub-never-issued")

    async def log_in_again(ws: Workstation) -> None:
        await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
        window = ws.main_window
        dialog = ws.login_dialog
        assert window is not None and dialog is not None
        assert window.isVisible() and window.inbox_model.rowCount() == cached
        assert dialog.parent() is window
        assert dialog.user_field.isReadOnly()  # the cache's account, not another
        await wait_until(lambda: secrets.get(account, REFRESH_TOKEN) is None)  # forgotten
        qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
        await wait_until(lambda: ws.login_dialog is None)
        await wait_for_sync(window, ws)
        ws.request_quit()

    second = memory_workstation(hub_server.url, data_dir, icons, secrets=secrets)
    assert run_app(qapp, second, log_in_again) == 0
    stored = secrets.get(account, REFRESH_TOKEN)
    assert stored and stored != "a-refresh-token-the-hub-never-issued"


def test_a_second_factor_required_meanwhile_is_set_up_over_the_open_window(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir = tmp_path / "data"
    secrets = SecretStore(backend=ProcessKeyring())
    _first_start(qapp, qtbot, hub_server.url, data_dir, icons, secrets)
    assert hub_cli(["admin", "require-totp", "petra", "--db", hub_server.db_url]) == 0
    capsys.readouterr()

    async def enrol(ws: Workstation) -> None:
        await wait_until(lambda: ws.enrolment_dialog is not None)
        window = ws.main_window
        assert window is not None and window.isVisible()  # the cache is already shown
        await set_up_required_second_factor(ws, qtbot)
        await wait_for_sync(window, ws)
        ws.request_quit()

    second = memory_workstation(hub_server.url, data_dir, icons, secrets=secrets)
    assert run_app(qapp, second, enrol) == 0
