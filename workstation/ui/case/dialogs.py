"""The small questions before closing, escalating or tagging a case. Each is awaited with
`run_dialog` (shown with open(), never exec())."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.models import CaseOutcome
from workstation.ui.async_dialog import run_dialog
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate


async def ask_close_outcome(parent: QWidget, subject: str) -> CaseOutcome | None:
    """Solved (the default) or not solvable; None when the expert cancels."""
    box = QMessageBox(parent)
    box.setObjectName("close_case_dialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CaseDialogs", "Close case"))
    box.setText(translate("CaseDialogs", "How did the case end?"))
    box.setInformativeText(subject)
    solved = box.addButton(translate("CaseDialogs", "&Solved"), QMessageBox.ButtonRole.AcceptRole)
    unsolvable = box.addButton(
        translate("CaseDialogs", "&Not solvable"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(solved)
    try:
        await run_dialog(box)
        clicked = box.clickedButton()
    finally:
        box.deleteLater()
    if clicked is solved:
        return CaseOutcome.SOLVED
    if clicked is unsolvable:
        return CaseOutcome.NOT_SOLVABLE
    return None


async def confirm_escalation(parent: QWidget, subject: str) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("escalate_dialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CaseDialogs", "Escalate case"))
    box.setText(
        translate(
            "CaseDialogs",
            "Hand this case to the client's second level? It is closed for you as escalated.",
        )
    )
    box.setInformativeText(subject)
    escalate: QPushButton = box.addButton(
        translate("CaseDialogs", "&Escalate"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(escalate)
    try:
        await run_dialog(box)
        return box.clickedButton() is escalate
    finally:
        box.deleteLater()


@dataclass(frozen=True, slots=True)
class TagChange:
    add: list[str]
    remove: list[str]


def parse_tag_input(text: str, current: tuple[str, ...]) -> TagChange:
    """ "billing, -refund" adds "billing" and removes "refund"; a tag the case has already
    is left alone."""
    add: list[str] = []
    remove: list[str] = []
    for part in text.split(","):
        name = part.strip()
        if name.startswith("-"):
            removed = name[1:].strip()
            if removed:
                remove.append(removed)
        elif name and name not in current:
            add.append(name)
    return TagChange(add=add, remove=remove)


class TagDialog(QDialog):
    def __init__(self, current: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag_dialog")
        self.setWindowTitle(translate("CaseDialogs", "Tags"))
        self._current = current
        self.current_label = QLabel(
            translate("CaseDialogs", "Current tags: {tags}").format(tags=", ".join(current))
            if current
            else translate("CaseDialogs", "The case has no tags yet.")
        )
        self.current_label.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("tag_field")
        self.field.setPlaceholderText(translate("CaseDialogs", "billing, -refund"))
        prompt = QLabel(
            translate(
                "CaseDialogs",
                "&Tags to add, separated by commas; a minus removes one:",
            )
        )
        prompt.setWordWrap(True)
        prompt.setBuddy(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.LARGE, Spacing.LARGE, Spacing.LARGE, Spacing.LARGE)
        layout.setSpacing(Spacing.MEDIUM)
        layout.addWidget(self.current_label)
        layout.addWidget(prompt)
        layout.addWidget(self.field)
        layout.addWidget(buttons)

    def change(self) -> TagChange:
        return parse_tag_input(self.field.text(), self._current)


async def ask_tags(parent: QWidget, current: tuple[str, ...]) -> TagChange | None:
    dialog = TagDialog(current, parent)
    try:
        accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
        change = dialog.change()
    finally:
        dialog.deleteLater()
    if not accepted or not (change.add or change.remove):
        return None
    return change
