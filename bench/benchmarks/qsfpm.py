"""``qsfpm_sort_100k_ms``, ``qsfpm_sort_1m_ms``: the naive baseline, every row in memory
behind a ``QSortFilterProxyModel`` sorted by SLA due (``bench.entries.qsfpm_sort``).

A sort that has not finished after two minutes is cut off: the key is then not written
and the run logs the cut-off (``docs/performance.md`` records it).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Final

from bench.generate import ensure_cache
from bench.harness import REPO_ROOT, BenchContext, Benchmark, Measurement, size_label

CUT_OFF_S: Final = 120.0
# A quick run (the CI smoke test, under 2 minutes) leaves the naive sort out from this
# size on: it is a fixed baseline for comparison, not something that can regress, and at
# 100k it alone takes 10 s.
QUICK_MAX_CASES: Final = 10_000


def run(context: BenchContext) -> list[Measurement]:
    measurements: list[Measurement] = []
    for cases in context.cache_sizes:
        if context.quick and cases > QUICK_MAX_CASES:
            context.log(f"{size_label(cases)}: left out of a quick run")
            continue
        generated = ensure_cache(cases, context.data_dir)
        label = size_label(cases)
        try:
            finished = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.entries.qsfpm_sort",
                    str(generated.path),
                    str(generated.path.with_suffix(".key")),
                ],
                cwd=REPO_ROOT,
                capture_output=True,
                text=True,
                timeout=CUT_OFF_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            context.log(f"{label}: cut off after {CUT_OFF_S:.0f} s (load and sort)")
            continue
        if finished.returncode != 0:
            raise RuntimeError(f"qsfpm_sort failed: {finished.stderr[-2000:]}")
        milliseconds, rows = finished.stdout.split()
        context.log(f"{label}: sorted {rows} rows in {float(milliseconds):.0f} ms")
        measurements.append(Measurement(f"qsfpm_sort_{label}_ms", float(milliseconds)))
    return measurements


BENCHMARK = Benchmark(
    name="qsfpm",
    description="naive QSortFilterProxyModel sort over every row, for comparison",
    run=run,
)
