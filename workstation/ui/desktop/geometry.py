"""Window geometry, main-window state (toolbars, docks) and splitter positions, saved in the
settings and restored on the next start.

Splitters are found by type under the window and stored by their objectName, so every
QSplitter whose layout should survive a restart needs a unique objectName. Restoring never
leaves a window where the user cannot reach it: when the saved screen is gone (a
disconnected monitor, a changed arrangement), the window moves onto the primary screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from workstation.ui.settings.settings import Settings

log = logging.getLogger(__name__)

# How much of the title bar must be on some screen for the window to count as reachable.
_GRAB_HEIGHT = 24
_GRAB_WIDTH = 64
# A window moved onto a smaller screen keeps this margin to the screen edges.
_FIT_FRACTION = 0.9


def _geometry_key(key: str) -> str:
    return f"{key}/geometry"


def _state_key(key: str) -> str:
    return f"{key}/state"


def _splitter_key(key: str, splitter: QSplitter) -> str:
    return f"{key}/splitters/{splitter.objectName()}"


def _named_splitters(window: QWidget) -> list[QSplitter]:
    named: dict[str, QSplitter] = {}
    for splitter in window.findChildren(QSplitter):
        name = splitter.objectName()
        if not name:
            log.debug("a splitter without objectName in %s is not remembered", type(window))
        elif name in named:
            log.warning("two splitters named %r; only the first is remembered", name)
        else:
            named[name] = splitter
    return list(named.values())


def save_layout(window: QWidget, settings: Settings, key: str) -> None:
    settings.save_bytes(_geometry_key(key), window.saveGeometry())
    if isinstance(window, QMainWindow):
        settings.save_bytes(_state_key(key), window.saveState())
    for splitter in _named_splitters(window):
        settings.save_bytes(_splitter_key(key, splitter), splitter.saveState())
    settings.sync()


def restore_layout(window: QWidget, settings: Settings, key: str) -> bool:
    """Restores what `save_layout` stored under `key`. False when there was no usable saved
    geometry, so the caller keeps its default size. Damaged entries are skipped one by one."""
    geometry = settings.load_bytes(_geometry_key(key))
    restored = geometry is not None and window.restoreGeometry(geometry)
    if geometry is not None and not restored:
        log.warning("saved geometry of %s is unusable; using the default", key)
    if isinstance(window, QMainWindow):
        state = settings.load_bytes(_state_key(key))
        if state is not None and not window.restoreState(state):
            log.warning("saved window state of %s is unusable", key)
    for splitter in _named_splitters(window):
        splitter_state = settings.load_bytes(_splitter_key(key, splitter))
        if splitter_state is not None and not splitter.restoreState(splitter_state):
            log.warning("saved state of splitter %s is unusable", splitter.objectName())
    if restored:
        ensure_on_screen(window)
    return restored


def ensure_on_screen(window: QWidget) -> None:
    """Moves `window` onto the primary screen when its title bar is on no screen, and shrinks
    it when it is larger than that screen."""
    frame = window.frameGeometry()
    grab = QRect(frame.topLeft(), frame.topLeft() + QPoint(frame.width(), _GRAB_HEIGHT))
    for screen in QGuiApplication.screens():
        visible = screen.availableGeometry().intersected(grab)
        if visible.width() >= min(_GRAB_WIDTH, frame.width()) and visible.height() > 0:
            return
    primary = QGuiApplication.primaryScreen()
    if primary is None:
        return
    available = primary.availableGeometry()
    width = min(window.width(), int(available.width() * _FIT_FRACTION))
    height = min(window.height(), int(available.height() * _FIT_FRACTION))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    target = available.center() - QPoint(frame.width() // 2, frame.height() // 2)
    window.move(target)
    log.info("window was off-screen; moved onto the primary screen")


class LayoutKeeper(QObject):
    """Restores a window's layout now and saves it whenever the window is hidden (closed,
    or hidden to the tray) and when the application quits."""

    def __init__(self, window: QWidget, settings: Settings, key: str) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._key = key
        self.restored = restore_layout(window, settings, key)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save)

    def save(self) -> None:
        save_layout(self._window, self._settings, self._key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Hide:
            self.save()
        return False
