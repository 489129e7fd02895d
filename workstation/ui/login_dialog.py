"""The login dialog: hub address, user name and password, with a clear text for each failure."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

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
    QVBoxLayout,
    QWidget,
)

from workstation.sync.client import (
    HubError,
    HubUnreachable,
    InvalidCredentials,
    ProtocolError,
    ServerError,
    TlsFailure,
)
from workstation.ui.hub_address import HubAddressError, HubAddressProblem, normalize_hub_url
from workstation.ui.icons import IconLibrary
from workstation.ui.notice_bar import NoticeBar
from workstation.ui.tasks import TaskSet

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

# Called with the normalised hub URL, the user name and the password. Returns when the
# login succeeded (the caller keeps the session); raises a HubError or a ProtocolError
# when it failed.
LoginAttempt = Callable[[str, str, str], Awaitable[None]]


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
        form = QFormLayout()
        form.addRow(translate("LoginDialog", "&Hub address:"), self.hub_field)
        form.addRow(translate("LoginDialog", "&User name:"), self.user_field)
        form.addRow(translate("LoginDialog", "&Password:"), self.password_field)
        for field in (self.hub_field, self.user_field, self.password_field):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

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
        QWidget.setTabOrder(self.password_field, self.login_button)
        self._first_empty_field().setFocus()

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
        self.hub_field.setText(hub_url)
        self._login_task = self._tasks.spawn(
            self._log_in(hub_url, username, self.password_field.text()), name="login"
        )

    def reject(self) -> None:
        """Esc or Cancel: stops a running login first; a second press closes the dialog."""
        if self.is_logging_in and self._login_task is not None:
            self._login_task.cancel()
            return
        super().reject()

    async def _log_in(self, hub_url: str, username: str, password: str) -> None:
        self._set_busy(True)
        self.error_label.hide()
        try:
            await self._attempt_login(hub_url, username, password)
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
        self._set_busy(False)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for field in (self.hub_field, self.user_field, self.password_field):
            field.setEnabled(not busy)
        self.login_button.setEnabled(not busy)
        self._busy_row.setVisible(busy)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _focus_after(self, error: HubError | ProtocolError) -> None:
        if isinstance(error, InvalidCredentials) or self.hub_field.isReadOnly():
            self.password_field.setFocus()
            self.password_field.selectAll()
        else:
            self.hub_field.setFocus()

    def _first_empty_field(self) -> QLineEdit:
        for field in (self.hub_field, self.user_field, self.password_field):
            if not field.text() and not field.isReadOnly():
                return field
        return self.password_field
