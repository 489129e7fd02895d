"""A first load's search index written beside a file cache by a second thread, adopted
when the load ends, and what happens when the two files disagree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.domain.documents import case_document, change, message_document
from tests.store.builders import page
from tests.store.test_bulk_index import _QUERIES, _pages
from tests.sync.helpers import integrity_problems
from workstation.store import search_vocabulary
from workstation.store.cache import CaseCache
from workstation.store.cache_file import index_load_path, remove_cache
from workstation.store.database import open_cache
from workstation.store.retention import delete_cases


@pytest.fixture
def file_cache(file_engine: Engine) -> Iterator[CaseCache]:
    cache = CaseCache(file_engine)
    yield cache
    cache.close()


def _ids(cache: CaseCache) -> dict[str, list[int]]:
    return {query: cache.search_case_ids(query) for query in _QUERIES}


def _flags(cache: CaseCache) -> dict[str, str]:
    with cache.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT key, value FROM meta WHERE key LIKE 'fts_%'")
        return {str(key): str(value) for key, value in rows}


def _segments(cache: CaseCache) -> int:
    with cache.engine.connect() as connection:
        segments = connection.exec_driver_sql("SELECT count(DISTINCT segid) FROM case_fts_idx")
        return int(segments.scalar_one())


def _expected_ids(cache_path: Path, cache_key: bytes) -> dict[str, list[int]]:
    """What the cache's own index finds for the same pages (a memory cache loads there)."""
    engine = open_cache(None, cache_key)
    try:
        reference = CaseCache(engine)
        for each in _pages():
            reference.apply_page(each, defer_index=True)
        reference.build_pending_index()
        return _ids(reference)
    finally:
        engine.dispose()


def test_a_first_load_is_indexed_beside_the_cache_and_adopted_when_it_ends(
    file_cache: CaseCache, cache_path: Path, cache_key: bytes
) -> None:
    for each in _pages():
        file_cache.apply_page(each, defer_index=True)

    assert _flags(file_cache) == {"fts_bulk_load": "beside"}
    assert file_cache.index_pending()
    assert file_cache.search_case_ids("zweimal") == []  # not in the cache's index yet

    assert file_cache.build_pending_index()

    assert not index_load_path(cache_path).exists()
    assert not file_cache.index_pending()
    assert _ids(file_cache) == _expected_ids(cache_path, cache_key)
    # The word list and the merge follow right after the sync.
    assert _flags(file_cache) == {"fts_upkeep": "1"}
    assert _segments(file_cache) == 2
    assert file_cache.complete_index_upkeep()
    assert not file_cache.complete_index_upkeep()
    assert _flags(file_cache) == {}
    assert _segments(file_cache) == 1
    with file_cache.engine.connect() as connection:
        assert search_vocabulary.expand_prefix(connection, "rech") == [
            "rechnung",
            "rechnungen",
            "rechnungsadresse",
        ]
    assert _ids(file_cache) == _expected_ids(cache_path, cache_key)
    assert integrity_problems(file_cache.engine) == []


def test_cases_removed_or_deleted_during_the_load_leave_no_index_rows(
    file_cache: CaseCache,
) -> None:
    first, second = _pages()
    file_cache.apply_page(first, defer_index=True)
    # Retention deletes case 1 while the load runs; the hub removes case 2 on a page.
    with file_cache.engine.begin() as connection:
        delete_cases(connection, [1])
    file_cache.apply_page(page(change("case_removed", {"id": 2}), cursor="15"), defer_index=True)
    file_cache.apply_page(second, defer_index=True)

    file_cache.build_pending_index()
    file_cache.complete_index_upkeep()

    with file_cache.engine.connect() as connection:
        indexed = connection.exec_driver_sql("SELECT rowid FROM case_fts ORDER BY rowid")
        assert list(indexed.scalars()) == [3, 4]
    assert file_cache.search_case_ids("kopfhörer") == [3]
    assert integrity_problems(file_cache.engine) == []


def test_an_index_left_beside_the_cache_by_an_earlier_run_is_adopted(
    file_engine: Engine,
) -> None:
    earlier = CaseCache(file_engine)
    for each in _pages():
        earlier.apply_page(each, defer_index=True)
    earlier.close()  # the app quit during the load

    later = CaseCache(file_engine)
    try:
        assert later.build_pending_index()
        assert later.search_case_ids("zweimal") == [2]
        assert later.search_case_ids("ladegerät") == [3]
    finally:
        later.close()


def test_an_index_beside_the_cache_that_lags_behind_it_is_built_from_the_rows(
    file_engine: Engine, cache_path: Path
) -> None:
    first, second = _pages()
    earlier = CaseCache(file_engine)
    earlier.apply_page(first, defer_index=True)
    earlier.close()
    # As after a crash between the two files' commits: the cache has a page more.
    side = index_load_path(cache_path)
    kept = side.read_bytes()
    earlier = CaseCache(file_engine)
    earlier.apply_page(second, defer_index=True)
    earlier.close()
    side.write_bytes(kept)
    for stale in (side.with_name(side.name + "-wal"), side.with_name(side.name + "-shm")):
        stale.unlink(missing_ok=True)

    later = CaseCache(file_engine)
    try:
        assert later.build_pending_index()
        assert not side.exists()
        assert later.search_case_ids("zweimal") == [2]
        assert later.search_case_ids("ladegerät") == [3]  # from the page the side missed
        assert integrity_problems(file_engine) == []
    finally:
        later.close()


def test_a_writer_that_cannot_write_costs_a_rebuild_not_a_case(
    file_cache: CaseCache, cache_path: Path
) -> None:
    index_load_path(cache_path).mkdir()  # no file can be opened there

    for each in _pages():
        file_cache.apply_page(each, defer_index=True)
    file_cache.build_pending_index()

    assert file_cache.search_case_ids("zweimal") == [2]
    assert file_cache.search_case_ids("ladegerät") == [3]
    assert integrity_problems(file_cache.engine) == []


def test_a_load_that_stops_early_is_searchable_and_continues_in_the_cache(
    file_cache: CaseCache, cache_path: Path
) -> None:
    first, second = _pages()
    file_cache.apply_page(first, defer_index=True)

    file_cache.pause_index_load()

    assert not index_load_path(cache_path).exists()
    assert file_cache.search_case_ids("zweimal") == [2]
    assert file_cache.index_pending()
    assert _flags(file_cache)["fts_bulk_load"] == "1"  # the rest goes into the cache

    file_cache.apply_page(second, defer_index=True)
    assert not index_load_path(cache_path).exists()
    file_cache.build_pending_index()
    file_cache.complete_index_upkeep()

    assert file_cache.search_case_ids("zweimal") == [2]
    assert file_cache.search_case_ids("ladeg") == [3]
    assert _flags(file_cache) == {}
    assert integrity_problems(file_cache.engine) == []


def test_a_reset_during_the_load_drops_the_index_beside_the_cache(
    file_cache: CaseCache, cache_path: Path
) -> None:
    first, second = _pages()
    file_cache.apply_page(first, defer_index=True)

    file_cache.reset()

    assert not index_load_path(cache_path).exists()
    assert _flags(file_cache) == {}
    file_cache.apply_page(second, defer_index=True)
    file_cache.build_pending_index()
    assert file_cache.search_case_ids("rechnung") == [4]
    assert file_cache.search_case_ids("zweimal") == []


def test_words_of_later_cases_wait_for_the_refilled_word_list(file_cache: CaseCache) -> None:
    first, _second = _pages()
    file_cache.apply_page(first, defer_index=True)
    file_cache.build_pending_index()
    # An incremental page before the upkeep ran: its words must not be the only ones
    # listed, or "rech" would find case 5 alone.
    file_cache.apply_page(
        page(
            change(
                "case",
                case_document(
                    5,
                    subject="Rechnerwechsel",
                    messages=[message_document(50, body_text="Neuer Laptop.")],
                ),
            ),
            cursor="30",
        )
    )

    assert file_cache.search_case_ids("rech") == [5, 2]
    file_cache.complete_index_upkeep()
    assert file_cache.search_case_ids("rech") == [5, 2]


def test_removing_a_cache_removes_the_index_beside_it(
    file_cache: CaseCache, cache_path: Path
) -> None:
    file_cache.apply_page(_pages()[0], defer_index=True)
    file_cache.close()
    file_cache.engine.dispose()
    assert index_load_path(cache_path).exists()

    remove_cache(cache_path)

    assert sorted(path.name for path in cache_path.parent.iterdir()) == []


def test_a_memory_cache_loads_into_its_own_index(cache_key: bytes) -> None:
    engine = open_cache(None, cache_key)
    try:
        cache = CaseCache(engine)
        cache.apply_page(_pages()[0], defer_index=True)
        assert _flags(cache) == {"fts_bulk_load": "1"}
        assert cache.search_case_ids("zweimal") == [2]
    finally:
        engine.dispose()
