"""A first sync into a file cache: the search index is written beside the cache by a
second thread and adopted when the load ends, also when the load breaks off."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.support.hub_server import RunningHub
from tests.sync.helpers import cached_versions, integrity_problems, rig, visible_case_ids
from tests.sync.transports import HubTap, cut_off_answer
from workstation.domain.changes import ProtocolError
from workstation.store import search_vocabulary
from workstation.store.cache_file import index_load_path
from workstation.sync.client import HubClient

CHANGES = "/sync/changes"


def _indexed_ids(petra_engine: Engine) -> list[int]:
    with petra_engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT rowid FROM case_fts ORDER BY rowid")
        return list(rows.scalars())


def test_a_first_sync_indexes_beside_the_cache_and_fills_the_word_list_after(
    hub_server: RunningHub, tmp_path: Path
) -> None:
    cache_path = tmp_path / "cache.db"

    async def scenario() -> None:
        petra = await rig(hub_server.url, cache_path=cache_path, page_limit=5)
        try:
            result = await petra.sync.sync()
            assert result.first_sync and result.pages > 2

            expected = sorted(visible_case_ids(hub_server.engine, "petra"))
            assert _indexed_ids(petra.engine) == expected
            assert not index_load_path(cache_path).exists()
            await petra.sync.upkeep_done()
            assert not await petra.worker.run(petra.cache.index_upkeep_pending)
            with petra.engine.connect() as connection:
                assert search_vocabulary.expand_prefix(connection, "rechn")
            assert integrity_problems(petra.engine) == []
        finally:
            await petra.close()

    asyncio.run(scenario())


def test_a_first_sync_that_breaks_off_leaves_its_cases_searchable(
    hub_server: RunningHub, tmp_path: Path
) -> None:
    cache_path = tmp_path / "cache.db"

    async def scenario() -> None:
        tap = HubTap(rewrite_path=CHANGES, rewrite=cut_off_answer(3))
        petra = await rig(
            hub_server.url,
            cache_path=cache_path,
            page_limit=5,
            client_factory=lambda url: HubClient(url, transport=tap),
        )
        try:
            with pytest.raises(ProtocolError):
                await petra.sync.sync()
            stored = sorted(cached_versions(petra.engine))
            assert stored
            # Adopted at once: the stored cases are found, the load goes on next time.
            assert _indexed_ids(petra.engine) == stored
            assert not index_load_path(cache_path).exists()
            assert petra.cache.index_pending()

            result = await petra.sync.sync()

            assert not result.first_sync
            expected = sorted(visible_case_ids(hub_server.engine, "petra"))
            assert _indexed_ids(petra.engine) == expected
            assert not petra.cache.index_pending()
            await petra.sync.upkeep_done()
            assert integrity_problems(petra.engine) == []
        finally:
            await petra.close()

    asyncio.run(scenario())
