"""A cache file with the production schema and pragmas but without encryption.

An encrypted file shows no canary whatever happens, so a test that searches raw bytes for
deleted text proves nothing on it. This builds the same cache (same engine factory, same
``secure_delete``/WAL pragmas, same migrations) with SQLCipher's key left empty, which
makes SQLCipher write plain SQLite pages, so the raw bytes can be searched.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine
from sqlalchemy.pool import QueuePool

from workstation.store import database


def open_plain_cache(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    url = URL.create("sqlite+pysqlite", database=str(path.resolve()))
    engine = database._create(url, poolclass=QueuePool, read_only=False, memory=False)
    database._migrate(engine, database.MIGRATIONS_DIR, backup_of=None)
    return engine


def occurrences(path: Path, needle: str) -> int:
    """How often ``needle`` (UTF-8) appears in the file and its WAL, read as raw bytes."""
    encoded = needle.encode()
    total = 0
    for candidate in (path, path.with_name(path.name + "-wal")):
        if candidate.exists():
            total += candidate.read_bytes().count(encoded)
    return total
