"""``search_p95_100k_ms``: full-text search with highlighted hits on 100k cached cases.

200 queries of one to three words taken from the cached texts, a good share ending in a
prefix as while typing, each run once through the ``DbWorker`` exactly as the app runs it
(``CaseCache.search``: the FTS5 query, the hits' rows and the highlighting).
"""

from __future__ import annotations

import asyncio
import random
import re
import statistics
import time
from typing import Final

from bench.generate import ensure_cache
from bench.harness import BenchContext, Benchmark, Measurement, percentile
from workstation.store.cache import CaseCache
from workstation.store.worker import DbWorker

CASES: Final = 100_000
QUERIES: Final = 200
WARM_UP: Final = 10
TARGET_P95_MS: Final = 30.0
_WORD: Final = re.compile(r"[^\W\d_]{3,}")


def make_queries(cache: CaseCache, count: int, rng: random.Random) -> list[str]:
    """Queries like an expert types them: words from real threads, 1–3 of them, and in
    four of ten the last one only begun (3–5 letters)."""
    queries: list[str] = []
    while len(queries) < count:
        thread = cache.thread(rng.randint(1, CASES), include_pending=False)
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
    generated = ensure_cache(CASES, context.data_dir)
    if generated.seconds_to_generate is not None:
        context.log(f"generated {CASES} cases in {generated.seconds_to_generate:.0f} s")
    engine = generated.open()
    worker = DbWorker()
    try:
        cache = CaseCache(engine)
        queries = make_queries(cache, QUERIES + WARM_UP, random.Random(20261124))
        timings_ms, hits = asyncio.run(_timed(worker, cache, queries))
    finally:
        worker.close()
        engine.dispose()
    timings_ms = timings_ms[WARM_UP:]
    context.log(
        f"{len(timings_ms)} queries, median {statistics.median(timings_ms):.1f} ms, "
        f"max {max(timings_ms):.1f} ms, {statistics.mean(hits):.0f} hits on average"
    )
    return [
        Measurement("search_p95_100k_ms", percentile(timings_ms, 0.95), TARGET_P95_MS),
        Measurement("search_median_100k_ms", statistics.median(timings_ms)),
    ]


async def _timed(
    worker: DbWorker, cache: CaseCache, queries: list[str]
) -> tuple[list[float], list[int]]:
    timings: list[float] = []
    hits: list[int] = []
    for query in queries:
        started = time.perf_counter()
        found = await worker.run(cache.search, query)
        timings.append((time.perf_counter() - started) * 1000)
        hits.append(len(found))
    return timings, hits


BENCHMARK = Benchmark(
    name="search",
    description=f"full-text search with highlights, p95 over {QUERIES} queries on {CASES} cases",
    run=run,
)
