"""A held reply is never dropped silently: it stays in the outbox with its reason until the
expert retries it after review or discards it (after a question)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hub.admin import set_case_status
from tests.support.hub_server import RunningHub
from tests.ui.app_driver import run_app
from tests.ui.conftest import wait_until
from tests.ui.work_driver import (
    hub_count_of_text,
    memory_workstation,
    open_my_first_email_case,
)
from workstation.domain.models import OutboxState
from workstation.domain.outbox import HeldReason, Resolution
from workstation.ui.icons import IconLibrary
from workstation.ui.main_window import MainWindow
from workstation.ui.startup import Workstation

TEXT = "Ich habe die Einstellung geprüft, bitte starten Sie das Programm neu."


def question_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        named = widget.objectName() == "outbox_question"
        if isinstance(widget, QMessageBox) and named and widget.isVisible():
            return widget
    return None


async def answer_question(confirm: bool) -> None:
    await wait_until(lambda: question_box() is not None)
    box = question_box()
    assert box is not None
    buttons = [
        button
        for button in box.buttons()
        if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
    ]
    (box.defaultButton() if not confirm else buttons[0]).click()


def held_ids(window: MainWindow) -> list[str]:
    model = window.outbox_panel.model
    rows = [model.row_at(index) for index in range(model.rowCount())]
    return [row.item.id for row in rows if row is not None and row.item.state is OutboxState.HELD]


def test_a_held_reply_can_be_retried_after_review_or_discarded(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    async def user(ws: Workstation) -> None:
        window, case_id = await open_my_first_email_case(ws, qtbot)
        # Operations close the case before the app hears of it.
        set_case_status(hub_server.engine, case_id, "closed")
        qtbot.keyClick(window.inbox, Qt.Key.Key_R)
        composer = window.case_pane.composer
        await wait_until(composer.body.hasFocus)
        composer.body.insertPlainText(TEXT)  # QTest types ASCII only
        qtbot.keyClick(composer.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: len(held_ids(window)) == 1)
        outbox = ws.outbox
        assert outbox is not None
        first = held_ids(window)[0]
        item = await outbox.outbox.item(first)
        assert item is not None and item.held_reason == HeldReason.CLOSED
        # The thread keeps showing the reply, marked as held.
        await wait_until(lambda: "Not sent: held" in window.case_pane.conversation_text())
        panel = window.outbox_panel
        assert panel.select_item(first)
        assert panel.reason.text() == "The case was closed in the meantime."

        # Retry after review: asked first; cancelling changes nothing.
        panel.retry_button.click()
        await answer_question(confirm=False)
        await wait_until(lambda: question_box() is None)
        assert held_ids(window) == [first]
        panel.retry_button.click()
        await answer_question(confirm=True)
        # A new item under a new id goes out; the hub refuses it again for the same reason.
        await wait_until(lambda: len(held_ids(window)) == 1 and held_ids(window)[0] != first)
        retried = await outbox.outbox.item(first)
        assert retried is not None and retried.resolution is Resolution.SUPERSEDED

        # Discard: asked first, then gone from the list; the hub never got the text.
        second = held_ids(window)[0]
        assert panel.select_item(second)
        panel.discard_button.click()
        await answer_question(confirm=True)
        await wait_until(lambda: held_ids(window) == [])
        discarded = await outbox.outbox.item(second)
        assert discarded is not None and discarded.resolution is Resolution.DISCARDED
        assert hub_count_of_text(hub_server.engine, TEXT) == 0

    workstation = memory_workstation(hub_server.url, tmp_path / "data", icons)
    assert run_app(qapp, workstation, user) == 0
