"""Scenario 5, month end, through the UI against a real hub: last month's total split by
status, client and type exactly as the hub has it; drilling into an entry opens its case;
a dispute goes through the outbox to the hub and its status comes back by sync (and its
resolution too); the CSV and the credit note PDF are exported."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections import defaultdict
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hub.earnings import admin as earnings_admin
from hub.schema import clients, experts, ledger_entries
from tests.support.hub_server import RunningHub
from tests.support.services import service_missing
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import wait_until
from tests.ui.work_driver import memory_workstation
from workstation.domain.earnings import Period, PeriodKind
from workstation.ui.earnings.dispute_dialog import DisputeDialog
from workstation.ui.earnings.money import money_text
from workstation.ui.earnings.page import EarningsPage
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation


def hub_figures(hub: RunningHub, period: Period) -> dict[str, dict[str, int]]:
    """The hub's ledger of petra within the period's local days, split three ways."""
    start, end = period.bounds()
    with hub.engine.connect() as conn:
        rows = conn.execute(
            select(
                ledger_entries.c.amount_cents,
                ledger_entries.c.status,
                ledger_entries.c.source,
                ledger_entries.c.earned_at,
                clients.c.name,
            )
            .join(experts, experts.c.id == ledger_entries.c.expert_id)
            .join(clients, clients.c.id == ledger_entries.c.client_id)
            .where(experts.c.username == "petra")
        ).all()
    figures: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for cents, status, source, earned_at, client in rows:
        if start <= int(earned_at.replace(tzinfo=UTC).timestamp()) < end:
            figures["total"]["all"] += cents
            figures["status"][status] += cents
            figures["source"][source] += cents
            figures["client"][client] += cents
    return figures


def dispute_dialog() -> DisputeDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DisputeDialog) and widget.isVisible():
            return widget
    return None


def test_month_end_through_the_earnings_view(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    chosen: list[str] = []

    async def choose(_parent: QWidget, _title: str, suggested: str, _filters: str) -> str:
        chosen.append(suggested)
        return str(tmp_path / suggested)

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        assert ws.earnings is not None
        page: EarningsPage = ws.earnings.earnings
        page._choose_file = choose
        window.show_space("earnings")
        assert window.spaces.current_key() == "earnings"

        # The accountant looks at last month: exactly the hub's figures.
        page.picker.choose(PeriodKind.LAST_MONTH)
        period = page.picker.period()
        figures = hub_figures(hub_server, period)
        assert figures["total"]["all"] > 0
        assert page.total_label.text() == money_text(figures["total"]["all"])
        for status in ("pending", "approved", "paid", "disputed"):
            assert page.status_panel.amount_of(status) == money_text(figures["status"][status])
        for source, cents in figures["source"].items():
            assert page.source_panel.amount_of(source) == money_text(cents)
        for client, cents in figures["client"].items():
            assert page.client_panel.amount_of(client) == money_text(cents)
            rates = page.client_panel.amount_labels[client].toolTip()
            assert "Case, E-mail, simple: €5.00" in rates and "Knowledge article: €60.00" in rates
        summary = page.summary
        assert summary is not None
        assert sum(day.cents for day in summary.days) == figures["total"]["all"]
        busy_day = summary.days[0].day
        assert "entries)" in page.chart.tooltip_text(busy_day)
        assert page.as_of_label.text().startswith("As of ")
        assert page.today_label.text().startswith("Today so far: ")

        # Drill into a case entry and open its case.
        row = next(
            row
            for row in range(page.model.rowCount())
            if (entry := page.model.entry_at(row)) is not None
            and entry.case_id is not None
            and entry.disputable
        )
        page.table.selectRow(row)
        entry = page.selected_entry()
        assert entry is not None and entry.case_id is not None
        assert page.open_button.isEnabled() and page.dispute_button.isEnabled()
        page.open_button.click()
        assert window.spaces.current_key() == "inbox"
        await wait_until(lambda: window.case_pane.case_id == entry.case_id)

        # Dispute the fee: the reason is required.
        window.show_space("earnings")
        page.select_entry(entry.id)
        page.dispute_button.click()
        await wait_until(lambda: dispute_dialog() is not None)
        dialog = dispute_dialog()
        assert dialog is not None
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.reason_edit.setPlainText("Vier Antworten: das war komplex, nicht einfach.")
        assert ok.isEnabled()
        ok.click()
        sync = ws.sync
        assert sync is not None

        def hub_status() -> str:
            with hub_server.engine.connect() as conn:
                return str(
                    conn.execute(
                        select(ledger_entries.c.status).where(ledger_entries.c.id == entry.id)
                    ).scalar_one()
                )

        await wait_until(lambda: hub_status() == "disputed")
        await wait_until(lambda: not sync.syncing)
        sync.sync_now()
        await wait_until(lambda: (page.selected_entry() or entry).status == "disputed")
        assert not page.dispute_button.isEnabled()

        # Operations resolve it with a corrected fee; both come back by sync.
        earnings_admin.resolve_dispute(
            hub_server.engine, entry.id, "Korrigiert auf komplex.", corrected_cents=1250
        )
        await wait_until(lambda: not sync.syncing)
        sync.sync_now()
        await wait_until(
            lambda: (
                (found := page._queries.entry(entry.id)) is not None and found.status == "resolved"
            )
        )
        page.refresh()
        assert page.status_panel.amount_of("resolved") == money_text(
            hub_figures(hub_server, period)["status"]["resolved"]
        )

        # Exports for the bookkeeping.
        page.csv_button.click()
        await wait_until(lambda: page.last_export is not None and page.last_export.done())
        assert page.last_export is not None
        csv_path = page.last_export.result()
        assert csv_path is not None
        with csv_path.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert len(rows) == page.model.rowCount()
        page.last_export = None
        page.pdf_button.click()
        await wait_until(lambda: page.last_export is not None and page.last_export.done())
        assert page.last_export is not None
        pdf_path = page.last_export.result()
        assert pdf_path is not None and pdf_path.name.startswith("GS-")
        window.close()

    assert run_app(qapp, memory_workstation(hub_server.url, tmp_path, icons), user) == 0
    QLocale.setDefault(QLocale.system())
    if shutil.which("pdftotext") is None:
        service_missing("poppler-utils (pdftotext)")
    pdf = next(tmp_path.glob("GS-*.pdf"))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Credit note" in text and pdf.stem in text and "Petra Schneider" in text
    assert "§ 19 UStG" in text
