"""The lock screen: covers the whole main window, shows nothing about customers, and asks
for the account password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.ui.theme import Spacing

translate = QCoreApplication.translate


class LockScreen(QWidget):
    """A child of the main window laid over everything in it. ``unlockRequested`` carries
    the typed password; the controller answers with ``show_problem`` or unlocks."""

    unlockRequested = Signal(str)

    def __init__(self, window: QWidget, user_name: str) -> None:
        super().__init__(window)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user = QLabel(user_name)
        self.user.setTextFormat(Qt.TextFormat.PlainText)
        self.user.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self._request)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._request)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setVisible(False)

        column = QVBoxLayout()
        column.setSpacing(Spacing.MEDIUM)
        column.addWidget(self.title)
        column.addWidget(self.user)
        column.addWidget(self.password, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column)
        layout.addStretch(2)
        window.installEventFilter(self)
        self._retranslate()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.password.clear()
        self.problem.setVisible(False)
        self.set_busy(False)
        self.show()
        self.raise_()
        self.password.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def show_problem(self, text: str) -> None:
        self.set_busy(False)
        self.problem.setText(text)
        self.problem.setVisible(True)
        self.password.selectAll()
        self.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible() and watched is self.parent():
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _request(self) -> None:
        password = self.password.text()
        if not password:
            return
        self.set_busy(True)
        self.unlockRequested.emit(password)

    def _retranslate(self) -> None:
        self.title.setText(translate("LockScreen", "Expert Workstation is locked"))
        self.password.setPlaceholderText(translate("LockScreen", "Password"))
        self.password.setAccessibleName(translate("LockScreen", "Password"))
        self.unlock_button.setText(translate("LockScreen", "Unlock"))
        self.setAccessibleName(translate("LockScreen", "Lock screen"))
