"""Unhandled errors: logged without their message (it may hold customer data), shown calmly."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import RunAsync, wait_until
from workstation.ui.error_reporting import ErrorReporter, describe_without_message
from workstation.ui.tasks import TaskSet

CANARY = "Jürgen Weber <j.weber@example.de>"


def visible_error_dialogs() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


def failing_lookup() -> None:
    customers: dict[str, int] = {}
    customers[CANARY]


def test_the_description_has_type_and_stack_but_no_message() -> None:
    try:
        try:
            failing_lookup()
        except KeyError as error:
            raise RuntimeError(f"while reading {CANARY}") from error
    except RuntimeError as error:
        described = describe_without_message(error)

    assert "builtins.RuntimeError" in described and "builtins.KeyError" in described
    assert "failing_lookup" in described
    assert CANARY not in described and "Jürgen" not in described


def test_a_failing_background_task_is_logged_and_shown_once(
    qtbot: QtBot, run_async: RunAsync[Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="workstation")

    async def scenario() -> None:
        reporter = ErrorReporter()
        loop = asyncio.get_running_loop()
        reporter.install(loop)
        tasks = TaskSet()
        try:
            for _ in range(3):
                tasks.spawn(asyncio.to_thread(failing_lookup), name="lookup")
            await wait_until(lambda: len(caplog.records) == 3)
            await wait_until(lambda: bool(visible_error_dialogs()))
            assert len(visible_error_dialogs()) == 1
            assert sys.excepthook != sys.__excepthook__
        finally:
            await tasks.close()
            reporter.uninstall(loop)
        assert visible_error_dialogs() == []

    run_async(scenario())

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "builtins.KeyError" in logged
    assert CANARY not in logged and "Jürgen" not in logged


def test_the_excepthook_reports_slot_errors(
    qtbot: QtBot, run_async: RunAsync[Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="workstation")

    async def scenario() -> None:
        reporter = ErrorReporter()
        loop = asyncio.get_running_loop()
        previous = sys.excepthook
        reporter.install(loop)
        try:
            try:
                failing_lookup()
            except KeyError as error:
                sys.excepthook(type(error), error, error.__traceback__)
            await wait_until(lambda: bool(visible_error_dialogs()))
            dialog = visible_error_dialogs()[0]
            assert "unexpected problem" in dialog.text()
            assert CANARY not in dialog.text() + dialog.informativeText()
        finally:
            reporter.uninstall(loop)
        assert sys.excepthook is previous

    run_async(scenario())
    assert any("the user interface" in record.getMessage() for record in caplog.records)
