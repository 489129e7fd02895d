"""Time since the expert's last input to the app, with an injectable clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS: Final = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
DEFAULT_CHECK_INTERVAL_MS: Final = 5_000


class IdleMonitor(QObject):
    """Emits ``idle`` once when no input reached the app for ``timeout_seconds``; it fires
    again only after new input. Watches every event of the application (an event filter),
    so input to any window or dialog counts."""

    idle = Signal()

    def __init__(
        self,
        timeout_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_interval_ms: int = DEFAULT_CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeout = timeout_seconds
        self._clock = clock
        self._last_input = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float) -> None:
        self._timeout = seconds

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._last_input = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def note_input(self) -> None:
        self._last_input = self._clock()
        self._fired = False

    def check(self) -> None:
        if not self._fired and self._clock() - self._last_input >= self._timeout:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.note_input()
        return False
