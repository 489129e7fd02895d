"""One week of the timesheet, read from the cache on the database worker: the entries, the
subjects of the cases they were attributed to, and the totals per day and for the week."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy import Engine

from workstation.store.schedule_reads import case_subjects
from workstation.store.tracker import DayTotals, StoredEntry, TrackerStore, day_totals
from workstation.ui.formatting import display_locale
from workstation.ui.timesheet.texts import entry_status_text, hours_text, kind_label, location_label

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class WeekSheet:
    entries: list[StoredEntry]
    subjects: dict[int, str]
    days: list[DayTotals]


def read_week(tracker: TrackerStore, engine: Engine, day_starts: Sequence[int]) -> WeekSheet:
    """Run on the database worker."""
    entries = tracker.entries_between(day_starts[0], day_starts[-1])
    subjects = case_subjects(engine, (case_id for e in entries for case_id, _ in e.cases))
    return WeekSheet(entries, subjects, day_totals(entries, day_starts))


def paid_seconds(totals: DayTotals) -> int:
    return totals.work_seconds - totals.unpaid_seconds


def cases_text(cases: Sequence[tuple[int, int]], subjects: Mapping[int, str]) -> str:
    """ "Invoice question (0:25), #4711 (0:10)": the subject while the case is cached."""
    return ", ".join(
        f"{subjects.get(case_id, f'#{case_id}')} ({hours_text(seconds)})"
        for case_id, seconds in cases
    )


class EntriesModel(QAbstractTableModel):
    """The entries of the shown week or of one day of it."""

    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[StoredEntry] = []
        self._subjects: dict[int, str] = {}

    def set_entries(self, entries: Sequence[StoredEntry], subjects: dict[int, str]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._subjects = subjects
        self.endResetModel()

    def entry_at(self, row: int) -> StoredEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int | None:
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Start"),
            self.tr("End"),
            self.tr("Duration"),
            self.tr("Kind"),
            self.tr("Location"),
            self.tr("Cases"),
            self.tr("Status"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row())
        if entry is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        locale = display_locale()
        match index.column():
            case 0:
                return locale.toString(
                    QDateTime.fromSecsSinceEpoch(entry.starts_at).toLocalTime(),
                    QLocale.FormatType.ShortFormat,
                )
            case 1:
                return locale.toString(
                    QDateTime.fromSecsSinceEpoch(entry.ends_at).toLocalTime().time(),
                    QLocale.FormatType.ShortFormat,
                )
            case 2:
                return hours_text(entry.seconds)
            case 3:
                return kind_label(entry.kind)
            case 4:
                return location_label(entry.location)
            case 5:
                return cases_text(entry.cases, self._subjects)
            case 6:
                status = entry_status_text(entry)
                if entry.version > 1:
                    status = self.tr("{status} (corrected)").format(status=status)
                return status
        return None
