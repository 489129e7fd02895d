"""Time entries at the hub: validation, unpaid time, corrections, approval and sync."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from hub.admin import approve_time, book_expert, create_window
from hub.clock import utc_now
from hub.schema import time_entries
from hub.windows import NewWindow
from tests.hub.helpers import Session, http_client, login, mutation
from tests.support.hub_server import RunningHub

ACCOUNTING = 1


def iso(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).isoformat()


def entry_changes(changes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {c["data"]["id"]: c["data"] for c in changes if c["type"] == "time_entry"}


@pytest.fixture
def shift(hub_server: RunningHub) -> datetime:
    """Start of a booked three-hour window of petra's, two days ago."""
    start = (utc_now() - timedelta(days=2)).replace(minute=0, second=0)
    window_id = create_window(
        hub_server.engine,
        NewWindow(
            client_id=ACCOUNTING,
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            hourly_rate_cents=2600,
            capacity=2,
        ),
    )
    book_expert(hub_server.engine, "petra", window_id)
    return start


@pytest.fixture
def petra(hub_server: RunningHub) -> Iterator[Session]:
    with http_client(hub_server) as http:
        yield login(http, "petra")


def record(
    session: Session,
    entry_id: str,
    start: datetime,
    end: datetime,
    mutation_id: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    payload = {
        "entry_id": entry_id,
        "starts_at": iso(start),
        "ends_at": iso(end),
        "kind": "work",
        "location": "remote",
        **extra,
    }
    return session.apply(mutation("time_entry", mutation_id, **payload))


def test_time_inside_a_booked_window_is_paid_and_outside_is_flagged(
    petra: Session, shift: datetime
) -> None:
    cursor, _ = petra.sync_all()

    inside = record(petra, "e-inside", shift, shift + timedelta(hours=1))
    spilling = record(
        petra, "e-spill", shift + timedelta(hours=2), shift + timedelta(hours=3, minutes=20)
    )

    assert inside["result"] == {
        "entry_id": "e-inside",
        "version": 1,
        "status": "recorded",
        "unpaid": False,
        "unpaid_seconds": 0,
    }
    assert spilling["status"] == "applied"
    assert (spilling["result"]["unpaid"], spilling["result"]["unpaid_seconds"]) == (True, 1200)
    synced = entry_changes(petra.sync_all(cursor)[1])
    assert synced["e-spill"]["unpaid"] is True
    assert synced["e-inside"]["status"] == "recorded"
    assert synced["e-inside"]["starts_at"] == iso(shift).replace("+00:00", "Z")


def test_a_break_is_never_flagged_unpaid(petra: Session, shift: datetime) -> None:
    answer = record(
        petra, "e-break", shift - timedelta(hours=1), shift, kind="break", location="on_site"
    )
    assert answer["result"]["unpaid"] is False


def test_overlapping_entries_are_refused_and_touching_ones_are_not(
    petra: Session, shift: datetime
) -> None:
    record(petra, "e-1", shift, shift + timedelta(hours=1))

    overlap = record(petra, "e-2", shift + timedelta(minutes=59), shift + timedelta(hours=2))
    touching = record(petra, "e-3", shift + timedelta(hours=1), shift + timedelta(hours=2))

    assert (overlap["status"], overlap["reason"]) == ("rejected", "overlap")
    assert "overlaps another entry" in overlap["message"]
    assert touching["status"] == "applied"


def test_a_correction_needs_a_reason_and_keeps_the_history(petra: Session, shift: datetime) -> None:
    record(
        petra, "e-fix", shift, shift + timedelta(hours=1), cases=[{"case_id": 1, "seconds": 600}]
    )
    cursor, _ = petra.sync_all()

    silent = record(petra, "e-fix", shift, shift + timedelta(hours=2))
    corrected = record(
        petra,
        "e-fix",
        shift,
        shift + timedelta(hours=2),
        correction={"reason": "Forgot to clock out after the call."},
    )

    assert (silent["status"], silent["reason"]) == ("rejected", "reason_required")
    assert corrected["result"]["version"] == 2
    document = entry_changes(petra.sync_all(cursor)[1])["e-fix"]
    assert document["cases"] == []
    (history,) = document["corrections"]
    assert history["reason"] == "Forgot to clock out after the call."
    assert history["previous"]["ends_at"] == iso(shift + timedelta(hours=1)).replace("+00:00", "Z")
    assert history["previous"]["cases"] == [{"case_id": 1, "seconds": 600}]


def test_a_resent_entry_is_recorded_once(
    hub_server: RunningHub, petra: Session, shift: datetime
) -> None:
    first = record(petra, "e-once", shift, shift + timedelta(hours=1), mutation_id="m-once")
    again = record(petra, "e-once", shift, shift + timedelta(hours=1), mutation_id="m-once")

    assert first == again
    with hub_server.engine.connect() as conn:
        count = conn.execute(select(func.count()).where(time_entries.c.id == "e-once")).scalar_one()
    assert count == 1


def test_approved_entries_sync_as_approved_and_are_frozen(
    hub_server: RunningHub, petra: Session, shift: datetime
) -> None:
    record(petra, "e-old", shift, shift + timedelta(hours=1))
    record(petra, "e-new", utc_now() - timedelta(hours=1), utc_now() - timedelta(minutes=30))
    cursor, _ = petra.sync_all()

    approved = approve_time(hub_server.engine, "petra", until=shift.date())

    assert approved == 1
    synced = entry_changes(petra.sync_all(cursor)[1])
    assert set(synced) == {"e-old"}
    assert synced["e-old"]["status"] == "approved"
    late = record(
        petra, "e-old", shift, shift + timedelta(minutes=30), correction={"reason": "typo"}
    )
    assert (late["status"], late["reason"]) == ("rejected", "approved")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "nap"}, "'kind'"),
        ({"location": "moon"}, "'location'"),
        ({"starts_at": "2026-11-24T10:00:00"}, "time zone"),
        ({"cases": [{"case_id": 1, "seconds": 99999}]}, "more than the entry lasts"),
        ({"cases": [{"case_id": 1, "seconds": 1}, {"case_id": 1, "seconds": 1}]}, "distinct"),
        ({"correction": {"reason": "  "}}, "'reason'"),
        ({"surprise": 1}, "'surprise'"),
    ],
)
def test_bad_entries_are_refused_with_the_field_named(
    petra: Session, shift: datetime, change: dict[str, Any], message: str
) -> None:
    payload = {
        "entry_id": "e-bad",
        "starts_at": iso(shift),
        "ends_at": iso(shift + timedelta(hours=1)),
        "kind": "work",
        "location": "remote",
        **change,
    }
    answer = petra.apply(mutation("time_entry", **payload))
    assert (answer["status"], answer["reason"]) == ("rejected", "invalid_payload")
    assert message in answer["message"]


def test_entries_ending_in_the_future_are_refused(petra: Session) -> None:
    start = utc_now()
    answer = record(petra, "e-future", start, start + timedelta(hours=1))
    assert answer["reason"] == "invalid_payload"


def test_approve_until_counts_whole_days(hub_server: RunningHub, petra: Session) -> None:
    day = utc_now().date() - timedelta(days=3)
    late_evening = datetime(day.year, day.month, day.day, 23, 0)
    record(petra, "e-late", late_evening, late_evening + timedelta(minutes=59))
    assert approve_time(hub_server.engine, "petra", until=day - timedelta(days=1)) == 0
    assert approve_time(hub_server.engine, "petra", until=day) == 1
