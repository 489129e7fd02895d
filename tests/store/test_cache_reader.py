"""The plain reader the inbox paints its first page from, and the engine created on first
use: the reader answers exactly as the cache does, opens only a cache it can read at this
version, and the deferred engine is created once, when first used."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.domain.documents import case_document, change
from tests.store.builders import page
from workstation.domain.models import Channel
from workstation.store.cache import CaseCache
from workstation.store.cache_reader import CacheReader
from workstation.store.database import memory_cache_name, new_cache_key, open_cache
from workstation.store.deferred_engine import DeferredEngine, create_now, deferred_engine
from workstation.store.queries import CaseView, InboxQuery

QUERIES = [
    InboxQuery(),
    InboxQuery(sort="sla_due", descending=True),
    InboxQuery(channel=Channel.FORUM),
    InboxQuery.for_view(CaseView.OFFERS),
    InboxQuery.for_view(CaseView.MY_CASES, client_id=2),
]


def _filled(engine: Engine) -> CaseCache:
    cache = CaseCache(engine)
    documents = [
        case_document(
            case_id,
            channel="forum" if case_id % 3 == 0 else "email",
            client_id=1 + case_id % 2,
            status="offered" if case_id % 4 == 0 else "open",
            assigned_expert_id=None if case_id % 4 == 0 else 1,
        )
        for case_id in range(1, 41)
    ]
    cache.apply_page(page(*(change("case", document) for document in documents)))
    cache.set_meta("last_sync_at", "1800000000")
    return cache


def test_the_reader_reads_what_the_cache_reads(cache_path: Path, cache_key: bytes) -> None:
    engine = open_cache(cache_path, cache_key)
    cache = _filled(engine)
    reader = CacheReader.open_current(cache_path, cache_key)
    assert reader is not None
    try:
        for query in QUERIES:
            assert reader.count_cases(query) == cache.count_cases(query)
            assert reader.count_cases(query, at_most=5) == cache.count_cases(query, at_most=5)
            for offset, limit in ((0, 7), (5, 100), (38, 10)):
                assert reader.case_window(query, offset, limit) == cache.case_window(
                    query, offset, limit
                )
        assert reader.last_sync_at() == 1_800_000_000
        assert reader.get_meta("absent") is None
    finally:
        reader.close()
        engine.dispose()


def test_the_reader_sees_writes_committed_after_it_opened(
    cache_path: Path, cache_key: bytes
) -> None:
    engine = open_cache(cache_path, cache_key)
    reader = CacheReader.open_current(cache_path, cache_key)
    assert reader is not None
    try:
        assert reader.count_cases(InboxQuery()) == 0
        _filled(engine)
        assert reader.count_cases(InboxQuery()) == 40
    finally:
        reader.close()
        engine.dispose()


def test_the_reader_never_writes(cache_path: Path, cache_key: bytes) -> None:
    open_cache(cache_path, cache_key).dispose()
    reader = CacheReader.open_current(cache_path, cache_key)
    assert reader is not None
    try:
        with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
            reader._connection.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    finally:
        reader.close()


def test_only_a_readable_cache_at_this_version_opens_directly(
    cache_path: Path, cache_key: bytes, tmp_path: Path
) -> None:
    assert CacheReader.open_current(cache_path, cache_key) is None  # no file yet
    open_cache(cache_path, cache_key).dispose()
    assert CacheReader.open_current(cache_path, new_cache_key()) is None  # wrong key
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database")
    assert CacheReader.open_current(foreign, cache_key) is None

    engine = open_cache(cache_path, cache_key)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0008'")
    engine.dispose()
    # An older cache must be migrated first, which only ``open_cache`` does.
    assert CacheReader.open_current(cache_path, cache_key) is None


def test_a_memory_cache_has_a_reader_too() -> None:
    engine = open_cache(None, None)
    try:
        _filled(engine)
        reader = CacheReader.open_memory(memory_cache_name(engine))
        try:
            assert reader.count_cases(InboxQuery()) == 40
        finally:
            reader.close()
    finally:
        engine.dispose()


def test_a_deferred_engine_is_created_on_first_use_once(cache_path: Path, cache_key: bytes) -> None:
    open_cache(cache_path, cache_key).dispose()
    created: list[Engine] = []

    def create() -> Engine:
        engine = open_cache(cache_path, cache_key)
        created.append(engine)
        return engine

    engine = deferred_engine(create)
    assert isinstance(engine, DeferredEngine) and not engine.created
    cache = CaseCache(engine)  # the stores only keep it
    assert created == []

    threads = [threading.Thread(target=cache.cursor) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(created) == 1 and engine.created
    create_now(engine)
    assert len(created) == 1
    engine.dispose()


def test_disposing_of_an_unused_deferred_engine_creates_nothing() -> None:
    def create() -> Engine:
        raise AssertionError("created")

    engine = deferred_engine(create)
    engine.dispose()
    assert isinstance(engine, DeferredEngine) and not engine.created
