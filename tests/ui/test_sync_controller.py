"""The Qt adapter over the sync engine, against a real hub: signals, offline and back."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import Engine

from tests.support.hub_server import RunningHub
from tests.ui.conftest import DEMO_PASSWORD, RunAsync, wait_until
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.engine import SyncEngine
from workstation.sync.session import Session, login
from workstation.ui.sync_controller import SyncController
from workstation.ui.tasks import TaskSet


class SwitchableProxy:
    """A TCP forwarder to the hub that can be switched off (connections refused, open ones
    cut) and on again at the same address: a network outage on the loopback interface."""

    def __init__(self, target: str) -> None:
        parts = urlsplit(target)
        self._target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._pipes: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def switch_on(self) -> None:
        self._server = await asyncio.start_server(self._forward, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def switch_off(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
        # Open connections are cut first: wait_closed() waits for them to end.
        for writer in list(self._writers):
            writer.close()
        for pipe in list(self._pipes):
            pipe.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)
        if server is not None:
            await server.wait_closed()

    async def _forward(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(*self._target)
        self._writers.update((writer, upstream_writer))
        pipes = [
            asyncio.ensure_future(self._pipe(reader, upstream_writer)),
            asyncio.ensure_future(self._pipe(upstream_reader, writer)),
        ]
        self._pipes.update(pipes)
        await asyncio.gather(*pipes, return_exceptions=True)
        self._pipes.difference_update(pipes)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while chunk := await reader.read(65536):
                writer.write(chunk)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


@pytest.fixture
def file_cache(tmp_path: Path) -> Iterator[tuple[CaseCache, DbWorker]]:
    engine: Engine = open_cache(tmp_path / "cache.db", new_cache_key())
    worker = DbWorker()
    yield CaseCache(engine), worker
    worker.close()
    engine.dispose()


class Recorder:
    def __init__(self, controller: SyncController) -> None:
        self.events: list[tuple[str, Any]] = []
        controller.syncStarted.connect(lambda: self.events.append(("started", None)))
        controller.syncProgress.connect(
            lambda received, remaining: self.events.append(("progress", (received, remaining)))
        )
        controller.syncFinished.connect(
            lambda changed, removed: self.events.append(("finished", (changed, removed)))
        )
        controller.syncFailed.connect(lambda text: self.events.append(("failed", text)))
        controller.onlineChanged.connect(lambda online: self.events.append(("online", online)))
        controller.sessionExpired.connect(lambda: self.events.append(("expired", None)))

    def of(self, kind: str) -> list[Any]:
        return [value for name, value in self.events if name == kind]


def test_the_first_sync_reports_progress_page_by_page(
    hub_server: RunningHub, file_cache: tuple[CaseCache, DbWorker], run_async: RunAsync[Any]
) -> None:
    cache, worker = file_cache

    async def scenario() -> None:
        client, tasks = HubClient(hub_server.url), TaskSet()
        try:
            session = await login(client, "petra", DEMO_PASSWORD)
            controller = SyncController(
                SyncEngine(session, cache, worker, page_limit=25), tasks, interval_seconds=60
            )
            recorder = Recorder(controller)
            controller.start()
            await wait_until(lambda: bool(recorder.of("finished")))
            await controller.stop()
        finally:
            await tasks.close()
            await client.aclose()

        progress = recorder.of("progress")
        assert len(progress) >= 3
        received = [step[0] for step in progress]
        assert received == sorted(received)
        assert progress[-1][1] == 0
        assert any(remaining for _, remaining in progress[:-1])
        changed, removed = recorder.of("finished")[0]
        assert len(changed) > 0
        assert removed == frozenset()
        assert recorder.of("online") == [True]
        assert recorder.events[0] == ("started", None)

    run_async(scenario())


def test_losing_the_hub_flips_to_offline_and_back(
    hub_server: RunningHub, file_cache: tuple[CaseCache, DbWorker], run_async: RunAsync[Any]
) -> None:
    cache, worker = file_cache

    async def scenario() -> None:
        proxy = SwitchableProxy(hub_server.url)
        await proxy.switch_on()
        client, tasks = HubClient(proxy.url, timeout=5.0), TaskSet()
        try:
            session = await login(client, "petra", DEMO_PASSWORD)
            controller = SyncController(
                SyncEngine(session, cache, worker), tasks, interval_seconds=0.2
            )
            recorder = Recorder(controller)
            controller.start()
            await wait_until(lambda: recorder.of("online") == [True])

            await proxy.switch_off()
            await wait_until(lambda: recorder.of("online") == [True, False])
            assert "cannot be reached" in recorder.of("failed")[-1]
            assert controller.running  # keeps trying

            await proxy.switch_on()
            await wait_until(lambda: recorder.of("online") == [True, False, True])
            await controller.stop()
            assert not controller.running
        finally:
            await tasks.close()
            await client.aclose()
            await proxy.switch_off()

    run_async(scenario())


def test_sync_now_during_a_sync_runs_once_more_afterwards(
    hub_server: RunningHub, file_cache: tuple[CaseCache, DbWorker], run_async: RunAsync[Any]
) -> None:
    cache, worker = file_cache

    async def scenario() -> None:
        client, tasks = HubClient(hub_server.url), TaskSet()
        try:
            session = await login(client, "petra", DEMO_PASSWORD)
            controller = SyncController(
                SyncEngine(session, cache, worker, page_limit=25), tasks, interval_seconds=60
            )
            recorder = Recorder(controller)
            controller.start()
            await wait_until(lambda: controller.syncing)
            controller.sync_now()
            await wait_until(lambda: len(recorder.of("finished")) == 2)
            await controller.stop()
        finally:
            await tasks.close()
            await client.aclose()

        assert len(recorder.of("started")) == 2
        _, (changed_again, _) = recorder.of("finished")
        assert changed_again == frozenset()  # nothing new at the hub

    run_async(scenario())


def test_a_session_the_hub_no_longer_accepts_asks_for_a_new_login(
    hub_server: RunningHub, file_cache: tuple[CaseCache, DbWorker], run_async: RunAsync[Any]
) -> None:
    cache, worker = file_cache

    async def scenario() -> None:
        client, tasks = HubClient(hub_server.url), TaskSet()
        try:
            real = await login(client, "petra", DEMO_PASSWORD)
            forged = replace(real.tokens, access_token="forged", refresh_token="forged")
            controller = SyncController(
                SyncEngine(Session(client, forged), cache, worker), tasks, interval_seconds=0.1
            )
            recorder = Recorder(controller)
            controller.start()
            await wait_until(lambda: bool(recorder.of("expired")))
            await wait_until(lambda: not controller.running)
            assert "log in again" in recorder.of("failed")[-1]
            assert recorder.of("finished") == []

            # After a new login the same controller carries on with a new engine.
            controller.replace_engine(SyncEngine(real, cache, worker))
            controller.sync_now()
            await wait_until(lambda: bool(recorder.of("finished")))
            await controller.stop()
        finally:
            await tasks.close()
            await client.aclose()

    run_async(scenario())
