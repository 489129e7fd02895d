"""The login dialog against real endpoints: each failure gets its own clear text."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.support.hub_server import RunningHub
from tests.ui.conftest import RunAsync, wait_until
from workstation.sync.client import HubClient, Tokens
from workstation.ui.async_dialog import run_dialog
from workstation.ui.icons import IconLibrary
from workstation.ui.login_dialog import LoginDialog
from workstation.ui.tasks import TaskSet


class HubLogins:
    """The dialog's login attempt over real HubClients, one per hub address tried."""

    def __init__(self) -> None:
        self.clients: dict[str, HubClient] = {}
        self.tokens: list[Tokens] = []

    async def attempt(
        self, hub_url: str, username: str, password: str, second_factor: object = None
    ) -> None:
        client = self.clients.setdefault(hub_url, HubClient(hub_url, timeout=5.0))
        self.tokens.append(await client.login(username, password))

    async def aclose(self) -> None:
        for client in self.clients.values():
            await client.aclose()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections but never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def open_dialog(
    qtbot: QtBot, icons: IconLibrary, logins: HubLogins, tasks: TaskSet, **fields: Any
) -> LoginDialog:
    dialog = LoginDialog(logins.attempt, tasks, icons, **fields)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def error_after_submitting(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[str], **fields: Any
) -> str:
    async def scenario() -> str:
        logins, tasks = HubLogins(), TaskSet()
        dialog = open_dialog(qtbot, icons, logins, tasks, **fields)
        try:
            # Enter in the password field submits, as the default button does.
            qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
            await wait_until(lambda: dialog.error_label.isVisibleTo(dialog))
            assert not dialog.is_logging_in
            assert dialog.password_field.isEnabled() and dialog.login_button.isEnabled()
            return dialog.error_label.text()
        finally:
            await tasks.close()
            await logins.aclose()

    return run_async(scenario())


def test_wrong_password_says_so(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[str], hub_server: RunningHub
) -> None:
    text = error_after_submitting(
        qtbot, icons, run_async, hub_url=hub_server.url, username="petra", password="wrong"
    )
    assert "Wrong user name or password" in text


def test_unreachable_hub_names_the_address(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[str], closed_port: int
) -> None:
    url = f"http://127.0.0.1:{closed_port}"
    text = error_after_submitting(
        qtbot, icons, run_async, hub_url=url, username="petra", password="demo"
    )
    assert f"Cannot reach the hub at {url}" in text
    assert "internet connection" in text


def test_tls_failure_is_a_certificate_problem(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[str], hub_server: RunningHub
) -> None:
    # The test hub speaks plain HTTP, so a TLS handshake with it fails.
    url = hub_server.url.replace("http://", "https://")
    text = error_after_submitting(
        qtbot, icons, run_async, hub_url=url, username="petra", password="demo"
    )
    assert f"The secure connection to {url} failed" in text
    assert "certificate" in text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", "Enter the address of your hub"),
        ("hub example.com", "is not a valid hub address"),
        ("ftp://hub.example.com", "must start with https://"),
        ("http://hub.example.com", "Plain http:// is only allowed for a hub on this computer"),
        ("https://hub.example.com:99999", "is not a valid hub address"),
    ],
)
def test_invalid_hub_addresses_are_explained_without_a_request(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[str], typed: str, expected: str
) -> None:
    text = error_after_submitting(
        qtbot, icons, run_async, hub_url=typed, username="petra", password="demo"
    )
    assert expected in text


def test_the_four_failures_read_differently(
    qtbot: QtBot,
    icons: IconLibrary,
    run_async: RunAsync[str],
    hub_server: RunningHub,
    closed_port: int,
) -> None:
    texts = {
        error_after_submitting(
            qtbot, icons, run_async, hub_url=url, username="petra", password=password
        )
        for url, password in [
            (hub_server.url, "wrong"),
            (f"http://127.0.0.1:{closed_port}", "demo"),
            (hub_server.url.replace("http://", "https://"), "demo"),
            ("http://hub.example.com", "demo"),
        ]
    }
    assert len(texts) == 4


def test_a_successful_login_accepts_the_dialog(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[Any], hub_server: RunningHub
) -> None:
    async def scenario() -> None:
        logins, tasks = HubLogins(), TaskSet()
        dialog = LoginDialog(
            logins.attempt, tasks, icons, hub_url=hub_server.url + "/", username=" petra "
        )
        qtbot.addWidget(dialog)
        try:
            result = asyncio.ensure_future(run_dialog(dialog))
            await wait_until(dialog.isVisible)
            dialog.password_field.setText("demo")
            dialog.login_button.click()
            assert await result == QDialog.DialogCode.Accepted
            assert dialog.logged_in_hub_url == hub_server.url
            assert dialog.logged_in_username == "petra"
            assert dialog.password_field.text() == ""
            assert [tokens.expert.username for tokens in logins.tokens] == ["petra"]
        finally:
            await tasks.close()
            await logins.aclose()

    run_async(scenario())


def test_escape_stops_a_hanging_login_and_a_second_escape_closes(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[Any], silent_port: int
) -> None:
    async def scenario() -> None:
        logins, tasks = HubLogins(), TaskSet()
        dialog = open_dialog(
            qtbot,
            icons,
            logins,
            tasks,
            hub_url=f"http://127.0.0.1:{silent_port}",
            username="petra",
            password="demo",
        )
        try:
            dialog.submit()
            await wait_until(lambda: dialog.is_logging_in and not dialog.user_field.isEnabled())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            await wait_until(lambda: not dialog.is_logging_in)
            assert dialog.isVisible()
            assert dialog.user_field.isEnabled()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            assert not dialog.isVisible()
            assert dialog.result() == QDialog.DialogCode.Rejected
        finally:
            await tasks.close()
            await logins.aclose()

    run_async(scenario())


def test_focus_starts_in_the_first_empty_field(
    qtbot: QtBot, icons: IconLibrary, run_async: RunAsync[Any]
) -> None:
    async def scenario() -> None:
        logins, tasks = HubLogins(), TaskSet()
        dialog = open_dialog(qtbot, icons, logins, tasks, hub_url="https://hub.example.com")
        try:
            qtbot.waitUntil(lambda: dialog.user_field.hasFocus())
            qtbot.keyClick(dialog.user_field, Qt.Key.Key_Tab)
            assert dialog.password_field.hasFocus()
            assert dialog.password_field.echoMode() == dialog.password_field.EchoMode.Password
        finally:
            await tasks.close()
            await logins.aclose()

    run_async(scenario())
