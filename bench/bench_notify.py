"""Push notifications: how fast a new case reaches the desktop, and what idling costs.

``notify_latency_p50_ms`` / ``notify_latency_p95_ms``: from just before the hub commits a
new offer to the desktop notification server accepting the notification (dunst on a
private X display and session bus), through the whole app path: the ``/events`` stream,
the listener's debounce, an incremental sync into the encrypted cache, the notification
rules and the D-Bus call. 200 offers one after another on loopback. The offers are written
through the hub's own engine, as its mutations are; writes of other processes (``hub
simulate``) reach the stream by its 0.5 s fallback poll instead. Without Xvfb and dunst the
benchmark stops at the notifier backend and says so.

``idle_cpu_percent``: CPU time of the app process (qasync loop, tray icon, open event
stream, notification centre) over 60 s of idling, as a share of one core. The hub runs
in a separate process so its work is not counted.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, TypeVar

import qasync
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from bench.harness import BenchContext, Benchmark, Measurement, percentile
from tests.events.cases import new_offer_for_petra
from tests.events.hub_runner import running_event_hub
from tests.support.hub_server import prepare_database
from tests.tray.desktop_session import notification_desktop
from workstation.domain.notifications import (
    CaseFacts,
    NotificationPreferences,
    Situation,
)
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.engine import SyncEngine
from workstation.sync.events import EventListener, HubEvent, ListenerState
from workstation.sync.session import login
from workstation.ui.icons import IconLibrary
from workstation.ui.notifications.center import NotificationCenter, load_case_facts
from workstation.ui.notifications.desktop_server import DesktopNotificationServer
from workstation.ui.notifications.notifier import Notifier
from workstation.ui.tray.badge import TrayState
from workstation.ui.tray.tray_icon import TrayIcon

SAMPLES: Final = 200
QUICK_SAMPLES: Final = 50
WARM_UP: Final = 3
IDLE_S: Final = 60.0
QUICK_IDLE_S: Final = 5.0
LATENCY_TARGET_MS: Final = 250.0
IDLE_CPU_TARGET_PERCENT: Final = 1.0
T = TypeVar("T")
TOOLS: Final = ("Xvfb", "dbus-daemon", "dunst", "dunstctl")


class RecordingBackend:
    """Stands in for the notification server where none can run."""

    def __init__(self, on_shown: Callable[[int | None], None]) -> None:
        self._on_shown = on_shown

    def show(self, summary: str, body: str, case_id: int | None, urgent: bool) -> None:
        self._on_shown(case_id)


def run(context: BenchContext) -> list[Measurement]:
    samples = (QUICK_SAMPLES if context.quick else SAMPLES) + WARM_UP
    idle_s = QUICK_IDLE_S if context.quick else IDLE_S
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        url = f"sqlite:///{workdir / 'hub.db'}"
        prepare_database(url, seed_demo=True)
        with _desktop_bus(context, workdir) as bus_address:
            with running_event_hub(url) as hub:
                latencies = _run_on_qasync(
                    app, _measure_latency(hub.url, hub.engine, workdir, samples, bus_address)
                )
            with _hub_process(url) as hub_url:
                cpu_percent = _run_on_qasync(app, _measure_idle(app, hub_url, workdir, idle_s))
    latencies = latencies[WARM_UP:]
    context.log(
        f"{len(latencies)} offers, min {min(latencies):.1f} ms, max {max(latencies):.1f} ms; "
        f"idle {idle_s:.0f} s"
    )
    return [
        Measurement("notify_latency_p50_ms", statistics.median(latencies)),
        Measurement("notify_latency_p95_ms", percentile(latencies, 0.95), LATENCY_TARGET_MS),
        Measurement("idle_cpu_percent", cpu_percent, IDLE_CPU_TARGET_PERCENT),
    ]


@contextmanager
def _desktop_bus(context: BenchContext, workdir: Path) -> Iterator[str | None]:
    if any(_missing(tool) for tool in TOOLS):
        context.log("Xvfb/dunst missing: latency measured up to the notifier backend only")
        yield None
        return
    with notification_desktop(workdir) as desktop:
        yield desktop.bus_address


def _missing(tool: str) -> bool:
    return shutil.which(tool) is None


def _run_on_qasync(app: QApplication, coroutine: Coroutine[Any, Any, T]) -> T:
    loop = qasync.QEventLoop(app)
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.close()


async def _measure_latency(
    hub_url: str, hub_engine: Engine, workdir: Path, samples: int, bus_address: str | None
) -> list[float]:
    shown: dict[int, asyncio.Future[float]] = {}

    def on_shown(case_id: int | None) -> None:
        future = shown.get(case_id) if case_id is not None else None
        if future is not None and not future.done():
            future.set_result(time.perf_counter())

    client = HubClient(hub_url)
    worker = DbWorker()
    engine = open_cache(workdir / "latency-cache.db", new_cache_key())
    server: DesktopNotificationServer | None = None
    listener: EventListener | None = None
    try:
        session = await login(client, "petra", "demo")
        cache = CaseCache(engine)
        sync = SyncEngine(session, cache, worker)
        await sync.sync()
        notifier = Notifier()
        if bus_address is None:
            notifier.use_backend(RecordingBackend(on_shown))
        else:
            server = DesktopNotificationServer(
                "Expert Workstation",
                notifier.activate,
                bus_address=bus_address,
                on_shown=on_shown,
            )
            await server.start()
            notifier.use_backend(server)
        center = _center(cache, worker, notifier)
        await center.prime(await worker.run(_cached_ids, cache))
        states: list[ListenerState] = []

        async def sync_and_notify(_batch: Sequence[HubEvent]) -> None:
            await center.after_sync(await sync.sync())

        listener = EventListener(session, sync_and_notify, states.append)
        listener.start()
        while ListenerState.CONNECTED not in states:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)  # the catch-up sync after connecting
        loop = asyncio.get_running_loop()
        timings: list[float] = []
        for _ in range(samples):
            started = time.perf_counter()
            case_id = await asyncio.to_thread(new_offer_for_petra, hub_engine)
            future = shown.setdefault(case_id, loop.create_future())
            done = await asyncio.wait_for(future, timeout=30)
            timings.append((done - started) * 1000)
        return timings
    finally:
        if listener is not None:
            await listener.aclose()
        if server is not None:
            await server.aclose()
        worker.close()
        engine.dispose()
        await client.aclose()


def _center(cache: CaseCache, worker: DbWorker, notifier: Notifier) -> NotificationCenter:
    async def load(case_ids: Sequence[int]) -> list[CaseFacts]:
        return await worker.run(load_case_facts, cache, case_ids)

    return NotificationCenter(
        load,
        notifier,
        preferences=lambda: NotificationPreferences(quiet_outside_windows=False),
        situation=lambda: Situation(now=datetime.now(UTC), in_booked_window=True),
    )


def _cached_ids(cache: CaseCache) -> list[int]:
    with cache.engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql("SELECT id FROM cases")]


async def _measure_idle(app: QApplication, hub_url: str, workdir: Path, idle_s: float) -> float:
    client = HubClient(hub_url)
    worker = DbWorker()
    engine = open_cache(workdir / "idle-cache.db", new_cache_key())
    tray = TrayIcon(IconLibrary().app())
    tray.set_state(TrayState.ON_SHIFT)
    tray.show()
    listener: EventListener | None = None
    try:
        session = await login(client, "petra", "demo")
        cache = CaseCache(engine)
        sync = SyncEngine(session, cache, worker)
        await sync.sync()
        center = _center(cache, worker, Notifier())

        async def sync_and_notify(_batch: Sequence[HubEvent]) -> None:
            await center.after_sync(await sync.sync())

        states: list[ListenerState] = []
        listener = EventListener(session, sync_and_notify, states.append)
        listener.start()
        while ListenerState.CONNECTED not in states:
            await asyncio.sleep(0.01)
        await asyncio.sleep(1.0)  # let the catch-up sync settle
        cpu_before, wall_before = time.process_time(), time.perf_counter()
        await asyncio.sleep(idle_s)
        cpu = time.process_time() - cpu_before
        wall = time.perf_counter() - wall_before
        assert states[-1] is ListenerState.CONNECTED, "the stream dropped while idling"
        return cpu / wall * 100
    finally:
        tray.hide()
        if listener is not None:
            await listener.aclose()
        worker.close()
        engine.dispose()
        await client.aclose()


@contextmanager
def _hub_process(db_url: str) -> Iterator[str]:
    """``hub serve`` in its own process, so its CPU time is not the app's."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hub",
            "serve",
            "--port",
            "0",
            "--db",
            db_url,
            "--log-level",
            "warning",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ},
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 30
        for line in process.stdout:
            if line.startswith("HUB_URL="):
                yield line.strip().removeprefix("HUB_URL=")
                break
            if time.monotonic() > deadline:
                raise RuntimeError("hub serve did not announce its address")
        else:
            raise RuntimeError("hub serve stopped at start-up")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


BENCHMARK = Benchmark(
    name="notify",
    description="new case at the hub to a desktop notification; idle CPU with the stream open",
    run=run,
)
