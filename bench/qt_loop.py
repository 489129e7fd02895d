"""Coroutines on a qasync loop over a QApplication, as the app runs them, and a probe for
how long that loop is blocked."""

from __future__ import annotations

import gc
import time
from collections.abc import Coroutine
from typing import Any, Final, TypeVar

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

T = TypeVar("T")
PROBE_INTERVAL_MS: Final = 10


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication([])


def run_on_qasync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` to completion on a fresh qasync loop over the application."""
    app = application()
    loop = qasync.QEventLoop(app)
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        # A closed qasync loop is freed by the cyclic collector; do it now, outside any
        # Qt event dispatch, so its timer object never receives a late event.
        gc.collect()


class LoopLagProbe:
    """A 10 ms ``QTimer``; the longest the event loop was blocked is the largest gap
    between two ticks minus the interval."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(PROBE_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.max_lag_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_lag_ms = max(self.max_lag_ms, (now - self._last) * 1000 - PROBE_INTERVAL_MS)
        self._last = now
        self.ticks += 1
