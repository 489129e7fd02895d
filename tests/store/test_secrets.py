"""``SecretStore``: refuses insecure backends with a reason; round-trips through a real
Secret Service (gnome-keyring under dbus-run-session in CI)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from tests.support.services import service_missing
from tests.ui.process_keyring import ProcessKeyring
from workstation.store.secrets import (
    CACHE_KEY,
    REFRESH_TOKEN,
    KeyringUnavailable,
    SecretStore,
    account_name,
    choose_backend,
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


# keyring's backend detection, and what the app remembers of it between starts.
_PROCESS_KEYRING = "tests.ui.process_keyring.ProcessKeyring"


@pytest.fixture
def unconfigured_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No backend named by the environment or by keyring's config file."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _no_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    def detect() -> object:
        raise AssertionError("keyring's detection ran")

    monkeypatch.setattr(keyring, "get_keyring", detect)


def test_a_remembered_backend_is_loaded_without_detection(
    unconfigured_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_detection(monkeypatch)
    choice = choose_backend(_PROCESS_KEYRING)
    assert isinstance(choice.backend, ProcessKeyring)
    assert choice.detected == _PROCESS_KEYRING


def test_a_backend_gone_since_is_detected_again(
    unconfigured_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    detected = ProcessKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: detected)
    choice = choose_backend("keyrings.uninstalled.Keyring")
    assert choice.backend is detected
    assert choice.detected == _PROCESS_KEYRING


def test_an_insecure_detection_is_not_remembered(
    unconfigured_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Remembering the fail backend would hide a keyring that appears later.
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    choice = choose_backend(None)
    assert isinstance(choice.backend, fail.Keyring)
    assert choice.detected is None


def test_the_users_own_choice_wins_over_the_remembered_one(
    unconfigured_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_detection(monkeypatch)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    choice = choose_backend(_PROCESS_KEYRING)
    assert isinstance(choice.backend, null.Keyring)
    assert choice.detected is None
