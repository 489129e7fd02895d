"""The full-text index built in one pass from the stored rows.

A first sync stores 100k cases and more. Indexing them page by page merges FTS segments
again and again; loading the rows first and building the index once at the end is three
times faster. While such a load runs, the ``fts_pending`` meta flag is set in the same
transaction as every page it stores without index rows, so a crash or an interrupted sync
leaves a cache that knows its index is incomplete: the next sync continues the load and
builds the index when it is through.

The rows fed to the index are the same as those ``parse_change_page`` makes for a
single case (``FTS_COLUMNS``): subject, customer name with contact, and the message
bodies joined by newlines.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Connection, Engine

from workstation.store import search_vocabulary

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
_SET_PENDING: Final = (
    "INSERT INTO meta (key, value) VALUES (?, '1') "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
# FTS5 collects new index entries in memory and writes a segment whenever they exceed the
# hash size (1 MiB by default, an undocumented but long-standing FTS5 option); 16 MiB
# means a few large segments instead of hundreds of small ones that must then be merged:
# the one-pass build gets about a third faster. It only bounds memory per transaction.
_HASH_SIZE_BYTES: Final = 16 * 1024 * 1024
_SET_HASH_SIZE: Final = "INSERT INTO case_fts (case_fts, rank) VALUES ('hashsize', ?)"
# A page cache big enough for the index's working set while it is built (in KiB); the
# connection's own setting is restored afterwards.
_BUILD_CACHE_KIB: Final = 200_000


def mark_pending(connection: Connection) -> None:
    """Record, inside the caller's transaction, that stored rows lack their index rows."""
    connection.exec_driver_sql(_SET_PENDING, (FTS_PENDING_KEY,))


def is_pending(connection: Connection) -> bool:
    value = connection.exec_driver_sql(
        "SELECT value FROM meta WHERE key = ?", (FTS_PENDING_KEY,)
    ).scalar_one_or_none()
    return value is not None


def rebuild(connection: Connection) -> None:
    """Replace the whole index by one built from ``cases`` and ``messages`` and clear the
    pending flag, inside the caller's transaction."""
    connection.exec_driver_sql(_SET_HASH_SIZE, (_HASH_SIZE_BYTES,))
    connection.exec_driver_sql("INSERT INTO case_fts (case_fts) VALUES ('delete-all')")
    connection.exec_driver_sql(INDEX_ALL_CASES)
    search_vocabulary.refill(connection)
    connection.exec_driver_sql("DELETE FROM meta WHERE key = ?", (FTS_PENDING_KEY,))


def build_pending_index(engine: Engine) -> bool:
    """Build the index in one transaction if a load left it pending; True if it did.

    ``secure_delete`` is off for this transaction only: the pages it frees hold
    intermediate index segments of text that stays in the cache anyway, and overwriting
    them would double the writes of the build."""
    with engine.connect() as connection:
        if not is_pending(connection):
            return False
        cache_size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        secure_delete = int(connection.exec_driver_sql("PRAGMA secure_delete").scalar_one())
        connection.exec_driver_sql(f"PRAGMA cache_size = -{_BUILD_CACHE_KIB}")
        connection.exec_driver_sql("PRAGMA secure_delete = OFF")
        try:
            rebuild(connection)
            connection.commit()
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
            connection.exec_driver_sql(f"PRAGMA secure_delete = {secure_delete}")
            connection.rollback()
    return True
