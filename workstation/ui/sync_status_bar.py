"""The status bar: online or offline, when the cache was last in sync, sync progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from workstation.ui.formatting import clock_time_text, display_locale, full_timestamp_text

translate = QCoreApplication.translate

_ONLINE_COLOR = "#2e7d4f"
_OFFLINE_COLOR = "#9aa1a9"
_ERROR_COLOR = "#b3261e"


class SyncStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)

        self.connection_label = QLabel()
        self.connection_label.setAccessibleName(translate("SyncStatusBar", "Connection"))
        self.last_sync_label = QLabel()
        self.case_count_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(f"color: {_ERROR_COLOR};")
        self.problem_label.hide()

        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(160)
        self.progress_bar.setMaximumHeight(10)
        self.progress_label.hide()
        self.progress_bar.hide()

        for widget in (self.connection_label, self.last_sync_label, self.case_count_label):
            widget.setContentsMargins(6, 0, 6, 0)
        self.addWidget(self.connection_label)
        self.addWidget(self.last_sync_label)
        self.addWidget(self.problem_label, 1)
        self.addPermanentWidget(self.progress_label)
        self.addPermanentWidget(self.progress_bar)
        self.addPermanentWidget(self.case_count_label)

        self._online: bool | None = None
        self._last_sync: int | None = None
        self._case_count = 0
        self.set_online(None)
        self.set_last_sync(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.connection_label.setAccessibleName(translate("SyncStatusBar", "Connection"))
            self.set_online(self._online)
            self.set_last_sync(self._last_sync)
            self.set_case_count(self._case_count)
        super().changeEvent(event)

    def set_online(self, online: bool | None) -> None:
        """None: not known yet (no sync has finished since start)."""
        self._online = online
        if online is None:
            color, text = _OFFLINE_COLOR, translate("SyncStatusBar", "Connecting…")
        elif online:
            color, text = _ONLINE_COLOR, translate("SyncStatusBar", "Online")
        else:
            color, text = (
                _OFFLINE_COLOR,
                translate("SyncStatusBar", "Offline – showing saved cases"),
            )
        # The dot is decoration; the word carries the meaning for colour-blind users and
        # screen readers alike.
        self.connection_label.setText(f'<span style="color:{color};">●</span> {text}')
        self.connection_label.setAccessibleDescription(text)

    def set_last_sync(self, epoch_seconds: int | None) -> None:
        self._last_sync = epoch_seconds
        if epoch_seconds is None:
            self.last_sync_label.setText(translate("SyncStatusBar", "Not synced yet"))
            self.last_sync_label.setToolTip("")
            return
        self.last_sync_label.setText(
            translate("SyncStatusBar", "Last sync: {time}").format(
                time=clock_time_text(epoch_seconds)
            )
        )
        self.last_sync_label.setToolTip(full_timestamp_text(epoch_seconds))

    def set_case_count(self, count: int) -> None:
        self._case_count = count
        self.case_count_label.setText(
            translate("SyncStatusBar", "Cases: {count}").format(
                count=display_locale().toString(count)
            )
        )

    def show_progress(self, received: int, remaining: int | None) -> None:
        """`remaining` None: the hub did not say how much is left; the bar then only
        shows that work is going on."""
        locale = display_locale()
        if remaining is None:
            self.progress_label.setText(
                translate("SyncStatusBar", "Syncing cases… {received}").format(
                    received=locale.toString(received)
                )
            )
            self.progress_bar.setRange(0, 0)
        else:
            total = received + remaining
            self.progress_label.setText(
                translate("SyncStatusBar", "Syncing cases… {received} of {total}").format(
                    received=locale.toString(received), total=locale.toString(total)
                )
            )
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(received)
        self.progress_label.show()
        self.progress_bar.show()

    def show_sync_starting(self) -> None:
        """The first sync has begun but no page has arrived yet."""
        self.progress_label.setText(translate("SyncStatusBar", "Syncing cases…"))
        self.progress_bar.setRange(0, 0)
        self.progress_label.show()
        self.progress_bar.show()

    def hide_progress(self) -> None:
        self.progress_label.hide()
        self.progress_bar.hide()

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setToolTip(text)
        self.problem_label.show()

    def clear_problem(self) -> None:
        self.problem_label.clear()
        self.problem_label.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A message shown before the window was (a desktop problem found at start-up) did
        # not hide the labels, which were not visible yet; they would be drawn over it.
        if self.currentMessage():
            self.hideOrShow()
