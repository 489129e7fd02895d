"""A draft whose case the hub reassigns while the expert writes it is never lost: the
status bar says so after the sync, and Go ▸ Drafts of cases no longer here shows it to
copy, keep or discard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hub import admin
from tests.support.hub_server import RunningHub
from tests.ui.app_driver import run_app
from tests.ui.conftest import wait_until
from tests.ui.test_orphan_draft_dialog import shown_dialog
from tests.ui.work_driver import (
    memory_workstation,
    open_my_first_email_case,
)
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation

REPLY = "Guten Tag, die Gutschrift ist unterwegs"


def test_a_draft_of_a_reassigned_case_is_announced_and_can_be_reviewed(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    async def user(ws: Workstation) -> None:
        window, case_id = await open_my_first_email_case(ws, qtbot)
        qtbot.keyClick(window.inbox, Qt.Key.Key_R)
        composer = window.case_pane.composer
        await wait_until(composer.body.hasFocus)
        qtbot.keyClicks(composer.body, REPLY)
        await wait_until(lambda: not window.case.autosave.pending, timeout=3)

        admin.reassign_case(hub_server.engine, case_id, "jonas")
        window.sync_action.trigger()
        await wait_until(lambda: "left your inbox" in window.status.currentMessage())
        assert [draft.case_id for draft in await window.case.work.orphaned_drafts()] == [case_id]

        window.orphaned_drafts_action.trigger()
        await wait_until(lambda: shown_dialog() is not None)
        dialog = shown_dialog()
        assert dialog is not None and REPLY in dialog.text.toPlainText()
        dialog.discard_button.click()
        await wait_until(lambda: window.status.currentMessage() == "Drafts discarded: 1, kept: 0.")
        assert await window.case.work.orphaned_drafts() == []

        window.orphaned_drafts_action.trigger()
        await wait_until(lambda: "no drafts" in window.status.currentMessage())
        ws.request_quit()

    workstation = memory_workstation(hub_server.url, tmp_path / "data", icons)
    assert run_app(qapp, workstation, user) == 0
