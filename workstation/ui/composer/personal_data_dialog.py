"""The warning before a public reply that contains personal data goes out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from workstation.domain.personal_data import PersonalDataFinding, PersonalDataKind

translate = QCoreApplication.translate


def kind_label(kind: PersonalDataKind) -> str:
    match kind:
        case PersonalDataKind.EMAIL:
            return translate("PersonalDataDialog", "E-mail address")
        case PersonalDataKind.PHONE:
            return translate("PersonalDataDialog", "Phone number")
        case PersonalDataKind.IBAN:
            return translate("PersonalDataDialog", "IBAN")
        case PersonalDataKind.POSTAL_ADDRESS:
            return translate("PersonalDataDialog", "Postal address")


def findings_text(text: str, findings: Sequence[PersonalDataFinding]) -> str:
    """One line per finding: what kind, and the text as the expert wrote it."""
    return "\n".join(
        f"• {kind_label(finding.kind)}: {text[finding.start : finding.end]}" for finding in findings
    )


class PersonalDataDialog(QMessageBox):
    """ "Edit the reply" is the default and what Esc chooses; sending needs a deliberate
    click on "Send anyway"."""

    def __init__(
        self,
        text: str,
        findings: Sequence[PersonalDataFinding],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personal_data_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("PersonalDataDialog", "Personal data in a public reply"))
        self.setText(
            translate(
                "PersonalDataDialog",
                "Everyone can read this reply. It contains personal data:",
            )
        )
        self.setInformativeText(
            findings_text(text, findings)
            + "\n\n"
            + translate(
                "PersonalDataDialog",
                "Remove it, or offer to continue in a private message instead.",
            )
        )
        self.edit_button: QPushButton = self.addButton(
            translate("PersonalDataDialog", "&Edit the reply"), QMessageBox.ButtonRole.RejectRole
        )
        self.send_button: QPushButton = self.addButton(
            translate("PersonalDataDialog", "&Send anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.setDefaultButton(self.edit_button)
        self.setEscapeButton(self.edit_button)

    def send_confirmed(self) -> bool:
        return self.clickedButton() is self.send_button
