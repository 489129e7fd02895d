"""Set up the TOTP second factor: a QR code (and the secret as text) for the
authenticator app, the first code to confirm, then the recovery codes, shown once."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable

import segno
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.sync.client import HubError, ProtocolError, SecondFactorInvalid, TotpEnrolment
from workstation.ui.tasks import TaskSet

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

StartEnrolment = Callable[[], Awaitable[TotpEnrolment]]
ConfirmEnrolment = Callable[[str], Awaitable[list[str]]]

_QR_SCALE = 5


def qr_pixmap(uri: str) -> QPixmap:
    buffer = io.BytesIO()
    segno.make(uri, error="m", micro=False).save(buffer, kind="png", scale=_QR_SCALE, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def grouped_secret(secret: str) -> str:
    """``ABCD EFGH …``: easier to type into an authenticator app by hand."""
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))


class TotpEnrolmentDialog(QDialog):
    def __init__(
        self,
        start: StartEnrolment,
        confirm: ConfirmEnrolment,
        tasks: TaskSet,
        *,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._start = start
        self._confirm = confirm
        self._tasks = tasks
        self._task: asyncio.Task[None] | None = None
        self.recovery_codes: list[str] = []
        self.setWindowTitle(translate("TotpEnrolment", "Two-factor sign-in"))
        self.setMinimumWidth(460)

        intro = QLabel(
            translate(
                "TotpEnrolment",
                "Your hub requires a second factor. Set it up to continue working.",
            )
            if required
            else translate(
                "TotpEnrolment",
                "Protect your account with a code from an authenticator app on your phone.",
            )
        )
        intro.setWordWrap(True)

        self.status_label = QLabel(translate("TotpEnrolment", "Preparing the set-up…"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        # Page 1: scan and confirm.
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setAccessibleName(
            translate("TotpEnrolment", "QR code for your authenticator app")
        )
        self.secret_label = QLabel()
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label.setAccessibleName(translate("TotpEnrolment", "Secret for manual entry"))
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText("123456")
        self.code_field.setAccessibleName(translate("TotpEnrolment", "Code from the app"))
        scan_page = QWidget()
        scan_layout = QVBoxLayout(scan_page)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        scan_layout.addWidget(
            QLabel(
                translate(
                    "TotpEnrolment",
                    "1. Scan this QR code with your authenticator app, or type in the key.",
                )
            )
        )
        scan_layout.addWidget(self.qr_label)
        key_form = QFormLayout()
        key_form.addRow(translate("TotpEnrolment", "Key:"), self.secret_label)
        scan_layout.addLayout(key_form)
        scan_layout.addWidget(
            QLabel(translate("TotpEnrolment", "2. Enter the code that the app shows now."))
        )
        code_form = QFormLayout()
        code_form.addRow(translate("TotpEnrolment", "&Code:"), self.code_field)
        code_label = code_form.labelForField(self.code_field)
        if isinstance(code_label, QLabel):
            code_label.setBuddy(self.code_field)
        scan_layout.addLayout(code_form)

        # Page 2: the recovery codes, shown once.
        self.codes_view = QPlainTextEdit()
        self.codes_view.setReadOnly(True)
        self.codes_view.setAccessibleName(translate("TotpEnrolment", "Recovery codes"))
        self.copy_button = QPushButton(translate("TotpEnrolment", "Co&py codes"))
        self.copy_button.clicked.connect(self._copy_codes)
        codes_page = QWidget()
        codes_layout = QVBoxLayout(codes_page)
        codes_layout.setContentsMargins(0, 0, 0, 0)
        codes_note = QLabel(
            translate(
                "TotpEnrolment",
                "Two-factor sign-in is on. Keep these recovery codes in a safe place: each "
                "one logs you in once without your phone. They are shown only now.",
            )
        )
        codes_note.setWordWrap(True)
        codes_layout.addWidget(codes_note)
        codes_layout.addWidget(self.codes_view)
        codes_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())
        self.pages.addWidget(scan_page)
        self.pages.addWidget(codes_page)

        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            translate("TotpEnrolment", "&Confirm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.done_button = self.buttons.addButton(
            translate("TotpEnrolment", "I have saved the codes"),
            QDialogButtonBox.ButtonRole.ApplyRole,
        )
        self.done_button.hide()
        self.confirm_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.done_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._task is None:
            self._task = self._tasks.spawn(self._begin(), name="totp-enrolment")

    async def _begin(self) -> None:
        try:
            enrolment = await self._start()
        except (HubError, ProtocolError) as error:
            logger.info("Starting the TOTP enrolment failed: %s", type(error).__name__)
            self.status_label.setText(_failure_text(error))
            return
        self.qr_label.setPixmap(qr_pixmap(enrolment.otpauth_uri))
        self.secret_label.setText(grouped_secret(enrolment.secret))
        self.pages.setCurrentIndex(1)
        self.status_label.clear()
        self.confirm_button.setEnabled(True)
        self.confirm_button.setDefault(True)
        self.code_field.setFocus()

    def _submit(self) -> None:
        code = self.code_field.text().strip()
        if not code:
            self.status_label.setText(translate("TotpEnrolment", "Enter the code from the app."))
            self.code_field.setFocus()
            return
        if self._task is not None and not self._task.done():
            return
        self._task = self._tasks.spawn(self._finish(code), name="totp-confirmation")

    async def _finish(self, code: str) -> None:
        self.confirm_button.setEnabled(False)
        try:
            self.recovery_codes = await self._confirm(code)
        except (HubError, ProtocolError) as error:
            logger.info("Confirming the TOTP enrolment failed: %s", type(error).__name__)
            self.status_label.setText(_failure_text(error))
            self.confirm_button.setEnabled(True)
            self.code_field.setFocus()
            self.code_field.selectAll()
            return
        self.codes_view.setPlainText("\n".join(self.recovery_codes))
        self.pages.setCurrentIndex(2)
        self.status_label.clear()
        self.confirm_button.hide()
        self.cancel_button.hide()
        self.done_button.show()
        self.done_button.setDefault(True)
        self.done_button.setFocus()

    def _copy_codes(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.recovery_codes))


def _failure_text(error: HubError | ProtocolError) -> str:
    if isinstance(error, SecondFactorInvalid):
        return translate(
            "TotpEnrolment",
            "The code was not accepted. Check the time on your phone and enter the current code.",
        )
    if isinstance(error, HubError) and error.code == "totp_already_enrolled":
        return translate(
            "TotpEnrolment",
            "Two-factor sign-in is already set up. To set it up again (e.g. on a new phone), "
            "ask your operations team to reset it.",
        )
    return translate(
        "TotpEnrolment",
        "The hub could not be reached or refused the set-up. Please try again later.",
    )
