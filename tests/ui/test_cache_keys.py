"""A cache whose key is missing or wrong never crashes the app: a missing key starts a
new, empty cache at once (the old file can never be decrypted again); a wrong key is a
clear ``wrong_key`` error, after which the user's "Download cases again" starts fresh."""

from __future__ import annotations

from pathlib import Path

import keyring.backend
import pytest

from tests.ui.conftest import RunAsync
from workstation.store.cache import CaseCache
from workstation.store.database import CacheOpenError, new_cache_key, open_cache
from workstation.store.secrets import CACHE_KEY, SecretStore
from workstation.store.worker import DbWorker
from workstation.ui.blocking_calls import BlockingCalls
from workstation.ui.cache_opening import open_file_cache

CANARY = "Kanarien-Kunde-kx81"


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    """An existing cache holding a canary, under a key that the test then loses."""
    path = tmp_path / "cache.db"
    engine = open_cache(path, new_cache_key())
    CaseCache(engine).set_meta("canary", CANARY)
    engine.dispose()
    return path


def open_with(path: Path, secrets: SecretStore, run_async: RunAsync[object], **kw: bool) -> str:
    worker, calls = DbWorker(), BlockingCalls("keyring")

    async def opening() -> str:
        opened = await open_file_cache(
            path, account="petra@hub", secrets=secrets, keyring_calls=calls, worker=worker, **kw
        )
        try:
            return CaseCache(opened.engine).cursor()
        finally:
            opened.engine.dispose()
            opened.reader.close()

    try:
        result = run_async(opening())
    finally:
        worker.close()
        calls.close()
    assert isinstance(result, str)
    return result


def test_a_missing_key_starts_an_empty_cache(cache_file: Path, run_async: RunAsync[object]) -> None:
    secrets = SecretStore(backend=MemoryKeyring())
    assert open_with(cache_file, secrets, run_async) == "0"
    stored_key = secrets.get("petra@hub", CACHE_KEY)
    assert stored_key is not None
    engine = open_cache(cache_file, bytes.fromhex(stored_key))
    assert CaseCache(engine).get_meta("canary") is None
    engine.dispose()


def test_a_wrong_key_is_a_clear_error_and_a_fresh_start_resyncs(
    cache_file: Path, run_async: RunAsync[object]
) -> None:
    secrets = SecretStore(backend=MemoryKeyring())
    secrets.set("petra@hub", CACHE_KEY, new_cache_key().hex())
    with pytest.raises(CacheOpenError) as raised:
        open_with(cache_file, secrets, run_async)
    assert raised.value.reason == "wrong_key"
    assert "cannot be decrypted" in str(raised.value)
    assert cache_file.exists()  # nothing is deleted before the user chose

    assert open_with(cache_file, secrets, run_async, start_fresh=True) == "0"
