"""The naive way, for comparison: every row in memory behind a ``QSortFilterProxyModel``.

``python -m bench.entries.qsfpm_sort CACHE_FILE KEY_FILE``: loads the inbox columns of
every cached case into a plain ``QAbstractTableModel`` (plain rows, no ORM), puts a
``QSortFilterProxyModel`` over it and sorts by the SLA due column. Prints the
milliseconds the ``sort`` call took and the row count.
"""

import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication

from workstation.store.database import open_cache

_COLUMNS = "channel, subject, customer_name, status, sla_due"
_SLA_DUE_COLUMN = 4


class _AllRows(QAbstractTableModel):
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]


def main(cache_path: Path, key_path: Path) -> int:
    QApplication(sys.argv[:1])
    engine = open_cache(cache_path, bytes.fromhex(key_path.read_text().strip()))
    try:
        with engine.connect() as connection:
            rows = [
                tuple(row) for row in connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM cases")
            ]
    finally:
        engine.dispose()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(_AllRows(rows))
    started = time.perf_counter()
    proxy.sort(_SLA_DUE_COLUMN, Qt.SortOrder.DescendingOrder)
    print((time.perf_counter() - started) * 1000, len(rows), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
