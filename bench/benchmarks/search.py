"""``search_p95_100k_ms``, ``search_p95_1m_ms``: full-text search with highlighted hits.

200 queries of one to three words taken from the cached texts, a good share ending in a
prefix as while typing, each run once through the ``DbWorker`` exactly as the app runs it
(``CaseCache.search``: the FTS5 query, the hits' rows and the highlighting), awaited on a
qasync loop over a QApplication while a 10 ms probe timer measures the longest time the
loop is blocked (``loop_lag_max_search_ms``, at the largest size).
"""

from __future__ import annotations

import random
import re
import statistics
import time
from typing import Final

from bench.generate import ensure_cache
from bench.harness import BenchContext, Benchmark, Measurement, percentile, size_label
from bench.qt_loop import LoopLagProbe, run_on_qasync
from workstation.store.cache import CaseCache
from workstation.store.worker import DbWorker

QUERIES: Final = 200
WARM_UP: Final = 10
TARGET_P95_MS: Final = 30.0
TARGET_LOOP_LAG_MS: Final = 50.0
_WORD: Final = re.compile(r"[^\W\d_]{3,}")


def make_queries(cache: CaseCache, cases: int, count: int, rng: random.Random) -> list[str]:
    """Queries like an expert types them: words from real threads, 1–3 of them, and in
    four of ten the last one only begun (3–5 letters)."""
    queries: list[str] = []
    while len(queries) < count:
        thread = cache.thread(rng.randint(1, cases), include_pending=False)
        words = [word for message in thread for word in _WORD.findall(message.body_text)]
        if len(words) < 3:
            continue
        start = rng.randrange(len(words) - 2)
        chosen = words[start : start + rng.randint(1, 3)]
        if rng.random() < 0.4:
            chosen[-1] = chosen[-1][: rng.randint(3, 5)]
        queries.append(" ".join(chosen))
    return queries


def run(context: BenchContext) -> list[Measurement]:
    measurements: list[Measurement] = []
    loop_lag_ms = 0.0
    for cases in context.cache_sizes:
        found, loop_lag_ms = _run_at(context, cases)
        measurements += found
    measurements.append(Measurement("loop_lag_max_search_ms", loop_lag_ms, TARGET_LOOP_LAG_MS))
    return measurements


def _run_at(context: BenchContext, cases: int) -> tuple[list[Measurement], float]:
    generated = ensure_cache(cases, context.data_dir)
    if generated.seconds_to_generate is not None:
        context.log(f"generated {cases} cases in {generated.seconds_to_generate:.0f} s")
    engine = generated.open()
    worker = DbWorker()
    probe = LoopLagProbe()
    try:
        cache = CaseCache(engine)
        queries = make_queries(cache, cases, QUERIES + WARM_UP, random.Random(20261124))
        timings_ms, hits = run_on_qasync(_timed(worker, cache, queries, probe))
    finally:
        worker.close()
        engine.dispose()
    timings_ms = timings_ms[WARM_UP:]
    label = size_label(cases)
    context.log(
        f"{label}: {len(timings_ms)} queries, median {statistics.median(timings_ms):.1f} ms, "
        f"max {max(timings_ms):.1f} ms, {statistics.mean(hits):.0f} hits on average, "
        f"loop blocked at most {probe.max_lag_ms:.1f} ms"
    )
    return [
        Measurement(f"search_p95_{label}_ms", percentile(timings_ms, 0.95), TARGET_P95_MS),
        Measurement(f"search_median_{label}_ms", statistics.median(timings_ms)),
    ], probe.max_lag_ms


async def _timed(
    worker: DbWorker, cache: CaseCache, queries: list[str], probe: LoopLagProbe
) -> tuple[list[float], list[int]]:
    timings: list[float] = []
    hits: list[int] = []
    probe.start()
    for query in queries:
        started = time.perf_counter()
        found = await worker.run(cache.search, query)
        timings.append((time.perf_counter() - started) * 1000)
        hits.append(len(found))
    probe.stop()
    return timings, hits


BENCHMARK = Benchmark(
    name="search",
    description=f"full-text search with highlights, p95 over {QUERIES} queries",
    run=run,
)
