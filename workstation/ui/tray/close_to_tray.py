"""Closing the main window hides it in the tray instead of quitting (a setting), and the
first time it does, a balloon says so: otherwise the app seems to have vanished."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

translate = QCoreApplication.translate
HINT_SHOWN_KEY = "desktop/close_to_tray_hint_shown"
HINT_DURATION_MS = 8_000


class CloseToTray(QObject):
    """An event filter on the main window. ``enabled`` is read at every close so a change in
    the settings applies at once; ``tray_available`` guards against hiding the window
    where no tray could bring it back."""

    def __init__(
        self,
        window: QWidget,
        tray: QSystemTrayIcon,
        *,
        enabled: Callable[[], bool],
        store: QSettings,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tray = tray
        self._enabled = enabled
        self._store = store
        self._tray_available = tray_available
        window.installEventFilter(self)

    def hides_on_close(self) -> bool:
        return self._enabled() and self._tray_available() and self._tray.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and self.hides_on_close():
            event.ignore()
            self._window.hide()
            self._show_hint_once()
            return True
        return super().eventFilter(watched, event)

    def _show_hint_once(self) -> None:
        if self._store.value(HINT_SHOWN_KEY, False, type=bool):
            return
        self._store.setValue(HINT_SHOWN_KEY, True)
        self._tray.showMessage(
            translate("CloseToTray", "Expert Workstation is still running"),
            translate(
                "CloseToTray",
                "It keeps you informed from the system tray. Quit it from the tray menu.",
            ),
            QSystemTrayIcon.MessageIcon.Information,
            HINT_DURATION_MS,
        )
