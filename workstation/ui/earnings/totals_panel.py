"""One split of the period total (by status, by client or by type) as a small form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from workstation.ui.earnings.money import money_text


class TotalsPanel(QGroupBox):
    def __init__(
        self,
        name: Callable[[str], str],
        fixed_keys: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._fixed_keys = fixed_keys
        self._values: dict[str, int] = {}
        self._tooltips: dict[str, str] = {}
        self._layout = QFormLayout(self)
        self.amount_labels: dict[str, QLabel] = {}

    def show_split(self, values: dict[str, int], tooltips: dict[str, str] | None = None) -> None:
        self._values = dict(values)
        self._tooltips = dict(tooltips or {})
        self._rebuild()

    def retranslate(self, title: str) -> None:
        self.setTitle(title)
        self._rebuild()

    def amount_of(self, key: str) -> str:
        return self.amount_labels[key].text()

    def _rebuild(self) -> None:
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self.amount_labels.clear()
        keys = list(self._fixed_keys) + sorted(set(self._values) - set(self._fixed_keys))
        for key in keys:
            name = QLabel(self._name(key), self)
            amount = QLabel(money_text(self._values.get(key, 0)), self)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.amount_labels[key] = amount
            for label in (name, amount):
                label.setToolTip(self._tooltips.get(key, ""))
            self._layout.addRow(name, amount)
            # Rows made while the page is in the background must show with it.
            name.show()
            amount.show()
