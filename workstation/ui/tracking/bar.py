"""``TrackerBar``: the time tracker, always visible at the top of the main window.

Clock in/out and pause/resume (also by keyboard: Ctrl+Shift+T and Ctrl+Shift+B), the
state in words and colour, the time worked in the current booked window and today, and a
clear note when the time is unpaid. The clock ticks once a second from the controller's
in-memory snapshot; it never touches the database.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QStyle, QToolBar, QWidget

from workstation.domain.tracking import TrackerState
from workstation.ui.tracking.controller import TrackerController
from workstation.ui.tracking.texts import elapsed_text, state_text, unpaid_text, window_span_text

translate = QCoreApplication.translate

TICK_MS: Final = 1_000
CLOCK_SHORTCUT: Final = "Ctrl+Shift+T"
PAUSE_SHORTCUT: Final = "Ctrl+Shift+B"
_STATE_COLORS: Final = {
    TrackerState.WORKING: "#1b7f3b",
    TrackerState.PAUSED: "#a15c00",
    TrackerState.CLOCKED_OUT: "#5f6b76",
}
_WARNING_STYLE: Final = "color: #8a4b00; font-weight: 600;"


class TrackerBar(QToolBar):
    def __init__(self, controller: TrackerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackerToolbar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setIconSize(QSize(16, 16))
        self._controller = controller
        self._warnings: list[str] = []

        self.state_label = QLabel()
        self.state_label.setObjectName("tracker_state")
        self.clock_action = QAction(self)
        self.clock_action.setShortcut(QKeySequence(CLOCK_SHORTCUT))
        self.clock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.clock_action.triggered.connect(controller.toggle_clock)
        self.pause_action = QAction(self)
        self.pause_action.setShortcut(QKeySequence(PAUSE_SHORTCUT))
        self.pause_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.pause_action.triggered.connect(controller.toggle_pause)
        # The same actions in the menu bar (the app puts it before Help).
        self.menu = QMenu()
        self.menu.addAction(self.clock_action)
        self.menu.addAction(self.pause_action)
        self.window_label = QLabel()
        self.window_label.setObjectName("tracker_window")
        self.today_label = QLabel()
        self.today_label.setObjectName("tracker_today")
        self.unpaid_label = QLabel()
        self.unpaid_label.setObjectName("tracker_unpaid")
        self.unpaid_label.setStyleSheet(_WARNING_STYLE)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("tracker_warning")
        self.warning_label.setStyleSheet(_WARNING_STYLE)
        self.warning_label.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
        )

        self.addWidget(self.state_label)
        self.addAction(self.clock_action)
        self.addAction(self.pause_action)
        self.addSeparator()
        self.addWidget(self.window_label)
        self.addSeparator()
        self.addWidget(self.today_label)
        self.unpaid_item = self.addWidget(self.unpaid_label)
        self.warning_item = self.addWidget(self.warning_label)
        for action in (self.clock_action, self.pause_action):
            button = self.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        controller.stateChanged.connect(self.refresh)
        controller.recorded.connect(self.refresh)
        self._retranslate()

    def show_warnings(self, texts: list[str]) -> None:
        """Working-time warnings, shown as an icon whose tooltip says them."""
        self._warnings = list(texts)
        self.refresh()

    @property
    def warnings(self) -> list[str]:
        return list(self._warnings)

    def refresh(self) -> None:
        snapshot = self._controller.snapshot()
        state = snapshot.state
        color = _STATE_COLORS[state]
        self.state_label.setText(f"<span style='color:{color}'>●</span> {state_text(state)}")
        self.state_label.setAccessibleName(state_text(state))
        self.clock_action.setText(
            translate("Tracker", "Clock &out")
            if snapshot.clocked_in
            else translate("Tracker", "Clock &in")
        )
        self.pause_action.setEnabled(snapshot.clocked_in)
        self.pause_action.setText(
            translate("Tracker", "&Resume")
            if state is TrackerState.PAUSED
            else translate("Tracker", "&Pause")
        )
        if snapshot.window is not None:
            self.window_label.setText(
                translate("Tracker", "Window {span}: {elapsed}").format(
                    span=window_span_text(snapshot.window.starts_at, snapshot.window.ends_at),
                    elapsed=elapsed_text(snapshot.window_seconds),
                )
            )
        else:
            self.window_label.setText(translate("Tracker", "No booked window now"))
        self.today_label.setText(
            translate("Tracker", "Today: {elapsed}").format(
                elapsed=elapsed_text(snapshot.today_seconds)
            )
        )
        self.unpaid_label.setText(translate("Tracker", "Unpaid time"))
        self.unpaid_label.setToolTip(unpaid_text())
        self.unpaid_label.setAccessibleName(unpaid_text())
        self.unpaid_item.setVisible(snapshot.outside_window)
        self.warning_label.setToolTip("\n".join(self._warnings))
        self.warning_label.setAccessibleName("\n".join(self._warnings))
        self.warning_item.setVisible(bool(self._warnings))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("Tracker", "Time recording"))
        self.menu.setTitle(translate("Tracker", "&Time"))
        self.clock_action.setToolTip(
            translate("Tracker", "Clock in or out ({keys})").format(keys=CLOCK_SHORTCUT)
        )
        self.pause_action.setToolTip(
            translate("Tracker", "Pause or resume ({keys})").format(keys=PAUSE_SHORTCUT)
        )
        self.refresh()
