"""``SecretStore``: the refresh token, the cache key and the device key, kept only in the
OS keyring.

A backend that cannot keep secrets safely (keyring's fail and null backends, plain-text
files from keyrings.alt) counts as no keyring at all: the app then keeps its session and
cache in memory rather than write a secret to an unprotected place.

Keyring calls may block (D-Bus round trips, an unlock prompt), so callers on an event
loop should run them on a thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer

REFRESH_TOKEN: Final = "refresh_token"
CACHE_KEY: Final = "cache_key"
DEVICE_KEY: Final = "device_key"
# keyring's own scale: 1 and above are backends that keep secrets encrypted or in an OS
# service; below are the fail/null backends and keyrings.alt's file stores.
_MIN_SECURE_PRIORITY: Final = 1.0
_PROBE_ACCOUNT: Final = "availability-probe"
_PROBE_NAME: Final = "probe"


class KeyringUnavailable(Exception):
    """No secure keyring can be used right now; the message says why."""


@dataclass(frozen=True, slots=True)
class BackendChoice:
    """keyring's backend for this start; ``detected`` names it when keyring's detection
    chose it, to be remembered for the next start."""

    backend: keyring.backend.KeyringBackend
    detected: str | None


def choose_backend(remembered: str | None) -> BackendChoice:
    """keyring's backend: the one the user configured (``PYTHON_KEYRING_BACKEND`` or
    keyring's config file) if any, else the one detected at an earlier start while it is
    still usable, else keyring's detection.

    Detection imports and asks every backend keyring knows, the macOS and Windows ones
    too (0.04 s of every start on Linux); loading the remembered one directly costs only
    its own availability check. Detection runs again when it is gone.
    """
    configured = keyring.core.load_env() or keyring.core.load_config()
    if configured is not None:
        return BackendChoice(configured, detected=None)
    if remembered:
        try:
            # Raises unless the backend is usable here; ``SecretStore`` then checks that
            # it is a secure one, as it does for any backend.
            return BackendChoice(keyring.core.load_keyring(remembered), detected=remembered)
        except Exception:
            # Uninstalled, or not usable in this session (e.g. no D-Bus): detect again.
            pass
    detected = keyring.get_keyring()
    # Only a single secure backend is worth remembering: the fail backend would hide a
    # keyring that appears later, and the chainer detects its backends itself.
    worth_remembering = (
        not isinstance(detected, chainer.ChainerBackend)
        and _priority(detected) >= _MIN_SECURE_PRIORITY
    )
    return BackendChoice(detected, backend_name(detected) if worth_remembering else None)


def backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return type(backend).__module__ + "." + type(backend).__qualname__


def account_name(username: str, hub_url: str) -> str:
    return f"{username}@{hub_url}"


class SecretStore:
    def __init__(
        self,
        service: str = "expert-workstation",
        backend: keyring.backend.KeyringBackend | None = None,
    ) -> None:
        self._service = service
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._backend_vetted = False

    @property
    def backend_name(self) -> str:
        return backend_name(self._backend)

    def check_available(self) -> None:
        """Raise ``KeyringUnavailable`` unless secrets can be read and written now."""
        self._require_secure_backend()
        self.get(_PROBE_ACCOUNT, _PROBE_NAME)

    def get(self, account: str, name: str) -> str | None:
        self._require_secure_backend()
        try:
            return self._backend.get_password(self._service, _key(account, name))
        except Exception as error:
            raise _unavailable(error) from error

    def set(self, account: str, name: str, value: str) -> None:
        self._require_secure_backend()
        try:
            self._backend.set_password(self._service, _key(account, name), value)
        except Exception as error:
            raise _unavailable(error) from error

    def delete(self, account: str, name: str) -> None:
        """Remove a secret; a secret that is not there is fine."""
        if self.get(account, name) is None:
            return
        try:
            self._backend.delete_password(self._service, _key(account, name))
        except Exception as error:
            raise _unavailable(error) from error

    def _require_secure_backend(self) -> None:
        # Asking a Secret Service backend for its priority costs a D-Bus round trip.
        if self._backend_vetted:
            return
        backends = (
            list(self._backend.backends)
            if isinstance(self._backend, chainer.ChainerBackend)
            else [self._backend]
        )
        if not any(_priority(backend) >= _MIN_SECURE_PRIORITY for backend in backends):
            raise KeyringUnavailable(
                "No secure keyring is available on this system "
                f"(keyring backend: {self.backend_name})."
            )
        self._backend_vetted = True


def _key(account: str, name: str) -> str:
    # One keyring entry per secret: "<name>:<user>@<hub>".
    return f"{name}:{account}"


def _priority(backend: keyring.backend.KeyringBackend) -> float:
    try:
        return float(backend.priority)
    except Exception:
        # keyring backends report "not usable here" by raising from ``priority``.
        return float("-inf")


def _unavailable(error: Exception) -> KeyringUnavailable:
    if isinstance(error, keyring.errors.KeyringLocked):
        return KeyringUnavailable("The keyring is locked and was not unlocked.")
    if isinstance(error, keyring.errors.NoKeyringError):
        return KeyringUnavailable("No secure keyring is available on this system.")
    if isinstance(error, keyring.errors.InitError):
        return KeyringUnavailable("The keyring could not be opened.")
    # D-Bus and Secret Service failures arrive as their own exception types; the type
    # name says enough without repeating a message that might quote a secret.
    return KeyringUnavailable(f"The keyring failed ({type(error).__name__}).")
