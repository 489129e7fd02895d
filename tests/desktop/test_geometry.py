"""Window geometry, main-window state and splitters survive a restart, and a window whose
screen is gone comes back where the user can reach it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar
from pytestqt.qtbot import QtBot

from workstation.ui.desktop.geometry import (
    LayoutKeeper,
    ensure_on_screen,
    restore_layout,
    save_layout,
)
from workstation.ui.settings.settings import Settings


class Window(QMainWindow):
    """A main window shaped like the app's: a toolbar and two nested, named splitters."""

    def __init__(self) -> None:
        super().__init__()
        toolbar = QToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.outer = QSplitter(Qt.Orientation.Horizontal)
        self.outer.setObjectName("inbox_thread_splitter")
        self.inner = QSplitter(Qt.Orientation.Vertical)
        self.inner.setObjectName("thread_reply_splitter")
        self.inner.addWidget(QLabel("thread"))
        self.inner.addWidget(QLabel("reply"))
        self.outer.addWidget(QLabel("inbox"))
        self.outer.addWidget(self.inner)
        self.setCentralWidget(self.outer)


def reopen(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def available() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def show(qtbot: QtBot, window: QMainWindow) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)


def test_geometry_state_and_splitters_round_trip(
    qtbot: QtBot, settings: Settings, settings_path: Path
) -> None:
    window = Window()
    show(qtbot, window)
    window.setGeometry(40, 50, 620, 430)
    window.toolbar.hide()
    qtbot.waitUntil(lambda: window.outer.width() > 500)
    layout = window.layout()
    assert layout is not None
    layout.activate()
    window.outer.setSizes([150, 470])
    window.inner.setSizes([300, 100])
    saved_geometry = window.geometry()
    saved_outer, saved_inner = window.outer.sizes(), window.inner.sizes()
    default = Window()
    show(qtbot, default)
    default.setGeometry(40, 50, 620, 430)
    qtbot.waitUntil(lambda: default.outer.width() > 500)
    assert default.outer.sizes() != saved_outer
    assert default.inner.sizes() != saved_inner

    save_layout(window, settings, "main_window")

    restored = Window()
    assert restore_layout(restored, reopen(settings_path), "main_window")
    show(qtbot, restored)
    qtbot.waitUntil(lambda: restored.outer.sizes() == saved_outer)
    assert restored.geometry().size() == saved_geometry.size()
    assert restored.inner.sizes() == saved_inner
    assert restored.toolbar.isHidden()


def test_nothing_saved_keeps_the_default(qtbot: QtBot, settings: Settings) -> None:
    window = Window()
    window.resize(500, 300)
    assert not restore_layout(window, settings, "main_window")
    assert window.size().width() == 500


def test_damaged_entries_are_skipped(qtbot: QtBot, settings: Settings) -> None:
    garbage = QByteArray(b"\x00\x01not a geometry")
    settings.save_bytes("main_window/geometry", garbage)
    settings.save_bytes("main_window/state", garbage)
    settings.save_bytes("main_window/splitters/inbox_thread_splitter", garbage)
    window = Window()
    window.resize(500, 300)
    assert not restore_layout(window, settings, "main_window")
    assert window.size().width() == 500


def test_a_window_on_a_vanished_screen_comes_back(qtbot: QtBot, settings: Settings) -> None:
    window = Window()
    show(qtbot, window)
    window.resize(400, 300)
    window.move(available().right() + 3000, available().bottom() + 2000)
    save_layout(window, settings, "main_window")

    restored = Window()
    restore_layout(restored, settings, "main_window")
    show(qtbot, restored)

    assert available().intersects(restored.frameGeometry())
    assert available().contains(restored.frameGeometry().topLeft())


def test_ensure_on_screen_moves_and_shrinks(qtbot: QtBot) -> None:
    window = Window()
    show(qtbot, window)
    screen = available()
    window.resize(screen.width() * 2, screen.height() * 2)
    window.move(-10 * screen.width(), -10 * screen.height())

    ensure_on_screen(window)

    assert window.width() <= screen.width()
    assert window.height() <= screen.height()
    assert screen.contains(window.frameGeometry().topLeft())


def test_ensure_on_screen_leaves_a_reachable_window_alone(qtbot: QtBot) -> None:
    window = Window()
    show(qtbot, window)
    window.setGeometry(available().left() + 30, available().top() + 40, 300, 200)
    before = window.geometry()
    ensure_on_screen(window)
    assert window.geometry() == before


def test_keeper_saves_when_the_window_closes(
    qtbot: QtBot, settings: Settings, settings_path: Path
) -> None:
    window = Window()
    LayoutKeeper(window, settings, "main_window")
    show(qtbot, window)
    window.outer.setSizes([1, 4])
    saved = window.outer.sizes()
    assert saved[0] < saved[1]

    window.close()

    again = Window()
    keeper = LayoutKeeper(again, reopen(settings_path), "main_window")
    assert keeper.restored
    show(qtbot, again)
    qtbot.waitUntil(lambda: again.outer.sizes() == saved)
