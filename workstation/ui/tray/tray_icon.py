"""``TrayIcon``: the app in the system tray.

The icon shows the shift state (off shift, on shift, offline) and the unread count as a
badge; the tooltip says both in words. The menu offers Open, Clock in/out, Pause
notifications (for an hour, until tomorrow, or resume) and Quit. The tray only emits
signals: the main window, the time tracker and the notification settings act on them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from workstation.ui.tray.badge import TrayState, tray_pixmap
from workstation.ui.tray.pause import pause_for_an_hour, pause_until_tomorrow

translate = QCoreApplication.translate


def local_now() -> datetime:
    return datetime.now().astimezone()


class TrayIcon(QSystemTrayIcon):
    open_requested = Signal()
    clock_toggle_requested = Signal()
    pause_requested = Signal(object)
    """The aware local ``datetime`` until which notifications pause."""
    resume_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        app_icon: QIcon,
        *,
        now: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app_icon = app_icon
        self._now = now
        self._state = TrayState.OFF_SHIFT
        self._unread = 0
        self._clock_available = False
        self._clocked_in = False
        self._paused_until: datetime | None = None

        self._menu = QMenu()
        self._menu.setToolTipsVisible(True)
        self.open_action = self._menu.addAction("")
        self.open_action.triggered.connect(self.open_requested)
        self.clock_action = self._menu.addAction("")
        self.clock_action.triggered.connect(self.clock_toggle_requested)
        self._pause_menu = self._menu.addMenu("")
        self.pause_hour_action = self._pause_menu.addAction("")
        self.pause_hour_action.triggered.connect(
            lambda: self.pause_requested.emit(pause_for_an_hour(self._now()))
        )
        self.pause_tomorrow_action = self._pause_menu.addAction("")
        self.pause_tomorrow_action.triggered.connect(
            lambda: self.pause_requested.emit(pause_until_tomorrow(self._now()))
        )
        self.resume_action = self._menu.addAction("")
        self.resume_action.triggered.connect(self.resume_requested)
        self._menu.addSeparator()
        self.quit_action = self._menu.addAction("")
        self.quit_action.triggered.connect(self.quit_requested)
        self.setContextMenu(self._menu)
        self.activated.connect(self._on_activated)
        self._menu.installEventFilter(self)
        self._refresh()

    @property
    def state(self) -> TrayState:
        return self._state

    @property
    def unread(self) -> int:
        return self._unread

    @property
    def pause_menu(self) -> QMenu:
        return self._pause_menu

    def set_state(self, state: TrayState) -> None:
        self._state = state
        self._refresh()

    def set_unread(self, count: int) -> None:
        self._unread = max(0, count)
        self._refresh()

    def enable_clock(self, clocked_in: bool) -> None:
        """Called once a time tracker handles ``clock_toggle_requested``; until then the
        action is shown disabled, with a tooltip saying why."""
        self._clock_available = True
        self._clocked_in = clocked_in
        self._refresh()

    def set_paused_until(self, until: datetime | None) -> None:
        self._paused_until = until
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._menu and event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        return super().eventFilter(watched, event)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def _refresh(self) -> None:
        self.setIcon(QIcon(tray_pixmap(self._app_icon, self._state, self._unread)))
        self.setToolTip(self.tooltip_text())
        self.open_action.setText(translate("TrayIcon", "Open Expert Workstation"))
        self.clock_action.setText(
            translate("TrayIcon", "Clock out")
            if self._clocked_in
            else translate("TrayIcon", "Clock in")
        )
        self.clock_action.setEnabled(self._clock_available)
        self.clock_action.setToolTip(
            ""
            if self._clock_available
            else translate("TrayIcon", "Time recording is not available yet.")
        )
        self._pause_menu.setTitle(translate("TrayIcon", "Pause notifications"))
        self.pause_hour_action.setText(translate("TrayIcon", "For one hour"))
        self.pause_tomorrow_action.setText(translate("TrayIcon", "Until tomorrow morning"))
        paused = self._paused_until is not None and self._now() < self._paused_until
        self.resume_action.setText(translate("TrayIcon", "Resume notifications"))
        self.resume_action.setVisible(paused)
        self.quit_action.setText(translate("TrayIcon", "Quit"))

    def tooltip_text(self) -> str:
        state = {
            TrayState.OFF_SHIFT: translate("TrayIcon", "Off shift"),
            TrayState.ON_SHIFT: translate("TrayIcon", "On shift"),
            TrayState.OFFLINE: translate("TrayIcon", "Offline"),
        }[self._state]
        lines = [translate("TrayIcon", "Expert Workstation"), state]
        if self._unread:
            lines.append(translate("TrayIcon", "%n unread", None, self._unread))
        return "\n".join(lines)
