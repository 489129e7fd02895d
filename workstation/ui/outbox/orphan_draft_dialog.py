"""A draft whose case is no longer in the cache (reassigned, removed): it cannot be opened
in the case pane, so it is shown read-only with Copy and Discard. Closing the dialog keeps
the draft; it stays stored until the expert discards it."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.ui.async_dialog import run_dialog
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate


class OrphanDraftChoice(enum.Enum):
    KEEP = "keep"
    DISCARD = "discard"


class OrphanDraftDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphan_draft_dialog")
        self.setWindowTitle(translate("OrphanDraftDialog", "Draft of a case no longer here"))
        self.choice = OrphanDraftChoice.KEEP
        explanation = QLabel(
            translate(
                "OrphanDraftDialog",
                "This case is no longer in your inbox (it was reassigned or removed), so the "
                "draft cannot be opened there. Copy its text to use it elsewhere, or discard "
                "it. Until you discard it, the draft is kept.",
            )
        )
        explanation.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("orphan_draft_text")
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(translate("OrphanDraftDialog", "Draft text"))
        self.copied = QLabel()
        self.copied.setObjectName("orphan_draft_copied")
        self.copy_button = QPushButton(translate("OrphanDraftDialog", "&Copy text"))
        self.copy_button.setObjectName("orphan_draft_copy")
        self.discard_button = QPushButton(translate("OrphanDraftDialog", "&Discard draft"))
        self.discard_button.setObjectName("orphan_draft_discard")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("OrphanDraftDialog", "&Keep for later"))
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._copy)
        self.discard_button.clicked.connect(self._discard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.LARGE, Spacing.LARGE, Spacing.LARGE, Spacing.LARGE)
        layout.setSpacing(Spacing.MEDIUM)
        layout.addWidget(explanation)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.copy_button.setDefault(True)
        self.copy_button.setFocus()

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text.toPlainText())
        self.copied.setText(translate("OrphanDraftDialog", "The text is on the clipboard."))

    def _discard(self) -> None:
        self.choice = OrphanDraftChoice.DISCARD
        self.accept()


async def review_orphan_draft(parent: QWidget, text: str) -> OrphanDraftChoice:
    """Show the draft's text; the expert copies it, discards the draft, or keeps it."""
    dialog = OrphanDraftDialog(text, parent)
    try:
        await run_dialog(dialog)
        return dialog.choice
    finally:
        dialog.deleteLater()
