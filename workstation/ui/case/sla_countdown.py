"""A live SLA countdown: the time left until the next answer is due, ticking every second."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from workstation.ui.formatting import SlaUrgency, full_timestamp_text, live_due_text, sla_urgency

translate = QCoreApplication.translate

_TICK_MS = 1000
URGENCY_COLORS = {SlaUrgency.OVERDUE: "#b3261e", SlaUrgency.SOON: "#9a5b00"}


class SlaCountdown(QLabel):
    def __init__(
        self, *, clock: Callable[[], float] = time.time, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sla_countdown")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._clock = clock
        self._due: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._update)
        self._update()

    @property
    def ticking(self) -> bool:
        return self._timer.isActive()

    def set_due(self, due: int | None) -> None:
        """None: no answer is due (the expert answered last, or the case is closed)."""
        self._due = due
        if due is None:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # No ticking for nobody: a hidden pane costs nothing.
        self._timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._due is not None:
            self._timer.start()
            self._update()
        super().showEvent(event)

    def _update(self) -> None:
        if self._due is None:
            self.setText(translate("SlaCountdown", "No answer due"))
            self.setToolTip("")
            self.setStyleSheet("")
            return
        now = self._clock()
        self.setText(live_due_text(self._due, now))
        self.setToolTip(full_timestamp_text(self._due))
        color = URGENCY_COLORS.get(sla_urgency(self._due, now))
        self.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")
