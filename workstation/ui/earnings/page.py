"""The Earnings space: the period's figures split by status, client and type, a daily
chart, the entries (each opens its case, contribution or window), disputes and exports.

Figures come from the cache, so they show offline too, with the time of the last sync.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import mutations
from workstation.domain.earnings import EarningsSummary, LedgerEntry
from workstation.export.credit_note import write_credit_note
from workstation.export.earnings_csv import write_earnings_csv
from workstation.store.earnings import EarningsQueries
from workstation.store.worker import DbWorker
from workstation.ui.async_dialog import run_dialog
from workstation.ui.earnings.chart import DailyChart
from workstation.ui.earnings.dispute_dialog import DisputeDialog
from workstation.ui.earnings.documents import credit_note_format, credit_note_labels
from workstation.ui.earnings.entries_model import EntriesModel
from workstation.ui.earnings.labels import client_text, source_text, status_text
from workstation.ui.earnings.money import moment_text, money_text
from workstation.ui.earnings.period_picker import PeriodPicker
from workstation.ui.earnings.rate_card_text import rate_card_text
from workstation.ui.earnings.totals_panel import TotalsPanel
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.tasks import TaskSet

translate = QCoreApplication.translate
# (parent, title, suggested file name, filters) -> the chosen path, "" when cancelled.
FileChooser = Callable[[QWidget, str, str, str], Awaitable[str]]
STATUS_KEYS = ("pending", "approved", "paid", "disputed", "resolved")
SOURCE_KEYS = ("case", "contribution", "window", "adjustment")
TODAY_REFRESH_MS = 60_000
EXPORT_ROWS = 1_000_000


class EarningsPage(QWidget):
    def __init__(
        self,
        *,
        queries: EarningsQueries,
        worker_queries: EarningsQueries,
        last_sync_at: Callable[[], int | None],
        worker: DbWorker,
        outbox: OutboxController,
        tasks: TaskSet,
        open_entry: Callable[[LedgerEntry], None],
        clock: Callable[[], float] = time.time,
        choose_file: FileChooser | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("earnings_page")
        self._queries = queries
        # Over the writing engine, for reads on the worker thread (the exports): the GUI
        # thread's reading engine must never be used from another thread.
        self._worker_queries = worker_queries
        self._last_sync_at = last_sync_at
        self._worker = worker
        self._outbox = outbox
        self._tasks = tasks
        self._open_entry = open_entry
        self._clock = clock
        self._choose_file = choose_file or _save_file_name
        self.summary: EarningsSummary | None = None
        self.last_export: asyncio.Task[Path | None] | None = None

        self.picker = PeriodPicker(self._today)
        self.as_of_label = QLabel()
        self.today_label = QLabel()
        self.total_label = QLabel()
        self.total_label.setObjectName("earnings_total")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.total_label.setFont(font)
        self.status_panel = TotalsPanel(status_text, STATUS_KEYS)
        self.client_panel = TotalsPanel(client_text)
        self.source_panel = TotalsPanel(source_text, SOURCE_KEYS)
        self.chart = DailyChart()
        self.model = EntriesModel(queries, self.picker.period(), clock=clock)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table for the buttons; arrow keys move between entries.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton()
        self.dispute_button = QPushButton()
        self.csv_button = QPushButton()
        self.pdf_button = QPushButton()

        header = QHBoxLayout()
        header.addWidget(self.picker, 1)
        header.addWidget(self.today_label)
        header.addWidget(self.as_of_label)
        panels = QHBoxLayout()
        panels.addWidget(self.status_panel)
        panels.addWidget(self.client_panel)
        panels.addWidget(self.source_panel)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.dispute_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.csv_button, self.pdf_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.total_label)
        layout.addLayout(panels)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.picker.periodChanged.connect(lambda _period: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.dispute_button.clicked.connect(self.dispute_selected)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_credit_note)
        self._today_timer = QTimer(self)
        self._today_timer.setInterval(TODAY_REFRESH_MS)
        self._today_timer.timeout.connect(self._show_today)
        self._today_timer.start()
        self.retranslate()
        self.refresh()

    # -- figures -------------------------------------------------------------------------

    def _today(self) -> date:
        return date.fromtimestamp(self._clock())

    def refresh(self) -> None:
        """Read the period's figures again (after a sync or a change of period)."""
        period = self.picker.period()
        selected = self.selected_entry()
        self.summary = self._queries.summary(period)
        self.model.refresh(period)
        self.total_label.setText(money_text(self.summary.total_cents))
        self.status_panel.show_split(self.summary.by_status)
        cards = {card.client_name: rate_card_text(card) for card in self._queries.rate_cards()}
        self.client_panel.show_split(self.summary.by_client, cards)
        self.source_panel.show_split(self.summary.by_source)
        self.chart.set_days(period, self.summary.days)
        if selected is not None:
            self.select_entry(selected.id)
        self._show_today()
        self._show_as_of()
        self._update_buttons()

    def _show_today(self) -> None:
        cents = self._queries.today_so_far(self._today())
        self.today_label.setText(
            translate("EarningsPage", "Today so far: {amount}").format(amount=money_text(cents))
        )

    def _show_as_of(self) -> None:
        synced = self._last_sync_at()
        self.as_of_label.setText(
            translate("EarningsPage", "Not synced yet")
            if synced is None
            else translate("EarningsPage", "As of {time}").format(time=moment_text(synced))
        )

    # -- entries -------------------------------------------------------------------------

    def selected_entry(self) -> LedgerEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and (entry.case_id or entry.contribution_id or entry.window_id):
            self._open_entry(entry)

    def dispute_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.disputable:
            self._tasks.spawn(self._dispute(entry), name="dispute entry")

    async def _dispute(self, entry: LedgerEntry) -> None:
        dialog = DisputeDialog(entry, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if await run_dialog(dialog) != DisputeDialog.DialogCode.Accepted:
            return
        mutation = mutations.dispute(entry.id, dialog.reason, now=self._clock())
        await self._outbox.outbox.enqueue(mutation)
        self.refresh()

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.open_button.setEnabled(
            entry is not None and bool(entry.case_id or entry.contribution_id or entry.window_id)
        )
        self.dispute_button.setEnabled(entry is not None and entry.disputable)

    # -- exports -------------------------------------------------------------------------

    def export_csv(self) -> None:
        self.last_export = self._tasks.spawn(self._export_csv(), name="export csv")

    async def _export_csv(self) -> Path | None:
        period = self.picker.period()
        name = await self._choose_file(
            self,
            translate("EarningsPage", "Export earnings as CSV"),
            f"earnings-{period.first.isoformat()}-{period.last.isoformat()}.csv",
            translate("EarningsPage", "CSV files (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        entries = await self._worker.run(
            partial(self._worker_queries.entries, period, 0, EXPORT_ROWS)
        )
        return await self._write(path, partial(write_earnings_csv, path, entries))

    def export_credit_note(self) -> None:
        self.last_export = self._tasks.spawn(self._export_credit_note(), name="export credit note")

    async def _export_credit_note(self) -> Path | None:
        statement = self._queries.statement_for(self.picker.period())
        if statement is None:
            QMessageBox.information(
                self,
                translate("EarningsPage", "No statement"),
                translate(
                    "EarningsPage",
                    "There is no statement for this period yet. Statements are issued after "
                    "the end of each month.",
                ),
            )
            return None
        name = await self._choose_file(
            self,
            translate("EarningsPage", "Save credit note"),
            f"{statement.number}.pdf",
            translate("EarningsPage", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        lines = await self._worker.run(partial(self._worker_queries.statement_lines, statement.id))
        # Labels and formats are made here, on the GUI thread: they use Qt's translator.
        labels, formats = credit_note_labels(), credit_note_format()
        return await self._write(
            path, partial(write_credit_note, path, statement, lines, labels, formats)
        )

    async def _write(self, path: Path, write: Callable[[], object]) -> Path | None:
        try:
            await asyncio.to_thread(write)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("EarningsPage", "Export failed"),
                translate("EarningsPage", "Could not write {path}: {error}").format(
                    path=str(path), error=error.strerror or str(error)
                ),
            )
            return None
        return path

    # -- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.picker.retranslate()
        self.status_panel.retranslate(translate("EarningsPage", "By status"))
        self.client_panel.retranslate(translate("EarningsPage", "By client"))
        self.source_panel.retranslate(translate("EarningsPage", "By type"))
        self.open_button.setText(translate("EarningsPage", "&Open"))
        self.open_button.setToolTip(
            translate("EarningsPage", "Open the case, contribution or window of the entry")
        )
        self.dispute_button.setText(translate("EarningsPage", "&Dispute…"))
        self.csv_button.setText(translate("EarningsPage", "Export &CSV…"))
        self.pdf_button.setText(translate("EarningsPage", "Credit note (&PDF)…"))
        self.table.setAccessibleName(translate("EarningsPage", "Ledger entries"))
        self.chart.setAccessibleName(translate("DailyChart", "Earnings per day"))
        if self.summary is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


async def _save_file_name(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    dialog = QFileDialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if await run_dialog(dialog) != QFileDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""
