"""A keyring backend holding its secrets in this process, for the start-up benchmark.

Chosen with keyring's own ``PYTHON_KEYRING_BACKEND`` variable, so that the app finds it as
it finds an OS keyring; the benchmark puts the cache key and a session in first.
"""

from __future__ import annotations

from typing import ClassVar

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class ProcessKeyring(KeyringBackend):
    priority = 5  # type: ignore[assignment]  # a secure backend by keyring's own scale
    secrets: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
