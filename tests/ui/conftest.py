"""Fixtures for the Qt UI tests: a qasync loop per test, icons, and an encrypted cache that
was synced from a real hub."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from tests.support.hub_server import RunningHub
from workstation.domain.models import ExpertIdentity
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache, open_reader
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.engine import SyncEngine
from workstation.sync.session import login
from workstation.ui.icons import IconLibrary
from workstation.ui.notifications.desktop_server import (
    DesktopNotificationServer,
    NotificationServerUnavailable,
)
from workstation.ui.settings.settings import Settings

T = TypeVar("T")
RunAsync = Callable[[Coroutine[Any, Any, T]], T]

DEMO_PASSWORD = "demo"
# A scenario that hangs fails after this long. pytest-timeout cannot help here: its
# signal handler only runs when Python code runs, and a stuck Qt loop runs none.
SCENARIO_TIMEOUT_SECONDS = 60.0


@pytest.fixture
def run_async(qapp: QApplication) -> RunAsync[Any]:
    """Runs a coroutine to completion on a fresh qasync loop over the test QApplication,
    so that coroutines and Qt widgets share one event loop as in the app."""

    def run(coroutine: Coroutine[Any, Any, T]) -> T:
        loop = qasync.QEventLoop(qapp)
        # As in the app: closing the last window must not end the loop under a coroutine.
        quit_on_last_window = qapp.quitOnLastWindowClosed()
        qapp.setQuitOnLastWindowClosed(False)
        try:
            return loop.run_until_complete(
                asyncio.wait_for(coroutine, timeout=SCENARIO_TIMEOUT_SECONDS)
            )
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            qapp.setQuitOnLastWindowClosed(quit_on_last_window)
            release_qt_objects_of_closed_loops()

    return run


def release_qt_objects_of_closed_loops() -> None:
    """Free a closed qasync loop now, outside any Qt event dispatch.

    A closed loop is kept alive by reference cycles, so the cyclic garbage collector frees
    it, and with it its timer QObject, at a random later moment. If that moment falls
    inside Qt's timer dispatch, Qt delivers a timer event to the deleted object and the
    process crashes.
    """
    gc.collect()


async def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    """Yield to the loop until `condition()` holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


@pytest.fixture
def icons(qapp: QApplication) -> IconLibrary:
    return IconLibrary()


def ini_settings(path: Path) -> Settings:
    """Settings in a private INI file, never the user's real ones."""
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def settings_beside(data_dir: Path) -> Settings:
    """Settings next to (not inside) an app's data directory."""
    return ini_settings(data_dir.with_name(f"{data_dir.name}-settings.ini"))


@dataclass
class SyncedCache:
    """An SQLCipher cache file filled by a real first sync as `petra`."""

    hub: RunningHub
    engine: Engine
    reader: Engine
    store: CaseCache  # writes and worker-thread reads
    view: CaseCache  # the GUI thread's small reads
    worker: DbWorker
    expert: ExpertIdentity


@pytest.fixture
def synced_cache(
    hub_server: RunningHub, tmp_path: Path, run_async: RunAsync[Any]
) -> Iterator[SyncedCache]:
    engine = open_cache(tmp_path / "cache.db", new_cache_key())
    reader = open_reader(engine)
    worker = DbWorker()
    store = CaseCache(engine)

    async def first_sync() -> ExpertIdentity:
        client = HubClient(hub_server.url)
        try:
            session = await login(client, "petra", DEMO_PASSWORD)
            await SyncEngine(session, store, worker).sync()
            return session.expert
        finally:
            await client.aclose()

    expert = run_async(first_sync())
    try:
        yield SyncedCache(
            hub=hub_server,
            engine=engine,
            reader=reader,
            store=store,
            view=CaseCache(reader),
            worker=worker,
            expert=expert,
        )
    finally:
        worker.close()
        reader.dispose()
        engine.dispose()


@pytest.fixture
def app_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Fails the test on any error the app or asyncio logs (an unhandled exception, a task
    destroyed while pending, an unclosed transport)."""
    caplog.set_level(logging.WARNING)
    yield caplog
    gc.collect()
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors == [], [record.getMessage() for record in errors]


@pytest.fixture
def settings(tmp_path: Path, qapp: QApplication) -> Settings:
    return ini_settings(tmp_path / "settings.ini")


@pytest.fixture(autouse=True)
def desktop_notifications_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A safety net: an app built without ``recording_connector()`` must not reach the
    real session bus (it would show notifications on the developer's desktop, or make the
    bus start a notification daemon under CI). It finds no notification server instead,
    and says so in the log, where ``app_logs`` sees it."""

    async def refuse(_server: DesktopNotificationServer) -> None:
        logging.getLogger(__name__).error(
            "a UI test's app tried the session bus; give it recording_connector()"
        )
        raise NotificationServerUnavailable("the session bus is off limits in UI tests")

    monkeypatch.setattr(DesktopNotificationServer, "start", refuse)
