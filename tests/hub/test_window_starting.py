"""``window_starting`` hints: the hub announces the expert's own booked windows five
minutes before they start, once, and never windows the expert did not book."""

from __future__ import annotations

import time
from datetime import timedelta

import httpx

from hub.admin import book_expert, create_window
from hub.windows import NewWindow
from tests.events.cases import new_offer_for_petra
from tests.events.hub_runner import running_event_hub
from tests.hub.helpers import login
from tests.hub.test_events import event_stream, next_event
from tests.support.hub_server import ManualClock

ACCOUNTING = 1
# Several passes of the stream's timed check (every 0.1 s in these tests).
TIMED_CHECKS_S = 0.4


def test_a_booked_window_is_announced_once_five_minutes_before_it_starts(
    seeded_sqlite_url: str,
) -> None:
    clock = ManualClock()
    start = clock.now() + timedelta(hours=2)
    with (
        running_event_hub(seeded_sqlite_url, timed_check_s=0.1, clock=clock) as hub,
        httpx.Client(base_url=hub.url) as http,
    ):
        petras, jonas_s = (
            create_window(
                hub.engine,
                NewWindow(
                    client_id=ACCOUNTING,
                    starts_at=start + offset,
                    ends_at=start + offset + timedelta(hours=1),
                    hourly_rate_cents=2500,
                    capacity=2,
                    cutoff_minutes=60,
                ),
            )
            for offset in (timedelta(0), timedelta(minutes=1))
        )
        petra = login(http, "petra")
        assert petra.act("book_window", window_id=petras)["status"] == "applied"
        book_expert(hub.engine, "jonas", jonas_s, clock.now())
        # A stream ends when its access token expires: log in afresh just before.
        clock.advance(timedelta(hours=1, minutes=54))
        petra = login(http, "petra")
        with event_stream(hub, petra.access_token) as stream:
            time.sleep(TIMED_CHECKS_S)
            new_offer_for_petra(hub.engine)
            six_minutes_before = next_event(stream)
            clock.advance(timedelta(minutes=2))
            due = next_event(stream)
            time.sleep(TIMED_CHECKS_S)
            new_offer_for_petra(hub.engine)
            after_due = next_event(stream)

    assert six_minutes_before.event == "new_offer"
    assert due.event == "window_starting"
    assert due.payload["case_id"] is None
    assert due.payload["client_id"] == ACCOUNTING
    assert due.payload["due"] == start.isoformat(timespec="seconds") + "Z"
    # Neither repeated nor Jonas's window, which starts five minutes from now.
    assert after_due.event == "new_offer"
