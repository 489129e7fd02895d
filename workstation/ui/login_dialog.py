"""The login dialog: hub address, user name and password, then a second-factor code when
the account needs one, with a clear text for each failure."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.sync.client import (
    AccessWithdrawn,
    HubError,
    HubUnreachable,
    InvalidCredentials,
    ProtocolError,
    SecondFactorInvalid,
    SecondFactorLocked,
    SecondFactorRequired,
    ServerError,
    TlsFailure,
)
from workstation.ui.hub_address import HubAddressError, HubAddressProblem, normalize_hub_url
from workstation.ui.icons import IconLibrary
from workstation.ui.notice_bar import NoticeBar
from workstation.ui.tasks import TaskSet

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)


class SecondFactorKind(Enum):
    TOTP = "totp"
    RECOVERY = "recovery"


@dataclass(frozen=True, slots=True)
class SecondFactor:
    kind: SecondFactorKind
    code: str = field(repr=False)


# Called with the normalised hub URL, the user name, the password and the second-factor
# code once the hub asked for one. Returns when the login succeeded (the caller keeps the
# session); raises a HubError or a ProtocolError when it failed.
LoginAttempt = Callable[[str, str, str, SecondFactor | None], Awaitable[None]]


def hub_address_problem_text(problem: HubAddressProblem, typed: str) -> str:
    match problem:
        case HubAddressProblem.EMPTY:
            return translate(
                "LoginDialog", "Enter the address of your hub, for example https://hub.example.com."
            )
        case HubAddressProblem.MALFORMED:
            return translate(
                "LoginDialog",
                "“{typed}” is not a valid hub address. "
                "An address looks like https://hub.example.com.",
            ).format(typed=typed.strip())
        case HubAddressProblem.UNSUPPORTED_SCHEME:
            return translate("LoginDialog", "The hub address must start with https://.")
        case HubAddressProblem.PLAIN_HTTP_REMOTE:
            return translate(
                "LoginDialog",
                "Plain http:// is only allowed for a hub on this computer, because your "
                "password would travel unencrypted. Use an https:// address.",
            )


def login_error_text(error: HubError | ProtocolError, hub_url: str) -> str:
    if isinstance(error, ProtocolError):
        return translate(
            "LoginDialog", "The server at {url} does not answer like a hub. Check the address."
        ).format(url=hub_url)
    if isinstance(error, InvalidCredentials):
        return translate(
            "LoginDialog", "Wrong user name or password. Please check both and try again."
        )
    if isinstance(error, SecondFactorRequired):
        return translate(
            "LoginDialog", "Enter the 6-digit code that your authenticator app shows now."
        )
    if isinstance(error, SecondFactorInvalid):
        return translate(
            "LoginDialog",
            "The code was not accepted: it is wrong, expired or was already used. Wait for "
            "the next code and try again, or use one of your recovery codes.",
        )
    if isinstance(error, SecondFactorLocked):
        return translate(
            "LoginDialog",
            "Too many wrong codes. For your protection, codes are refused for the next few "
            "minutes; please wait, then try again.",
        )
    if isinstance(error, AccessWithdrawn):
        return translate(
            "LoginDialog",
            "Your operations team has withdrawn this computer's access. The data of your "
            "account on this computer is being deleted.",
        )
    if isinstance(error, TlsFailure):
        return translate(
            "LoginDialog",
            "The secure connection to {url} failed: the hub's certificate is not valid or "
            "not trusted. Check the address; if it is correct, contact your operations team.",
        ).format(url=hub_url)
    if isinstance(error, HubUnreachable):
        return translate(
            "LoginDialog",
            "Cannot reach the hub at {url}. Check the address and your internet connection.",
        ).format(url=hub_url)
    if isinstance(error, ServerError):
        return translate(
            "LoginDialog",
            "The hub at {url} has a problem right now. Please try again in a few minutes.",
        ).format(url=hub_url)
    return translate(
        "LoginDialog",
        "The hub at {url} did not accept the login. Please try again; if this keeps "
        "happening, contact your operations team.",
    ).format(url=hub_url)


class LoginDialog(QDialog):
    def __init__(
        self,
        attempt_login: LoginAttempt,
        tasks: TaskSet,
        icons: IconLibrary,
        *,
        hub_url: str = "",
        username: str = "",
        password: str = "",
        notice: str = "",
        account_editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt_login = attempt_login
        self._tasks = tasks
        self._login_task: asyncio.Task[None] | None = None
        self.logged_in_hub_url = ""
        self.logged_in_username = ""

        self.setWindowTitle(translate("LoginDialog", "Log in – Expert Workstation"))
        self.setWindowIcon(icons.app())
        self.setMinimumWidth(440)

        heading = QLabel(translate("LoginDialog", "Log in to your hub"))
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        logo = QLabel()
        logo.setPixmap(icons.app().pixmap(40, 40))
        title_row = QHBoxLayout()
        title_row.addWidget(logo)
        title_row.addWidget(heading, 1)

        self.notice = NoticeBar(notice, framed=True)
        self.notice.setVisible(bool(notice))

        self.hub_field = QLineEdit(hub_url)
        self.hub_field.setPlaceholderText("https://hub.example.com")
        self.hub_field.setAccessibleName(translate("LoginDialog", "Hub address"))
        self.user_field = QLineEdit(username)
        self.user_field.setAccessibleName(translate("LoginDialog", "User name"))
        self.password_field = QLineEdit(password)
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(translate("LoginDialog", "Password"))
        # Logging in again after a session ended must stay with the same account, whose
        # cache is open; only the password is asked for.
        self.hub_field.setReadOnly(not account_editable)
        self.user_field.setReadOnly(not account_editable)
        # Shown once the hub says the account has a second factor.
        self.code_field = QLineEdit()
        self.code_field.setAccessibleName(translate("LoginDialog", "Authenticator code"))
        self.recovery_toggle = QPushButton(translate("LoginDialog", "Use a &recovery code"))
        self.recovery_toggle.setCheckable(True)
        self.recovery_toggle.setAutoDefault(False)
        self.recovery_toggle.toggled.connect(self._use_recovery_code)
        self._code_label = QLabel()
        self._code_label.setBuddy(self.code_field)
        self._form = form = QFormLayout()
        form.addRow(translate("LoginDialog", "&Hub address:"), self.hub_field)
        form.addRow(translate("LoginDialog", "&User name:"), self.user_field)
        form.addRow(translate("LoginDialog", "&Password:"), self.password_field)
        form.addRow(self._code_label, self.code_field)
        form.addRow("", self.recovery_toggle)
        for line in (self.hub_field, self.user_field, self.password_field):
            label = form.labelForField(line)
            if isinstance(label, QLabel):
                label.setBuddy(line)
        self._use_recovery_code(False)
        self._show_code_rows(False)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setAccessibleName(translate("LoginDialog", "Login error"))
        self.error_label.hide()

        self._busy_label = QLabel(translate("LoginDialog", "Logging in…"))
        self._busy_bar = QProgressBar()
        self._busy_bar.setRange(0, 0)
        self._busy_bar.setTextVisible(False)
        self._busy_bar.setMaximumHeight(6)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self._busy_label)
        busy_row.addWidget(self._busy_bar, 1)
        self._busy_row = QWidget()
        self._busy_row.setLayout(busy_row)
        busy_row.setContentsMargins(0, 0, 0, 0)
        # Keeps its space while hidden so that the dialog does not jump when a login starts.
        policy = self._busy_row.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._busy_row.setSizePolicy(policy)
        self._busy_row.hide()

        self._buttons = QDialogButtonBox()
        self.login_button = self._buttons.addButton(
            translate("LoginDialog", "&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.submit)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(title_row)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self._busy_row)
        layout.addWidget(self._buttons)
        # Only once the button is inside the dialog does this make it the dialog's main
        # default; before, tabbing over Cancel would leave Enter cancelling the login.
        self.login_button.setDefault(True)

        QWidget.setTabOrder(self.hub_field, self.user_field)
        QWidget.setTabOrder(self.user_field, self.password_field)
        QWidget.setTabOrder(self.password_field, self.code_field)
        QWidget.setTabOrder(self.code_field, self.recovery_toggle)
        QWidget.setTabOrder(self.recovery_toggle, self.login_button)
        self._first_empty_field().setFocus()

    @property
    def asks_for_code(self) -> bool:
        return self._form.isRowVisible(self.code_field)

    def _show_code_rows(self, visible: bool) -> None:
        self._form.setRowVisible(self.code_field, visible)
        self._form.setRowVisible(self.recovery_toggle, visible)

    def _use_recovery_code(self, recovery: bool) -> None:
        if recovery:
            self._code_label.setText(translate("LoginDialog", "Reco&very code:"))
            self.code_field.setAccessibleName(translate("LoginDialog", "Recovery code"))
            self.code_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
            self.recovery_toggle.setText(translate("LoginDialog", "Use the &authenticator code"))
        else:
            self._code_label.setText(translate("LoginDialog", "Authenticator &code:"))
            self.code_field.setAccessibleName(translate("LoginDialog", "Authenticator code"))
            self.code_field.setPlaceholderText("123456")
            self.recovery_toggle.setText(translate("LoginDialog", "Use a &recovery code"))
        self.code_field.clear()
        if self.asks_for_code:
            self.code_field.setFocus()

    @property
    def is_logging_in(self) -> bool:
        return self._login_task is not None and not self._login_task.done()

    def submit(self) -> None:
        if self.is_logging_in:
            return
        typed_url = self.hub_field.text()
        try:
            hub_url = normalize_hub_url(typed_url)
        except HubAddressError as invalid:
            self._show_error(hub_address_problem_text(invalid.problem, typed_url))
            self.hub_field.setFocus()
            self.hub_field.selectAll()
            return
        username = self.user_field.text().strip()
        if not username:
            self._show_error(translate("LoginDialog", "Enter your user name."))
            self.user_field.setFocus()
            return
        if not self.password_field.text():
            self._show_error(translate("LoginDialog", "Enter your password."))
            self.password_field.setFocus()
            return
        second_factor: SecondFactor | None = None
        if self.asks_for_code:
            code = self.code_field.text().strip()
            if not code:
                self._show_error(translate("LoginDialog", "Enter the code."))
                self.code_field.setFocus()
                return
            kind = (
                SecondFactorKind.RECOVERY
                if self.recovery_toggle.isChecked()
                else SecondFactorKind.TOTP
            )
            second_factor = SecondFactor(kind, code)
        self.hub_field.setText(hub_url)
        self._login_task = self._tasks.spawn(
            self._log_in(hub_url, username, self.password_field.text(), second_factor),
            name="login",
        )

    def reject(self) -> None:
        """Esc or Cancel: stops a running login first; a second press closes the dialog."""
        if self.is_logging_in and self._login_task is not None:
            self._login_task.cancel()
            return
        super().reject()

    async def _log_in(
        self, hub_url: str, username: str, password: str, second_factor: SecondFactor | None
    ) -> None:
        self._set_busy(True)
        self.error_label.hide()
        try:
            await self._attempt_login(hub_url, username, password, second_factor)
        except (HubError, ProtocolError) as error:
            logger.info("Login failed: %s", type(error).__name__)
            self._set_busy(False)
            self._show_error(login_error_text(error, hub_url))
            self._focus_after(error)
            return
        except asyncio.CancelledError:
            self._set_busy(False)
            self.password_field.setFocus()
            raise
        except Exception:
            self._set_busy(False)
            self._show_error(
                translate("LoginDialog", "Logging in failed unexpectedly. Please try again.")
            )
            raise
        self.logged_in_hub_url = hub_url
        self.logged_in_username = username
        self.password_field.clear()
        self.code_field.clear()
        self._set_busy(False)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for line in (self.hub_field, self.user_field, self.password_field, self.code_field):
            line.setEnabled(not busy)
        self.recovery_toggle.setEnabled(not busy)
        self.login_button.setEnabled(not busy)
        if not busy:
            # While the fields were disabled the focus may have passed to Cancel, which
            # then took over as the default button; Return must log in again.
            self.login_button.setDefault(True)
        self._busy_row.setVisible(busy)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _focus_after(self, error: HubError | ProtocolError) -> None:
        if isinstance(error, SecondFactorRequired | SecondFactorInvalid | SecondFactorLocked):
            self._show_code_rows(True)
            self.code_field.setFocus()
            self.code_field.selectAll()
            return
        if isinstance(error, InvalidCredentials) or self.hub_field.isReadOnly():
            self.password_field.setFocus()
            self.password_field.selectAll()
        else:
            self.hub_field.setFocus()

    def _first_empty_field(self) -> QLineEdit:
        for line in (self.hub_field, self.user_field, self.password_field):
            if not line.text() and not line.isReadOnly():
                return line
        return self.password_field
