"""The full-text index of a bulk load: rows indexed page by page, merged once at the end.

A first sync stores 100k cases and more. FTS5 writes one index segment per transaction
and, by default, merges segments again and again as they pile up; a bulk load switches
that merging off, so every page adds one segment in its own transaction, and merges them
all once when the load is through. The index work then runs while the next pages are
still being fetched, instead of after the last one (see docs/performance.md).

While such a load runs, the ``fts_bulk_load`` meta flag is set in the same transaction
as every page it stores, so a crash or an interrupted sync leaves a cache that knows its
index is unmerged and its word list (``search_terms``) unfilled: the next sync continues
the load and finishes the index when it is through. Searches work meanwhile; begun words
fall back to the slower prefix query until the word list is filled.

Caches written by the earlier design carry ``fts_pending`` instead: rows without index
rows, for which the whole index is built from the stored rows in one pass.

The rows fed to the index are the same as those ``parse_change_page`` makes for a
single case (``FTS_COLUMNS``): subject, customer name with contact, and the message
bodies joined by newlines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from workstation.store import search_vocabulary

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

BULK_LOAD_KEY: Final = "fts_bulk_load"
FTS_PENDING_KEY: Final = "fts_pending"

INDEX_ALL_CASES: Final = (
    "INSERT INTO case_fts (rowid, subject, customer, body) "
    "SELECT c.id, c.subject, "
    "CASE WHEN c.customer_contact IS NULL THEN c.customer_name "
    "ELSE c.customer_name || ' ' || c.customer_contact END, "
    "(SELECT group_concat(m.body_text, char(10)) "
    "FROM (SELECT body_text FROM messages WHERE case_id = c.id ORDER BY created_at, id) AS m) "
    "FROM cases AS c"
)
_SET_FLAG: Final = (
    "INSERT INTO meta (key, value) VALUES (?, '1') "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_GET_FLAG: Final = "SELECT value FROM meta WHERE key = ?"
_CLEAR_FLAG: Final = "DELETE FROM meta WHERE key = ?"
_CONFIGURE: Final = "INSERT INTO case_fts (case_fts, rank) VALUES (?, ?)"
# FTS5 collects new index entries in memory and writes a segment whenever they exceed the
# hash size (1 MiB by default, an undocumented but long-standing FTS5 option) and at every
# commit; 16 MiB means one segment per page of 2,000 cases instead of several.
_HASH_SIZE_BYTES: Final = 16 * 1024 * 1024
# FTS5's own defaults, restored when the load is through.
_DEFAULT_AUTOMERGE: Final = 4
_DEFAULT_CRISISMERGE: Final = 16
# No merging while loading: a forced merge at 16 segments of a level would rewrite the
# first pages' segments again and again. 1,000 pages are two million cases.
_LOADING_CRISISMERGE: Final = 1000
# A page cache big enough for the index's working set while it is merged or built (in
# KiB); the connection's own setting is restored afterwards.
_BUILD_CACHE_KIB: Final = 200_000


def begin_bulk_load(connection: Connection) -> None:
    """Inside the caller's transaction: from now on, pages add unmerged segments."""
    if _flag(connection, BULK_LOAD_KEY):
        return
    connection.exec_driver_sql(_CONFIGURE, ("hashsize", _HASH_SIZE_BYTES))
    connection.exec_driver_sql(_CONFIGURE, ("automerge", 0))
    connection.exec_driver_sql(_CONFIGURE, ("crisismerge", _LOADING_CRISISMERGE))
    connection.exec_driver_sql(_SET_FLAG, (BULK_LOAD_KEY,))


def is_pending(connection: Connection) -> bool:
    """Whether a bulk load (or an earlier design's deferred index) awaits its finish."""
    return _flag(connection, BULK_LOAD_KEY) or _flag(connection, FTS_PENDING_KEY)


def rebuild(connection: Connection) -> None:
    """Replace the whole index by one built from ``cases`` and ``messages``, refill the
    word list and clear the flags, inside the caller's transaction."""
    connection.exec_driver_sql(_CONFIGURE, ("hashsize", _HASH_SIZE_BYTES))
    connection.exec_driver_sql("INSERT INTO case_fts (case_fts) VALUES ('delete-all')")
    connection.exec_driver_sql(INDEX_ALL_CASES)
    _finish(connection)


def _merge(connection: Connection) -> None:
    connection.exec_driver_sql("INSERT INTO case_fts (case_fts) VALUES ('optimize')")
    _finish(connection)


def _finish(connection: Connection) -> None:
    connection.exec_driver_sql(_CONFIGURE, ("automerge", _DEFAULT_AUTOMERGE))
    connection.exec_driver_sql(_CONFIGURE, ("crisismerge", _DEFAULT_CRISISMERGE))
    search_vocabulary.refill(connection)
    connection.exec_driver_sql(_CLEAR_FLAG, (BULK_LOAD_KEY,))
    connection.exec_driver_sql(_CLEAR_FLAG, (FTS_PENDING_KEY,))


def build_pending_index(engine: Engine) -> bool:
    """Finish a bulk load's index in one transaction (merge its segments, fill the word
    list), or build an earlier design's deferred index; True if there was one.

    ``secure_delete`` is off for this transaction only: the pages it frees hold
    intermediate index segments of text that stays in the cache anyway, and overwriting
    them would double the writes of the merge."""
    with engine.connect() as connection:
        deferred = _flag(connection, FTS_PENDING_KEY)
        if not deferred and not _flag(connection, BULK_LOAD_KEY):
            return False
        cache_size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        secure_delete = int(connection.exec_driver_sql("PRAGMA secure_delete").scalar_one())
        connection.exec_driver_sql(f"PRAGMA cache_size = -{_BUILD_CACHE_KIB}")
        connection.exec_driver_sql("PRAGMA secure_delete = OFF")
        try:
            if deferred:
                rebuild(connection)
            else:
                _merge(connection)
            connection.commit()
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
            connection.exec_driver_sql(f"PRAGMA secure_delete = {secure_delete}")
            connection.rollback()
    return True


def _flag(connection: Connection, key: str) -> bool:
    return connection.exec_driver_sql(_GET_FLAG, (key,)).scalar_one_or_none() is not None
