"""The expert's contributions as a lazy list, newest first: title, kind and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workstation.domain.earnings import Contribution
from workstation.store.contributions import ContributionStore
from workstation.ui.earnings.labels import kind_text, status_text
from workstation.ui.earnings.money import money_text

translate = QCoreApplication.translate
WINDOW_ROWS = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class ContributionsModel(QAbstractListModel):
    def __init__(self, store: ContributionStore) -> None:
        super().__init__()
        self._store = store
        self._count = 0
        self._windows: dict[int, list[Contribution]] = {}

    def refresh(self) -> None:
        self.beginResetModel()
        self._windows.clear()
        self._count = self._store.count()
        self.endResetModel()

    def item_at(self, row: int) -> Contribution | None:
        if not 0 <= row < self._count:
            return None
        window = self._windows.get(row // WINDOW_ROWS)
        if window is None:
            window = self._store.page(row // WINDOW_ROWS * WINDOW_ROWS, WINDOW_ROWS)
            self._windows[row // WINDOW_ROWS] = window
        offset = row % WINDOW_ROWS
        return window[offset] if offset < len(window) else None

    def row_of(self, contribution_id: str) -> int | None:
        for row in range(self._count):
            item = self.item_at(row)
            if item is not None and item.id == contribution_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = item.title or translate("ContributionsModel", "(untitled)")
            details = f"{kind_text(item.kind)} · {status_text(item.status)}"
            if item.fee_cents is not None:
                details += f" · {money_text(item.fee_cents)}"
            return f"{title}\n{details}"
        if role == Qt.ItemDataRole.ToolTipRole and item.feedback:
            return item.feedback
        return None
