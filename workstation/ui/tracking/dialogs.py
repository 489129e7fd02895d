"""The tracker's two questions: what to do with time spent away, and whether an entry
recovered after a crash is right."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.tracking import IdleChoice
from workstation.store.tracker import StoredEntry
from workstation.ui.formatting import clock_time_text, display_locale, full_timestamp_text
from workstation.ui.tracking.texts import hours_minutes_text, kind_text

translate = QCoreApplication.translate


class IdleDialog(QDialog):
    """Keep the time away as work, discard it, or book it as a break. Closing the dialog
    (Esc) keeps it, so nothing is lost by accident."""

    def __init__(self, away_from: int, away_until: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_dialog")
        self.setWindowTitle(translate("IdleDialog", "Welcome back"))
        self.choice = IdleChoice.KEEP
        self.message = QLabel(
            translate(
                "IdleDialog",
                "Nobody used the keyboard or mouse from {start} to {end} ({duration}). "
                "How should this time be recorded?",
            ).format(
                start=clock_time_text(away_from),
                end=clock_time_text(away_until),
                duration=hours_minutes_text(away_until - away_from),
            )
        )
        self.message.setWordWrap(True)
        self.keep_button = QPushButton(translate("IdleDialog", "&Keep as work"))
        self.discard_button = QPushButton(translate("IdleDialog", "&Discard"))
        self.break_button = QPushButton(translate("IdleDialog", "Book as &break"))
        buttons = QDialogButtonBox()
        for button, choice in (
            (self.keep_button, IdleChoice.KEEP),
            (self.discard_button, IdleChoice.DISCARD),
            (self.break_button, IdleChoice.BREAK),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, chosen=choice: self._choose(chosen))
        self.keep_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _choose(self, choice: IdleChoice) -> None:
        self.choice = choice
        self.accept()


class RecoveryChoice(StrEnum):
    CONFIRM = "confirm"
    DISCARD = "discard"


class RecoveryDialog(QDialog):
    """Shows an entry rebuilt after a crash, ending at its last heartbeat. The expert may
    move the end earlier before confirming, or discard the entry; closing the dialog
    decides nothing, and the entry is asked about again at the next start."""

    def __init__(self, entry: StoredEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(translate("RecoveryDialog", "Recovered working time"))
        self.entry = entry
        self.choice = RecoveryChoice.CONFIRM
        self.message = QLabel(
            translate(
                "RecoveryDialog",
                "Expert Workstation was not closed properly, for example because the battery "
                "ran out. Your {kind} from {start} to {end} ({duration}) was recovered; it "
                "ends when it was last saved. Please check it before it is sent.",
            ).format(
                kind=kind_text(entry.kind),
                start=full_timestamp_text(entry.starts_at),
                end=clock_time_text(entry.ends_at),
                duration=hours_minutes_text(entry.seconds),
            )
        )
        self.message.setWordWrap(True)
        self.end_edit = QDateTimeEdit()
        self.end_edit.setLocale(display_locale())
        self.end_edit.setDisplayFormat(
            display_locale().dateTimeFormat(display_locale().FormatType.ShortFormat)
        )
        self.end_edit.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(entry.starts_at + 1))
        self.end_edit.setMaximumDateTime(QDateTime.fromSecsSinceEpoch(entry.ends_at))
        self.end_edit.setDateTime(QDateTime.fromSecsSinceEpoch(entry.ends_at))
        end_label = QLabel(translate("RecoveryDialog", "&Ended at:"))
        end_label.setBuddy(self.end_edit)
        form = QFormLayout()
        form.addRow(end_label, self.end_edit)
        self.confirm_button = QPushButton(translate("RecoveryDialog", "&Confirm"))
        self.discard_button = QPushButton(translate("RecoveryDialog", "&Discard"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(self._discard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    @property
    def ends_at(self) -> int:
        return int(self.end_edit.dateTime().toSecsSinceEpoch())

    def _discard(self) -> None:
        self.choice = RecoveryChoice.DISCARD
        self.accept()
