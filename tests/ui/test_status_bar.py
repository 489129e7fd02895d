"""The status bar's texts: connection, last sync, progress of the first sync."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from workstation.ui.formatting import clock_time_text
from workstation.ui.sync_status_bar import SyncStatusBar


def test_connection_states_read_as_words(qtbot: QtBot) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    assert "Connecting" in bar.connection_label.text()
    bar.set_online(True)
    assert bar.connection_label.text().endswith("Online")
    bar.set_online(False)
    assert "Offline – showing saved cases" in bar.connection_label.text()


def test_last_sync_shows_the_local_time(qtbot: QtBot) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    assert bar.last_sync_label.text() == "Not synced yet"
    bar.set_last_sync(1_800_000_000)
    assert bar.last_sync_label.text() == f"Last sync: {clock_time_text(1_800_000_000)}"
    assert "2027" in bar.last_sync_label.toolTip()


def test_progress_counts_in_the_users_number_format(qtbot: QtBot) -> None:
    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        bar = SyncStatusBar()
        qtbot.addWidget(bar)
        bar.show()
        bar.show_sync_starting()
        assert bar.progress_label.text() == "Syncing cases…"
        assert bar.progress_bar.maximum() == 0  # busy, no total yet
        bar.show_progress(1200, 2200)
        assert bar.progress_label.text() == "Syncing cases… 1.200 of 3.400"
        assert (bar.progress_bar.value(), bar.progress_bar.maximum()) == (1200, 3400)
        bar.set_case_count(3400)
        assert bar.case_count_label.text() == "Cases: 3.400"
        bar.hide_progress()
        assert not bar.progress_label.isVisible() and not bar.progress_bar.isVisible()
    finally:
        QLocale.setDefault(default)


def test_a_message_from_before_the_window_was_shown_is_not_drawn_over(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = SyncStatusBar()
    window.setStatusBar(bar)
    bar.showMessage("Desktop notifications are not available on this system.")
    window.show()
    qtbot.waitExposed(window)
    assert not bar.connection_label.isVisible()
    assert not bar.last_sync_label.isVisible()
    bar.clearMessage()
    assert bar.connection_label.isVisible()
