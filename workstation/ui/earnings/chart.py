"""A bar per day of the period, painted with QPainter; hovering a bar tells its day, its
amount and how many entries made it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from workstation.domain.earnings import DayTotal, Period
from workstation.ui.earnings.money import day_text, money_text

translate = QCoreApplication.translate
_MARGIN = 6


class DailyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._days: list[date] = []
        self._totals: dict[date, DayTotal] = {}
        self.setAccessibleName(translate("DailyChart", "Earnings per day"))

    def sizeHint(self) -> QSize:
        return QSize(600, 140)

    def set_days(self, period: Period, totals: list[DayTotal]) -> None:
        self._days = period.days()
        self._totals = {total.day: total for total in totals}
        self.update()

    def total_on(self, day: date) -> DayTotal | None:
        return self._totals.get(day)

    def bar_rect(self, index: int) -> QRectF:
        """The slot of the ``index``-th day (full height), for painting and hit testing."""
        width = (self.width() - 2 * _MARGIN) / max(len(self._days), 1)
        return QRectF(_MARGIN + index * width, _MARGIN, width, self.height() - 2 * _MARGIN)

    def day_at(self, point: QPoint) -> date | None:
        for index, day in enumerate(self._days):
            if self.bar_rect(index).contains(point.toPointF()):
                return day
        return None

    def tooltip_text(self, day: date) -> str:
        total = self._totals.get(day)
        cents, count = (total.cents, total.count) if total else (0, 0)
        return translate("DailyChart", "{day}: {amount} ({count} entries)").format(
            day=day_text(day), amount=money_text(cents), count=count
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highest = max((abs(total.cents) for total in self._totals.values()), default=0)
        color = self.palette().color(QPalette.ColorRole.Highlight)
        negative = QColor("#c0392b")
        baseline = self.height() - _MARGIN
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(_MARGIN, baseline, self.width() - _MARGIN, baseline)
        if not highest:
            return
        usable = self.height() - 2 * _MARGIN
        for index, day in enumerate(self._days):
            total = self._totals.get(day)
            if total is None or not total.cents:
                continue
            slot = self.bar_rect(index)
            height = usable * abs(total.cents) // highest
            gap = min(2.0, slot.width() / 4)
            bar = QRectF(slot.left() + gap, baseline - height, slot.width() - 2 * gap, height)
            painter.fillRect(bar, color if total.cents > 0 else negative)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(day), self)
        super().mouseMoveEvent(event)
