"""``SecretStore``: refuses insecure backends with a reason; round-trips through a real
Secret Service (gnome-keyring under dbus-run-session in CI)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from keyring.backends import fail, null

from tests.support.services import service_missing
from workstation.store.secrets import (
    CACHE_KEY,
    REFRESH_TOKEN,
    KeyringUnavailable,
    SecretStore,
    account_name,
)

ACCOUNT = account_name("petra", "http://127.0.0.1:8000")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_backends_that_cannot_keep_secrets_are_unavailable(backend: object) -> None:
    store = SecretStore(backend=backend)  # type: ignore[arg-type]

    with pytest.raises(KeyringUnavailable, match="No secure keyring"):
        store.check_available()
    with pytest.raises(KeyringUnavailable):
        store.set(ACCOUNT, REFRESH_TOKEN, "canary-token")
    with pytest.raises(KeyringUnavailable):
        store.get(ACCOUNT, REFRESH_TOKEN)
    with pytest.raises(KeyringUnavailable):
        store.delete(ACCOUNT, REFRESH_TOKEN)


def test_the_account_name_joins_user_and_hub() -> None:
    assert ACCOUNT == "petra@http://127.0.0.1:8000"


@pytest.fixture
def secret_service_store() -> Iterator[SecretStore]:
    from keyring.backends import SecretService

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        service_missing("Secret Service: no D-Bus session bus")
    backend = SecretService.Keyring()
    try:
        backend.priority  # noqa: B018 - raises when no Secret Service answers on the bus
    except RuntimeError as error:
        service_missing(f"Secret Service: {error}")
    # A service name of its own, so that a developer's real keyring entries stay untouched.
    yield SecretStore(service=f"expert-workstation-test-{uuid.uuid4().hex}", backend=backend)


@pytest.mark.secret_service
def test_secrets_round_trip_through_the_secret_service(
    secret_service_store: SecretStore,
) -> None:
    store = secret_service_store
    store.check_available()
    key_hex = os.urandom(32).hex()

    try:
        assert store.get(ACCOUNT, REFRESH_TOKEN) is None
        store.set(ACCOUNT, REFRESH_TOKEN, "rt-first")
        store.set(ACCOUNT, CACHE_KEY, key_hex)
        store.set(ACCOUNT, REFRESH_TOKEN, "rt-rotated")

        assert store.get(ACCOUNT, REFRESH_TOKEN) == "rt-rotated"
        assert store.get(ACCOUNT, CACHE_KEY) == key_hex
        assert store.get(account_name("jonas", "http://127.0.0.1:8000"), CACHE_KEY) is None
    finally:
        store.delete(ACCOUNT, REFRESH_TOKEN)
        store.delete(ACCOUNT, CACHE_KEY)

    assert store.get(ACCOUNT, REFRESH_TOKEN) is None
    store.delete(ACCOUNT, REFRESH_TOKEN)  # deleting what is gone is fine
