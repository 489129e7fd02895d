"""``GET /events`` against a real hub: delivery, resume, heartbeats, authentication."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from hub import admin
from hub.db import make_engine
from hub.schema import cases
from tests.events.cases import SECRET_CUSTOMER, SECRET_SUBJECT, new_offer_for_petra
from tests.events.hub_runner import EventHub, running_event_hub
from tests.events.sse_reading import Frame, frames
from tests.hub.helpers import login
from tests.support.hub_server import ManualClock

STREAM_TIMEOUT = httpx.Timeout(10.0)


@pytest.fixture
def event_hub(seeded_sqlite_url: str) -> Iterator[EventHub]:
    with running_event_hub(seeded_sqlite_url, heartbeat_s=30.0) as hub:
        yield hub


def token_for(hub: EventHub, username: str) -> str:
    with httpx.Client(base_url=hub.url) as http:
        return login(http, username).access_token


@contextmanager
def event_stream(
    hub: EventHub, token: str, last_event_id: str | None = None
) -> Iterator[Iterator[Frame]]:
    headers = {"Authorization": f"Bearer {token}"}
    if last_event_id is not None:
        headers["Last-Event-ID"] = last_event_id
    with (
        httpx.Client(base_url=hub.url, timeout=STREAM_TIMEOUT) as http,
        http.stream("GET", "/events", headers=headers) as response,
    ):
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        yield frames(response)


def next_event(stream: Iterator[Frame]) -> Frame:
    for frame in stream:
        if frame.event is not None:
            return frame
    raise AssertionError("the stream ended")


def case_seq(hub: EventHub, case_id: int) -> int:
    with hub.engine.connect() as conn:
        return int(conn.execute(select(cases.c.seq).where(cases.c.id == case_id)).scalar_one())


def test_a_new_offer_arrives_as_a_hint_without_customer_data(event_hub: EventHub) -> None:
    token = token_for(event_hub, "petra")
    with event_stream(event_hub, token) as stream:
        case_id = new_offer_for_petra(event_hub.engine)
        frame = next_event(stream)
    assert frame.event == "new_offer"
    assert frame.id == str(case_seq(event_hub, case_id))
    assert frame.payload == {
        "type": "new_offer",
        "seq": case_seq(event_hub, case_id),
        "case_id": case_id,
        "channel": "email",
        "client_id": 1,
    }
    assert SECRET_SUBJECT not in frame.data and SECRET_CUSTOMER not in frame.data


def test_a_customer_message_on_my_case_is_a_case_update(event_hub: EventHub) -> None:
    token = token_for(event_hub, "petra")
    case_id = admin.create_case(
        event_hub.engine,
        client_id=1,
        channel="forum",
        subject="Mahnlauf",
        customer_name="Ute Roth",
        customer_contact="ute@example.de",
        topic="billing",
        body_text="Hallo",
        assigned_username="petra",
    )
    with event_stream(event_hub, token) as stream:
        admin.add_customer_message(event_hub.engine, case_id, "Noch eine Frage")
        frame = next_event(stream)
    assert (frame.event, frame.payload["case_id"]) == ("case_updated", case_id)


def test_experts_only_hear_of_cases_they_can_see(event_hub: EventHub) -> None:
    jonas = token_for(event_hub, "jonas")
    with event_stream(event_hub, jonas) as stream:
        # Jonas answers forum questions on billing, but not by e-mail and not on VAT.
        hidden = new_offer_for_petra(event_hub.engine, channel="email", topic="billing")
        also_hidden = new_offer_for_petra(event_hub.engine, channel="forum", topic="vat")
        visible = new_offer_for_petra(event_hub.engine, channel="forum", topic="billing")
        frame = next_event(stream)
    assert frame.payload["case_id"] == visible
    assert visible not in (hidden, also_hidden)


def test_resuming_with_last_event_id_loses_and_repeats_nothing(event_hub: EventHub) -> None:
    token = token_for(event_hub, "petra")
    with event_stream(event_hub, token) as stream:
        created = [new_offer_for_petra(event_hub.engine) for _ in range(3)]
        first = next_event(stream)
    # The stream is cut after one event; more cases arrive while the client is away.
    created += [new_offer_for_petra(event_hub.engine) for _ in range(2)]
    assert first.id is not None
    with event_stream(event_hub, token, last_event_id=first.id) as stream:
        resumed = [next_event(stream) for _ in range(4)]
        created.append(new_offer_for_petra(event_hub.engine))
        resumed.append(next_event(stream))
    received = [first.payload["case_id"]] + [frame.payload["case_id"] for frame in resumed]
    assert received == created
    ids = [int(frame.id or 0) for frame in [first, *resumed]]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_heartbeats_keep_an_idle_stream_alive(seeded_sqlite_url: str) -> None:
    with running_event_hub(seeded_sqlite_url, heartbeat_s=0.2) as hub:
        token = token_for(hub, "petra")
        with event_stream(hub, token) as stream:
            heartbeats = [next(stream) for _ in range(2)]
    assert all(frame.comments == ["ping"] and frame.event is None for frame in heartbeats)


def test_writes_of_another_process_arrive_by_the_fallback_poll(event_hub: EventHub) -> None:
    token = token_for(event_hub, "petra")
    # A second engine stands for another process (``hub simulate``): no commit hook fires.
    other_writer = make_engine(event_hub.db_url)
    try:
        with event_stream(event_hub, token) as stream:
            case_id = new_offer_for_petra(other_writer)
            frame = next_event(stream)
    finally:
        other_writer.dispose()
    assert frame.payload["case_id"] == case_id


def test_a_claim_about_to_run_out_is_announced_once(seeded_sqlite_url: str) -> None:
    clock = ManualClock()
    with running_event_hub(seeded_sqlite_url, timed_check_s=0.1, clock=clock) as hub:
        with httpx.Client(base_url=hub.url) as http:
            petra = login(http, "petra")
            case_id = new_offer_for_petra(hub.engine)
            assert petra.claim(case_id)["status"] == "applied"
        with event_stream(hub, petra.access_token) as stream:
            clock.advance(timedelta(minutes=14))
            frame = next_event(stream)
            admin.add_customer_message(hub.engine, case_id, "Und?")
            following = next_event(stream)
    assert (frame.event, frame.payload["case_id"]) == ("claim_expiring", case_id)
    assert frame.payload["due"].endswith("Z")
    # The claim warning is not repeated: the next event is the customer's message.
    assert following.event == "case_updated"


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "invalid_token"),
        ({"Authorization": "Bearer forged"}, 401, "invalid_token"),
    ],
)
def test_the_stream_requires_a_valid_token(
    event_hub: EventHub, headers: dict[str, str], status: int, code: str
) -> None:
    response = httpx.get(f"{event_hub.url}/events", headers=headers)
    assert (response.status_code, response.json()["error"]) == (status, code)


@pytest.mark.parametrize("last_event_id", ["garbage", "-1", "999999999"])
def test_an_event_id_the_hub_never_issued_is_refused(
    event_hub: EventHub, last_event_id: str
) -> None:
    token = token_for(event_hub, "petra")
    response = httpx.get(
        f"{event_hub.url}/events",
        headers={"Authorization": f"Bearer {token}", "Last-Event-ID": last_event_id},
    )
    assert (response.status_code, response.json()["error"]) == (400, "invalid_cursor")


def test_the_hubs_own_writes_wake_the_stream_at_commit_without_the_poll(
    seeded_sqlite_url: str,
) -> None:
    # With the fallback poll out of reach, only the commit hook can deliver in time.
    with running_event_hub(seeded_sqlite_url, sequence_poll_s=60.0) as hub:
        token = token_for(hub, "petra")
        with event_stream(hub, token) as stream:
            for _ in range(3):
                started = time.monotonic()
                case_id = new_offer_for_petra(hub.engine)
                frame = next_event(stream)
                assert frame.payload["case_id"] == case_id
                assert time.monotonic() - started < 2.0
