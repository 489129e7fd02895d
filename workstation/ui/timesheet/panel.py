"""The Timesheet tab: the shown week's recorded time, totals per day and for the week,
corrections with a reason, and the CSV export.

The totals table has a row per day and one for the whole week; picking a row shows that
day's entries (or the week's) below. Paid time is work inside booked windows as the hub
judged it; until the hub has seen an entry, its time counts as paid and the entry says
"Not yet confirmed by the hub".
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workstation.domain.mutations import MutationType
from workstation.store.tracker import CorrectionRefused, StoredEntry, TrackerStore, timesheet_csv
from workstation.store.worker import DbWorker
from workstation.sync.outbox_sender import OutboxEvent
from workstation.ui.async_dialog import run_dialog
from workstation.ui.formatting import display_locale
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.outbox.texts import held_reason_text
from workstation.ui.schedule.files import write_atomically
from workstation.ui.schedule.save_path import SavePathChooser, ask_save_path
from workstation.ui.schedule.week import ShownWeek, week_containing
from workstation.ui.tasks import TaskSet
from workstation.ui.timesheet.correction_dialog import CorrectionDialog, CorrectionRequest
from workstation.ui.timesheet.model import (
    EntriesModel,
    WeekSheet,
    cases_text,
    paid_seconds,
    read_week,
)
from workstation.ui.timesheet.texts import csv_header, hours_text

logger = logging.getLogger(__name__)

WEEK_ROW = 7


class TimesheetPanel(QWidget):
    loaded = Signal()

    def __init__(
        self,
        *,
        tracker: TrackerStore,
        engine: Engine,
        worker: DbWorker,
        outbox: OutboxController,
        tasks: TaskSet,
        clock: Callable[[], float] = time.time,
        choose_save_path: SavePathChooser = ask_save_path,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timesheet_panel")
        self._tracker = tracker
        self._engine = engine
        self._worker = worker
        self._outbox = outbox
        self._tasks = tasks
        self._clock = clock
        self._choose_save_path = choose_save_path
        self._locale = locale or display_locale()
        self._week = week_containing(clock(), self._locale)
        self._sheet = WeekSheet([], {}, [])
        self._generation = 0
        # The correction dialog while it is open.
        self.open_dialog: CorrectionDialog | None = None

        self.totals = QTableWidget(8, 5)
        self.totals.setObjectName("timesheet_totals")
        self.totals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.totals.itemSelectionChanged.connect(self._show_selected_rows)
        self.entries_model = EntriesModel(self)
        self.entries = QTableView()
        self.entries.setObjectName("timesheet_entries")
        self.entries.setModel(self.entries_model)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.entries.verticalHeader().hide()
        self.entries.doubleClicked.connect(lambda _index: self._correct_requested())
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("timesheet_correct")
        self.correct_button.clicked.connect(self._correct_requested)
        self.export_action = QAction(self)
        self.export_action.setObjectName("timesheet_export_csv")
        self.export_action.triggered.connect(self._export_requested)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_action.trigger)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("timesheet_notice")
        self.notice_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.totals)
        splitter.addWidget(self.entries)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice_label)
        outbox.changed.connect(self._on_outbox_event)
        self.retranslate()

    # -- public ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.totals.setHorizontalHeaderLabels(
            [
                self.tr("Worked"),
                self.tr("Paid"),
                self.tr("Unpaid (outside booked windows)"),
                self.tr("Breaks"),
                self.tr("Cases"),
            ]
        )
        self.correct_button.setText(self.tr("&Correct entry…"))
        self.export_action.setText(self.tr("Export timesheet (CSV)…"))
        self.export_button.setText(self.tr("E&xport CSV…"))
        self._fill_totals()

    @property
    def sheet(self) -> WeekSheet:
        return self._sheet

    def show_week(self, week: ShownWeek) -> None:
        self._week = week
        self.refresh()

    def refresh(self, *_ignored: object) -> None:
        self._tasks.spawn(self.reload(), name="timesheet-reload")

    async def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        sheet = await self._worker.run(
            read_week, self._tracker, self._engine, self._week.day_starts
        )
        if generation != self._generation:
            return
        selected = self._selected_row()
        self._sheet = sheet
        self._fill_totals()
        self.totals.selectRow(WEEK_ROW if selected is None else selected)
        self._show_selected_rows()
        self.loaded.emit()

    def select_day(self, day_index: int | None) -> None:
        """Show one day's entries (0–6) or, with None, the whole week's."""
        self.totals.selectRow(WEEK_ROW if day_index is None else day_index)

    def shown_entries(self) -> list[StoredEntry]:
        row = self._selected_row()
        if row is None or row == WEEK_ROW or len(self._week.day_starts) < row + 2:
            return list(self._sheet.entries)
        start, end = self._week.day_starts[row], self._week.day_starts[row + 1]
        return [e for e in self._sheet.entries if start <= e.starts_at < end]

    async def correct(self, request: CorrectionRequest) -> str | None:
        """Apply a correction; returns the refusal in words, or None once it is queued."""
        if not request.reason:
            return self.tr(
                "Please give a reason for the correction. Operations see it next to the change."
            )
        if request.ends_at <= request.starts_at:
            return self.tr("The entry must end after it starts.")
        entry = await self._worker.run(self._tracker.entry, request.entry_id)
        if entry is None:
            return self.tr("This entry no longer exists.")
        try:
            await self._worker.run(
                partial(
                    self._tracker.correct,
                    request.entry_id,
                    starts_at=request.starts_at,
                    ends_at=request.ends_at,
                    kind=request.kind,
                    location=request.location,
                    cases=_fit_cases(entry.cases, request.ends_at - request.starts_at),
                    reason=request.reason,
                )
            )
        except CorrectionRefused:
            current = await self._worker.run(self._tracker.entry, request.entry_id)
            return self._refusal(current)
        self._outbox.outbox.wake()
        self.notice_label.setText(self.tr("Correction saved; it is sent to the hub."))
        await self.reload()
        return None

    async def export_csv(self, path: Path) -> int:
        entries = self.shown_entries()
        header = csv_header()
        content = timesheet_csv(entries, format_time=_local_iso, header=header).encode("utf-8")
        try:
            await asyncio.to_thread(write_atomically, path, content)
        except OSError as error:
            logger.warning("The timesheet export failed: %s", error.strerror)
            self.notice_label.setText(
                self.tr("The timesheet could not be saved to {path}: {problem}").format(
                    path=str(path), problem=error.strerror or str(error)
                )
            )
            return 0
        self.notice_label.setText(
            self.tr("%n entries exported to {path}.", None, len(entries)).format(path=str(path))
        )
        return len(entries)

    # -- reacting --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _refusal(self, entry: StoredEntry | None) -> str:
        if entry is None:
            return self.tr("This entry no longer exists.")
        if entry.approved:
            return self.tr("Operations approved this entry, so it can no longer be changed.")
        if entry.needs_confirmation:
            return self.tr("This entry was recovered after a crash: confirm it first.")
        return self.tr("The correction could not be saved.")

    def _selected_row(self) -> int | None:
        rows = self.totals.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _fill_totals(self) -> None:
        days = self._week.days()
        labels = [self._locale.toString(day, QLocale.FormatType.ShortFormat) for day in days] + [
            self.tr("Week")
        ]
        self.totals.setVerticalHeaderLabels(labels)
        totals = list(self._sheet.days)
        for row in range(8):
            chosen = totals[row : row + 1] if row < WEEK_ROW else totals
            worked = sum(t.work_seconds for t in chosen)
            paid = sum(paid_seconds(t) for t in chosen)
            unpaid = sum(t.unpaid_seconds for t in chosen)
            breaks = sum(t.break_seconds for t in chosen)
            cases: dict[int, int] = {}
            for day in chosen:
                for case_id, seconds in day.case_seconds:
                    cases[case_id] = cases.get(case_id, 0) + seconds
            values = (
                hours_text(worked),
                hours_text(paid),
                hours_text(unpaid),
                hours_text(breaks),
                cases_text(sorted(cases.items()), self._sheet.subjects),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row == WEEK_ROW:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.totals.setItem(row, column, item)

    def _show_selected_rows(self) -> None:
        self.entries_model.set_entries(self.shown_entries(), self._sheet.subjects)

    def _selected_entry(self) -> StoredEntry | None:
        rows = self.entries.selectionModel().selectedRows()
        return self.entries_model.entry_at(rows[0].row()) if rows else None

    def _correct_requested(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            self.notice_label.setText(self.tr("Select an entry to correct first."))
            return
        self._tasks.spawn(self._correct(entry), name="open-correction")

    async def _correct(self, entry: StoredEntry) -> None:
        history = await self._worker.run(self._tracker.corrections, entry.id)
        dialog = CorrectionDialog(entry, history, self.correct, self._tasks, parent=self)
        self.open_dialog = dialog
        try:
            await run_dialog(dialog)
        finally:
            self.open_dialog = None
            dialog.deleteLater()

    def _on_outbox_event(self, event: OutboxEvent) -> None:
        if event.sync_result is not None and self.isVisible():
            self.refresh()
        if event.held_ids:
            self._tasks.spawn(self._explain_held(event.held_ids), name="timesheet-held")

    async def _explain_held(self, item_ids: frozenset[str]) -> None:
        for item_id in sorted(item_ids):
            item = await self._outbox.outbox.item(item_id)
            if item is not None and item.type is MutationType.TIME_ENTRY:
                self.notice_label.setText(
                    self.tr("The hub refused a change of your working time: {reason}").format(
                        reason=held_reason_text(item.held_reason, item.held_message)
                    )
                )

    def _export_requested(self) -> None:
        self._tasks.spawn(self._export(), name="export-timesheet")

    async def _export(self) -> None:
        path = await self._choose_save_path(
            self,
            self.tr("Export timesheet"),
            self.tr("timesheet.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path is not None:
            await self.export_csv(path)


def _fit_cases(cases: Sequence[tuple[int, int]], seconds: int) -> tuple[tuple[int, int], ...]:
    """Case time shrinks with a shortened entry, in proportion, so that it never exceeds
    the entry's length."""
    total = sum(case_seconds for _case, case_seconds in cases)
    if total <= seconds:
        return tuple(cases)
    return tuple((case_id, case_seconds * seconds // total) for case_id, case_seconds in cases)


def _local_iso(epoch_seconds: int) -> str:
    return datetime.fromtimestamp(epoch_seconds).astimezone().isoformat(timespec="seconds")
