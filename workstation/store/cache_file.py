"""The cache file's parts that need no SQLAlchemy: its key, its errors, removing it.

``database`` opens the cache through SQLAlchemy; the start imports that only after the
first paint (``cache_reader``), so what both need lives here.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Final

KEY_BYTES: Final = 32
BUSY_TIMEOUT_MS: Final = 10_000


class CacheOpenError(Exception):
    """The cache cannot be opened. ``reason`` is one of ``wrong_key``, ``not_a_cache``,
    ``newer_version``, ``migration_failed``, ``disk_full`` or ``io_error``."""

    def __init__(self, reason: str, message: str, *, backup_path: Path | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.backup_path = backup_path


def new_cache_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def raw_key_pragma_value(key: bytes) -> str:
    """SQLCipher's raw-key form ``x'…'``: the bytes are the key, without a KDF."""
    return f"x'{key.hex()}'"


def remove_cache(path: Path) -> None:
    """Delete a cache file with its WAL and shared-memory files and a first sync's index
    beside it (e.g. after its key was lost, when it can never be opened again)."""
    for candidate in (path, *sidecars(path)):
        candidate.unlink(missing_ok=True)
    remove_index_load(path)


def index_load_path(path: Path) -> Path:
    """The file beside the cache that holds a first sync's search index while it is
    written (``store.index_load``)."""
    return path.with_name(f"{path.name}.index-load")


def remove_index_load(path: Path) -> None:
    load = index_load_path(path)
    for candidate in (load, *sidecars(load)):
        candidate.unlink(missing_ok=True)


def sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")
