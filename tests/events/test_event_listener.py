"""``EventListener`` against a real hub: prompt syncs, resume after a cut, fallbacks."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.events.cases import new_offer_for_petra
from tests.events.hub_runner import EventHub, running_event_hub
from tests.events.tcp_proxy import SwitchableProxy
from tests.sync.helpers import SyncRig, cached_versions, rig, visible_case_ids
from workstation.domain.models import ExpertIdentity
from workstation.sync.backoff import Backoff
from workstation.sync.client import HubClient, Tokens
from workstation.sync.events import EventListener, HubEvent, ListenerState
from workstation.sync.session import Session

FAST_BACKOFF = Backoff(base_s=0.05, factor=2.0, max_s=0.4)
WAIT_S = 10.0


@pytest.fixture
def event_hub(seeded_sqlite_url: str) -> Iterator[EventHub]:
    with running_event_hub(seeded_sqlite_url, heartbeat_s=1.0) as hub:
        yield hub


async def eventually(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


class Recorder:
    """Syncs on every batch, the way the app does, and remembers what it saw."""

    def __init__(self, petra: SyncRig) -> None:
        self.petra = petra
        self.batches: list[list[HubEvent]] = []
        self.states: list[ListenerState] = []

    async def on_events(self, batch: Sequence[HubEvent]) -> None:
        await self.petra.sync.sync()
        self.batches.append(list(batch))

    def on_state(self, state: ListenerState) -> None:
        self.states.append(state)

    @property
    def case_ids(self) -> list[int]:
        return [event.case_id for batch in self.batches for event in batch if event.case_id]


def test_a_cut_mid_stream_loses_nothing_and_repeats_nothing(
    event_hub: EventHub, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub_address = urlsplit(event_hub.url)
        proxy = SwitchableProxy(hub_address.hostname or "", hub_address.port or 0)
        await proxy.start()
        petra = await rig(proxy.url, cache_path=tmp_path / "cache.db")
        recorder = Recorder(petra)
        listener = EventListener(
            petra.session, recorder.on_events, recorder.on_state, backoff=FAST_BACKOFF
        )
        try:
            listener.start()
            await eventually(lambda: recorder.batches != [], "the catch-up sync")
            created = [new_offer_for_petra(event_hub.engine) for _ in range(3)]
            await eventually(lambda: len(recorder.case_ids) >= 1, "the first event")
            await proxy.cut()
            proxy.accepting = False
            created += [new_offer_for_petra(event_hub.engine) for _ in range(3)]
            await eventually(
                lambda: ListenerState.DISCONNECTED in recorder.states, "the offline state"
            )
            proxy.accepting = True
            await eventually(lambda: set(recorder.case_ids) >= set(created), "every event")
            await asyncio.sleep(0.3)  # a duplicate would arrive in this time

            assert recorder.case_ids == created
            assert recorder.states[-1] is ListenerState.CONNECTED
            assert proxy.connections > 1
            await petra.sync.sync()
            assert cached_versions(petra.engine) == visible_case_ids(event_hub.engine, "petra")
        finally:
            await listener.aclose()
            await petra.close()
            await proxy.close()

    asyncio.run(scenario())


def test_a_burst_of_events_costs_a_few_syncs_not_one_each(
    event_hub: EventHub, tmp_path: Path
) -> None:
    async def scenario() -> None:
        petra = await rig(event_hub.url, cache_path=tmp_path / "cache.db")
        recorder = Recorder(petra)
        listener = EventListener(petra.session, recorder.on_events, recorder.on_state)
        try:
            listener.start()
            await eventually(lambda: recorder.batches != [], "the catch-up sync")
            before = len(recorder.batches)
            created = await asyncio.to_thread(
                lambda: [new_offer_for_petra(event_hub.engine) for _ in range(30)]
            )
            await eventually(lambda: set(recorder.case_ids) >= set(created), "every event")
            assert recorder.case_ids == created
            assert len(recorder.batches) - before < len(created) // 3
        finally:
            await listener.aclose()
            await petra.close()

    asyncio.run(scenario())


def fake_session(base_url: str) -> Session:
    identity = ExpertIdentity(id=1, username="petra", display_name="Petra Schneider")
    tokens = Tokens(access_token="token", refresh_token="refresh", expires_in=900, expert=identity)
    return Session(HubClient(base_url), tokens)


async def run_listener_against(
    handler: Callable[[httpx.Request], httpx.Response],
    poll: Callable[[], Awaitable[None]] | None,
    until: Callable[[list[ListenerState]], bool],
) -> list[ListenerState]:
    states: list[ListenerState] = []

    async def no_sync(_batch: Sequence[HubEvent]) -> None:
        return None

    session = fake_session("http://hub.invalid")
    listener = EventListener(
        session,
        no_sync,
        states.append,
        poll=poll,
        poll_interval_s=0.05,
        backoff=FAST_BACKOFF,
        transport=httpx.MockTransport(handler),
        jitter=lambda: 0.0,
    )
    try:
        listener.start()
        await eventually(lambda: until(states), "the expected states")
    finally:
        await listener.aclose()
        await session.client.aclose()
    return states


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(404, json={"error": "not_found", "message": "no"}),
        httpx.Response(405, json={"error": "method_not_allowed", "message": "no"}),
        httpx.Response(200, json={"changes": []}),
    ],
)
def test_without_an_event_stream_the_listener_polls(answer: httpx.Response) -> None:
    polls: list[float] = []

    async def poll() -> None:
        polls.append(time.monotonic())

    states = asyncio.run(
        run_listener_against(lambda _request: answer, poll, lambda _states: len(polls) >= 3)
    )
    assert ListenerState.POLLING in states
    assert ListenerState.CONNECTED not in states


def test_an_unreachable_hub_is_retried_with_growing_pauses_and_shown_offline() -> None:
    attempts: list[float] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(time.monotonic())
        raise httpx.ConnectError("refused", request=request)

    states = asyncio.run(run_listener_against(refuse, None, lambda _states: len(attempts) >= 5))
    assert states[-1] is ListenerState.DISCONNECTED
    pauses = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    # Equal jitter at 0: half the nominal delay, doubling each time (0.025, 0.05, 0.1 …).
    assert pauses[2] > pauses[0] * 2


def test_a_session_the_hub_refuses_stops_the_listener(event_hub: EventHub) -> None:
    async def scenario() -> list[ListenerState]:
        session = fake_session(event_hub.url)  # tokens the hub never issued
        states: list[ListenerState] = []

        async def no_sync(_batch: Sequence[HubEvent]) -> None:
            return None

        listener = EventListener(session, no_sync, states.append, backoff=FAST_BACKOFF)
        try:
            listener.start()
            await eventually(lambda: ListenerState.SESSION_EXPIRED in states, "the expiry")
        finally:
            await listener.aclose()
            await session.client.aclose()
        return states

    states = asyncio.run(scenario())
    assert states[-1] is ListenerState.SESSION_EXPIRED
    assert ListenerState.CONNECTED not in states
