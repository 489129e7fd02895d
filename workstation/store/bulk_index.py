"""``BulkIndex``: where a bulk load's search index is written, and how it is finished.

A load into an empty index of a file cache is indexed beside the cache by a second
thread (``store.index_load``) and copied in when it ends; any other bulk load adds
unmerged segments to the cache's own index (``store.fts_index``). ``CaseCache`` asks this
class inside every page transaction of a load and hands it the page after the commit.
While a load goes beside the cache, a third thread checkpoints the cache's write-ahead
log (``store.wal_checkpoints``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final

from workstation.store import fts_index
from workstation.store.cache_file import remove_index_load
from workstation.store.index_load import CacheLocation, IndexLoadWriter
from workstation.store.wal_checkpoints import BackgroundCheckpoints, deferred_checkpoints

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

logger = logging.getLogger(__name__)

_GET_META: Final = "SELECT value FROM meta WHERE key = ?"


class BulkIndex:
    def __init__(self, engine: Engine, *, cursor_key: str, initial_cursor: str) -> None:
        self._engine = engine
        self._cursor_key = cursor_key
        self._initial_cursor = initial_cursor
        self._writer: IndexLoadWriter | None = None
        self._checkpoints: BackgroundCheckpoints | None = None
        self._location: CacheLocation | None = None
        self._located = False

    def begin_page(self, connection: Connection) -> bool:
        """Inside a bulk load's page transaction, before the page's cursor is stored:
        mark the load, and return True when the page's index rows go beside the cache
        (``after_commit``) rather than into this transaction."""
        cursor = self._cursor(connection)
        mode = fts_index.begin_bulk_load(
            connection,
            beside_possible=cursor == self._initial_cursor and self._cache_location() is not None,
        )
        if mode != fts_index.BESIDE:
            return False
        if self._writer is None:
            location = self._cache_location()
            assert location is not None  # only a file cache loads beside itself
            if cursor == self._initial_cursor:
                definition = fts_index.index_definition(connection)
                self._writer = IndexLoadWriter(location, index_definition=definition)
            else:
                # A load under way (pages stored by an earlier run) continues its side file.
                self._writer = IndexLoadWriter(location, resume_after=cursor)
            self._checkpoints = BackgroundCheckpoints(location)
        return True

    @contextlib.contextmanager
    def page_checkpoints(self, connection: Connection) -> Iterator[None]:
        """Around a page transaction of a load whose index is written beside the cache:
        its commit leaves the checkpoint to ``after_commit`` (``store.wal_checkpoints``)."""
        if self._checkpoints is None or not self._checkpoints.working:
            yield
            return
        with deferred_checkpoints(connection):
            yield

    def after_commit(
        self, fts_rows: Sequence[Sequence[object]], removed_case_ids: Sequence[int], cursor: str
    ) -> None:
        """Hand a committed page to the writer beside the cache (``begin_page`` was True)."""
        assert self._writer is not None
        self._writer.add_page(fts_rows, removed_case_ids, cursor)
        if self._checkpoints is not None:
            self._checkpoints.request()

    def pending(self) -> bool:
        with self._engine.connect() as connection:
            return fts_index.is_pending(connection)

    def upkeep_pending(self) -> bool:
        with self._engine.connect() as connection:
            return fts_index.word_list_pending(connection)

    def finish(self) -> bool:
        """Finish a pending bulk load's index: adopt the one beside the cache (or build it
        from the rows when that does not match), or merge the cache's own segments;
        True if there was one to finish."""
        with self._engine.connect() as connection:
            mode = fts_index.bulk_load_mode(connection)
        if mode == fts_index.BESIDE:
            self._adopt()
            return True
        return fts_index.build_pending_index(self._engine)

    def pause(self) -> None:
        """A load beside the cache that stopped early (an error, or a crash of an earlier
        run): make what it indexed searchable now, and have the next sync continue the
        load in the cache's own index."""
        with self._engine.connect() as connection:
            mode = fts_index.bulk_load_mode(connection)
        if mode != fts_index.BESIDE:
            return
        self._adopt()
        with self._engine.begin() as connection:
            fts_index.begin_bulk_load(connection)

    def complete_upkeep(self) -> bool:
        """The part of adopting an index beside the cache that waits until the sync has
        returned (``fts_index.complete_upkeep``); True if there was any."""
        return fts_index.complete_upkeep(self._engine)

    def forget(self, connection: Connection) -> None:
        """Inside a reset's transaction: the load and its side file are void."""
        self.close()
        location = self._cache_location()
        if location is not None:
            _remove_side_file(location)
        fts_index.forget_bulk_load(connection)

    def close(self) -> None:
        """Stop a writer beside the cache after the pages queued so far; the next sync
        adopts what it wrote."""
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
        self._stop_checkpoints()

    def _adopt(self) -> None:
        location = self._cache_location()
        with self._engine.connect() as connection:
            cursor = self._cursor(connection)
        writer, self._writer = self._writer, None
        self._stop_checkpoints()
        if writer is None and location is not None:
            # Left by an earlier run: usable if its last page is the cache's last page.
            writer = IndexLoadWriter(location, resume_after=cursor)
        indexed = writer.finish() if writer is not None else None
        if location is not None and indexed is not None and indexed == cursor:
            fts_index.adopt_index_load(self._engine, location)
        else:
            fts_index.rebuild_instead(self._engine)
        if location is not None:
            _remove_side_file(location)

    def _stop_checkpoints(self) -> None:
        checkpoints, self._checkpoints = self._checkpoints, None
        if checkpoints is not None:
            checkpoints.close()

    def _cursor(self, connection: Connection) -> str:
        value = connection.exec_driver_sql(_GET_META, (self._cursor_key,)).scalar_one_or_none()
        return self._initial_cursor if value is None else str(value)

    def _cache_location(self) -> CacheLocation | None:
        if not self._located:
            self._location = CacheLocation.of(self._engine)
            self._located = True
        return self._location


def _remove_side_file(location: CacheLocation) -> None:
    """Best effort: a side file left behind is encrypted, and the next load replaces it
    (a wipe removes the whole folder)."""
    try:
        remove_index_load(location.path)
    except OSError as error:
        logger.warning(
            "The finished search index beside the cache could not be removed: %s",
            type(error).__name__,
        )
