"""Runs the whole app in a test, with a coroutine acting as the user inside its loop."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hub.auth.totp import code_at, time_step
from hub.clock import utc_now
from tests.ui.conftest import release_qt_objects_of_closed_loops, wait_until
from workstation.ui.error_reporting import ErrorReporter
from workstation.ui.event_loop import run_until_quit
from workstation.ui.main_window import MainWindow
from workstation.ui.startup import Workstation

Driver = Callable[[Workstation], Coroutine[Any, Any, None]]


class DrivenApp:
    """The workstation with a "user" coroutine acting on it from inside the same loop.

    The user asks the app to quit when done or failed; if the app quits first, the user is
    cancelled. Either way both have ended before the loop closes.
    """

    def __init__(self, workstation: Workstation, user: Driver) -> None:
        self.workstation = workstation
        self._user = user
        self.error: BaseException | None = None

    def request_quit(self) -> None:
        self.workstation.request_quit()

    async def run(self) -> int:
        user = asyncio.ensure_future(self._act())
        try:
            return await self.workstation.run()
        finally:
            user.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await user

    async def _act(self) -> None:
        try:
            await asyncio.wait_for(self._user(self.workstation), timeout=60)
        except asyncio.CancelledError:
            raise
        except BaseException as error:
            self.error = error
        finally:
            self.workstation.request_quit()


def run_app(qapp: QApplication, workstation: Workstation, user: Driver) -> int:
    """Run the app as `main()` does, with `user` driving it."""
    app = DrivenApp(workstation, user)
    quit_on_last_window = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        exit_code = run_until_quit(qapp, app, ErrorReporter())
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_last_window)
        release_qt_objects_of_closed_loops()
    if app.error is not None:
        raise app.error
    return exit_code


async def log_in(workstation: Workstation, qtbot: QtBot) -> MainWindow:
    await wait_until(
        lambda: workstation.login_dialog is not None and workstation.login_dialog.isVisible()
    )
    dialog = workstation.login_dialog
    assert dialog is not None
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    await wait_until(lambda: workstation.main_window is not None)
    window = workstation.main_window
    assert window is not None
    return window


async def wait_for_sync(window: MainWindow, workstation: Workstation) -> None:
    sync = workstation.sync
    assert sync is not None
    await wait_until(
        lambda: (
            sync.online is True
            and not sync.syncing
            and window.status.last_sync_label.text().startswith("Last sync")
        )
    )


async def set_up_required_second_factor(workstation: Workstation, qtbot: QtBot) -> None:
    """Answer the enrolment dialog the hub's policy brought up: type the current code of
    the shown secret, confirm, and close the recovery codes."""
    await wait_until(
        lambda: (
            workstation.enrolment_dialog is not None
            and workstation.enrolment_dialog.confirm_button.isEnabled()
        )
    )
    dialog = workstation.enrolment_dialog
    assert dialog is not None
    secret = dialog.secret_label.text().replace(" ", "")
    qtbot.keyClicks(dialog.code_field, code_at(secret, time_step(utc_now())))
    qtbot.keyClick(dialog.code_field, Qt.Key.Key_Return)
    await wait_until(lambda: dialog.done_button.isVisible())
    dialog.done_button.click()
