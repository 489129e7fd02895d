"""A device-bound session: refreshes are signed with the device key and rotate, a stolen
refresh token without the key is refused, and once the device is revoked the next call
tells the withdrawn listener and raises."""

from __future__ import annotations

import asyncio
from functools import partial

import pytest

from hub.auth import devices
from hub.clock import utc_now
from hub.db import begin_write
from tests.support.hub_server import RunningHub
from workstation.sync.client import (
    AccessWithdrawn,
    DeviceRegistration,
    HubClient,
    SessionExpired,
)
from workstation.sync.device_key import DeviceKey
from workstation.sync.session import Session, login, resume


async def _read_changes(session: Session) -> bytes:
    return await session.call(partial(session.client.changes_raw, cursor="0", limit=5))


def test_signed_refresh_rotates_and_revocation_withdraws_access(hub_server: RunningHub) -> None:
    key = DeviceKey.generate()
    withdrawn: list[str] = []

    async def scenario() -> None:
        client = HubClient(hub_server.url)
        try:
            session = await login(
                client, "petra", "demo", device=DeviceRegistration(key, "laptop", "Linux")
            )
            first = session.tokens
            assert first.device_id is not None
            await session.refresh()
            assert session.tokens.refresh_token != first.refresh_token
            # A copy of the current refresh token is useless without this device's key.
            with pytest.raises(SessionExpired) as stolen:
                await resume(client, session.tokens.refresh_token, device_key=DeviceKey.generate())
            assert stolen.value.code == "device_signature_invalid"

            resumed = await resume(
                client,
                session.tokens.refresh_token,
                device_key=key,
                on_withdrawn=lambda error: withdrawn.append(error.code),
            )
            await _read_changes(resumed)
            with begin_write(hub_server.engine) as conn:
                assert devices.revoke(conn, first.device_id, utc_now())
            with pytest.raises(AccessWithdrawn) as raised:
                await _read_changes(resumed)
            assert raised.value.code == "device_revoked"
            assert withdrawn == ["device_revoked"]
        finally:
            await client.aclose()

    asyncio.run(scenario())
