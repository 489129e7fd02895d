"""``CacheReader``: the inbox's reads on the GUI thread over a plain SQLCipher connection.

The inbox model reads its count and its windows of rows here, and the start reads whose
cache it is. None of it needs SQLAlchemy, whose import alone takes about 0.14 s: the start
opens this reader, paints the inbox's first page and only then loads SQLAlchemy for the
rest of the app (``deferred_engine``, docs/performance.md). The statements are the same
as ``CaseCache``'s (``inbox_reads``).

The connection only reads (``query_only``); as a WAL reader it never waits for the
``DbWorker``'s writes.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from workstation.domain.models import CaseSummary
from workstation.store import rows
from workstation.store.cache import LAST_SYNC_AT_KEY
from workstation.store.cache_file import BUSY_TIMEOUT_MS, raw_key_pragma_value
from workstation.store.cache_revision import (
    CACHE_HEAD_REVISION,
    HAS_REVISION_TABLE_SQL,
    STORED_REVISION_SQL,
)
from workstation.store.inbox_reads import count_statement, window_statement
from workstation.store.queries import InboxQuery

logger = logging.getLogger(__name__)


class CacheReader:
    def __init__(self, connection: Any) -> None:
        self._connection = connection
        # One connection, usable from any thread, but by one at a time.
        self._lock = threading.Lock()

    @classmethod
    def open_current(cls, path: Path, key: bytes) -> CacheReader | None:
        """A reader of the cache file at ``path`` if it exists, opens with ``key`` and is
        at this version's schema revision; otherwise None, and the caller opens the cache
        through ``database.open_cache``, which creates, migrates or explains it."""
        if not path.is_file():
            return None
        try:
            reader = cls(_connect(str(path), key=key))
        except sqlcipher.Error as error:
            logger.info("The cache is opened the long way (%s)", type(error).__name__)
            return None
        try:
            revision = reader._revision()
        except sqlcipher.Error as error:
            logger.info("The cache is opened the long way (%s)", type(error).__name__)
            reader.close()
            return None
        if revision != CACHE_HEAD_REVISION:
            reader.close()
            return None
        return reader

    @classmethod
    def open_memory(cls, name: str) -> CacheReader:
        """A reader of the in-memory cache ``name`` (``database.memory_cache_name``)."""
        return cls(_connect(f"{name}?mode=memory&cache=shared", key=None))

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def get_meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def last_sync_at(self) -> int | None:
        value = self.get_meta(LAST_SYNC_AT_KEY)
        return None if value is None else int(value)

    def count_cases(self, query: InboxQuery, *, at_most: int | None = None) -> int:
        row = self._one(*count_statement(query, at_most=at_most))
        return 0 if row is None else int(row[0])

    def case_window(self, query: InboxQuery, offset: int, limit: int) -> list[CaseSummary]:
        statement = window_statement(query, offset, limit)
        with self._lock:
            found = self._connection.execute(*statement).fetchall()
        return [rows.summary(row) for row in found]

    def _revision(self) -> str | None:
        has_version_table = self._one(HAS_REVISION_TABLE_SQL, ())
        if has_version_table is None or not has_version_table[0]:
            return None
        row = self._one(STORED_REVISION_SQL, ())
        return None if row is None or row[0] is None else str(row[0])

    def _one(self, sql: str, params: Any) -> Any:
        with self._lock:
            return self._connection.execute(sql, params).fetchone()


def _connect(database: str, *, key: bytes | None) -> Any:
    memory = key is None
    connection = sqlcipher.connect(
        database, uri=memory, check_same_thread=False, isolation_level=None
    )
    try:
        if key is not None:
            connection.execute(f'PRAGMA key = "{raw_key_pragma_value(key)}"')
            connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if memory:
            connection.execute("PRAGMA read_uncommitted = ON")
        connection.execute("PRAGMA query_only = ON")
        # A wrong key or a foreign file fails here, at the first page.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection
