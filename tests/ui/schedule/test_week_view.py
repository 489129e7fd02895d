"""The week grid: keyboard selection, week navigation by shortcut, visibly different
blocks, the now-line, and the .ics export of the booked windows."""

from __future__ import annotations

import time
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hub import admin
from hub.clock import utc_now
from hub.schema import clients
from tests.support.hub_server import RunningHub
from tests.ui.conftest import RunAsync, wait_until
from tests.ui.schedule.rig import ACCOUNTING, ENGLISH, hub_window, schedule_rig
from workstation.ui.schedule.week import week_containing

FAR = timedelta(days=70)


def pixel(widget: QWidget, x: float, y: float) -> QColor:
    return widget.grab().toImage().pixelColor(QPoint(int(x), int(y)))


def test_keyboard_selection_navigation_and_look(
    hub_server: RunningHub, qtbot: QtBot, run_async: RunAsync[Any]
) -> None:
    # A Wednesday far ahead, so that all three windows fall into one week.
    monday = (utc_now() + FAR).replace(hour=9, minute=0, second=0)
    monday -= timedelta(days=monday.weekday())
    wednesday = monday + timedelta(days=2)
    first = hub_window(hub_server, wednesday)
    second = hub_window(hub_server, wednesday + timedelta(hours=3))
    third = hub_window(hub_server, wednesday + timedelta(days=1), capacity=1)
    admin.book_expert(hub_server.engine, "petra", first)
    admin.book_expert(hub_server.engine, "jonas", third)

    async def scenario() -> None:
        rig = await schedule_rig(hub_server, clock=time.time)
        page, grid = rig.page, rig.page.grid
        try:
            page.activateWindow()
            await rig.show_window(first)
            shown = page.week
            grid.select(None)
            ours = {first, second, third}
            grid.setFocus(Qt.FocusReason.TabFocusReason)
            await wait_until(grid.hasFocus)
            mine = [w.id for w in grid.windows if w.id in ours]
            assert mine == [first, second, third]
            order = [w.id for w in grid.windows]
            assert grid.selected_window().id == order[0]  # type: ignore[union-attr]
            grid.select(first)
            qtbot.keyClick(grid, Qt.Key.Key_Right)
            assert grid.selected_window().id == order[order.index(first) + 1]  # type: ignore[union-attr]
            grid.select(second)
            qtbot.keyClick(grid, Qt.Key.Key_Left)
            assert grid.selected_window().id == first  # type: ignore[union-attr]
            qtbot.keyClick(grid, Qt.Key.Key_Right)
            assert grid.hasFocus() and grid.selected_window().id == second  # type: ignore[union-attr]
            assert page.details.title.text()
            assert "seats left" in grid.accessibleName()
            qtbot.keyClick(grid, Qt.Key.Key_Tab)
            assert not grid.hasFocus()  # Tab moves on to the next control; arrows stay inside

            # Booked is filled, offered outlined, full hatched in grey.
            booked_rect = grid.block_rects(first)[0]
            offered_rect = grid.block_rects(second)[0]
            full_rect = grid.block_rects(third)[0]
            booked = pixel(grid, booked_rect.left() + 4, booked_rect.bottom() - 4)
            offered = pixel(grid, offered_rect.left() + 4, offered_rect.bottom() - 4)
            assert booked.saturation() > 100 and offered.saturation() < 60
            assert booked.lightness() < offered.lightness()
            full_pixels = {
                pixel(grid, full_rect.left() + dx, full_rect.bottom() - 12).name()
                for dx in range(6, 20)
            }
            assert len(full_pixels) > 1  # the hatching

            # Keyboard: Return books the selected window.
            grid.setFocus()
            grid.select(second)
            qtbot.keyClick(grid, Qt.Key.Key_Return)
            await rig.send()
            await wait_until(lambda: grid.selected_window().booked)  # type: ignore[union-attr]
            # Return on a booked window does not cancel it: it offers the cancel button.
            qtbot.keyClick(grid, Qt.Key.Key_Return)
            assert page.details.cancel_button.hasFocus()
            assert grid.selected_window().booked  # type: ignore[union-attr]
            grid.setFocus()

            # Weeks by shortcut.
            qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
            assert page.week.first_day == shown.first_day.addDays(7)
            qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
            qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
            assert page.week.first_day == shown.first_day.addDays(-7)
            qtbot.keyClick(grid, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
            assert page.week == week_containing(time.time(), ENGLISH)
            assert page.week.first_day.dayOfWeek() == ENGLISH.firstDayOfWeek().value
            await wait_until(lambda: grid.now_line_y() is not None)
            assert 36 <= grid.now_line_y() <= grid.height()  # type: ignore[operator]
        finally:
            await rig.close()

    run_async(scenario())
    QApplication.processEvents()


def test_the_ics_export_holds_the_booked_windows(
    hub_server: RunningHub, tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    start = (utc_now() + FAR).replace(hour=9, minute=0, second=0)
    booked = hub_window(hub_server, start, rate_cents=2650)
    offered = hub_window(hub_server, start + timedelta(days=1))
    admin.book_expert(hub_server.engine, "petra", booked)
    with hub_server.engine.connect() as conn:
        client = conn.execute(select(clients.c.name).where(clients.c.id == ACCOUNTING)).scalar_one()
    target = tmp_path / "shifts.ics"

    async def choose(*_args: object) -> Path:
        return target

    async def scenario() -> None:
        rig = await schedule_rig(hub_server, clock=time.time, choose_save_path=choose)
        try:
            rig.page.export_action.trigger()
            await wait_until(target.exists)
            await wait_until(lambda: "exported" in rig.page.status_label.text())
        finally:
            await rig.close()

    run_async(scenario())
    content = target.read_bytes().decode("utf-8")
    assert content.startswith("BEGIN:VCALENDAR\r\n")
    assert f"UID:window-{booked}@hub.test" in content
    assert f"UID:window-{offered}@hub.test" not in content
    unfolded = content.replace("\r\n ", "")
    assert f"SUMMARY:Shift: {client}" in unfolded.replace("\\,", ",")
    assert "€26.50" in unfolded
    assert f"DTSTART:{start.replace(tzinfo=UTC):%Y%m%dT%H%M%SZ}" in content


def test_the_day_titles_stay_in_view_while_the_hours_scroll(
    hub_server: RunningHub, qtbot: QtBot, run_async: RunAsync[Any]
) -> None:
    monday = (utc_now() + FAR).replace(hour=9, minute=0, second=0)
    monday -= timedelta(days=monday.weekday())
    window = hub_window(hub_server, monday + timedelta(days=2))

    def dark_pixels_in_title_band(viewport: QWidget) -> int:
        image = viewport.grab().toImage()
        return sum(
            1
            for x in range(grid_left + 8, image.width() - 8, 2)
            for y in range(6, 30)
            if image.pixelColor(x, y).lightness() < 110
        )

    async def scenario() -> None:
        rig = await schedule_rig(hub_server, clock=time.time)
        page, grid = rig.page, rig.page.grid
        try:
            page.resize(1100, 600)
            await rig.show_window(window)
            bar = page.grid_scroll.verticalScrollBar()
            viewport = page.grid_scroll.viewport()

            bar.setValue(grid.hour_y(20))
            await wait_until(lambda: bar.value() > 0)
            QApplication.processEvents()

            assert grid.header_top() == bar.value()
            assert dark_pixels_in_title_band(viewport) > 20  # the day titles' letters
            # A click on the titles selects nothing beneath them.
            grid.select(window)
            qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(300, bar.value() + 10))
            assert grid.selected_window() is None
        finally:
            await rig.close()

    grid_left = 56 + 4  # TIME_GUTTER, a little inside the first day column
    run_async(scenario())
    QApplication.processEvents()
