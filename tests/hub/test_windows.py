"""Shift windows at the hub: booking rules, their reasons, and what the change feed says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from hub.admin import create_window, delete_window, stop_serving_client
from hub.clock import utc_now
from hub.windows import NewWindow
from tests.hub.helpers import Session, http_client, login
from tests.support.hub_server import ManualClock, RunningHub

ACCOUNTING = 1
HEADPHONES = 2


def window_changes(changes: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {
        change["data"]["id"]: change["data"] for change in changes if change["type"] == "window"
    }


def removed_window_ids(changes: list[dict[str, Any]]) -> set[int]:
    return {change["data"]["id"] for change in changes if change["type"] == "window_removed"}


def new_window(
    hub: RunningHub,
    *,
    starts_in: timedelta = timedelta(days=30),
    hours: int = 3,
    client_id: int = ACCOUNTING,
    capacity: int = 2,
    cutoff_minutes: int = 60,
    skills: tuple[tuple[str, str], ...] = (("language", "de"),),
    now: Any = None,
) -> int:
    start = (now or utc_now()) + starts_in
    return create_window(
        hub.engine,
        NewWindow(
            client_id=client_id,
            starts_at=start,
            ends_at=start + timedelta(hours=hours),
            hourly_rate_cents=2500,
            capacity=capacity,
            cutoff_minutes=cutoff_minutes,
            required_skills=skills,
        ),
    )


@pytest.fixture
def experts(hub_server: RunningHub) -> Iterator[tuple[Session, Session]]:
    with http_client(hub_server) as http:
        yield login(http, "petra"), login(http, "jonas")


def test_booking_syncs_the_booked_flag_and_the_seats_left_to_everyone(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, jonas = experts
    petra_cursor, _ = petra.sync_all()
    jonas_cursor, _ = jonas.sync_all()
    window_id = new_window(hub_server, capacity=2)

    answer = petra.act("book_window", window_id=window_id)

    assert answer["status"] == "applied"
    assert answer["result"] == {"window_id": window_id, "booked": True, "seats_left": 1}
    mine = window_changes(petra.sync_all(petra_cursor)[1])[window_id]
    theirs = window_changes(jonas.sync_all(jonas_cursor)[1])[window_id]
    assert (mine["booked"], mine["seats_left"]) == (True, 1)
    assert (theirs["booked"], theirs["seats_left"]) == (False, 1)
    assert mine["required_skills"] == [{"kind": "language", "value": "de"}]
    assert mine["hourly_rate_cents"] == 2500
    assert mine["starts_at"].endswith("Z")


def test_a_full_window_is_refused_with_capacity(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, jonas = experts
    window_id = new_window(hub_server, capacity=1)
    assert petra.act("book_window", window_id=window_id)["status"] == "applied"

    refused = jonas.act("book_window", window_id=window_id)

    assert (refused["status"], refused["reason"]) == ("rejected", "capacity")
    assert "fully booked" in refused["message"]


def test_an_overlapping_booking_is_refused(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, _ = experts
    first = new_window(hub_server, starts_in=timedelta(days=20), hours=3)
    overlapping = new_window(hub_server, starts_in=timedelta(days=20, hours=2), hours=3)
    adjacent = new_window(hub_server, starts_in=timedelta(days=20, hours=3), hours=2)
    assert petra.act("book_window", window_id=first)["status"] == "applied"

    refused = petra.act("book_window", window_id=overlapping)

    assert (refused["status"], refused["reason"]) == ("rejected", "overlap")
    assert str(first) in refused["message"]
    assert petra.act("book_window", window_id=adjacent)["status"] == "applied"


def test_a_missing_skill_is_refused_and_named(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, jonas = experts
    window_id = new_window(hub_server, skills=(("language", "de"), ("topic", "payroll")))

    refused = jonas.act("book_window", window_id=window_id)

    assert (refused["status"], refused["reason"]) == ("rejected", "missing_skill")
    assert "topic payroll" in refused["message"]
    assert petra.act("book_window", window_id=window_id)["status"] == "applied"


def test_booking_and_cancelling_close_at_the_cutoff(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    # Past the demo windows, so that none of the demo bookings overlaps.
    manual_clock.advance(timedelta(days=20))
    window_id = new_window(
        clocked_hub, starts_in=timedelta(minutes=12), cutoff_minutes=10, now=manual_clock.now()
    )
    with http_client(clocked_hub) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        assert petra.act("book_window", window_id=window_id)["status"] == "applied"
        # Access tokens live 15 minutes: the cut-off is close enough to use one login.
        manual_clock.advance(timedelta(minutes=1, seconds=59))
        last_minute = jonas.act("book_window", window_id=window_id)
        assert last_minute["status"] == "applied", last_minute
        assert jonas.act("cancel_booking", window_id=window_id)["status"] == "applied"
        manual_clock.advance(timedelta(seconds=1))

        late_booking = jonas.act("book_window", window_id=window_id)
        late_cancel = petra.act("cancel_booking", window_id=window_id)

    assert (late_booking["status"], late_booking["reason"]) == ("rejected", "cutoff")
    assert (late_cancel["status"], late_cancel["reason"]) == ("rejected", "cutoff")
    assert "10 minutes" in late_cancel["message"]


def test_cancelling_frees_the_seat_and_refuses_what_was_not_booked(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, jonas = experts
    window_id = new_window(hub_server, capacity=1)
    assert jonas.act("cancel_booking", window_id=window_id)["reason"] == "not_booked"
    petra.act("book_window", window_id=window_id)
    cursor, _ = petra.sync_all()

    cancelled = petra.act("cancel_booking", window_id=window_id)

    assert cancelled["result"] == {"window_id": window_id, "booked": False, "seats_left": 1}
    document = window_changes(petra.sync_all(cursor)[1])[window_id]
    assert (document["booked"], document["seats_left"]) == (False, 1)
    assert jonas.act("book_window", window_id=window_id)["status"] == "applied"


def test_replaying_a_booking_gives_the_first_answer(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, _ = experts
    window_id = new_window(hub_server, capacity=1)
    mutation = {"id": "book-once", "type": "book_window", "payload": {"window_id": window_id}}

    first = petra.apply(mutation)
    replay = petra.apply(mutation)

    assert first == replay
    assert first["result"]["seats_left"] == 0


def test_windows_of_clients_one_does_not_serve_are_invisible(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, jonas = experts
    window_id = new_window(hub_server, client_id=HEADPHONES, skills=())

    refused = petra.act("book_window", window_id=window_id)

    assert (refused["status"], refused["reason"]) == ("rejected", "not_found")
    assert window_id not in window_changes(petra.sync_all()[1])
    assert window_id in window_changes(jonas.sync_all()[1])


def test_a_withdrawn_window_syncs_as_removed(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, _ = experts
    window_id = new_window(hub_server)
    petra.act("book_window", window_id=window_id)
    cursor, _ = petra.sync_all()

    delete_window(hub_server.engine, window_id)

    changes = petra.sync_all(cursor)[1]
    assert removed_window_ids(changes) == {window_id}
    assert window_id not in window_changes(changes)


@pytest.mark.parametrize("field_value", [0, -1, "7", None, True])
def test_a_bad_window_id_is_an_invalid_payload(
    experts: tuple[Session, Session], field_value: Any
) -> None:
    petra, _ = experts
    assert petra.act("book_window", window_id=field_value)["reason"] == "invalid_payload"


def test_stopping_to_serve_a_client_removes_its_windows_and_frees_the_seats(
    hub_server: RunningHub, experts: tuple[Session, Session]
) -> None:
    petra, jonas = experts
    window_id = new_window(hub_server, capacity=1)
    jonas.act("book_window", window_id=window_id)
    petra_cursor, _ = petra.sync_all()
    jonas_cursor, _ = jonas.sync_all()

    stop_serving_client(hub_server.engine, "jonas", ACCOUNTING)

    assert window_id in removed_window_ids(jonas.sync_all(jonas_cursor)[1])
    freed = window_changes(petra.sync_all(petra_cursor)[1])[window_id]
    assert freed["seats_left"] == 1
    assert petra.act("book_window", window_id=window_id)["status"] == "applied"
