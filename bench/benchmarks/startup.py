"""Time to interactive: process start until the first painted page, against bare Qt.

Each figure is the median of several cold process starts (the OS file cache stays warm,
as on a laptop that has run the app before). The parent reads ``time.monotonic()`` just
before ``Popen``; the child prints the same clock after its first paint
(``bench.entries``). The baseline shows an empty ``QTableView`` with only PySide6
imported; the app's entry (``bench.entries.app``) runs the app's own start-up until its
main window shows the first page of the generated cache.

The app's modules are compiled to bytecode first, as an installation does and as a
laptop that has run the app before has them: with ``PYTHONDONTWRITEBYTECODE`` set (as on
some build machines) every start would otherwise compile them again, 0.1 s that no user
pays.
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from typing import Final

from bench.generate import ensure_cache
from bench.harness import REPO_ROOT, BenchContext, Benchmark, Measurement, size_label

RUNS: Final = 5
QUICK_RUNS: Final = 3
TIMEOUT_S: Final = 120.0
TARGET_TTI_S: Final = 0.5
TARGET_RATIO: Final = 4.0
TARGET_SIZE: Final = 1_000_000


def time_to_first_paint(module: str, *arguments: str) -> float:
    """Seconds from just before starting ``python -m module`` to its first paint."""
    started = time.monotonic()
    finished = subprocess.run(
        [sys.executable, "-m", module, *arguments],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if finished.returncode != 0 or not finished.stdout.strip():
        raise RuntimeError(f"{module} failed ({finished.returncode}): {finished.stderr[-2000:]}")
    return float(finished.stdout.split()[-1]) - started


def run(context: BenchContext) -> list[Measurement]:
    runs = QUICK_RUNS if context.quick else RUNS
    for package in ("workstation", "bench"):
        compileall.compile_dir(REPO_ROOT / package, quiet=1)
    bare = statistics.median(time_to_first_paint("bench.entries.bare_qt") for _ in range(runs))
    context.log(f"bare Qt: {bare:.3f} s")
    measurements = [Measurement("tti_bare_qt_s", bare)]
    for cases in context.cache_sizes:
        generated = ensure_cache(cases, context.data_dir)
        arguments = (str(generated.path), str(generated.path.with_suffix(".key")))
        timings = [time_to_first_paint("bench.entries.app", *arguments) for _ in range(runs)]
        inbox = statistics.median(timings)
        label = size_label(cases)
        context.log(f"inbox over {label}: {', '.join(f'{t:.3f}' for t in timings)} s")
        ratio_key = (
            "tti_ratio_vs_bare_qt" if cases == TARGET_SIZE else f"tti_ratio_vs_bare_qt_{label}"
        )
        measurements += [
            Measurement(f"tti_inbox_{label}_s", inbox, TARGET_TTI_S),
            Measurement(ratio_key, inbox / bare, TARGET_RATIO),
        ]
    return measurements


BENCHMARK = Benchmark(
    name="startup",
    description="time to the first painted inbox page, against a bare Qt window",
    run=run,
)
