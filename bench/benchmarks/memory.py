"""``rss_inbox_1m_mb``: resident memory of a fresh process with the inbox open over the
generated cache, after 20 searches (``bench.entries.inbox_rss``)."""

from __future__ import annotations

import random
import subprocess
import sys
from typing import Final

from bench.benchmarks.search import make_queries
from bench.generate import ensure_cache
from bench.harness import REPO_ROOT, BenchContext, Benchmark, Measurement, size_label
from workstation.store.cache import CaseCache

SEARCHES: Final = 20
TARGET_MB: Final = 200.0
TIMEOUT_S: Final = 300.0
MEGABYTE: Final = 1024 * 1024


def run(context: BenchContext) -> list[Measurement]:
    measurements: list[Measurement] = []
    for cases in context.cache_sizes:
        generated = ensure_cache(cases, context.data_dir)
        engine = generated.open()
        try:
            queries = make_queries(CaseCache(engine), cases, SEARCHES, random.Random(7))
        finally:
            engine.dispose()
        finished = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.entries.inbox_rss",
                str(generated.path),
                str(generated.path.with_suffix(".key")),
                *queries,
            ],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        if finished.returncode != 0:
            raise RuntimeError(f"inbox_rss failed: {finished.stderr[-2000:]}")
        rss, peak = (int(value) / MEGABYTE for value in finished.stdout.split())
        label = size_label(cases)
        context.log(f"{label}: {rss:.0f} MB resident, peak {peak:.0f} MB")
        measurements.append(Measurement(f"rss_inbox_{label}_mb", rss, TARGET_MB))
    return measurements


BENCHMARK = Benchmark(
    name="memory",
    description=f"resident memory with the inbox open after {SEARCHES} searches",
    run=run,
)
