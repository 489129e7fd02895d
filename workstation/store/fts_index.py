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

A load into an empty index (a first sync, or one after a reset) of a file cache writes
its index beside the cache instead, on a second thread (``store.index_load``), and the
flag says ``beside``; ``adopt_index_load`` copies that index into the cache when the load
ends. A load that continues an earlier one, and every load of a memory cache, adds its
segments to the cache's own index (flag ``in_cache``).

Caches written by the earlier design carry ``fts_pending`` instead: rows without index
rows, for which the whole index is built from the stored rows in one pass.

The rows fed to the index are the same as those ``parse_change_page`` makes for a
single case (``FTS_COLUMNS``): subject, customer name with contact, and the message
bodies joined by newlines.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Final

from workstation.store import search_vocabulary

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from workstation.store.index_load import CacheLocation

BULK_LOAD_KEY: Final = "fts_bulk_load"
FTS_PENDING_KEY: Final = "fts_pending"
UPKEEP_KEY: Final = "fts_upkeep"
# Where a bulk load's index rows go (the flag's value); earlier versions wrote "1".
IN_CACHE: Final = "1"
BESIDE: Final = "beside"

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
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_GET_FLAG: Final = "SELECT value FROM meta WHERE key = ?"
_CLEAR_FLAG: Final = "DELETE FROM meta WHERE key = ?"
_OPTIMIZE: Final = "INSERT INTO case_fts (case_fts) VALUES ('optimize')"
# FTS5 collects new index entries in memory and writes a segment whenever they exceed the
# hash size (1 MiB by default, an undocumented but long-standing FTS5 option) and at every
# commit; 16 MiB means one segment per page of a sync instead of several.
_HASH_SIZE_BYTES: Final = 16 * 1024 * 1024
# FTS5's own defaults, restored when the load is through.
_DEFAULT_AUTOMERGE: Final = 4
_DEFAULT_CRISISMERGE: Final = 16
# No merging while loading: a forced merge at 16 segments of a level would rewrite the
# first pages' segments again and again. 1,000 pages are a million cases at the sync's
# page size; a bigger load gets one forced merge per 1,000 pages (FTS5 allows 2,000
# segments per level).
_LOADING_CRISISMERGE: Final = 1000
# How an index is configured while a bulk load writes it (here or beside the cache).
LOADING_SETTINGS: Final = (
    ("hashsize", _HASH_SIZE_BYTES),
    ("automerge", 0),
    ("crisismerge", _LOADING_CRISISMERGE),
)
CONFIGURE_SQL: Final = "INSERT INTO case_fts (case_fts, rank) VALUES (?, ?)"
_INDEX_DEFINITION: Final = (
    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'case_fts'"
)
# A page cache big enough for the index's working set while it is merged or built (in
# KiB); the connection's own setting is restored afterwards.
_BUILD_CACHE_KIB: Final = 200_000


# The index's shadow tables (FTS5's own names for a contentless table with
# ``contentless_delete``); ``case_fts_config`` stays, it holds the cache's settings.
_SHADOW_TABLES: Final = ("case_fts_data", "case_fts_idx", "case_fts_docsize")
_ATTACH_LOAD: Final = "ATTACH DATABASE ? AS index_load KEY ?"
# Cases deleted while the load ran (retention, a decline) keep no row in the index.
_DELETE_ORPHANS: Final = (
    "DELETE FROM case_fts WHERE rowid IN (SELECT d.id FROM case_fts_docsize AS d "
    "WHERE NOT EXISTS (SELECT 1 FROM cases AS c WHERE c.id = d.id))"
)


def begin_bulk_load(connection: Connection, *, beside_possible: bool = False) -> str:
    """Inside the caller's transaction: mark the bulk load, once, and return where its
    index rows go, ``BESIDE`` or ``IN_CACHE``. It goes beside when the caller can write
    there and the cache's index is empty; else pages add unmerged segments here."""
    mode = bulk_load_mode(connection)
    if mode is not None:
        return mode
    if beside_possible and _index_is_empty(connection):
        connection.exec_driver_sql(_SET_FLAG, (BULK_LOAD_KEY, BESIDE))
        return BESIDE
    connection.exec_driver_sql(CONFIGURE_SQL, list(LOADING_SETTINGS))
    connection.exec_driver_sql(_SET_FLAG, (BULK_LOAD_KEY, IN_CACHE))
    return IN_CACHE


def bulk_load_mode(connection: Connection) -> str | None:
    """``BESIDE`` or ``IN_CACHE`` while a bulk load is pending, else None."""
    value = connection.exec_driver_sql(_GET_FLAG, (BULK_LOAD_KEY,)).scalar_one_or_none()
    if value is None:
        return None
    return BESIDE if value == BESIDE else IN_CACHE


def adopt_index_load(engine: Engine, location: CacheLocation) -> None:
    """Replace the cache's index by the one beside it and clear the flags, in one
    transaction. Merging its segments (one per page), filling the word list and dropping
    the rows of cases deleted while the load ran are left to ``complete_upkeep``, which
    the sync runs right after it has returned: the index is complete and searchable
    meanwhile, only slower (each word is looked up in every segment, a begun word takes
    the exact prefix query), and a deleted case's row matches no stored case.

    On a connection of its own: FTS5 keeps a connection's view of its index in memory
    and notices only other connections' commits, so the one that writes the shadow
    tables directly must not be used for the index again."""
    from workstation.store.database import private_connection

    with private_connection(engine) as connection:
        # ATTACH is refused inside a transaction, and the connection starts one with
        # its first statement; the driver's own connection has none yet.
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute(_ATTACH_LOAD, (str(location.side_path), location.key_pragma))
        for table in _SHADOW_TABLES:
            connection.exec_driver_sql(f"DELETE FROM main.{table}")
            connection.exec_driver_sql(f"INSERT INTO main.{table} SELECT * FROM index_load.{table}")
        _restore_defaults(connection)
        connection.exec_driver_sql("DELETE FROM search_terms")
        connection.exec_driver_sql(_SET_FLAG, (UPKEEP_KEY, "1"))
        connection.exec_driver_sql(_CLEAR_FLAG, (BULK_LOAD_KEY,))
        connection.exec_driver_sql(_CLEAR_FLAG, (FTS_PENDING_KEY,))
        connection.commit()


def complete_upkeep(engine: Engine) -> bool:
    """After an adopted index: drop the rows of cases deleted while the load ran, merge
    the load's segments into one and fill the word list, in one transaction; True if
    there was anything to do."""
    with engine.connect() as connection:
        if not _flag(connection, UPKEEP_KEY):
            connection.rollback()
            return False
        with _settings_for_merging(connection):
            connection.exec_driver_sql(_DELETE_ORPHANS)
            connection.exec_driver_sql(_OPTIMIZE)
            search_vocabulary.refill(connection)
            connection.exec_driver_sql(_CLEAR_FLAG, (UPKEEP_KEY,))
            connection.commit()
    return True


def word_list_pending(connection: Connection) -> bool:
    """Whether ``complete_upkeep`` has yet to fill the word list of an adopted index."""
    return _flag(connection, UPKEEP_KEY)


def rebuild_instead(engine: Engine) -> None:
    """Build a bulk load's index from the stored rows in one pass (its index beside the
    cache is gone or does not match the cache)."""
    with engine.begin() as connection:
        connection.exec_driver_sql(_SET_FLAG, (FTS_PENDING_KEY, "1"))
    build_pending_index(engine)


def forget_bulk_load(connection: Connection) -> None:
    """Inside a reset's transaction, after the index was emptied: no load is pending, and
    FTS5's defaults and an empty word list go with the empty index."""
    _restore_defaults(connection)
    connection.exec_driver_sql("DELETE FROM search_terms")
    for key in (BULK_LOAD_KEY, FTS_PENDING_KEY, UPKEEP_KEY):
        connection.exec_driver_sql(_CLEAR_FLAG, (key,))


def index_definition(connection: Connection) -> str:
    """The cache's ``CREATE VIRTUAL TABLE`` of the index, for an index beside it whose
    shadow tables must match."""
    return str(connection.exec_driver_sql(_INDEX_DEFINITION).scalar_one())


def _index_is_empty(connection: Connection) -> bool:
    return connection.exec_driver_sql("SELECT rowid FROM case_fts LIMIT 1").first() is None


def is_pending(connection: Connection) -> bool:
    """Whether a bulk load (or an earlier design's deferred index) awaits its finish."""
    return _flag(connection, BULK_LOAD_KEY) or _flag(connection, FTS_PENDING_KEY)


def rebuild(connection: Connection) -> None:
    """Replace the whole index by one built from ``cases`` and ``messages``, refill the
    word list and clear the flags, inside the caller's transaction."""
    connection.exec_driver_sql(CONFIGURE_SQL, ("hashsize", _HASH_SIZE_BYTES))
    connection.exec_driver_sql("INSERT INTO case_fts (case_fts) VALUES ('delete-all')")
    connection.exec_driver_sql(INDEX_ALL_CASES)
    _finish(connection)


def _merge(connection: Connection) -> None:
    connection.exec_driver_sql(_OPTIMIZE)
    _finish(connection)


def _finish(connection: Connection) -> None:
    _restore_defaults(connection)
    search_vocabulary.refill(connection)
    connection.exec_driver_sql(_CLEAR_FLAG, (BULK_LOAD_KEY,))
    connection.exec_driver_sql(_CLEAR_FLAG, (FTS_PENDING_KEY,))


def _restore_defaults(connection: Connection) -> None:
    connection.exec_driver_sql(CONFIGURE_SQL, ("automerge", _DEFAULT_AUTOMERGE))
    connection.exec_driver_sql(CONFIGURE_SQL, ("crisismerge", _DEFAULT_CRISISMERGE))


def build_pending_index(engine: Engine) -> bool:
    """Finish a bulk load's index in one transaction (merge its segments, fill the word
    list), or build an earlier design's deferred index; True if there was one."""
    with engine.connect() as connection:
        deferred = _flag(connection, FTS_PENDING_KEY)
        if not deferred and not _flag(connection, BULK_LOAD_KEY):
            return False
        with _settings_for_merging(connection):
            if deferred:
                rebuild(connection)
            else:
                _merge(connection)
            connection.commit()
    return True


@contextmanager
def _settings_for_merging(connection: Connection) -> Iterator[None]:
    """A big page cache, and ``secure_delete`` off for this transaction only: the pages a
    merge frees hold intermediate index segments of text that stays in the cache anyway,
    and overwriting them would double the writes of the merge."""
    cache_size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    secure_delete = int(connection.exec_driver_sql("PRAGMA secure_delete").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_BUILD_CACHE_KIB}")
    connection.exec_driver_sql("PRAGMA secure_delete = OFF")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
        connection.exec_driver_sql(f"PRAGMA secure_delete = {secure_delete}")
        connection.rollback()


def _flag(connection: Connection, key: str) -> bool:
    return connection.exec_driver_sql(_GET_FLAG, (key,)).scalar_one_or_none() is not None
