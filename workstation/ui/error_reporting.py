"""Last line of defence for errors nobody handled: log them, tell the user calmly, keep going.

The log gets the exception type and the stack, never the exception's message: messages can
carry customer data (a subject in a KeyError, a name in a ValueError) or tokens.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate

logger = logging.getLogger("workstation")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def describe_without_message(error: BaseException) -> str:
    """Type and stack of `error` (and of its causes), without any exception message."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if lines:
            lines.append("raised while handling, or caused by:")
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        lines.extend(traceback.format_tb(current.__traceback__))
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


class ErrorReporter:
    """Installs `sys.excepthook` and an asyncio exception handler that both end up here."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent
        self._dialog: QMessageBox | None = None
        self._previous_hook: ExceptHook | None = None

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        loop.set_exception_handler(self._loop_exception_handler)

    def uninstall(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None
        loop.set_exception_handler(None)
        self._close_dialog()

    def report(self, error: BaseException, where: str) -> None:
        logger.error("Unexpected error in %s: %s", where, describe_without_message(error))
        self._show_dialog()

    def _excepthook(
        self,
        error_type: type[BaseException],
        error: BaseException,
        stack: TracebackType | None,
    ) -> None:
        if issubclass(error_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.report(error.with_traceback(stack), "the user interface")

    def _loop_exception_handler(
        self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]
    ) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.report(error, "a background task")
            return
        # Context messages without an exception are asyncio's own diagnostics (for example
        # a transport closed twice); they name no customer data.
        logger.error("Event loop problem: %s", context.get("message", "unknown"))

    def _show_dialog(self) -> None:
        if QCoreApplication.instance() is None:
            return
        if self._dialog is not None and self._dialog.isVisible():
            return
        dialog = QMessageBox(self._parent())
        dialog.setIcon(QMessageBox.Icon.Warning)
        dialog.setWindowTitle(translate("ErrorReporter", "Something went wrong"))
        dialog.setText(
            translate("ErrorReporter", "Expert Workstation ran into an unexpected problem.")
        )
        dialog.setInformativeText(
            translate(
                "ErrorReporter",
                "Your cases are safe and you can keep working. If this keeps happening, "
                "restart the app and tell your operations team when it happened.",
            )
        )
        dialog.setStandardButtons(QMessageBox.StandardButton.Ok)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_dialog)
        self._dialog = dialog
        # open(), never exec(): a nested event loop would stall the asyncio loop (qasync #59).
        dialog.open()

    def _forget_dialog(self) -> None:
        self._dialog = None

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog = None
