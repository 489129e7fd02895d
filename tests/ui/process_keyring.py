"""A keyring backend that keeps its secrets in this test process.

It implements keyring's backend interface as the OS backends do, so the app takes the
path it takes with a real keyring: a cache key in the keyring and an encrypted cache
file on disk. The OS keyring itself is exercised by test_app_with_keyring.py (Secret
Service); this one lets tests about the file cache run everywhere.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class ProcessKeyring(KeyringBackend):
    priority = 5  # type: ignore[assignment]  # a secure backend by keyring's own scale

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
