"""A first load's page commits leave copying the write-ahead log to a thread of its own."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.domain.documents import case_document, change, message_document
from tests.store.builders import page
from workstation.domain.changes import ChangePage
from workstation.store.cache import CaseCache
from workstation.store.index_load import CacheLocation
from workstation.store.wal_checkpoints import BackgroundCheckpoints, deferred_checkpoints


@pytest.fixture
def file_cache(file_engine: Engine) -> Iterator[CaseCache]:
    cache = CaseCache(file_engine)
    yield cache
    cache.close()


def _big_pages(count: int) -> list[ChangePage]:
    """Pages whose commits each write a few hundred database pages."""
    body = "Die Buchung erscheint doppelt im Journal. " * 40
    return [
        page(
            *(
                change(
                    "case",
                    case_document(
                        case_id, messages=[message_document(case_id * 10, body_text=body)]
                    ),
                )
                for case_id in range(number * 100 + 1, number * 100 + 101)
            ),
            cursor=str(number + 1),
        )
        for number in range(count)
    ]


def _autocheckpoint(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


def test_the_load_commits_without_checkpoints_and_the_log_still_reaches_the_file(
    file_cache: CaseCache, cache_path: Path
) -> None:
    settings_at_commit: list[int] = []

    def on_commit(connection: Any) -> None:
        driver = connection.connection.driver_connection
        settings_at_commit.append(driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])

    event.listen(file_cache.engine, "commit", on_commit)
    empty_file_size = cache_path.stat().st_size
    for each in _big_pages(8):
        file_cache.apply_page(each, defer_index=True)
    file_cache.close()  # waits for the checkpoint under way
    event.remove(file_cache.engine, "commit", on_commit)

    # The first page decides that the load goes beside the cache; every later one defers.
    assert settings_at_commit[1:] == [0] * 7
    assert _autocheckpoint(file_cache.engine) == 1000
    # Only a checkpoint moves pages from the log into the file, and no commit made one.
    assert cache_path.stat().st_size > empty_file_size + 1_000_000
    assert file_cache.build_pending_index()
    assert len(file_cache.search_case_ids("Journal")) > 0


def test_a_load_into_the_caches_own_index_keeps_sqlites_checkpoints(
    file_cache: CaseCache,
) -> None:
    first, second = _big_pages(2)
    file_cache.apply_page(first, defer_index=True)
    file_cache.pause_index_load()  # the load continues in the cache's own index

    settings_at_commit: list[int] = []

    def on_commit(connection: Any) -> None:
        driver = connection.connection.driver_connection
        settings_at_commit.append(driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])

    event.listen(file_cache.engine, "commit", on_commit)
    file_cache.apply_page(second, defer_index=True)
    event.remove(file_cache.engine, "commit", on_commit)

    assert settings_at_commit == [1000]


def test_deferred_checkpoints_restore_the_setting_after_an_error(file_engine: Engine) -> None:
    with file_engine.connect() as connection:
        with pytest.raises(RuntimeError), deferred_checkpoints(connection):
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one() == 0
            raise RuntimeError("the page failed")
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one() == 1000


def test_a_failing_checkpoint_hands_back_to_sqlite_and_names_no_path(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    unreachable = tmp_path / "no such folder" / "Jürgen" / "cache.db"
    checkpoints = BackgroundCheckpoints(CacheLocation(unreachable, "x'00'"))

    with caplog.at_level(logging.WARNING):
        checkpoints.request()
        checkpoints.close()

    assert not checkpoints.working
    assert "Background checkpoints of the cache stopped" in caplog.text
    assert "Jürgen" not in caplog.text


def test_a_request_after_closing_is_ignored(file_engine: Engine) -> None:
    location = CacheLocation.of(file_engine)
    assert location is not None
    checkpoints = BackgroundCheckpoints(location)
    checkpoints.close()

    checkpoints.request()  # a page committed while the app quit

    assert checkpoints.working
