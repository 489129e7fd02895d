"""Opening the account's encrypted case cache with its key from the keyring.

Runs the keyring through `BlockingCalls` and SQLCipher/Alembic on the `DbWorker`, so that
neither freezes the window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine

from workstation.store.database import KEY_BYTES, new_cache_key, open_cache, remove_cache
from workstation.store.secrets import CACHE_KEY, SecretStore
from workstation.store.worker import DbWorker
from workstation.ui.blocking_calls import BlockingCalls

logger = logging.getLogger(__name__)

CACHE_FILE_NAME = "cache.db"


async def open_file_cache(
    path: Path,
    *,
    account: str,
    secrets: SecretStore,
    keyring_calls: BlockingCalls,
    worker: DbWorker,
    start_fresh: bool = False,
) -> Engine:
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
    return await worker.run(open_cache, path, key)


async def open_memory_cache(worker: DbWorker) -> Engine:
    return await worker.run(open_cache, None, None)


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
