"""Attachments through the running app: listed with the case, fetched on demand, saved
only after the type check, never opened."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hub import admin
from hub.attachments import NewAttachment, insert_attachments
from hub.audit import subject_report
from hub.demo.attachments import disguised_program, invoice_pdf
from hub.sequence import write_transaction
from tests.support.hub_server import RunningHub
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import wait_until
from tests.ui.work_driver import memory_workstation
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation


def test_an_invoice_is_saved_and_a_disguised_program_is_refused(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    case_id = admin.create_case(
        hub_server.engine,
        client_id=1,
        channel="email",
        subject="Rechnung anbei",
        customer_name="Anna Anhang",
        customer_contact="anna.anhang@example.de",
        topic="vat",
        body_text="Guten Tag, anbei Rechnung und Programm.",
        assigned_username="petra",
    )
    message_id = admin.add_customer_message(hub_server.engine, case_id, "Hier die Dateien.")
    with write_transaction(hub_server.engine) as tx:
        invoice_id, program_id = insert_attachments(
            tx,
            message_id,
            [
                NewAttachment("Rechnung-7.pdf", "application/pdf", invoice_pdf()),
                NewAttachment("Rechnung-8.pdf", "application/pdf", disguised_program()),
            ],
        )
    saved = tmp_path / "Downloads" / "Rechnung-7.pdf"
    saved.parent.mkdir()
    refused = tmp_path / "Downloads" / "Rechnung-8.pdf"

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        window.open_case(case_id)
        listing = window.case_pane.attachments
        await wait_until(lambda: len(listing.attachments) == 2)
        assert listing.isVisible() and listing.save_button.isEnabled()
        assert [a.fetched for a in listing.attachments] == [False, False]
        protection = ws.data_protection
        assert protection is not None

        assert await protection.save_attachment(invoice_id, saved)
        assert "not opened" in listing.status.text()
        assert ws._worker is not None
        stored = await ws._worker.run(protection.attachments.content, invoice_id)
        assert stored == invoice_pdf()

        assert not await protection.save_attachment(program_id, refused)
        assert "program or script" in listing.status.text()
        await wait_until(lambda: len(subject_report(hub_server.engine, f"case:{case_id}")) >= 2)

    assert run_app(qapp, memory_workstation(hub_server.url, tmp_path / "data", icons), user) == 0
    assert saved.read_bytes() == invoice_pdf()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert not refused.exists()
    actions = [line.action for line in subject_report(hub_server.engine, f"case:{case_id}")]
    assert sorted(actions) == ["export", "open_case"]
