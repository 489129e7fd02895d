"""The Schedule space: week navigation over a calendar tab and a timesheet tab.

The calendar tab shows the week's shift windows (``WeekGrid``) beside the selected one's
details with Book / Cancel booking; both go through the outbox (``WindowBooking``). The
week is read from the cache on the database worker whenever it is shown, changed, or a
sync or an outbox answer may have changed it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workstation.domain.windows import ShiftWindow
from workstation.store.schedule_reads import client_names
from workstation.store.windows import WindowQueries
from workstation.store.worker import DbWorker
from workstation.sync.outbox_sender import OutboxEvent
from workstation.ui.formatting import display_locale
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.schedule.booking import WindowBooking
from workstation.ui.schedule.details import WindowDetails
from workstation.ui.schedule.ics_export import export_booked_windows
from workstation.ui.schedule.save_path import SavePathChooser, ask_save_path
from workstation.ui.schedule.week import ShownWeek, week_containing
from workstation.ui.schedule.week_grid import HOUR_HEIGHT, WeekGrid
from workstation.ui.tasks import TaskSet
from workstation.ui.timesheet.panel import TimesheetPanel

logger = logging.getLogger(__name__)

# The grid opens scrolled to the working day, not to midnight.
FIRST_SHOWN_HOUR = 7


def week_windows(engine: Engine, start: int, end: int) -> tuple[list[ShiftWindow], dict[int, str]]:
    """Run on the database worker."""
    return WindowQueries(engine).between(start, end), client_names(engine)


class SchedulePage(QWidget):
    weekChanged = Signal(object)  # ShownWeek
    weekLoaded = Signal()

    def __init__(
        self,
        *,
        engine: Engine,
        worker: DbWorker,
        outbox: OutboxController,
        tasks: TaskSet,
        uid_domain: str,
        timesheet: TimesheetPanel | None = None,
        clock: Callable[[], float] = time.time,
        choose_save_path: SavePathChooser = ask_save_path,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_page")
        self._engine = engine
        self._worker = worker
        self._tasks = tasks
        self._uid_domain = uid_domain
        self._clock = clock
        self._choose_save_path = choose_save_path
        self._locale = locale or display_locale()
        self._week = week_containing(clock(), self._locale)
        self._clients: Mapping[int, str] = {}
        self._generation = 0
        self._scrolled = False

        self.booking = WindowBooking(outbox, tasks, clock=clock, parent=self)
        self.grid = WeekGrid(clock=clock)
        self.details = WindowDetails(clock=clock)
        self.week_label = QLabel()
        self.week_label.setObjectName("schedule_week_label")
        # A narrow window elides nothing important: the grid header names the days too.
        self.week_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label = QLabel()
        self.status_label.setObjectName("schedule_status")
        self.status_label.setWordWrap(True)

        self.previous_action = self._action(
            "schedule_previous_week", "Alt+Left", lambda: self.show_week(self._week.shifted(-1))
        )
        self.this_week_action = self._action("schedule_this_week", "Alt+Home", self.show_this_week)
        self.next_action = self._action(
            "schedule_next_week", "Alt+Right", lambda: self.show_week(self._week.shifted(1))
        )
        self.export_action = QAction(self)
        self.export_action.setObjectName("schedule_export_ics")
        self.export_action.triggered.connect(self._export_requested)

        navigation = QHBoxLayout()
        for action in (self.previous_action, self.this_week_action, self.next_action):
            navigation.addWidget(_button_for(action))
        navigation.addWidget(self.week_label, 1)
        navigation.addWidget(_button_for(self.export_action))

        self.grid_scroll = QScrollArea()
        self.grid_scroll.setWidget(self.grid)
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.grid_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The day titles are painted at the visible top: a scroll must repaint them all,
        # not move the old pixels.
        self.grid_scroll.verticalScrollBar().valueChanged.connect(self.grid.update)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid_scroll)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])
        calendar = QWidget()
        calendar_layout = QVBoxLayout(calendar)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_layout.addWidget(splitter, 1)
        calendar_layout.addWidget(self.status_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("schedule_tabs")
        self.tabs.addTab(calendar, "")
        self.timesheet = timesheet
        if timesheet is not None:
            self.tabs.addTab(timesheet, "")
            timesheet.show_week(self._week)
            self.weekChanged.connect(timesheet.show_week)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.tabs, 1)

        self.grid.selectionChanged.connect(self._show_selected)
        self.grid.activated.connect(self._toggle_booking)
        self.details.bookRequested.connect(self._book)
        self.details.cancelRequested.connect(self._cancel)
        self.booking.answered.connect(self._on_answer)
        self.booking.pendingChanged.connect(self._on_pending)
        outbox.changed.connect(self._on_outbox_event)
        self.retranslate()

    # -- public ----------------------------------------------------------------------------

    @property
    def week(self) -> ShownWeek:
        return self._week

    def retranslate(self) -> None:
        self.previous_action.setText(self.tr("Previous week"))
        self.this_week_action.setText(self.tr("This week"))
        self.next_action.setText(self.tr("Next week"))
        self.export_action.setText(self.tr("Export booked windows (.ics)…"))
        for action in (self.previous_action, self.this_week_action, self.next_action):
            action.setToolTip(
                self.tr("{action} ({shortcut})").format(
                    action=action.text(),
                    shortcut=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        self.tabs.setTabText(0, self.tr("Calendar"))
        if self.timesheet is not None:
            self.tabs.setTabText(1, self.tr("Timesheet"))
        self.details.retranslate()
        self._show_week_title()

    def refresh(self, *_ignored: object) -> None:
        """Read the shown week again (after a sync)."""
        self._tasks.spawn(self.reload(), name="schedule-reload")

    def show_this_week(self) -> None:
        self.show_week(week_containing(self._clock(), self._locale))

    def show_week(self, week: ShownWeek) -> None:
        self._week = week
        self._show_week_title()
        self.weekChanged.emit(week)
        self.refresh()

    async def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        week = self._week
        # Bookings queued before a restart (or while offline) still show as on their way.
        await self.booking.refresh_pending()
        windows, clients = await self._worker.run(
            week_windows, self._engine, week.starts_at, week.ends_at
        )
        if generation != self._generation:
            return  # a newer read is under way
        self._clients = clients
        titles = [self._day_title(day) for day in week.days()]
        self.grid.set_week(week.day_starts, titles, windows, clients)
        self.grid.set_pending(self.booking.pending)
        self._show_selected(self.grid.selected_window())
        if not self._scrolled:
            self._scrolled = True
            self.grid_scroll.verticalScrollBar().setValue(
                self.grid.hour_y(FIRST_SHOWN_HOUR) - HOUR_HEIGHT // 2
            )
        self.weekLoaded.emit()

    async def export_ics(self, path: Path) -> int:
        """Write the booked windows to ``path`` and say so; returns how many."""
        try:
            count = await export_booked_windows(
                path,
                engine=self._engine,
                worker=self._worker,
                uid_domain=self._uid_domain,
                clock=self._clock,
            )
        except OSError as error:
            logger.warning("The calendar export failed: %s", error.strerror)
            self.status_label.setText(
                self.tr("The calendar could not be saved to {path}: {problem}").format(
                    path=str(path), problem=error.strerror or str(error)
                )
            )
            return 0
        self.status_label.setText(
            self.tr("%n booked window(s) exported to {path}.", None, count).format(path=str(path))
        )
        return count

    # -- reacting --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show_week_title(self) -> None:
        days = self._week.days()
        first = self._locale.toString(days[0], QLocale.FormatType.ShortFormat)
        last = self._locale.toString(days[-1], QLocale.FormatType.ShortFormat)
        self.week_label.setText(
            self.tr("Week {number}: {first} – {last}").format(
                # The middle day: for a week from Monday its Thursday, as ISO 8601 counts.
                number=days[3].weekNumber()[0],
                first=first,
                last=last,
            )
        )

    def _day_title(self, day: QDate) -> str:
        return self.tr("{weekday} {day}/{month}", "day column title").format(
            weekday=self._locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat),
            day=day.day(),
            month=day.month(),
        )

    def _show_selected(self, window: ShiftWindow | None) -> None:
        pending = window is not None and window.id in self.booking.pending
        self.details.show_window(window, self._clients, pending=pending)

    def _toggle_booking(self, window: ShiftWindow) -> None:
        """Return or a double click books an open window. A booked one is not cancelled
        that way (a seat given up may be gone for good): the focus moves to its Cancel
        booking button instead."""
        if not window.is_open_for_changes(self._clock()) or window.id in self.booking.pending:
            return
        if window.booked:
            self.details.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._book(window)

    def _book(self, window: ShiftWindow) -> None:
        self._tasks.spawn(self.booking.book(window), name="book-window")

    def _cancel(self, window: ShiftWindow) -> None:
        self._tasks.spawn(self.booking.cancel(window), name="cancel-booking")

    def _on_answer(self, window_id: int, refused: bool, sentence: str) -> None:
        self.details.show_answer(window_id, refused, sentence)
        self.status_label.setText(sentence)

    def _on_pending(self, pending: frozenset[int]) -> None:
        self.grid.set_pending(pending)
        self._show_selected(self.grid.selected_window())

    def _on_outbox_event(self, event: OutboxEvent) -> None:
        # A hidden page reads its week when it is shown.
        if event.sync_result is not None and self.isVisible():
            self.refresh()

    def _export_requested(self) -> None:
        self._tasks.spawn(self._export(), name="export-ics")

    async def _export(self) -> None:
        path = await self._choose_save_path(
            self,
            self.tr("Export booked windows"),
            self.tr("shifts.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if path is not None:
            await self.export_ics(path)

    def _action(self, name: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action


def _button_for(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoRaise(True)
    return button
