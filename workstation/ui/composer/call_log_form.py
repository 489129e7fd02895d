"""The call log of a phone callback: outcome, duration and notes instead of a text reply.

The duration can be typed or measured: "Start call timer" counts while the expert is on
the phone and writes the minutes and seconds into the fields when stopped.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from workstation.domain.models import CallOutcome
from workstation.domain.replies import MAX_CALL_SECONDS, CallLog
from workstation.ui.formatting import call_outcome_label
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate

_OUTCOMES = tuple(CallOutcome)


class CallLogForm(QWidget):
    edited = Signal()

    def __init__(
        self, *, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("call_log_form")
        self._clock = clock
        self._timer_started: float | None = None

        self.outcome = QComboBox()
        self.outcome.setObjectName("call_outcome")
        for outcome in _OUTCOMES:
            self.outcome.addItem(call_outcome_label(outcome), outcome.value)
        self.outcome.setCurrentIndex(-1)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("call_minutes")
        self.minutes.setRange(0, MAX_CALL_SECONDS // 60)
        self.seconds = QSpinBox()
        self.seconds.setObjectName("call_seconds")
        self.seconds.setRange(0, 59)
        self.timer_button = QPushButton()
        self.timer_button.setObjectName("call_timer")
        self.timer_button.setCheckable(True)
        self.timer_button.toggled.connect(self._toggle_timer)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("call_notes")
        self.notes.setTabChangesFocus(True)

        duration = QHBoxLayout()
        duration.setSpacing(Spacing.SMALL)
        duration.addWidget(self.minutes)
        self._minutes_unit = QLabel()
        duration.addWidget(self._minutes_unit)
        duration.addWidget(self.seconds)
        self._seconds_unit = QLabel()
        duration.addWidget(self._seconds_unit)
        duration.addSpacing(Spacing.MEDIUM)
        duration.addWidget(self.timer_button)
        duration.addStretch(1)

        self._outcome_label = QLabel()
        self._outcome_label.setBuddy(self.outcome)
        self._duration_label = QLabel()
        self._duration_label.setBuddy(self.minutes)
        self._notes_label = QLabel()
        self._notes_label.setBuddy(self.notes)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(Spacing.MEDIUM)
        form.setVerticalSpacing(Spacing.SMALL)
        form.addRow(self._outcome_label, self.outcome)
        form.addRow(self._duration_label, duration)
        form.addRow(self._notes_label, self.notes)

        self.outcome.currentIndexChanged.connect(lambda _index: self.edited.emit())
        self.minutes.valueChanged.connect(lambda _value: self.edited.emit())
        self.seconds.valueChanged.connect(lambda _value: self.edited.emit())
        self.notes.textChanged.connect(self.edited)
        self._retranslate()

    def call_log(self) -> CallLog:
        index = self.outcome.currentIndex()
        return CallLog(
            outcome=_OUTCOMES[index] if index >= 0 else None,
            duration_seconds=self.minutes.value() * 60 + self.seconds.value(),
            notes=self.notes.toPlainText(),
        )

    def set_call_log(self, call_log: CallLog | None) -> None:
        self.timer_button.setChecked(False)
        log = call_log or CallLog()
        self.outcome.setCurrentIndex(
            _OUTCOMES.index(log.outcome) if log.outcome is not None else -1
        )
        minutes, seconds = divmod(log.duration_seconds or 0, 60)
        self.minutes.setValue(minutes)
        self.seconds.setValue(seconds)
        self.notes.setPlainText(log.notes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _toggle_timer(self, running: bool) -> None:
        if running:
            self._timer_started = self._clock() - (self.minutes.value() * 60 + self.seconds.value())
            self._tick.start()
        else:
            self._show_elapsed()
            self._timer_started = None
            self._tick.stop()
        self._retranslate_timer()

    def _show_elapsed(self) -> None:
        if self._timer_started is None:
            return
        elapsed = min(int(self._clock() - self._timer_started), MAX_CALL_SECONDS)
        minutes, seconds = divmod(elapsed, 60)
        self.minutes.setValue(minutes)
        self.seconds.setValue(seconds)

    def _retranslate(self) -> None:
        for index, outcome in enumerate(_OUTCOMES):
            self.outcome.setItemText(index, call_outcome_label(outcome))
        self.outcome.setPlaceholderText(translate("CallLogForm", "How did the call go?"))
        self._outcome_label.setText(translate("CallLogForm", "&Outcome:"))
        self._duration_label.setText(translate("CallLogForm", "&Duration:"))
        self._notes_label.setText(translate("CallLogForm", "Call not&es:"))
        self._minutes_unit.setText(translate("CallLogForm", "min"))
        self._seconds_unit.setText(translate("CallLogForm", "s"))
        self.minutes.setAccessibleName(translate("CallLogForm", "Minutes"))
        self.seconds.setAccessibleName(translate("CallLogForm", "Seconds"))
        self.notes.setPlaceholderText(
            translate("CallLogForm", "What was discussed, what was agreed, what happens next")
        )
        self._retranslate_timer()

    def _retranslate_timer(self) -> None:
        self.timer_button.setText(
            translate("CallLogForm", "Stop call timer")
            if self.timer_button.isChecked()
            else translate("CallLogForm", "Start call timer")
        )
