"""An open event stream ends when its access token expires; the listener refreshes the
token and resumes with ``Last-Event-ID`` without losing or repeating an event."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from hub.auth.access_tokens import ACCESS_TOKEN_LIFETIME_S
from tests.events.cases import new_offer_for_petra
from tests.events.hub_runner import EventHub, running_event_hub
from tests.events.test_event_listener import FAST_BACKOFF, Recorder, eventually
from tests.support.hub_server import ManualClock
from tests.sync.helpers import rig
from workstation.sync.events import EventListener

TOKEN_LIFETIME = timedelta(seconds=ACCESS_TOKEN_LIFETIME_S)


class StreamRequests(httpx.AsyncHTTPTransport):
    """A real transport that remembers the ``/events`` requests (token, resume position)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str | None]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/events":
            self.seen.append(
                (request.headers["Authorization"], request.headers.get("Last-Event-ID"))
            )
        return await super().handle_async_request(request)


@pytest.fixture
def expiring_hub(seeded_sqlite_url: str, manual_clock: ManualClock) -> Iterator[EventHub]:
    with running_event_hub(
        seeded_sqlite_url, heartbeat_s=30.0, timed_check_s=0.1, clock=manual_clock
    ) as hub:
        yield hub


def test_the_hub_ends_a_stream_when_its_token_expires(
    expiring_hub: EventHub, manual_clock: ManualClock
) -> None:
    with httpx.Client(base_url=expiring_hub.url, timeout=5) as http:
        login = http.post(
            "/auth/login", json={"username": "petra", "password": "demo", "device_name": "t"}
        ).json()
        headers = {"Authorization": f"Bearer {login['access_token']}"}
        with http.stream("GET", "/events", headers=headers) as response:
            assert response.status_code == 200
            lines = response.iter_lines()
            assert next(lines).startswith("retry:")
            manual_clock.advance(TOKEN_LIFETIME)
            # The stream ends by itself (an open one would hit the 5 s read timeout).
            rest = list(lines)
        assert all(not line or line == ": ping" for line in rest)
        again = http.get("/events", headers=headers)
    assert again.status_code == 401
    assert again.json()["error"] == "token_expired"


def test_the_listener_refreshes_and_resumes_after_the_token_expired(
    expiring_hub: EventHub, manual_clock: ManualClock, tmp_path: Path
) -> None:
    async def scenario() -> None:
        petra = await rig(expiring_hub.url, cache_path=tmp_path / "cache.db")
        recorder = Recorder(petra)
        requests = StreamRequests()
        listener = EventListener(
            petra.session,
            recorder.on_events,
            recorder.on_state,
            backoff=FAST_BACKOFF,
            transport=requests,
        )
        try:
            listener.start()
            await eventually(lambda: recorder.batches != [], "the catch-up sync")
            created = [new_offer_for_petra(expiring_hub.engine)]
            await eventually(lambda: recorder.case_ids == created, "the first event")

            manual_clock.advance(TOKEN_LIFETIME)
            created += [new_offer_for_petra(expiring_hub.engine) for _ in range(3)]
            await eventually(lambda: len(requests.seen) >= 3, "the reconnect")
            created.append(new_offer_for_petra(expiring_hub.engine))
            await eventually(lambda: set(recorder.case_ids) >= set(created), "every event")
            await asyncio.sleep(0.3)  # a duplicate would arrive in this time

            assert recorder.case_ids == created
            first, expired, refreshed = requests.seen[:3]
            assert first[1] is None
            # The expired token is refused once; the refreshed one resumes where it was.
            assert expired[0] == first[0] and expired[1] is not None
            assert refreshed[0] != first[0] and refreshed[1] == expired[1]
        finally:
            await listener.aclose()
            await petra.close()

    asyncio.run(scenario())
