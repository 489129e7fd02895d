"""Retention in the cache: the clients' policies from the hub, and the purge of closed
cases whose retention period has run out.

Deleted rows must not linger in free pages or the WAL: the cache runs with
``secure_delete=ON`` (freed pages are overwritten with zeros), and after a purge the WAL
is checkpointed and truncated, so the old page images in it are gone as well.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from workstation.store import search_vocabulary

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

logger = logging.getLogger(__name__)

SECONDS_PER_DAY: Final = 24 * 60 * 60
_UPSERT_POLICY: Final = (
    "INSERT INTO client_policies (client_id, retention_days) VALUES (?, ?) "
    "ON CONFLICT (client_id) DO UPDATE SET retention_days = excluded.retention_days"
)
# Closed cases past their client's retention period. A case with unsent work (a queued or
# held note or tag) waits until the expert has dealt with it, so nothing they wrote is lost.
_DUE_CASES: Final = """
    SELECT cases.id FROM cases
    JOIN client_policies ON client_policies.client_id = cases.client_id
    WHERE cases.status = 'closed'
      AND client_policies.retention_days IS NOT NULL
      AND cases.updated_at + client_policies.retention_days * 86400 <= ?
      AND NOT EXISTS (
          SELECT 1 FROM outbox
          WHERE outbox.case_id = cases.id AND outbox.state IN ('queued', 'sending', 'held')
      )
    ORDER BY cases.id
    LIMIT ?
"""
_BATCH: Final = 500
# Set when cases were deleted; the next purge then rewrites the search index, because
# FTS5 keeps a deleted document's terms in its segments until they are merged.
_MERGE_FLAG: Final = "search_index_needs_merge"
_MERGED_AT: Final = "search_index_merged_at"
# Rewriting the index of a large cache takes a while on the worker; cases leaving the view
# (frequent: offers claimed by others) are merged out at most this often, a retention
# purge at once. Their rows, WAL images and free pages are gone at once either way.
MERGE_INTERVAL_SECONDS: Final = 24 * 60 * 60


@dataclass(frozen=True, slots=True)
class PurgeReport:
    removed_case_ids: frozenset[int]


def apply_client_policies(
    connection: Connection, policies: Sequence[tuple[int, int | None]]
) -> None:
    if policies:
        connection.exec_driver_sql(_UPSERT_POLICY, list(policies))


def mark_search_index_for_merge(connection: Connection) -> None:
    connection.exec_driver_sql(
        "INSERT INTO meta (key, value) VALUES (?, '1') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_MERGE_FLAG,),
    )


def delete_cases(connection: Connection, case_ids: Sequence[int]) -> None:
    """Delete cases with everything about them: messages and attachments (by cascade),
    search rows and drafts."""
    id_rows = [(case_id,) for case_id in case_ids]
    if not id_rows:
        return
    connection.exec_driver_sql("DELETE FROM cases WHERE id = ?", id_rows)
    connection.exec_driver_sql("DELETE FROM case_fts WHERE rowid = ?", id_rows)
    connection.exec_driver_sql("DELETE FROM drafts WHERE case_id = ?", id_rows)
    mark_search_index_for_merge(connection)


class RetentionPurge:
    """Runs on the DbWorker (at start and periodically), never on the GUI thread."""

    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._clock = clock

    def purge(self) -> PurgeReport:
        removed: list[int] = []
        now = int(self._clock())
        while True:
            with self._engine.begin() as connection:
                due = list(connection.exec_driver_sql(_DUE_CASES, (now, _BATCH)).scalars().all())
                delete_cases(connection, due)
            removed.extend(due)
            if len(due) < _BATCH:
                break
        with self._engine.begin() as connection:
            self._merge_search_index(connection, now, forced=bool(removed))
        # Also without a purge of its own: cases that left the expert's view were deleted
        # by the sync, and the WAL still holds images of their pages until this runs.
        checkpoint(self._engine)
        if removed:
            logger.info("Purged %d closed cases past their retention period", len(removed))
        return PurgeReport(removed_case_ids=frozenset(removed))

    @staticmethod
    def _merge_search_index(connection: Connection, now: int, *, forced: bool) -> None:
        flagged = connection.exec_driver_sql(
            "SELECT value FROM meta WHERE key = ?", (_MERGE_FLAG,)
        ).scalar()
        if flagged is None:
            return
        merged_at = connection.exec_driver_sql(
            "SELECT value FROM meta WHERE key = ?", (_MERGED_AT,)
        ).scalar()
        if not forced and merged_at is not None and now - int(merged_at) < MERGE_INTERVAL_SECONDS:
            return
        connection.exec_driver_sql("INSERT INTO case_fts (case_fts) VALUES ('optimize')")
        # The prefix vocabulary lists words too: keep only those still in the index.
        search_vocabulary.refill(connection)
        connection.exec_driver_sql("DELETE FROM meta WHERE key = ?", (_MERGE_FLAG,))
        connection.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_MERGED_AT, str(now)),
        )


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database file and truncate it to zero bytes, so that no old
    page image of deleted rows stays in it. Readers may hold it back; then the next
    purge or the next start completes it."""
    with engine.connect() as connection:
        busy, _log, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        connection.rollback()
    if busy:
        logger.info("The cache checkpoint was held back by a reader; it is retried later")
