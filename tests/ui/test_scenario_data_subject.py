"""Scenario 7 end to end, and no secrets in the logs.

An expert opens a customer's case, copies the contact, replies, locks and unlocks the app;
the audit events reach the hub, whose data-subject report lists them with expert, device,
case and time. The whole run logs at DEBUG into a file, which must hold neither the
password, nor a token, nor the customer's e-mail address.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from hub import admin
from hub.audit import subject_report
from hub.auth.passwords import hash_password
from hub.clock import utc_now
from hub.schema import experts
from tests.support.hub_server import RunningHub
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import settings_beside, wait_until
from tests.ui.work_driver import hub_count_of_text
from workstation.store.secrets import SecretStore
from workstation.ui.icons import IconLibrary
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.startup import Workstation

CANARY_PASSWORD = "Kanarien-Passwort-93xq"
CANARY_EMAIL = "kanarien.kundin.7q@example.de"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "workstation.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()


def test_the_hub_answers_who_accessed_a_customer(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    debug_log: Path,
) -> None:
    with hub_server.engine.begin() as connection:
        connection.execute(
            update(experts)
            .where(experts.c.username == "petra")
            .values(password_hash=hash_password(CANARY_PASSWORD))
        )
    case_id = admin.create_case(
        hub_server.engine,
        client_id=1,
        channel="email",
        subject="Auskunft nach Art. 15",
        customer_name="Kanarien Kundin",
        customer_contact=CANARY_EMAIL,
        topic="vat",
        body_text="Guten Tag, bitte helfen Sie mir bei der Umsatzsteuer.",
        assigned_username="petra",
    )
    started = utc_now() - timedelta(seconds=1)
    reply_text = "Guten Tag, die Voranmeldung senden Sie im Menue Steuern ab."
    tokens: list[str] = []
    data_dir = tmp_path / "data"

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        window.open_case(case_id)
        pane = window.case_pane
        await wait_until(lambda: pane.case_id == case_id)

        card = pane.header.customer
        assert card.copy_contact.isVisible()
        qtbot.mouseClick(card.copy_contact, Qt.MouseButton.LeftButton)
        clipboard = QApplication.clipboard()
        assert clipboard is not None and clipboard.text() == CANARY_EMAIL

        composer = pane.composer
        composer.body.setFocus()
        qtbot.keyClicks(composer.body, reply_text)
        qtbot.keyClick(composer.body, Qt.Key.Key_Return, CTRL)
        await wait_until(lambda: hub_count_of_text(hub_server.engine, reply_text) == 1)

        # Lock with the shortcut, then unlock with the password (checked by the hub).
        protection = ws.data_protection
        assert protection is not None
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
        await wait_until(lambda: protection.lock.locked)
        assert ws.realtime.locked
        screen = protection.lock.screen
        qtbot.keyClicks(screen.password, CANARY_PASSWORD)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        await wait_until(lambda: not protection.lock.locked)

        await wait_until(lambda: len(subject_report(hub_server.engine, CANARY_EMAIL)) >= 3)
        assert ws.sync is not None
        session_tokens = protection._session.tokens
        tokens.extend([session_tokens.access_token, session_tokens.refresh_token])

    workstation = Workstation(
        LaunchOptions(
            hub_url=hub_server.url,
            username="petra",
            data_dir=data_dir,
            password_prefill=CANARY_PASSWORD,
        ),
        icons=icons,
        secrets=SecretStore(backend=fail.Keyring()),
        settings=settings_beside(data_dir),
    )
    assert run_app(qapp, workstation, user) == 0

    report = subject_report(hub_server.engine, CANARY_EMAIL)
    # Ordered by time, which has whole seconds: events of one second may come in any order.
    assert sorted(line.action for line in report) == ["copy_contact", "open_case", "reply"]
    assert [line.occurred_at for line in report] == sorted(line.occurred_at for line in report)
    assert {(line.expert, line.case_id) for line in report} == {("petra", case_id)}
    devices = {line.device_id for line in report}
    assert len(devices) == 1 and devices.pop()
    assert all(started <= line.occurred_at <= utc_now() for line in report)

    assert tokens and debug_log.stat().st_size > 0
    written = "\n".join(
        path.read_text(encoding="utf-8", errors="replace") for path in debug_log.parent.iterdir()
    )
    for secret in (CANARY_PASSWORD, CANARY_EMAIL, *tokens):
        assert secret not in written
