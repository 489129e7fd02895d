"""``Session``: the current tokens, refreshed when the hub refuses the access token.

Refresh tokens rotate. If a refresh answer is lost, the session still holds the old
refresh token and simply presents it again: the hub answers a retry within its grace
period with the same successor, so a flaky connection never logs the expert out.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Final, TypeVar

from workstation.domain.models import ExpertIdentity
from workstation.sync.client import (
    AccessWithdrawn,
    DeviceRegistration,
    HubClient,
    HubUnreachable,
    SessionExpired,
    TokenRejected,
    Tokens,
)
from workstation.sync.device_key import DeviceKey

T = TypeVar("T")
TokensListener = Callable[[Tokens], None]
# Told once when the hub answers that this device is revoked or the expert offboarded.
WithdrawnListener = Callable[[AccessWithdrawn], None]

logger = logging.getLogger(__name__)

# Refresh this long before the access token's announced expiry, so that a request does
# not leave with a token that expires on its way.
_EXPIRY_MARGIN_S: Final = 30.0
_REFRESH_ATTEMPTS: Final = 2


class Session:
    def __init__(
        self,
        client: HubClient,
        tokens: Tokens,
        *,
        on_tokens: TokensListener | None = None,
        clock: Callable[[], float] = time.monotonic,
        device_key: DeviceKey | None = None,
        on_withdrawn: WithdrawnListener | None = None,
        load_device_key: Callable[[], Awaitable[DeviceKey]] | None = None,
    ) -> None:
        """``load_device_key`` reads the device key when the first refresh needs it,
        instead of ``device_key`` (the start reads no more secrets than it must before
        the first paint)."""
        self._client = client
        self._on_tokens = on_tokens
        self._device_key = device_key
        self._load_device_key = load_device_key
        self._on_withdrawn = on_withdrawn
        self._clock = clock
        self._refresh_lock = asyncio.Lock()
        self._tokens = tokens
        self._refresh_due = self._due_time(tokens)

    @property
    def client(self) -> HubClient:
        return self._client

    @property
    def expert(self) -> ExpertIdentity:
        return self._tokens.expert

    @property
    def tokens(self) -> Tokens:
        return self._tokens

    @property
    def device_key(self) -> DeviceKey | None:
        return self._device_key

    async def call(self, fn: Callable[[str], Awaitable[T]]) -> T:
        """Run ``fn(access_token)``. If the hub refuses the token, refresh once and run
        ``fn`` again; a second refusal means the session is over (``SessionExpired``).
        ``AccessWithdrawn`` is passed on after telling the withdrawn listener."""
        try:
            return await self._call(fn)
        except AccessWithdrawn as withdrawn:
            if self._on_withdrawn is not None:
                self._on_withdrawn(withdrawn)
            raise

    async def _call(self, fn: Callable[[str], Awaitable[T]]) -> T:
        if self._clock() >= self._refresh_due:
            await self._refresh(self._tokens.access_token)
        token = self._tokens.access_token
        try:
            return await fn(token)
        except TokenRejected:
            await self._refresh(token)
        try:
            return await fn(self._tokens.access_token)
        except TokenRejected as error:
            raise SessionExpired(
                error.code, "The hub refuses this session; log in again.", status=error.status
            ) from error

    async def refresh(self) -> None:
        """Refresh now (e.g. to prove the stored session still works)."""
        await self._refresh(self._tokens.access_token)

    async def _refresh(self, stale_access_token: str) -> None:
        async with self._refresh_lock:
            if self._tokens.access_token != stale_access_token:
                return  # another caller refreshed while this one waited for the lock
            presented = self._tokens.refresh_token
            if self._device_key is None and self._load_device_key is not None:
                self._device_key = await self._load_device_key()
            for attempt in range(1, _REFRESH_ATTEMPTS + 1):
                try:
                    tokens = await self._client.refresh(presented, device_key=self._device_key)
                    break
                except HubUnreachable:
                    # The hub may have rotated the token and the answer got lost; the
                    # same old token fetches the same successor within the grace period.
                    if attempt == _REFRESH_ATTEMPTS:
                        raise
            self._adopt(tokens)

    def _adopt(self, tokens: Tokens) -> None:
        self._tokens = tokens
        self._refresh_due = self._due_time(tokens)
        _notify(self._on_tokens, tokens)

    def _due_time(self, tokens: Tokens) -> float:
        return self._clock() + max(0.0, tokens.expires_in - _EXPIRY_MARGIN_S)


async def resume(
    client: HubClient,
    refresh_token: str,
    on_tokens: TokensListener | None = None,
    *,
    device_key: DeviceKey | None = None,
    on_withdrawn: WithdrawnListener | None = None,
) -> Session:
    """A session from a stored refresh token. Raises ``SessionExpired`` when the user must
    log in again, ``HubUnreachable`` when offline (keep the stored token then) and
    ``AccessWithdrawn`` when this device must wipe its data."""
    tokens = await client.refresh(refresh_token, device_key=device_key)
    _notify(on_tokens, tokens)
    return Session(
        client, tokens, on_tokens=on_tokens, device_key=device_key, on_withdrawn=on_withdrawn
    )


async def login(
    client: HubClient,
    username: str,
    password: str,
    on_tokens: TokensListener | None = None,
    *,
    device_name: str | None = None,
    device: DeviceRegistration | None = None,
) -> Session:
    tokens = await client.login(username, password, device_name=device_name, device=device)
    _notify(on_tokens, tokens)
    return Session(client, tokens, on_tokens=on_tokens, device_key=device.key if device else None)


def _notify(on_tokens: TokensListener | None, tokens: Tokens) -> None:
    if on_tokens is None:
        return
    try:
        on_tokens(tokens)
    except Exception as error:
        # The session keeps working with the new tokens in memory; only the next start-up
        # loses the stored refresh token and asks for the password again.
        logger.warning("Could not persist the session's tokens: %s", type(error).__name__)
