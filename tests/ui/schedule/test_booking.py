"""Booking through the Schedule space against a real hub: a booking turns the block into
a booked one after the sync, cancelling frees it, and every refusal is explained."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from hub import admin
from hub.clock import utc_now
from hub.schema import window_bookings
from tests.support.hub_server import RunningHub
from tests.ui.conftest import RunAsync, wait_until
from tests.ui.schedule.rig import ScheduleRig, hub_window, schedule_rig
from workstation.store.windows import WindowQueries

# Far beyond the demo windows, so that only the test's own bookings can overlap.
FAR = timedelta(days=70)
# The app runs two hours behind the hub: for the app the late window is still open, the
# hub (which decides) has closed it.
APP_LAG_S = 2 * 3600


async def booked_in_cache(rig: ScheduleRig, window_id: int) -> bool:
    window = await rig.in_cache(WindowQueries(rig.outbox.rig.engine).window, window_id)
    return window is not None and window.booked


async def answer_of(rig: ScheduleRig) -> str:
    await wait_until(lambda: bool(rig.page.details.answer_label.text()))
    return rig.page.details.answer_label.text()


def test_booking_and_cancelling_through_the_schedule(
    hub_server: RunningHub, qtbot: QtBot, run_async: RunAsync[Any]
) -> None:
    base = (utc_now() + FAR).replace(hour=8, minute=0, second=0)
    free = hub_window(hub_server, base, rate_cents=2650)

    async def scenario() -> None:
        rig = await schedule_rig(hub_server, clock=time.time)
        try:
            await rig.show_window(free)
            details = rig.page.details
            assert details.book_button.isVisible() and details.book_button.isEnabled()
            assert "£" not in details.rate_label.text() and "26.50" in details.rate_label.text()
            assert details.seats_label.text() == "2 of 2 seats left"

            qtbot.mouseClick(details.book_button, Qt.MouseButton.LeftButton)
            await rig.send()
            assert await answer_of(rig) == "Booked. The window is yours."
            await wait_until(lambda: rig.page.grid.selected_window().booked)  # type: ignore[union-attr]
            assert await booked_in_cache(rig, free)
            assert details.cancel_button.isVisible() and not details.book_button.isVisible()
            assert details.seats_label.text() == "1 of 2 seats left"

            qtbot.mouseClick(details.cancel_button, Qt.MouseButton.LeftButton)
            await rig.send()
            assert await answer_of(rig) == "Booking cancelled. The seat is free again."
            await wait_until(lambda: not rig.page.grid.selected_window().booked)  # type: ignore[union-attr]
        finally:
            await rig.close()

    run_async(scenario())
    with hub_server.engine.connect() as conn:
        assert (
            conn.execute(window_bookings.select().where(window_bookings.c.window_id == free)).all()
            == []
        )


def test_every_refusal_is_explained_in_words(
    hub_server: RunningHub, qtbot: QtBot, run_async: RunAsync[Any]
) -> None:
    base = (utc_now() + FAR).replace(hour=8, minute=0, second=0)
    mine = hub_window(hub_server, base)
    admin.book_expert(hub_server.engine, "petra", mine)
    overlapping = hub_window(hub_server, base + timedelta(hours=1))
    full = hub_window(hub_server, base + timedelta(days=1))
    admin.book_expert(hub_server.engine, "jonas", full)
    admin.book_expert(hub_server.engine, "amira", full)
    unskilled = hub_window(hub_server, base + timedelta(days=2), skills=(("topic", "firmware"),))
    late = hub_window(hub_server, utc_now() + timedelta(minutes=30))
    withdrawn = hub_window(hub_server, base + timedelta(days=3))
    admin.book_expert(hub_server.engine, "petra", withdrawn)

    expected = {
        overlapping: "This window overlaps another window you booked.",
        full: "This window is full: all 2 seats are booked.",
        unskilled: "This window requires topic firmware, and your profile lacks",
        late: "It is too late to book: booking closed on",
        withdrawn: "You have not booked this window, so there is nothing to cancel.",
    }

    async def scenario() -> None:
        rig = await schedule_rig(hub_server, clock=lambda: time.time() - APP_LAG_S)
        # Operations took Petra off the window without the app hearing of it yet.
        with hub_server.engine.begin() as conn:
            conn.execute(delete(window_bookings).where(window_bookings.c.window_id == withdrawn))
        try:
            for window_id, sentence in expected.items():
                await rig.show_window(window_id)
                button = (
                    rig.page.details.cancel_button
                    if window_id == withdrawn
                    else rig.page.details.book_button
                )
                assert button.isEnabled(), window_id
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                await rig.send()
                assert sentence in await answer_of(rig)
                # The outbox panel explains the held item too.
                held = await rig.outbox.outbox.held_items()
                assert held and held[-1].held_reason is not None
            assert not await booked_in_cache(rig, overlapping)
        finally:
            await rig.close()

    run_async(scenario())
