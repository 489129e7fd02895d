"""The inbox table: a lazy model over the encrypted case cache.

The model never holds all rows. It knows the row count and reads rows in windows of a
hundred or so when a view first asks for one of them, keeping a few recent windows (the
pattern of Anki's browser table). Sorting happens in SQL through `InboxQuery`, so the inbox
stays instant with a million cases.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from workstation.domain.models import CaseStatus, CaseSummary
from workstation.store.queries import InboxQuery
from workstation.ui.formatting import (
    SlaUrgency,
    channel_label,
    full_timestamp_text,
    relative_due_text,
    sla_urgency,
    status_label,
)
from workstation.ui.icons import IconLibrary

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_OVERDUE_COLOR = QColor("#b3261e")
_SOON_COLOR = QColor("#9a5b00")
# Relative SLA texts ("in 25 min") are refreshed this often.
_SLA_TICK_MS = 30_000
# Up to this many rows the first count is exact; beyond it a lower bound at first.
_FIRST_COUNT_BOUND = 10_000


class InboxRows(Protocol):
    """What the model reads: ``CacheReader`` in the app, or a ``CaseCache``."""

    def count_cases(self, query: InboxQuery, *, at_most: int | None = None) -> int: ...

    def case_window(self, query: InboxQuery, offset: int, limit: int) -> list[CaseSummary]: ...


class InboxColumn(IntEnum):
    CHANNEL = 0
    CLIENT = 1
    SUBJECT = 2
    CUSTOMER = 3
    STATUS = 4
    SLA_DUE = 5


# The columns the cache can sort by, with the InboxQuery sort key for each.
SORT_KEYS: dict[InboxColumn, str] = {InboxColumn.SLA_DUE: "sla_due"}
DEFAULT_SORT_COLUMN = InboxColumn.SLA_DUE


def column_title(column: InboxColumn) -> str:
    match column:
        case InboxColumn.CHANNEL:
            return translate("InboxModel", "Channel")
        case InboxColumn.CLIENT:
            return translate("InboxModel", "Client")
        case InboxColumn.SUBJECT:
            return translate("InboxModel", "Subject")
        case InboxColumn.CUSTOMER:
            return translate("InboxModel", "Customer")
        case InboxColumn.STATUS:
            return translate("InboxModel", "Status")
        case InboxColumn.SLA_DUE:
            return translate("InboxModel", "SLA due")


class InboxModel(QAbstractTableModel):
    def __init__(
        self,
        cache: InboxRows,
        icons: IconLibrary,
        *,
        clock: Callable[[], float] = time.time,
        window_size: int = 100,
        kept_windows: int = 8,
        query: InboxQuery | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._icons = icons
        self._clock = clock
        self._window_size = window_size
        self._kept_windows = kept_windows
        self._query = query or InboxQuery()
        self._windows: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        # Counting a million cases takes 50 ms: the first paint gets a quick lower bound,
        # and the view asks for the exact count right after it (``complete_count``).
        self._count = cache.count_cases(self._query, at_most=_FIRST_COUNT_BOUND)
        self._count_is_exact = self._count < _FIRST_COUNT_BOUND
        self._sla_timer = QTimer(self)
        self._sla_timer.setInterval(_SLA_TICK_MS)
        self._sla_timer.timeout.connect(self._announce_sla_texts_changed)
        self._sla_timer.start()

    # Public API ----------------------------------------------------------------------------

    @property
    def query(self) -> InboxQuery:
        return self._query

    def refresh(self, query: InboxQuery | None = None) -> None:
        """Re-read the count and forget every cached row, e.g. after a sync; with `query`,
        show another view or filter (its sort order is kept when it is the same column)."""
        self.beginResetModel()
        if query is not None:
            self._query = query
        self._windows.clear()
        self._count = self._cache.count_cases(self._query)
        self._count_is_exact = True
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts of the new UI language: headers, statuses, due times."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(InboxColumn) - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(InboxColumn) - 1)
            )

    def summary_at(self, row: int) -> CaseSummary | None:
        if not 0 <= row < self._count:
            return None
        window_index, offset = divmod(row, self._window_size)
        rows = self._window(window_index)
        return rows[offset] if offset < len(rows) else None

    def case_id_at(self, row: int) -> int | None:
        summary = self.summary_at(row)
        return summary.id if summary is not None else None

    def find_row(self, case_id: int, near_row: int) -> int | None:
        """The row of `case_id`, looked for in the windows around `near_row`.

        After a sync a case rarely moves far, so this finds the selected case again without
        a query over the whole inbox; None when it has gone or moved beyond the search.
        """
        if self._count == 0:
            return None
        centre = min(max(near_row, 0), self._count - 1) // self._window_size
        for window_index in (centre, centre - 1, centre + 1):
            if window_index < 0 or window_index * self._window_size >= self._count:
                continue
            for offset, summary in enumerate(self._window(window_index)):
                if summary.id == case_id:
                    return window_index * self._window_size + offset
        return None

    def is_sortable(self, column: int) -> bool:
        return _column_or_none(column) in SORT_KEYS

    def sort_column(self) -> InboxColumn:
        for column, key in SORT_KEYS.items():
            if key == self._query.sort:
                return column
        return DEFAULT_SORT_COLUMN

    def sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        )

    # QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(InboxColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        column = _column_or_none(section)
        if orientation != Qt.Orientation.Horizontal or column is None:
            return None
        if column == InboxColumn.CHANNEL:
            # The channel column shows icons only; its title stays for tooltips and screen
            # readers so that the narrow header does not show a cut-off word.
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return column_title(column)
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return column_title(column)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        column = _column_or_none(index.column())
        summary = self.summary_at(index.row())
        if column is None or summary is None:
            return None
        if role == CASE_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(column, summary)
        if role == Qt.ItemDataRole.DecorationRole and column == InboxColumn.CHANNEL:
            return self._icons.channel(summary.channel)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._descriptive_text(column, summary)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(column, summary)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == InboxColumn.SLA_DUE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        chosen = _column_or_none(column)
        if chosen not in SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        wanted = replace(self._query, sort=SORT_KEYS[chosen], descending=descending)
        if wanted == self._query:
            return
        self.beginResetModel()
        self._query = wanted
        self._windows.clear()
        self.endResetModel()

    def complete_count(self) -> None:
        """Replace the first paint's lower bound by the exact count (rows are inserted
        at the end); nothing to do once the count is exact."""
        if self._count_is_exact:
            return
        exact = self._cache.count_cases(self._query)
        self._count_is_exact = True
        if exact > self._count:
            self.beginInsertRows(QModelIndex(), self._count, exact - 1)
            self._count = exact
            self.endInsertRows()
        elif exact < self._count:
            self.beginRemoveRows(QModelIndex(), exact, self._count - 1)
            self._count = exact
            self._windows.clear()
            self.endRemoveRows()

    # Internals ----------------------------------------------------------------------------

    def _window(self, window_index: int) -> list[CaseSummary]:
        rows = self._windows.get(window_index)
        if rows is not None:
            self._windows.move_to_end(window_index)
            return rows
        rows = self._cache.case_window(
            self._query, window_index * self._window_size, self._window_size
        )
        self._windows[window_index] = rows
        while len(self._windows) > self._kept_windows:
            self._windows.popitem(last=False)
        return rows

    def _display_text(self, column: InboxColumn, summary: CaseSummary) -> str:
        match column:
            case InboxColumn.CHANNEL:
                return ""
            case InboxColumn.CLIENT:
                return summary.client_name
            case InboxColumn.SUBJECT:
                return summary.subject
            case InboxColumn.CUSTOMER:
                return summary.customer_name
            case InboxColumn.STATUS:
                return status_label(summary.status)
            case InboxColumn.SLA_DUE:
                if summary.sla_due is None or summary.status == CaseStatus.CLOSED:
                    return "–"
                return relative_due_text(summary.sla_due, self._clock())

    def _descriptive_text(self, column: InboxColumn, summary: CaseSummary) -> str:
        if column == InboxColumn.CHANNEL:
            return channel_label(summary.channel)
        if column == InboxColumn.SLA_DUE:
            if summary.sla_due is None:
                return translate("InboxModel", "No answer due")
            return translate("InboxModel", "Answer due {when}").format(
                when=full_timestamp_text(summary.sla_due)
            )
        return self._display_text(column, summary)

    def _foreground(self, column: InboxColumn, summary: CaseSummary) -> QBrush | None:
        if summary.status == CaseStatus.CLOSED:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if column != InboxColumn.SLA_DUE:
            return None
        urgency = sla_urgency(summary.sla_due, self._clock())
        if urgency == SlaUrgency.OVERDUE:
            return QBrush(_OVERDUE_COLOR)
        if urgency == SlaUrgency.SOON:
            return QBrush(_SOON_COLOR)
        return None

    def _announce_sla_texts_changed(self) -> None:
        if self._count == 0:
            return
        self.dataChanged.emit(
            self.index(0, InboxColumn.SLA_DUE),
            self.index(self._count - 1, InboxColumn.SLA_DUE),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole],
        )


def _column_or_none(section: int) -> InboxColumn | None:
    try:
        return InboxColumn(section)
    except ValueError:
        return None
