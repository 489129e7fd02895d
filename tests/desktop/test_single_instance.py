"""Single instance over a real QLocalServer/QLocalSocket pair in this process."""

from __future__ import annotations

import socket
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from workstation.ui.desktop.single_instance import SingleInstance, bring_to_front, server_name


@pytest.fixture
def name() -> str:
    return server_name(scope=f"test-{uuid.uuid4()}")


@pytest.fixture
def first(qapp: QApplication, name: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(name)
    yield instance
    instance.close()


def test_names_are_stable_per_user_and_scope() -> None:
    assert server_name(scope="a") == server_name(scope="a")
    assert server_name(scope="a") != server_name(scope="b")
    assert server_name().startswith("ExpertWorkstation-")


def test_second_start_activates_the_first(qtbot: QtBot, name: str, first: SingleInstance) -> None:
    assert first.claim()
    assert first.is_primary

    second = SingleInstance(name)
    with qtbot.waitSignal(first.activation_requested, timeout=5000) as activation:
        assert second.claim(["--hub", "https://hub.example.com"]) is False

    assert activation.args == [["--hub", "https://hub.example.com"]]
    assert not second.is_primary


def test_each_later_start_is_delivered(qtbot: QtBot, name: str, first: SingleInstance) -> None:
    assert first.claim()
    for attempt in range(3):
        with qtbot.waitSignal(first.activation_requested, timeout=5000) as activation:
            assert SingleInstance(name).claim([str(attempt)]) is False
        assert activation.args == [[str(attempt)]]


def test_garbage_on_the_socket_is_ignored(qtbot: QtBot, name: str, first: SingleInstance) -> None:
    assert first.claim()
    seen: list[list[str]] = []
    first.activation_requested.connect(seen.append)

    for garbage in (b"not json\n", b'{"command": "format-disk"}\n', b'["activate"]\n'):
        intruder = QLocalSocket()
        intruder.connectToServer(name)
        assert intruder.waitForConnected(2000)
        intruder.write(QByteArray(garbage))
        assert intruder.waitForBytesWritten(2000)
        intruder.disconnectFromServer()
    qtbot.wait(100)
    assert seen == []

    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        SingleInstance(name).claim()


def test_the_first_instance_is_gone_after_close(qtbot: QtBot, name: str) -> None:
    instance = SingleInstance(name)
    assert instance.claim()
    instance.close()
    successor = SingleInstance(name)
    try:
        assert successor.claim()
    finally:
        successor.close()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no stale files")
def test_a_crashed_instances_socket_file_is_replaced(qtbot: QtBot, name: str) -> None:
    # Where Qt puts the socket: ask a throwaway server, then leave a dead socket file there
    # the way a killed process does (bound, never unlinked).
    probe = QLocalServer()
    assert probe.listen(name)
    path = Path(probe.fullServerName())
    probe.close()
    assert not path.exists()
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()
    assert path.exists()

    instance = SingleInstance(name)
    try:
        assert instance.claim()
        with qtbot.waitSignal(instance.activation_requested, timeout=5000):
            assert SingleInstance(name).claim() is False
    finally:
        instance.close()


def test_bring_to_front_shows_a_hidden_or_minimised_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(300, 200)
    bring_to_front(window)
    qtbot.waitExposed(window)
    assert window.isVisible()

    window.hide()
    bring_to_front(window)
    assert window.isVisible()

    window.showMinimized()
    bring_to_front(window)
    assert not window.isMinimized()
    assert window.isVisible()
