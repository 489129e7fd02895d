"""Correcting a recorded time entry: new times, kind and location, and the reason, which
operations see with the change. The dialog shows the entry's earlier corrections and stays
open with the refusal in words until the correction is accepted."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.tracking import EntryKind, Location
from workstation.store.tracker import Correction, StoredEntry
from workstation.ui.formatting import clock_time_text, full_timestamp_text, message_time_text
from workstation.ui.tasks import TaskSet
from workstation.ui.timesheet.texts import hours_text, kind_label, location_label

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class CorrectionRequest:
    entry_id: str
    starts_at: int
    ends_at: int
    kind: EntryKind
    location: Location
    reason: str


# Applies the correction; returns why it was refused, in words, or None when it was made.
SubmitCorrection = Callable[[CorrectionRequest], Awaitable[str | None]]


class CorrectionDialog(QDialog):
    def __init__(
        self,
        entry: StoredEntry,
        history: Sequence[Correction],
        submit: SubmitCorrection,
        tasks: TaskSet,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setWindowTitle(self.tr("Correct working time"))
        self._entry = entry
        self._submit = submit
        self._tasks = tasks
        self.start_edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(entry.starts_at).toLocalTime())
        self.end_edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(entry.ends_at).toLocalTime())
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.kind_box = QComboBox()
        for kind in EntryKind:
            self.kind_box.addItem(kind_label(kind), kind)
        self.kind_box.setCurrentIndex(list(EntryKind).index(entry.kind))
        self.location_box = QComboBox()
        for location in Location:
            self.location_box.addItem(location_label(location), location)
        self.location_box.setCurrentIndex(list(Location).index(entry.location))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("correction_reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("Why is the recorded time wrong? Operations see this reason.")
        )
        self.reason_edit.setMaximumHeight(90)
        self.history_list = QListWidget()
        self.history_list.setObjectName("correction_history")
        for correction in history:
            self.history_list.addItem(history_text(correction))
        if not history:
            self.history_list.addItem(self.tr("Not corrected so far."))
        self.history_list.setMaximumHeight(110)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("correction_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save correction"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&End:"), self.end_edit)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Location:"), self.location_box)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Earlier corrections:")))
        layout.addWidget(self.history_list)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def request(self) -> CorrectionRequest:
        return CorrectionRequest(
            entry_id=self._entry.id,
            starts_at=self.start_edit.dateTime().toSecsSinceEpoch(),
            ends_at=self.end_edit.dateTime().toSecsSinceEpoch(),
            kind=EntryKind(self.kind_box.currentData()),
            location=Location(self.location_box.currentData()),
            reason=self.reason_edit.toPlainText().strip(),
        )

    def _save(self) -> None:
        self._tasks.spawn(self._try_save(), name="correct-time-entry")

    async def _try_save(self) -> None:
        self.buttons.setEnabled(False)
        try:
            problem = await self._submit(self.request())
        finally:
            self.buttons.setEnabled(True)
        if problem is None:
            self.accept()
        else:
            self.problem_label.setText(problem)


def history_text(correction: Correction) -> str:
    """ "Version 2, Tuesday, 24 November 2026, 09:00: “Forgot to clock out.” Before:
    08:00–19:30 (11:30), work, remote" """
    previous = correction.previous
    before = ""
    if "starts_at" in previous and "ends_at" in previous:
        starts_at, ends_at = int(previous["starts_at"]), int(previous["ends_at"])
        before = translate(
            "CorrectionDialog", " Before: {start}–{end} ({hours}), {kind}, {location}"
        ).format(
            start=message_time_text(starts_at),
            end=clock_time_text(ends_at),
            hours=hours_text(ends_at - starts_at),
            kind=kind_label(EntryKind(previous.get("kind", "work"))),
            location=location_label(Location(previous.get("location", "remote"))),
        )
    return (
        translate("CorrectionDialog", "Version {version}, {moment}: “{reason}”").format(
            version=correction.version,
            moment=full_timestamp_text(correction.corrected_at),
            reason=correction.reason,
        )
        + before
    )
