"""Scenario 3, "On the train", end to end through the UI.

The student loses the connection and keeps working: three replies queue in the outbox.
Meanwhile the hub reassigns one of the cases. On reconnect two replies reach the hub
exactly once; the third is held as a conflict (`not_assignee`) with its text intact, and
the expert copies it into a new draft.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hub.admin import reassign_case
from tests.support.hub_server import RunningHub
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import wait_until
from tests.ui.test_sync_controller import SwitchableProxy
from tests.ui.work_driver import hub_case, hub_count_of_text, memory_workstation, show_view
from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import Channel, OutboxState
from workstation.domain.outbox import HeldReason, Resolution
from workstation.store.queries import CaseView
from workstation.ui.icons import IconLibrary
from workstation.ui.main_window import MainWindow
from workstation.ui.outbox.orphan_draft_dialog import OrphanDraftDialog
from workstation.ui.startup import Workstation

CTRL = Qt.KeyboardModifier.ControlModifier
REPLIES = (
    "Hi! Reset the earbuds (hold both buttons 10 s), then pair them again.",
    "The firmware update is in the app under Device, then Update.",
    "Please send us a photo of the serial number; then I can check the warranty.",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def reply_to(window: MainWindow, qtbot: QtBot, case_id: int, text: str) -> None:
    window.open_case(case_id)
    composer = window.case_pane.composer
    await wait_until(lambda: composer.case_id == case_id)
    window.inbox.setFocus()
    qtbot.keyClick(window.inbox, Qt.Key.Key_R)
    await wait_until(composer.body.hasFocus)
    qtbot.keyClicks(composer.body, text)
    qtbot.keyClick(composer.body, Qt.Key.Key_Return, CTRL)
    await wait_until(lambda: composer.body.toPlainText() == "")


def test_three_replies_written_offline_two_go_out_once_one_is_held(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    proxy = SwitchableProxy(hub_server.url)
    proxy.port = free_port()
    copied: list[Draft] = []

    async def user(ws: Workstation) -> None:
        await proxy.switch_on()
        try:
            await on_the_train(ws)
        finally:
            await proxy.switch_off()

    async def on_the_train(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        await show_view(window, CaseView.MY_CASES, Channel.CHAT)
        model = window.inbox_model
        assert model.rowCount() >= 3
        cases = [model.case_id_at(row) for row in range(3)]
        assert None not in cases
        kept_1, kept_2, reassigned = cases
        sync = ws.sync
        assert sync is not None

        # The train enters a tunnel.
        await proxy.switch_off()
        window.sync_action.trigger()
        await wait_until(lambda: sync.online is False)
        assert "Offline" in window.status.connection_label.text()

        for case_id, text in zip(cases, REPLIES, strict=True):
            await reply_to(window, qtbot, case_id, text)  # type: ignore[arg-type]
        await wait_until(lambda: window.outbox_panel.counts() == (3, 0))
        await wait_until(lambda: window.outbox_status.isVisible())
        assert window.outbox_status.text() == "3 waiting to be sent"
        assert all(hub_count_of_text(hub_server.engine, text) == 0 for text in REPLIES)

        # Meanwhile operations give one of the cases to another expert.
        reassign_case(hub_server.engine, reassigned, "amira")  # type: ignore[arg-type]

        # Out of the tunnel.
        await proxy.switch_on()
        window.sync_action.trigger()
        await wait_until(lambda: sync.online is True)
        await wait_until(lambda: window.outbox_panel.counts() == (0, 1))
        assert hub_count_of_text(hub_server.engine, REPLIES[0]) == 1
        assert hub_count_of_text(hub_server.engine, REPLIES[1]) == 1
        assert hub_count_of_text(hub_server.engine, REPLIES[2]) == 0
        assert hub_case(hub_server.engine, kept_1)[1] == "jonas"  # type: ignore[arg-type]
        assert hub_case(hub_server.engine, kept_2)[1] == "jonas"  # type: ignore[arg-type]

        # The held reply is shown, with the reason in words and its text intact.
        await wait_until(window.outbox_dock.isVisible)
        panel = window.outbox_panel
        held = [
            row.item
            for row in (panel.model.row_at(index) for index in range(panel.model.rowCount()))
            if row is not None and row.item.state is OutboxState.HELD
        ]
        assert len(held) == 1 and held[0].case_id == reassigned
        assert held[0].held_reason == HeldReason.NOT_ASSIGNEE
        assert panel.select_item(held[0].id)
        assert panel.held_box.isVisible()
        assert "no longer assigned to you" in panel.reason.text()
        assert panel.text.toPlainText() == REPLIES[2]
        assert "1 held" in window.outbox_status.text()

        # Copy into a new draft: the text is kept as the case's draft and, since the case
        # is no longer the expert's, shown read-only to copy or discard.
        panel.draftCopied.connect(copied.append)
        panel.copy_button.click()
        await wait_until(lambda: bool(copied))
        await wait_until(lambda: window.outbox_panel.counts() == (0, 0))
        stored = await window.case.work.load_draft(reassigned, DraftKind.REPLY)  # type: ignore[arg-type]
        assert stored is not None and stored.content.body == REPLIES[2]
        resolved = await ws.outbox.outbox.item(held[0].id)  # type: ignore[union-attr]
        assert resolved is not None and resolved.resolution is Resolution.COPIED_TO_DRAFT
        await wait_until(lambda: orphan_dialog() is not None)
        dialog = orphan_dialog()
        assert dialog is not None
        assert dialog.text.isReadOnly() and dialog.text.toPlainText() == REPLIES[2]
        dialog.copy_button.click()
        clipboard = QGuiApplication.clipboard()
        assert clipboard is not None
        await wait_until(lambda: clipboard.text() == REPLIES[2])
        dialog.close_button.click()  # keep it for later
        await wait_until(lambda: orphan_dialog() is None)
        kept = await window.case.work.load_draft(reassigned, DraftKind.REPLY)  # type: ignore[arg-type]
        assert kept is not None and kept.content.body == REPLIES[2]

        # Another sync changes nothing: each reply is at the hub exactly once.
        window.sync_action.trigger()
        await asyncio.sleep(0.3)
        await wait_until(lambda: not sync.syncing)
        assert [hub_count_of_text(hub_server.engine, text) for text in REPLIES] == [1, 1, 0]

    workstation = memory_workstation(proxy.url, tmp_path / "data", icons, username="jonas")
    assert run_app(qapp, workstation, user) == 0
    assert copied[0].content.body == REPLIES[2]


def orphan_dialog() -> OrphanDraftDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, OrphanDraftDialog) and widget.isVisible():
            return widget
    return None
