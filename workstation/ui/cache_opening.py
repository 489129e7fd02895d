"""Opening the account's encrypted case cache with its key from the keyring.

Runs the keyring through `BlockingCalls` and SQLCipher/Alembic on the `DbWorker`, so that
neither freezes the window. An existing cache at this version's schema opens with a plain
`CacheReader` and an engine created when first used, so that the start paints the inbox
before SQLAlchemy is imported; every other cache (new, to migrate, or one that does not
open) goes through `open_cache`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workstation.store.cache_file import KEY_BYTES, new_cache_key, remove_cache
from workstation.store.cache_reader import CacheReader
from workstation.store.deferred_engine import deferred_engine
from workstation.store.secrets import CACHE_KEY, SecretStore
from workstation.store.worker import DbWorker
from workstation.ui.blocking_calls import BlockingCalls

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

CACHE_FILE_NAME = "cache.db"


@dataclass(frozen=True, slots=True)
class OpenedCache:
    """The cache's engine (for the stores, on the `DbWorker`) and its reader for the
    inbox on the GUI thread."""

    engine: Engine
    reader: CacheReader


async def open_file_cache(
    path: Path,
    *,
    account: str,
    secrets: SecretStore,
    keyring_calls: BlockingCalls,
    worker: DbWorker,
    start_fresh: bool = False,
) -> OpenedCache:
    """Open the cache at `path` with its key, creating both when there are none.

    `start_fresh` deletes the file and its key first (the user chose a full re-sync after
    the cache could not be opened). A file whose key is gone can never be decrypted again,
    so it is deleted as well. Raises `CacheOpenError` and `KeyringUnavailable`.
    """
    stored = None if start_fresh else await keyring_calls.run(secrets.get, account, CACHE_KEY)
    key = _decode_key(stored)
    if key is None:
        if path.exists():
            logger.info("Starting a new cache: the old one has no usable key")
        await worker.run(remove_cache, path)
        key = new_cache_key()
        await keyring_calls.run(secrets.set, account, CACHE_KEY, key.hex())
    reader = await worker.run(CacheReader.open_current, path, key)
    if reader is not None:
        return OpenedCache(deferred_engine(lambda: _open_cache(path, key)), reader)
    engine = await worker.run(_open_cache, path, key)
    try:
        reader = await worker.run(CacheReader.open_current, path, key)
    except BaseException:
        engine.dispose()
        raise
    if reader is None:
        engine.dispose()
        raise RuntimeError("the cache opened but cannot be read")
    return OpenedCache(engine, reader)


async def open_memory_cache(worker: DbWorker) -> OpenedCache:
    from workstation.store.database import memory_cache_name

    engine = await worker.run(_open_cache, None, None)
    return OpenedCache(engine, CacheReader.open_memory(memory_cache_name(engine)))


def _open_cache(path: Path | None, key: bytes | None) -> Engine:
    # SQLAlchemy with it: imported here, when a cache is first opened through an engine.
    from workstation.store.database import open_cache

    return open_cache(path, key)


def _decode_key(stored: str | None) -> bytes | None:
    if stored is None:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        logger.warning("The cache key in the keyring is malformed; a new cache is started")
        return None
    return key
