"""Drafts are saved while typing (at most two seconds late) and come back after a restart,
from the encrypted cache file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.hub_server import RunningHub
from tests.ui.app_driver import run_app
from tests.ui.conftest import wait_until
from tests.ui.process_keyring import ProcessKeyring
from tests.ui.work_driver import (
    memory_workstation,
    open_my_first_email_case,
)
from workstation.store.paths import account_dir
from workstation.store.secrets import SecretStore
from workstation.ui.cache_opening import CACHE_FILE_NAME
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation

REPLY = "Guten Tag, ich sehe mir die doppelte Buchung heute Abend genau an"
NOTE = "Stammkundin seit 2019"


def test_a_draft_comes_back_after_closing_and_reopening_the_app(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    data_dir = tmp_path / "data"
    secrets = SecretStore(backend=ProcessKeyring())
    chosen: list[int] = []

    async def write(ws: Workstation) -> None:
        window, case_id = await open_my_first_email_case(ws, qtbot)
        chosen.append(case_id)
        qtbot.keyClick(window.inbox, Qt.Key.Key_R)
        composer = window.case_pane.composer
        await wait_until(composer.body.hasFocus)
        qtbot.keyClicks(composer.body, REPLY)
        # Saved within two seconds of typing, without any further action.
        await wait_until(lambda: not window.case.autosave.pending, timeout=3)
        composer.focus_note()
        qtbot.keyClicks(composer.note, NOTE)
        # Quit right away: the note typed a moment ago is written on the way out.
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    first = memory_workstation(hub_server.url, data_dir, icons, secrets=secrets)
    assert run_app(qapp, first, write) == 0
    cache_file = account_dir(data_dir, hub_server.url, "petra") / CACHE_FILE_NAME
    assert cache_file.exists()
    assert REPLY.encode() not in cache_file.read_bytes()  # encrypted at rest

    async def read(ws: Workstation) -> None:
        window = ws.main_window
        await wait_until(lambda: ws.main_window is not None)
        window = ws.main_window
        assert window is not None
        window.open_case(chosen[0])
        composer = window.case_pane.composer
        await wait_until(lambda: composer.case_id == chosen[0])
        assert composer.body.toPlainText() == REPLY
        assert composer.subject.text().startswith("Re: ")
        assert composer.note.toPlainText() == NOTE

    # The session resumes from the keyring: no login this time.
    second = memory_workstation(hub_server.url, data_dir, icons, secrets=secrets)
    assert run_app(qapp, second, read) == 0
