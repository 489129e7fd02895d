"""Help > Keyboard shortcuts: every shortcut of the main window in one table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.ui.case.actions import ShortcutEntry
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate


class ShortcutsDialog(QDialog):
    def __init__(self, entries: Sequence[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table = QTableWidget(len(entries), 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels(
            [translate("ShortcutsDialog", "Keys"), translate("ShortcutsDialog", "Action")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        for row, entry in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(entry.keys))
            self.table.setItem(row, 1, QTableWidgetItem(entry.description))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.LARGE, Spacing.LARGE, Spacing.LARGE, Spacing.LARGE)
        layout.setSpacing(Spacing.MEDIUM)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def entries(self) -> list[tuple[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            keys, action = self.table.item(row, 0), self.table.item(row, 1)
            rows.append((keys.text() if keys else "", action.text() if action else ""))
        return rows
