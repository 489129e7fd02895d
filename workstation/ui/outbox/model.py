"""The outbox list: every item that is queued, being sent, held, or sent today."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from workstation.domain.models import OutboxState
from workstation.domain.mutations import NO_CASE
from workstation.domain.outbox import OutboxItem
from workstation.ui.formatting import full_timestamp_text, message_time_text
from workstation.ui.outbox.texts import action_label, item_details_text, state_label

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_HELD_COLOR = QColor("#b3261e")
_QUEUED_COLOR = QColor("#9a5b00")
_SENT_COLOR = QColor("#2e7d4f")


class OutboxColumn(IntEnum):
    STATE = 0
    ACTION = 1
    CASE = 2
    WRITTEN = 3
    DETAILS = 4


def column_title(column: OutboxColumn) -> str:
    match column:
        case OutboxColumn.STATE:
            return translate("OutboxModel", "State")
        case OutboxColumn.ACTION:
            return translate("OutboxModel", "Action")
        case OutboxColumn.CASE:
            return translate("OutboxModel", "Case")
        case OutboxColumn.WRITTEN:
            return translate("OutboxModel", "Written")
        case OutboxColumn.DETAILS:
            return translate("OutboxModel", "Details")


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """`case_subject` is None when the case is no longer in the cache (e.g. reassigned)."""

    item: OutboxItem
    case_subject: str | None


class OutboxModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxRow] = []

    def set_rows(self, rows: list[OutboxRow]) -> None:
        # Held items first (they need the expert), then the rest newest first.
        held = [row for row in rows if row.item.state is OutboxState.HELD]
        others = [row for row in rows if row.item.state is not OutboxState.HELD]
        self.beginResetModel()
        self._rows = held + sorted(others, key=lambda row: row.item.seq, reverse=True)
        self.endResetModel()

    def row_at(self, row: int) -> OutboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: str) -> int | None:
        for index, row in enumerate(self._rows):
            if row.item.id == item_id:
                return index
        return None

    def state_counts(self) -> Counter[OutboxState]:
        return Counter(row.item.state for row in self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(OutboxColumn) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(OutboxColumn) - 1)
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OutboxColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_title(OutboxColumn(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        item = row.item
        column = OutboxColumn(index.column())
        if role == ITEM_ID_ROLE:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(column, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == OutboxColumn.WRITTEN:
                return full_timestamp_text(item.created_at)
            return self._text(column, row)
        if role == Qt.ItemDataRole.ForegroundRole and column == OutboxColumn.STATE:
            return QBrush(_state_color(item.state)) if _state_color(item.state) else None
        if role == Qt.ItemDataRole.FontRole and item.state is OutboxState.HELD:
            font = QFont()
            font.setBold(column == OutboxColumn.STATE)
            return font
        return None

    def _text(self, column: OutboxColumn, row: OutboxRow) -> str:
        item = row.item
        match column:
            case OutboxColumn.STATE:
                return state_label(item.state)
            case OutboxColumn.ACTION:
                return action_label(item.type)
            case OutboxColumn.CASE:
                if item.case_id == NO_CASE:
                    return translate("OutboxModel", "Your schedule and working time")
                if row.case_subject is None:
                    return translate("OutboxModel", "Case {id} (no longer in your cases)").format(
                        id=item.case_id
                    )
                return row.case_subject
            case OutboxColumn.WRITTEN:
                return message_time_text(item.created_at)
            case OutboxColumn.DETAILS:
                return item_details_text(item)


def _state_color(state: OutboxState) -> QColor | None:
    match state:
        case OutboxState.HELD:
            return _HELD_COLOR
        case OutboxState.QUEUED | OutboxState.SENDING:
            return _QUEUED_COLOR
        case OutboxState.SENT:
            return _SENT_COLOR
        case OutboxState.RESOLVED:
            return None
