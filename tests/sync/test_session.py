"""``Session`` against a hub whose clock the test moves: expiry, rotation, lost answers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from functools import partial

import pytest

from tests.support.hub_server import RunningHub, running_hub
from tests.sync.helpers import SteppingClock
from tests.sync.transports import HubTap
from workstation.sync.client import HubClient, SessionExpired, Tokens
from workstation.sync.session import Session, login, resume

ACCESS_TOKEN_LIFETIME_S = 15 * 60
REFRESH = "/auth/refresh"
CHANGES = "/sync/changes"


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def clocked_hub(seeded_sqlite_url: str, clock: SteppingClock) -> Iterator[RunningHub]:
    with running_hub(seeded_sqlite_url, prepared=True, clock=clock) as hub:
        yield hub


async def _read_changes(session: Session) -> bytes:
    return await session.call(partial(session.client.changes_raw, cursor="0", limit=5))


def test_an_expired_access_token_is_refreshed_and_the_call_retried(
    clocked_hub: RunningHub, clock: SteppingClock
) -> None:
    async def scenario() -> None:
        tap = HubTap()
        client = HubClient(clocked_hub.url, transport=tap)
        stored: list[Tokens] = []
        try:
            session = await login(client, "petra", "demo", stored.append)
            first = session.tokens
            clock.advance(ACCESS_TOKEN_LIFETIME_S + 60)

            await _read_changes(session)

            assert tap.statuses(CHANGES) == [401, 200]
            assert tap.statuses(REFRESH) == [200]
            assert session.tokens.refresh_token != first.refresh_token
            assert session.tokens.access_token != first.access_token
            # The rotated refresh token was handed over for the keyring.
            assert stored == [first, session.tokens]
            assert session.expert.username == "petra"
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_a_token_known_to_be_expired_is_refreshed_before_the_call(
    clocked_hub: RunningHub, clock: SteppingClock
) -> None:
    async def scenario() -> None:
        tap = HubTap()
        client = HubClient(clocked_hub.url, transport=tap)
        local_time = [1000.0]
        try:
            tokens = await client.login("petra", "demo")
            session = Session(client, tokens, clock=lambda: local_time[0])
            clock.advance(ACCESS_TOKEN_LIFETIME_S)
            local_time[0] += ACCESS_TOKEN_LIFETIME_S

            await _read_changes(session)

            # No round trip wasted on a token that was known to be stale.
            assert tap.statuses(CHANGES) == [200]
            assert tap.statuses(REFRESH) == [200]
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_a_lost_refresh_answer_is_retried_with_the_same_token(
    clocked_hub: RunningHub, clock: SteppingClock
) -> None:
    async def scenario() -> None:
        tap = HubTap(lose_path=REFRESH, lose_answers=1)
        client = HubClient(clocked_hub.url, transport=tap)
        try:
            session = await login(client, "petra", "demo")
            clock.advance(ACCESS_TOKEN_LIFETIME_S + 60)

            await _read_changes(session)

            # The hub rotated twice as far as the wire shows, but answered the retry of the
            # old token with the same successor: the session keeps working afterwards.
            assert tap.statuses(REFRESH) == [200, 200]
            clock.advance(ACCESS_TOKEN_LIFETIME_S + 60)
            await _read_changes(session)
            assert tap.statuses(REFRESH) == [200, 200, 200]
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_a_refresh_token_reused_after_the_grace_period_ends_the_session(
    clocked_hub: RunningHub, clock: SteppingClock
) -> None:
    async def scenario() -> None:
        client = HubClient(clocked_hub.url)
        try:
            tokens = await client.login("petra", "demo")
            # Another copy of the app rotated the token; this one kept the spent one.
            await client.refresh(tokens.refresh_token)
            clock.advance(ACCESS_TOKEN_LIFETIME_S + 60)
            session = Session(client, tokens)

            with pytest.raises(SessionExpired, match="log in again"):
                await _read_changes(session)
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_resume_starts_a_session_from_a_stored_refresh_token(hub_server: RunningHub) -> None:
    async def scenario() -> None:
        client = HubClient(hub_server.url)
        stored: list[Tokens] = []
        try:
            tokens = await client.login("petra", "demo")

            session = await resume(client, tokens.refresh_token, stored.append)

            assert session.expert == tokens.expert
            assert stored == [session.tokens]
            assert session.tokens.refresh_token != tokens.refresh_token
            assert await _read_changes(session)
            with pytest.raises(SessionExpired):
                await resume(client, "not-a-refresh-token")
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_a_failing_token_store_does_not_break_the_session(
    clocked_hub: RunningHub, clock: SteppingClock
) -> None:
    def broken_keyring(_tokens: Tokens) -> None:
        raise RuntimeError("keyring locked")

    async def scenario() -> None:
        client = HubClient(clocked_hub.url)
        try:
            tokens = await client.login("petra", "demo")
            session = Session(client, tokens, on_tokens=broken_keyring)
            clock.advance(ACCESS_TOKEN_LIFETIME_S + 60)

            assert await _read_changes(session)
            assert session.tokens != tokens
        finally:
            await client.aclose()

    asyncio.run(scenario())


def test_concurrent_calls_share_one_refresh(clocked_hub: RunningHub, clock: SteppingClock) -> None:
    async def scenario() -> None:
        tap = HubTap()
        client = HubClient(clocked_hub.url, transport=tap)
        try:
            session = await login(client, "petra", "demo")
            clock.advance(ACCESS_TOKEN_LIFETIME_S + 60)

            await asyncio.gather(*(_read_changes(session) for _ in range(4)))

            # Rotation spends the token: a second refresh with it would look like theft.
            assert tap.statuses(REFRESH) == [200]
        finally:
            await client.aclose()

    asyncio.run(scenario())
