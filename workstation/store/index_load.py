"""A first sync's search index, written beside the cache by a second thread.

The ``DbWorker`` stores a first sync's rows and is the sync's critical path; tokenizing
and indexing the texts was a fifth of its time. SQLite admits one writer per database
file at a time, so the index of such a load goes into a file of its own beside the cache
(SQLCipher with the cache's key: it holds the customers' words), written by
``IndexLoadWriter``'s thread while the ``DbWorker`` stores the rows. When the load is
through, ``fts_index.adopt_index_load`` copies it into the cache in one transaction: FTS5
keeps an index in ordinary shadow tables, so that is a table copy of a few MB. The side
index is created with the cache's own definition of the index, so the tables match.

Only a load into an empty index goes beside, because the copy replaces the cache's
index. The side file records the cursor of the last page it indexed. The cache adopts it
only when that is the cache's own cursor; a crash between the two files' commits, or a
writer that failed (a full disk, say), costs an index built from the stored rows instead,
never a wrong one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import orjson

from workstation.domain.changes import FTS_COLUMNS
from workstation.store.cache_file import index_load_path, remove_index_load
from workstation.store.fts_index import CONFIGURE_SQL, LOADING_SETTINGS
from workstation.store.json_rows import insert_sql

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

_CREATE_STATE: Final = "CREATE TABLE load_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
_INSERT_ROWS: Final = insert_sql("case_fts", FTS_COLUMNS, or_replace=True)
_DELETE_ROWS: Final = "DELETE FROM case_fts WHERE rowid IN (SELECT value FROM json_each(?))"
_GET_CURSOR: Final = "SELECT value FROM load_state WHERE key = 'cursor'"
_SET_CURSOR: Final = (
    "INSERT INTO load_state (key, value) VALUES ('cursor', ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


class CacheLocation:
    """Where a file cache lives and the key that opens it (SQLCipher's raw-key form)."""

    def __init__(self, path: Path, key_pragma: str) -> None:
        self.path = path
        self.key_pragma = key_pragma

    @property
    def side_path(self) -> Path:
        return index_load_path(self.path)

    @classmethod
    def of(cls, engine: Engine) -> CacheLocation | None:
        """The location of the cache ``engine`` writes; None for a memory cache."""
        url = engine.url
        if url.query.get("mode") == "memory" or not url.database or url.password is None:
            return None
        return cls(Path(url.database), str(url.password))


class IndexLoadWriter:
    """Indexes a load's pages into the side file on a thread of its own, in the order they
    are handed in. A failure makes the writer skip the rest and ``finish`` report that
    its index is unusable; it never raises into the load."""

    def __init__(
        self,
        location: CacheLocation,
        *,
        index_definition: str | None = None,
        resume_after: str | None = None,
    ) -> None:
        """Start a new side file with the cache's ``index_definition``
        (``fts_index.index_definition``), or with ``resume_after`` continue the one whose
        last indexed page has that cursor (any other is unusable)."""
        if (index_definition is None) == (resume_after is None):
            raise ValueError("either a new side file's definition or a cursor to resume after")
        self._location = location
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-writer")
        self._connection: Any = None
        self._usable = True
        self._executor.submit(self._open, index_definition, resume_after)

    def add_page(
        self, fts_rows: Sequence[Sequence[object]], removed_case_ids: Sequence[int], cursor: str
    ) -> None:
        """Queue one stored page: its index rows, the cases it removed and its cursor."""
        self._executor.submit(self._write, fts_rows, removed_case_ids, cursor)

    def finish(self) -> str | None:
        """Wait for the queued pages and close the file; the cursor of the last page
        indexed, or None when the side file cannot be used. The segments stay unmerged:
        the cache merges them after the sync has returned (``fts_index``)."""
        try:
            return self._executor.submit(self._last_cursor).result()
        finally:
            self._executor.shutdown(wait=True)
            self._close()

    def close(self) -> None:
        """Write the pages queued so far and close the file, unmerged: a later writer can
        resume it."""
        self._executor.shutdown(wait=True)
        self._close()

    # -- on the writer's thread ---------------------------------------------------------

    def _open(self, index_definition: str | None, resume_after: str | None) -> None:
        path = self._location.side_path
        if resume_after is not None and not path.exists():
            self._usable = False
            return
        try:
            if index_definition is not None:
                remove_index_load(self._location.path)
            self._connection = connect_cache_file(path, self._location.key_pragma)
            if index_definition is not None:
                self._run_in_transaction(partial(_create_tables, index_definition))
            elif self._stored_cursor() != resume_after:
                self._usable = False
        except Exception as error:
            self._fail("open", error)

    def _write(
        self, fts_rows: Sequence[Sequence[object]], removed_case_ids: Sequence[int], cursor: str
    ) -> None:
        if not self._usable:
            return

        def write(connection: Any) -> None:
            if removed_case_ids:
                connection.execute(_DELETE_ROWS, (orjson.dumps(list(removed_case_ids)),))
            if fts_rows:
                connection.execute(_INSERT_ROWS, (orjson.dumps(fts_rows),))
            connection.execute(_SET_CURSOR, (cursor,))

        try:
            self._run_in_transaction(write)
        except Exception as error:
            self._fail("write", error)

    def _last_cursor(self) -> str | None:
        if not self._usable:
            return None
        try:
            return self._stored_cursor()
        except Exception as error:
            self._fail("read", error)
            return None

    def _stored_cursor(self) -> str | None:
        row = self._connection.execute(_GET_CURSOR).fetchone()
        return None if row is None else str(row[0])

    def _run_in_transaction(self, work: Callable[[Any], None]) -> None:
        connection = self._connection
        connection.execute("BEGIN")
        try:
            work(connection)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def _fail(self, step: str, error: Exception) -> None:
        # The type only: a message may quote indexed text.
        logger.warning(
            "The search index beside the cache failed (%s: %s); it is built from the "
            "stored cases instead",
            step,
            type(error).__name__,
        )
        self._usable = False

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _create_tables(index_definition: str, connection: Any) -> None:
    connection.execute(_CREATE_STATE)
    connection.execute(index_definition)
    # One unmerged segment per page, merged once in the cache (as ``fts_index`` explains).
    connection.executemany(CONFIGURE_SQL, LOADING_SETTINGS)


def connect_cache_file(path: Path, key_pragma: str) -> Any:
    """A plain sqlcipher3 connection to a cache file or its side file, for a thread of
    its own (autocommit: transactions are explicit)."""
    import sqlcipher3.dbapi2

    connection = sqlcipher3.dbapi2.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute(f'PRAGMA key = "{key_pragma}"')
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection
