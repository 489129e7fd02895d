"""``AppLock``: locks the app after the hub's idle time or on demand, and unlocks it with
the account password.

While locked, the lock screen covers the main window, every other window of the app
(dialogs) is hidden until the unlock, the main window's own controls are disabled so that
no shortcut acts behind the screen, and ``locked`` tells the notifications to show only
counts.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from workstation.domain.unlock import UnlockResult
from workstation.ui.lock.idle import IdleMonitor
from workstation.ui.lock.screen import LockScreen
from workstation.ui.tasks import TaskSet

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate

LOCK_SHORTCUT: Final = "Ctrl+L"


PasswordCheck = Callable[[str], Awaitable[UnlockResult]]


class AppLock(QObject):
    lockedChanged = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        *,
        user_name: str,
        check_password: PasswordCheck,
        idle: IdleMonitor,
        tasks: TaskSet,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._check_password = check_password
        self._idle = idle
        self._tasks = tasks
        self._locked = False
        self._hidden_windows: list[QWidget] = []
        self._disabled: list[QWidget] = []
        self.screen = LockScreen(window, user_name)
        self.screen.hide()
        self.screen.unlockRequested.connect(self._on_unlock_requested)
        self.lock_action = QAction(window)
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)
        idle.idle.connect(self.lock)
        self.retranslate()

    @property
    def locked(self) -> bool:
        return self._locked

    def start(self) -> None:
        self._idle.start()

    def stop(self) -> None:
        self._idle.stop()

    def set_idle_minutes(self, minutes: int) -> None:
        self._idle.set_timeout(max(1, minutes) * 60)

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Dialogs and other windows of the app may show customer data: hidden, not closed,
        # so that nothing typed in them is lost.
        self._hidden_windows = [
            widget
            for widget in app.topLevelWidgets()
            if widget is not self._window and widget.isVisible() and widget.isWindow()
        ]
        for widget in self._hidden_windows:
            widget.hide()
        self._disabled = [
            child
            for child in self._window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child is not self.screen and child.isEnabled()
        ]
        for child in self._disabled:
            child.setEnabled(False)
        self.lock_action.setEnabled(False)
        # A window that opens while locked (a question from the outbox, a notice) waits
        # hidden until the unlock as well.
        app.installEventFilter(self)
        self.screen.cover()
        logger.info("The app locked itself")
        self.lockedChanged.emit(True)

    def unlock(self) -> None:
        if not self._locked:
            return
        self._locked = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.screen.hide()
        self.screen.password.clear()
        for child in self._disabled:
            child.setEnabled(True)
        self._disabled = []
        for widget in self._hidden_windows:
            widget.show()
        self._hidden_windows = []
        self.lock_action.setEnabled(True)
        self._idle.note_input()
        logger.info("The app was unlocked")
        self.lockedChanged.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._locked
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self._window
        ):
            if watched not in self._hidden_windows:
                self._hidden_windows.append(watched)
            QTimer.singleShot(0, watched.hide)
        return False

    def retranslate(self) -> None:
        self.lock_action.setText(translate("AppLock", "&Lock"))
        self.lock_action.setToolTip(
            translate("AppLock", "Hide all cases until you enter your password")
        )

    def _on_unlock_requested(self, password: str) -> None:
        self._tasks.spawn(self._try_unlock(password), name="unlock")

    async def _try_unlock(self, password: str) -> None:
        try:
            result = await self._check_password(password)
        except Exception as error:
            logger.warning("Checking the password failed: %s", type(error).__name__)
            result = UnlockResult.CANNOT_CHECK
        if not self._locked:
            return
        if result is UnlockResult.ACCEPTED:
            self.unlock()
        elif result is UnlockResult.WRONG_PASSWORD:
            self.screen.show_problem(translate("AppLock", "That is not your password."))
        else:
            self.screen.show_problem(
                translate(
                    "AppLock",
                    "Your password cannot be checked offline on this computer yet. "
                    "Connect to the internet and try again.",
                )
            )
