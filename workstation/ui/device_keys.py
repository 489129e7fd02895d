"""This computer's device key per account: loaded from the keyring, or created on the first
login and stored there (kept in memory only when there is no usable keyring)."""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable

from workstation.store.secrets import DEVICE_KEY, KeyringUnavailable, SecretStore, account_name
from workstation.sync.client import DeviceRegistration
from workstation.sync.device_key import DeviceKey
from workstation.ui.blocking_calls import BlockingCalls
from workstation.ui.last_account import Account

logger = logging.getLogger(__name__)


def this_computer() -> tuple[str, str]:
    """The device name and operating system the hub lists for operations."""
    name = platform.node() or platform.system() or "Computer"
    system = " ".join(part for part in (platform.system(), platform.release()) if part)
    return name, system or "unknown"


class DeviceKeys:
    def __init__(
        self,
        secrets: SecretStore,
        keyring_calls: BlockingCalls,
        keyring_usable: Callable[[], bool],
    ) -> None:
        self._secrets = secrets
        self._keyring_calls = keyring_calls
        self._keyring_usable = keyring_usable
        self._keys: dict[Account, DeviceKey] = {}

    def known(self, account: Account) -> DeviceKey | None:
        return self._keys.get(account)

    async def key_for(self, account: Account) -> DeviceKey:
        key = self._keys.get(account)
        if key is None:
            key = self._keys[account] = await self._load_or_create(account)
        return key

    async def registration(self, account: Account) -> DeviceRegistration:
        name, system = this_computer()
        return DeviceRegistration(key=await self.key_for(account), name=name, os=system)

    def forget(self, account: Account) -> None:
        self._keys.pop(account, None)

    async def _load_or_create(self, account: Account) -> DeviceKey:
        if not self._keyring_usable():
            return DeviceKey.generate()
        name = account_name(account.username, account.hub_url)
        try:
            stored = await self._keyring_calls.run(self._secrets.get, name, DEVICE_KEY)
        except KeyringUnavailable as unavailable:
            logger.warning("Could not read the device key; using a new one: %s", unavailable)
            return DeviceKey.generate()
        if stored:
            try:
                return DeviceKey.from_secret(stored)
            except ValueError:
                logger.warning("The stored device key is damaged; registering a new one")
        key = DeviceKey.generate()
        try:
            await self._keyring_calls.run(self._secrets.set, name, DEVICE_KEY, key.to_secret())
        except KeyringUnavailable as unavailable:
            # This run still works; the next start registers another device.
            logger.warning("Could not store the device key: %s", unavailable)
        return key
