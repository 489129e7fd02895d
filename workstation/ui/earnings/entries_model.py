"""The period's ledger entries as a lazy table: the count is read on refresh, rows are
read a window of ``WINDOW_ROWS`` at a time when the view first shows them."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workstation.domain.earnings import LedgerEntry, Period
from workstation.store.earnings import EarningsQueries
from workstation.ui.earnings.labels import client_text, source_text, status_text
from workstation.ui.earnings.money import moment_text, money_text

translate = QCoreApplication.translate
WINDOW_ROWS = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class EntryColumn(IntEnum):
    DATE = 0
    CLIENT = 1
    SOURCE = 2
    DESCRIPTION = 3
    STATUS = 4
    AMOUNT = 5


def _column_titles() -> dict[EntryColumn, str]:
    return {
        EntryColumn.DATE: translate("EntriesModel", "Date"),
        EntryColumn.CLIENT: translate("EntriesModel", "Client"),
        EntryColumn.SOURCE: translate("EntriesModel", "Type"),
        EntryColumn.DESCRIPTION: translate("EntriesModel", "Description"),
        EntryColumn.STATUS: translate("EntriesModel", "Status"),
        EntryColumn.AMOUNT: translate("EntriesModel", "Amount"),
    }


class EntriesModel(QAbstractTableModel):
    def __init__(
        self,
        queries: EarningsQueries,
        period: Period,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self._queries = queries
        self._clock = clock
        self._period = period
        self._count = 0
        self._windows: dict[int, list[LedgerEntry]] = {}

    @property
    def period(self) -> Period:
        return self._period

    def refresh(self, period: Period | None = None) -> None:
        self.beginResetModel()
        if period is not None:
            self._period = period
        self._windows.clear()
        self._count = self._queries.count(self._period)
        self.endResetModel()

    def entry_at(self, row: int) -> LedgerEntry | None:
        if not 0 <= row < self._count:
            return None
        window = self._window(row // WINDOW_ROWS)
        offset = row % WINDOW_ROWS
        return window[offset] if offset < len(window) else None

    def row_of(self, entry_id: int) -> int | None:
        for row in range(self._count):
            entry = self.entry_at(row)
            if entry is not None and entry.id == entry_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EntryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _column_titles()[EntryColumn(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = EntryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is EntryColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._details(entry)
        return None

    def _text(self, column: EntryColumn, entry: LedgerEntry) -> str:
        if column is EntryColumn.DATE:
            return moment_text(entry.earned_at)
        if column is EntryColumn.CLIENT:
            return client_text(entry.client_name)
        if column is EntryColumn.SOURCE:
            return source_text(entry.source)
        if column is EntryColumn.DESCRIPTION:
            return entry.description
        if column is EntryColumn.STATUS:
            return self._status(entry)
        return money_text(entry.amount_cents)

    def _in_qa_review(self, entry: LedgerEntry) -> bool:
        return (
            entry.status == "pending"
            and entry.qa_hold_until is not None
            and entry.qa_hold_until > self._clock()
        )

    def _status(self, entry: LedgerEntry) -> str:
        if not self._in_qa_review(entry):
            return status_text(entry.status)
        assert entry.qa_hold_until is not None
        return translate("EntriesModel", "{status}, in QA review until {moment}").format(
            status=status_text(entry.status), moment=moment_text(entry.qa_hold_until)
        )

    def _details(self, entry: LedgerEntry) -> str:
        lines = [entry.description]
        if self._in_qa_review(entry):
            lines.append(
                translate("EntriesModel", "The fee can be approved once the QA review has ended.")
            )
        if entry.reason:
            lines.append(translate("EntriesModel", "Reason: {text}").format(text=entry.reason))
        if entry.dispute_reason:
            lines.append(
                translate("EntriesModel", "Disputed: {text}").format(text=entry.dispute_reason)
            )
        if entry.resolution:
            lines.append(
                translate("EntriesModel", "Resolution: {text}").format(text=entry.resolution)
            )
        if entry.qa_rating:
            lines.append(
                translate("EntriesModel", "QA rating: {rating} of 5").format(rating=entry.qa_rating)
            )
        return "\n".join(lines)

    def _window(self, window_index: int) -> list[LedgerEntry]:
        window = self._windows.get(window_index)
        if window is None:
            window = self._queries.entries(self._period, window_index * WINDOW_ROWS, WINDOW_ROWS)
            self._windows[window_index] = window
        return window
