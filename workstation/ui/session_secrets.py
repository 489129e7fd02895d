"""``SessionSecrets``: the stored session (refresh token) in the OS keyring, read and
written through the keyring's own thread. A keyring that fails is logged, by its backend
or lock state only, never with a secret."""

from __future__ import annotations

import asyncio
import logging
from typing import Final

from workstation.store.secrets import REFRESH_TOKEN, KeyringUnavailable, SecretStore, account_name
from workstation.ui.blocking_calls import BlockingCalls
from workstation.ui.last_account import Account

logger = logging.getLogger(__name__)

# Keyring writes still queued at quit get this long to finish, so that a refresh token
# rotated just before quitting is not lost; a hanging keyring never blocks the exit.
FLUSH_SECONDS: Final = 3.0


class SessionSecrets:
    def __init__(self, secrets: SecretStore, calls: BlockingCalls) -> None:
        self._secrets = secrets
        self._calls = calls

    async def usable(self) -> bool:
        try:
            await self._calls.run(self._secrets.check_available)
        except KeyringUnavailable as unavailable:
            logger.warning("Keyring unavailable, keeping everything in memory: %s", unavailable)
            return False
        return True

    async def usable_with_token(self, account: Account | None) -> tuple[bool, str | None]:
        """Whether the keyring can be used, and ``account``'s stored session token. With
        an account, reading its token is the test (one keyring call fewer at start-up)."""
        if account is None:
            return await self.usable(), None
        try:
            return True, await self.refresh_token(account)
        except KeyringUnavailable as unavailable:
            logger.warning("Keyring unavailable, keeping everything in memory: %s", unavailable)
            return False, None

    async def refresh_token(self, account: Account) -> str | None:
        """The stored session's token, or None; raises ``KeyringUnavailable``."""
        name = account_name(account.username, account.hub_url)
        stored = await self._calls.run(self._secrets.get, name, REFRESH_TOKEN)
        return stored or None

    async def store_refresh_token(self, account: Account, refresh_token: str) -> None:
        name = account_name(account.username, account.hub_url)
        try:
            await self._calls.run(self._secrets.set, name, REFRESH_TOKEN, refresh_token)
        except KeyringUnavailable as unavailable:
            logger.warning("Could not store the session in the keyring: %s", unavailable)

    async def forget_refresh_token(self, account: Account) -> None:
        name = account_name(account.username, account.hub_url)
        try:
            await self._calls.run(self._secrets.delete, name, REFRESH_TOKEN)
        except KeyringUnavailable as unavailable:
            logger.warning("Could not remove the ended session: %s", unavailable)

    async def flush(self) -> None:
        """Wait for the writes already queued, at most ``FLUSH_SECONDS``."""
        try:
            async with asyncio.timeout(FLUSH_SECONDS):
                await self._calls.run(lambda: None)
        except TimeoutError:
            logger.warning("The keyring did not answer; quitting without waiting for it")
