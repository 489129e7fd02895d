"""Initial and incremental sync of 100k cases from a real hub, against the raw pipeline.

A hub process (``hub serve``) on a loopback port serves a copy of the generated hub
database. First the raw pipeline (``bench.raw_pipeline``: plain httpx, ``executemany``,
one FTS insert) syncs it into a fresh SQLCipher file. Then the app's own path:
``HubClient``, ``login``, ``SyncEngine`` with ``CaseCache`` on the ``DbWorker``, on a
qasync loop over a QApplication with a 10 ms probe timer measuring how long the loop is
ever blocked. Last, one new case is added to the hub and the next sync is timed.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bench.harness import BenchContext, Benchmark, Measurement, size_label
from bench.hub_data import EXPERT_USERNAME, ensure_hub, insert_one, one_more_case
from bench.hub_process import hub_process
from bench.qt_loop import LoopLagProbe, run_on_qasync
from bench.raw_pipeline import raw_initial_sync
from workstation.platform.allocator import keep_large_buffers_in_heap
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.queries import InboxQuery
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.engine import SyncEngine
from workstation.sync.session import login

PASSWORD: Final = "demo"
TARGET_CASES_PER_S: Final = 10_000.0
TARGET_RATIO: Final = 0.7
TARGET_INCREMENTAL_MS: Final = 50.0
TARGET_LOOP_LAG_MS: Final = 50.0


@dataclass(frozen=True, slots=True)
class AppSync:
    cases: int
    initial_seconds: float
    upkeep_ms: float
    incremental_ms: float
    max_loop_lag_ms: float


def run(context: BenchContext) -> list[Measurement]:
    hub_cases = context.hub_cases
    generated = ensure_hub(hub_cases, context.data_dir)
    if generated.seconds_to_generate is not None:
        context.log(
            f"generated a hub of {hub_cases} cases in {generated.seconds_to_generate:.0f} s"
        )
    label = size_label(hub_cases)
    with tempfile.TemporaryDirectory(dir=context.data_dir) as scratch:
        directory = Path(scratch)
        db_url = generated.working_copy(directory)
        with hub_process(db_url) as hub_url:
            raw = asyncio.run(
                raw_initial_sync(hub_url, EXPERT_USERNAME, PASSWORD, directory / "raw.db")
            )
            raw_rate = raw.cases / raw.seconds
            context.log(
                f"raw pipeline: {raw.cases} cases in {raw.seconds:.1f} s "
                f"({raw.fetch_seconds:.1f} s HTTP + JSON), {raw_rate:.0f} cases/s"
            )
            # The baseline's file (about 200 MB) would otherwise still be written back
            # to disk by the kernel while the app's sync is measured.
            for raw_file in directory.glob("raw.db*"):
                raw_file.unlink()
            os.sync()
            app = run_on_qasync(
                _app_sync(hub_url, db_url, directory / "cache.db", generated.expert_id)
            )
    app_rate = app.cases / app.initial_seconds
    context.log(
        f"SyncEngine: {app.cases} cases in {app.initial_seconds:.1f} s, {app_rate:.0f} cases/s "
        f"(word list {app.upkeep_ms:.0f} ms after); incremental {app.incremental_ms:.1f} ms"
    )
    return [
        Measurement(f"sync_raw_pipeline_{label}_cases_per_s", raw_rate),
        Measurement(f"sync_initial_{label}_cases_per_s", app_rate, minimum=TARGET_CASES_PER_S),
        Measurement("sync_ratio_vs_raw_pipeline", app_rate / raw_rate, minimum=TARGET_RATIO),
        Measurement(f"sync_index_upkeep_{label}_ms", app.upkeep_ms),
        Measurement(f"sync_incremental_1_of_{label}_ms", app.incremental_ms, TARGET_INCREMENTAL_MS),
        Measurement("loop_lag_max_sync_ms", app.max_loop_lag_ms, TARGET_LOOP_LAG_MS),
    ]


async def _app_sync(hub_url: str, hub_db_url: str, cache_path: Path, expert_id: int) -> AppSync:
    keep_large_buffers_in_heap()  # as the app does at start-up
    engine = open_cache(cache_path, new_cache_key())
    worker = DbWorker()
    client = HubClient(hub_url)
    probe = LoopLagProbe()
    cache = CaseCache(engine)
    try:
        session = await login(client, EXPERT_USERNAME, PASSWORD)
        sync_engine = SyncEngine(session, cache, worker)
        probe.start()
        started = time.perf_counter()
        await sync_engine.sync()
        initial_seconds = time.perf_counter() - started
        # The word list of the new index is filled right after the sync has returned;
        # the loop keeps being probed meanwhile.
        await sync_engine.upkeep_done()
        upkeep_ms = (time.perf_counter() - started - initial_seconds) * 1000
        probe.stop()
        cases = await worker.run(cache.count_cases, InboxQuery())
        await asyncio.to_thread(insert_one, hub_db_url, one_more_case(expert_id, seed=cases))
        started = time.perf_counter()
        result = await sync_engine.sync()
        incremental_ms = (time.perf_counter() - started) * 1000
        if len(result.changed_case_ids) != 1:
            raise RuntimeError(f"the incremental sync changed {len(result.changed_case_ids)} cases")
    finally:
        await client.aclose()
        worker.close()
        cache.close()
        engine.dispose()
    return AppSync(cases, initial_seconds, upkeep_ms, incremental_ms, probe.max_lag_ms)


BENCHMARK = Benchmark(
    name="sync",
    description="initial and incremental sync of 100k cases from a real hub",
    run=run,
)
