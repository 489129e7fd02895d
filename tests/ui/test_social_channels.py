"""X/Twitter and social mentions through the running app, as the student jonas works them."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.hub_server import RunningHub
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import wait_until
from tests.ui.work_driver import (
    hub_case,
    hub_count_of_text,
    hub_declined_by,
    hub_messages,
    memory_workstation,
    open_first_case,
    show_view,
)
from workstation.domain.models import Channel
from workstation.store.queries import CaseView
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation

CTRL = Qt.KeyboardModifier.ControlModifier


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_an_x_reply_over_280_characters_cannot_be_sent(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    fits = "Hi! Update the firmware in the app (Settings > Device > Update), then pair again. " * 4
    fits = fits[:280]

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        await show_view(window, CaseView.MY_CASES, Channel.TWITTER)
        case_id = await open_first_case(window, qtbot)
        press(qtbot, Qt.Key.Key_R)
        composer = window.case_pane.composer
        await wait_until(composer.body.hasFocus)
        composer.body.setPlainText(fits + "!")
        composer.public_button.setChecked(True)
        assert composer.counter.text() == "281 / 280"
        assert not composer.send_button.isEnabled()

        press(qtbot, Qt.Key.Key_Return, CTRL)  # refused: nothing goes to the outbox
        await asyncio.sleep(0.2)
        assert await ws.outbox.outbox.outbox_items() == []  # type: ignore[union-attr]

        press(qtbot, Qt.Key.Key_End, CTRL)
        press(qtbot, Qt.Key.Key_Backspace)
        assert composer.counter.text() == "280 / 280"
        assert composer.send_button.isEnabled(), composer.reply_info.text()
        press(qtbot, Qt.Key.Key_Return, CTRL)
        await wait_until(lambda: hub_count_of_text(hub_server.engine, fits) == 1)
        sent = [m for m in hub_messages(hub_server.engine, case_id) if m.body_text == fits]
        assert sent[0].visibility == "public"

    workstation = memory_workstation(hub_server.url, tmp_path / "data", icons, username="jonas")
    assert run_app(qapp, workstation, user) == 0


def test_a_social_mention_is_approached_only_on_purpose_and_declined_easily(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    opening = "Hi, I work with the headphone brand's community: happy to help you pick a pair!"

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        await show_view(window, CaseView.OFFERS, Channel.SOCIAL_MENTION)
        model = window.inbox_model
        assert model.rowCount() >= 2
        offers = model.rowCount()

        # Decline: the case leaves this expert's offers and stays on offer at the hub.
        declined = await open_first_case(window, qtbot)
        pane = window.case_pane
        assert pane.composer.approach_panel.isVisible()
        assert not pane.composer.body.isVisible()
        messages_before = len(hub_messages(hub_server.engine, declined))
        pane.composer.approach_panel.decline_button.click()
        await wait_until(lambda: pane.case_id is None)
        await wait_until(lambda: window.inbox_model.rowCount() == offers - 1)
        await wait_until(lambda: hub_declined_by(hub_server.engine, declined) == {"jonas"})
        assert hub_case(hub_server.engine, declined)[:2] == ("offered", None)
        assert len(hub_messages(hub_server.engine, declined)) == messages_before
        await wait_for_sync(window, ws)  # the hub's tombstone keeps it away
        assert window.inbox_model.rowCount() == offers - 1

        # Approach: r shows the decision first; choosing it claims and opens the form.
        approached = await open_first_case(window, qtbot)
        assert approached != declined
        press(qtbot, Qt.Key.Key_R)
        panel = pane.composer.approach_panel
        await wait_until(panel.approach_button.hasFocus)
        press(qtbot, Qt.Key.Key_Space)
        await wait_until(lambda: pane.composer.body.isVisible())
        await wait_until(lambda: hub_case(hub_server.engine, approached)[1] == "jonas")
        pane.composer.body.setFocus()
        qtbot.keyClicks(pane.composer.body, opening)
        press(qtbot, Qt.Key.Key_Return, CTRL)
        await wait_until(lambda: hub_count_of_text(hub_server.engine, opening) == 1)

    workstation = memory_workstation(hub_server.url, tmp_path / "data", icons, username="jonas")
    assert run_app(qapp, workstation, user) == 0
