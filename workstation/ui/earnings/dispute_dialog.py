"""Asks for the reason of a dispute; OK stays disabled until there is one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.earnings import LedgerEntry
from workstation.domain.mutations import MAX_DISPUTE_REASON_CHARS
from workstation.ui.earnings.money import money_text

translate = QCoreApplication.translate


class DisputeDialog(QDialog):
    def __init__(self, entry: LedgerEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DisputeDialog", "Dispute entry"))
        self.entry = entry
        summary = QLabel(
            translate("DisputeDialog", "{description}: {amount}").format(
                description=entry.description, amount=money_text(entry.amount_cents)
            )
        )
        summary.setWordWrap(True)
        prompt = QLabel(translate("DisputeDialog", "&Why is this entry wrong?"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(translate("DisputeDialog", "Reason"))
        prompt.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("DisputeDialog", "Dispute"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (summary, prompt, self.reason_edit, self.buttons):
            layout.addWidget(widget)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < len(self.reason) <= MAX_DISPUTE_REASON_CHARS)
