"""The week as a calendar grid: days as columns, hours as rows, shift windows as blocks.

Painted with QPainter so that a week of windows costs one widget, not hundreds. Booked
windows are filled, offered ones outlined; a full window is hatched and one past its
booking cut-off is faded, so their state shows without reading. A red line marks now.
The day titles stay at the top of the visible part while the hours scroll.

Keyboard: Left/Right/Up/Down move through the windows in time order (Tab moves on to
the next control, as everywhere), Home/End jump to the first and last one, and
Return asks to book the selected window (or, when it is booked, for its cancel button).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from workstation.domain.windows import ShiftWindow
from workstation.ui.focus_frame import FOCUS_FRAME_PROPERTY
from workstation.ui.schedule.texts import seats_text, state_text, time_range_text

HOUR_HEIGHT = 44
HEADER_HEIGHT = 36
TIME_GUTTER = 56
MIN_DAY_WIDTH = 96
NOW_LINE_REFRESH_MS = 60_000

_BOOKED = QColor("#2f6fb3")
_OFFERED = QColor("#2f6fb3")
_FULL = QColor("#8a8f96")
_NOW = QColor("#d0342c")


@dataclass(frozen=True, slots=True)
class _Block:
    """One painted piece of a window: a window across midnight becomes two."""

    window: ShiftWindow
    rect: QRectF


class WeekGrid(QWidget):
    selectionChanged = Signal(object)  # the selected ShiftWindow or None
    activated = Signal(object)  # Return on a window: the ShiftWindow

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_week_grid")
        self._clock = clock
        self._day_starts: list[int] = []
        self._day_titles: list[str] = []
        self._windows: list[ShiftWindow] = []
        self._clients: Mapping[int, str] = {}
        self._pending: frozenset[int] = frozenset()
        self._selected: int | None = None
        self._blocks: list[_Block] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty(FOCUS_FRAME_PROPERTY, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(TIME_GUTTER + 7 * MIN_DAY_WIDTH)
        self.setFixedHeight(HEADER_HEIGHT + 24 * HOUR_HEIGHT)
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(NOW_LINE_REFRESH_MS)
        self._now_timer.timeout.connect(self.update)
        self._now_timer.start()

    # -- content ---------------------------------------------------------------------------

    def set_week(
        self,
        day_starts: Sequence[int],
        day_titles: Sequence[str],
        windows: Sequence[ShiftWindow],
        clients: Mapping[int, str],
    ) -> None:
        """``day_starts``: the seven local midnights plus the end of the last day."""
        self._day_starts = list(day_starts)
        self._day_titles = list(day_titles)
        self._windows = sorted(windows, key=lambda item: (item.starts_at, item.id))
        self._clients = clients
        selected = self.selected_window()
        if selected is None and self._selected is not None:
            self._selected = None
            self.selectionChanged.emit(None)
        elif selected is not None:
            self.selectionChanged.emit(selected)
        self._layout_blocks()
        self._describe()
        self.update()

    def set_pending(self, window_ids: frozenset[int]) -> None:
        """Windows with a booking or cancellation on its way to the hub."""
        self._pending = window_ids
        self.update()

    @property
    def windows(self) -> list[ShiftWindow]:
        return list(self._windows)

    def selected_window(self) -> ShiftWindow | None:
        return next((w for w in self._windows if w.id == self._selected), None)

    def select(self, window_id: int | None) -> None:
        if window_id == self._selected:
            return
        self._selected = window_id
        self._describe()
        self.update()
        self.selectionChanged.emit(self.selected_window())

    def block_rects(self, window_id: int) -> list[QRectF]:
        """Where the window is painted (tests and mouse hits)."""
        return [block.rect for block in self._blocks if block.window.id == window_id]

    def hour_y(self, hour: int) -> int:
        return HEADER_HEIGHT + hour * HOUR_HEIGHT

    # -- geometry --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(TIME_GUTTER + 7 * 140, HEADER_HEIGHT + 24 * HOUR_HEIGHT)

    def resizeEvent(self, event: object) -> None:
        self._layout_blocks()

    def _day_width(self) -> float:
        return max(1.0, (self.width() - TIME_GUTTER) / 7)

    def _layout_blocks(self) -> None:
        self._blocks = []
        if len(self._day_starts) != 8:
            return
        day_width = self._day_width()
        for day, (day_start, day_end) in enumerate(itertools.pairwise(self._day_starts)):
            pieces = [
                (max(w.starts_at, day_start), min(w.ends_at, day_end), w)
                for w in self._windows
                if w.starts_at < day_end and w.ends_at > day_start
            ]
            lanes = _lanes(pieces)
            lane_count = max(lanes, default=-1) + 1
            for (start, end, window), lane in zip(pieces, lanes, strict=True):
                scale = HOUR_HEIGHT * 24 / (day_end - day_start)
                width = day_width / lane_count
                left = TIME_GUTTER + day * day_width + lane * width
                top = HEADER_HEIGHT + (start - day_start) * scale
                height = max(12.0, (end - start) * scale)
                rect = QRectF(left + 2, top + 1, width - 4, height - 2)
                self._blocks.append(_Block(window, rect))

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_grid(painter, palette)
        now = self._clock()
        for block in self._blocks:
            self._paint_block(painter, block, now)
        self._paint_now_line(painter, now)
        self._paint_day_header(painter, palette)
        if self.hasFocus() and self.selected_window() is None:
            # Focus must stay visible even in a week without windows.
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_grid(self, painter: QPainter, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        line = QColor(text)
        line.setAlpha(40)
        day_width = self._day_width()
        painter.setPen(QPen(line, 1))
        for hour in range(25):
            y = self.hour_y(hour)
            painter.drawLine(QPointF(TIME_GUTTER, y), QPointF(self.width(), y))
        for day in range(8):
            x = TIME_GUTTER + day * day_width
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.setPen(text)
        metrics = QFontMetrics(self.font())
        for hour in range(24):
            label = f"{hour:02d}:00"
            painter.drawText(
                QRectF(
                    0, self.hour_y(hour) - metrics.height() / 2, TIME_GUTTER - 6, metrics.height()
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )

    def header_top(self) -> int:
        """Where the day titles are painted: the top of the visible part of the grid, so
        that they stay in view while the hours scroll beneath them."""
        visible = self.visibleRegion().boundingRect()
        return 0 if visible.isEmpty() else max(0, visible.top())

    def _paint_day_header(self, painter: QPainter, palette: QPalette) -> None:
        top = self.header_top()
        band = QRectF(0, top, self.width(), HEADER_HEIGHT)
        painter.fillRect(band, palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        line = QColor(text)
        line.setAlpha(80)
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(0, band.bottom()), QPointF(self.width(), band.bottom()))
        painter.setPen(text)
        day_width = self._day_width()
        today = self._today_index()
        for day, title in enumerate(self._day_titles):
            rect = QRectF(TIME_GUTTER + day * day_width, top, day_width, HEADER_HEIGHT)
            font = painter.font()
            font.setBold(day == today)
            painter.setFont(font)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), title)
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)

    def _paint_block(self, painter: QPainter, block: _Block, now: float) -> None:
        window = block.window
        closed = not window.is_open_for_changes(now)
        full = window.seats_left <= 0 and not window.booked
        colour = _FULL if full else (_BOOKED if window.booked else _OFFERED)
        painter.save()
        if closed and not window.booked:
            painter.setOpacity(0.55)
        if window.booked:
            painter.setBrush(QBrush(colour))
            painter.setPen(QPen(colour.darker(130), 1.5))
            text_colour = QColor("white")
        else:
            fill = QColor(colour)
            fill.setAlpha(30)
            painter.setBrush(QBrush(fill))
            pen = QPen(colour, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            text_colour = self.palette().color(QPalette.ColorRole.Text)
        painter.drawRoundedRect(block.rect, 4, 4)
        if full:
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(block.rect, 4, 4)
        if window.id in self._pending:
            pending_pen = QPen(QColor("#e0a100"), 2)
            pending_pen.setStyle(Qt.PenStyle.DotLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pending_pen)
            painter.drawRoundedRect(block.rect.adjusted(2, 2, -2, -2), 3, 3)
        if window.id == self._selected:
            focus_pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
            if not self.hasFocus():
                focus_pen.setStyle(Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(focus_pen)
            painter.drawRoundedRect(block.rect.adjusted(-1, -1, 1, 1), 5, 5)
        painter.setPen(text_colour)
        lines = [
            self._clients.get(window.client_id, f"#{window.client_id}"),
            _clock_span(window),
            state_text(window, now),
        ]
        painter.drawText(
            block.rect.adjusted(5, 3, -4, -2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            "\n".join(lines),
        )
        painter.restore()

    def _paint_now_line(self, painter: QPainter, now: float) -> None:
        today = self._today_index()
        if today is None:
            return
        day_start, day_end = self._day_starts[today], self._day_starts[today + 1]
        y = HEADER_HEIGHT + (now - day_start) * HOUR_HEIGHT * 24 / (day_end - day_start)
        left = TIME_GUTTER + today * self._day_width()
        painter.setPen(QPen(_NOW, 2))
        painter.drawLine(QPointF(left, y), QPointF(left + self._day_width(), y))
        painter.setBrush(_NOW)
        painter.drawEllipse(QPointF(left, y), 4, 4)

    def now_line_y(self) -> float | None:
        """Where the now-line is drawn, or None when today is not in this week."""
        today = self._today_index()
        if today is None:
            return None
        day_start, day_end = self._day_starts[today], self._day_starts[today + 1]
        return HEADER_HEIGHT + (self._clock() - day_start) * HOUR_HEIGHT * 24 / (
            day_end - day_start
        )

    def _today_index(self) -> int | None:
        if len(self._day_starts) != 8:
            return None
        now = self._clock()
        if not self._day_starts[0] <= now < self._day_starts[-1]:
            return None
        return bisect.bisect_right(self._day_starts, now) - 1

    # -- input -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        under_header = point.y() < self.header_top() + HEADER_HEIGHT
        hit = next((b.window for b in reversed(self._blocks) if b.rect.contains(point)), None)
        if under_header:
            hit = None  # the day titles cover the blocks there
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(hit.id if hit is not None else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        selected = self.selected_window()
        if selected is not None:
            self.activated.emit(selected)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._step(-1)
        elif key == Qt.Key.Key_Home and self._windows:
            self.select(self._windows[0].id)
        elif key == Qt.Key.Key_End and self._windows:
            self.select(self._windows[-1].id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selected = self.selected_window()
            if selected is not None:
                self.activated.emit(selected)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._selected is None and self._windows:
            reason = event.reason()
            if reason == Qt.FocusReason.BacktabFocusReason:
                self.select(self._windows[-1].id)
            elif reason != Qt.FocusReason.MouseFocusReason:
                self.select(self._windows[0].id)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _step(self, delta: int) -> None:
        if not self._windows:
            return
        index = self._selected_index()
        if index is None:
            target = 0 if delta > 0 else len(self._windows) - 1
        else:
            target = min(max(index + delta, 0), len(self._windows) - 1)
        self.select(self._windows[target].id)

    def _selected_index(self) -> int | None:
        return next((i for i, w in enumerate(self._windows) if w.id == self._selected), None)

    def _describe(self) -> None:
        """The accessible name says what is selected, for screen readers."""
        selected = self.selected_window()
        if selected is None:
            self.setAccessibleName(self.tr("Week of shift windows"))
            return
        self.setAccessibleName(
            self.tr("{client}, {time}, {state}, {seats}").format(
                client=self._clients.get(selected.client_id, f"#{selected.client_id}"),
                time=time_range_text(selected),
                state=state_text(selected, self._clock()),
                seats=seats_text(selected),
            )
        )


def _clock_span(window: ShiftWindow) -> str:
    start = QDateTime.fromSecsSinceEpoch(window.starts_at).toLocalTime().time()
    end = QDateTime.fromSecsSinceEpoch(window.ends_at).toLocalTime().time()
    return f"{start.toString('HH:mm')}–{end.toString('HH:mm')}"


def _lanes(pieces: Sequence[tuple[int, int, ShiftWindow]]) -> list[int]:
    """Side-by-side lanes so that overlapping windows of one day do not cover each other."""
    lane_ends: list[int] = []
    lanes: list[int] = []
    for start, end, _window in pieces:
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                lanes.append(lane)
                break
        else:
            lane_ends.append(end)
            lanes.append(len(lane_ends) - 1)
    return lanes
