"""Keyboard alone reaches everything: the tab order of the main window (every space of
it) and of its dialogs, with a visible focus ring and named icon-only buttons."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.support.hub_server import RunningHub
from tests.ui.app_driver import run_app
from tests.ui.conftest import ini_settings, wait_until
from tests.ui.keyboard_walk import WalkReport, walk_tab_order
from tests.ui.work_driver import (
    memory_workstation,
    open_my_first_email_case,
)
from workstation.domain.personal_data import find_personal_data
from workstation.ui.case.dialogs import ask_close_outcome, ask_tags, confirm_escalation
from workstation.ui.composer.personal_data_dialog import PersonalDataDialog
from workstation.ui.icons import IconLibrary
from workstation.ui.main_window import MainWindow
from workstation.ui.outbox.orphan_draft_dialog import review_orphan_draft
from workstation.ui.settings.choices import ColorSchemeChoice
from workstation.ui.startup import Workstation
from workstation.ui.theme import LIGHT_COLORS, ThemeController

RING = QColor(LIGHT_COLORS.focus_ring)


@pytest.fixture
def themed(qapp: QApplication, tmp_path: Path) -> Iterator[ThemeController]:
    """The app's look with its focus ring; style and palette are put back afterwards."""
    style_name = qapp.style().name()
    palette = QPalette(qapp.palette())
    settings = ini_settings(tmp_path / "theme.ini")
    settings.color_scheme = ColorSchemeChoice.LIGHT
    controller = ThemeController(qapp, settings)
    yield controller
    qapp.styleHints().unsetColorScheme()
    qapp.setStyle(style_name)
    qapp.setPalette(palette)


async def check(top: QWidget, what: str, reports: dict[str, dict[str, object]]) -> WalkReport:
    # The walk pumps Qt events (key presses), which run other asyncio tasks' steps; from
    # inside this task that would be a re-entry asyncio refuses, so it runs as a plain
    # loop callback instead.
    loop = asyncio.get_running_loop()
    walked: asyncio.Future[WalkReport] = loop.create_future()

    def walk() -> None:
        try:
            walked.set_result(walk_tab_order(top, RING))
        except Exception as error:
            walked.set_exception(error)

    loop.call_soon(walk)
    report = await walked
    if report.problems():
        reports[what] = report.problems()
    return report


async def walk_dialog(dialog: QDialog, what: str, reports: dict[str, dict[str, object]]) -> None:
    dialog.show()
    await wait_until(dialog.isVisible)
    try:
        await check(dialog, what, reports)
    finally:
        dialog.reject()
        dialog.deleteLater()


async def walk_awaited_dialog(
    window: MainWindow,
    opened: asyncio.Future[object],
    what: str,
    reports: dict[str, dict[str, object]],
) -> None:
    await wait_until(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    await asyncio.sleep(0.05)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    await check(dialog, what, reports)
    dialog.reject()
    await opened


def test_every_control_is_reached_by_tab_with_a_visible_focus(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    themed: ThemeController,
) -> None:
    reports: dict[str, dict[str, object]] = {}

    async def user(ws: Workstation) -> None:
        await wait_until(lambda: ws.login_dialog is not None and ws.login_dialog.isVisible())
        assert ws.login_dialog is not None
        await check(ws.login_dialog, "login dialog", reports)
        window, _case_id = await open_my_first_email_case(ws, qtbot)
        window.outbox_dock.show()

        for key in window.spaces.keys:
            window.spaces.show_space(key)
            await asyncio.sleep(0.05)
            await check(window, f"main window, space {key!r}", reports)
        window.spaces.show_space(window.spaces.keys[0])

        window.open_settings()
        await wait_until(lambda: window.settings_dialog is not None)
        settings = window.settings_dialog
        assert settings is not None
        pages = settings.findChild(QTabWidget, "settings_pages")
        assert isinstance(pages, QTabWidget)
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            await check(settings, f"settings dialog, page {index}", reports)
        settings.reject()

        window.open_shortcuts()
        await wait_until(lambda: window.shortcuts_dialog is not None)
        assert window.shortcuts_dialog is not None
        await wait_until(window.shortcuts_dialog.isVisible)
        await check(window.shortcuts_dialog, "shortcuts dialog", reports)
        window.shortcuts_dialog.reject()

        tagging = asyncio.ensure_future(ask_tags(window, ("billing",)))
        await walk_awaited_dialog(window, tagging, "tag dialog", reports)  # type: ignore[arg-type]
        text = "Schreiben Sie an ute.roth@example.de"
        await walk_dialog(
            PersonalDataDialog(text, find_personal_data(text), window),
            "personal data dialog",
            reports,
        )
        reviewing = asyncio.ensure_future(review_orphan_draft(window, "Entwurf"))
        await walk_awaited_dialog(window, reviewing, "orphan draft dialog", reports)  # type: ignore[arg-type]
        closing = asyncio.ensure_future(ask_close_outcome(window, "Betreff"))
        await walk_awaited_dialog(window, closing, "close dialog", reports)  # type: ignore[arg-type]
        escalating = asyncio.ensure_future(confirm_escalation(window, "Betreff"))
        await walk_awaited_dialog(window, escalating, "escalate dialog", reports)  # type: ignore[arg-type]

    workstation = memory_workstation(hub_server.url, tmp_path / "data", icons)
    assert run_app(qapp, workstation, user) == 0
    assert reports == {}
