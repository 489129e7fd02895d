"""A bar per day of the period, painted with QPainter, with the highest day's amount on
the left and day labels below (every day of a week, weekly in a month, monthly in a
year); hovering a bar tells its day, its amount and how many entries made it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLineF, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from workstation.domain.earnings import DayTotal, Period
from workstation.ui.earnings.money import day_text, money_text

translate = QCoreApplication.translate
_MARGIN = 6
_LABEL_GAP = 4
# Up to this many days every day is labelled; up to this many, every seventh from the
# first; longer periods label the first day of each month.
_DAILY_LABELS_UP_TO = 10
_WEEKLY_LABELS_UP_TO = 62


class DailyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._days: list[date] = []
        self._totals: dict[date, DayTotal] = {}
        self._highest = 0  # the largest day of the period, in cents either way
        self.setAccessibleName(translate("DailyChart", "Earnings per day"))

    def sizeHint(self) -> QSize:
        return QSize(600, 160)

    def set_days(self, period: Period, totals: list[DayTotal]) -> None:
        self._days = period.days()
        self._totals = {total.day: total for total in totals}
        self._highest = max((abs(total.cents) for total in totals), default=0)
        self.update()

    def total_on(self, day: date) -> DayTotal | None:
        return self._totals.get(day)

    def bar_rect(self, index: int) -> QRectF:
        """The slot of the ``index``-th day (full plot height), for painting and hit testing."""
        plot = self._plot_rect()
        width = plot.width() / max(len(self._days), 1)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def value_label(self) -> str:
        """The amount written at the top of the scale: the period's highest day."""
        return money_text(self._highest) if self._highest else ""

    def labelled_days(self) -> list[date]:
        """The days named under the bars, chosen so that their labels never overlap."""
        if len(self._days) <= _DAILY_LABELS_UP_TO:
            candidates = list(self._days)
        elif len(self._days) <= _WEEKLY_LABELS_UP_TO:
            candidates = self._days[::7]
        else:
            candidates = [day for day in self._days if day.day == 1] or self._days[:1]
        chosen: list[date] = []
        right_edge = float("-inf")
        for day in candidates:
            rect = self.day_label_rect(day)
            if rect.left() > right_edge:
                chosen.append(day)
                right_edge = rect.right() + _LABEL_GAP
        return chosen

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        scale = metrics.horizontalAdvance(self.value_label()) + _LABEL_GAP if self._totals else 0
        left = _MARGIN + scale
        bottom = self.height() - _MARGIN - metrics.height() - _LABEL_GAP
        return QRectF(left, _MARGIN, max(self.width() - _MARGIN - left, 1), bottom - _MARGIN)

    def _day_label(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")

    def day_label_rect(self, day: date) -> QRectF:
        """Where the label of ``day`` is written, below its bar."""
        slot = self.bar_rect(self._days.index(day))
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self._day_label(day))
        # Centred under its bar, but never past the chart's edges.
        left = min(max(slot.center().x() - width / 2, _MARGIN), self.width() - _MARGIN - width)
        top = slot.bottom() + _LABEL_GAP
        return QRectF(left, top, width, metrics.height())

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
        highest = self._highest
        color = self.palette().color(QPalette.ColorRole.Highlight)
        negative = QColor("#c0392b")
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        plot = self._plot_rect()
        baseline = plot.bottom()
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(QLineF(plot.left(), baseline, plot.right(), baseline))
        painter.setPen(muted)
        for day in self.labelled_days():
            painter.drawText(
                self.day_label_rect(day), Qt.AlignmentFlag.AlignCenter, self._day_label(day)
            )
        if not highest:
            return
        # The scale: the highest day's amount beside a faint line at its height.
        top_line = QRectF(
            _MARGIN, plot.top(), plot.left() - _MARGIN - _LABEL_GAP, self.fontMetrics().height()
        )
        painter.drawText(
            top_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self.value_label()
        )
        grid = QPen(self.palette().color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DashLine)
        painter.setPen(grid)
        painter.drawLine(QLineF(plot.topLeft(), plot.topRight()))
        usable = plot.height()
        for index, day in enumerate(self._days):
            total = self._totals.get(day)
            if total is None or not total.cents:
                continue
            slot = self.bar_rect(index)
            height = usable * abs(total.cents) / highest
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
