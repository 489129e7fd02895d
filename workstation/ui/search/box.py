"""The search field: typing settles for a moment before a search runs, so a fast typist
starts one search, not one per keystroke."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

translate = QCoreApplication.translate

SETTLE_MS = 150


class SearchBox(QLineEdit):
    """`searchRequested(text)` after typing settles (empty text: the search was cleared);
    `leaveRequested` on Esc or an arrow down, to go to the results."""

    searchRequested = Signal(str)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_field")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setMaximumWidth(560)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(lambda: self.searchRequested.emit(self.text().strip()))
        self.textChanged.connect(lambda _text: self._settle.start())
        self._retranslate()

    def search_now(self) -> None:
        self._settle.stop()
        self.searchRequested.emit(self.text().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.search_now()
            self.leaveRequested.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setPlaceholderText(
            translate("SearchBox", "Search subjects, messages, customers  ( / )")
        )
        self.setAccessibleName(translate("SearchBox", "Search cases"))
