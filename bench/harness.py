"""The benchmark harness: discovery, the results table and ``bench/results.json``.

A benchmark is one module in ``bench/benchmarks`` with a module-level ``BENCHMARK``. Its
``run`` gets a ``BenchContext`` and returns measurements, each under a flat key that
names its unit (``search_p95_100k_ms``). The harness prints them and merges them into
``bench/results.json``, keeping the keys of benchmarks that did not run.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import statistics
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

BENCH_DIR: Final = Path(__file__).resolve().parent
REPO_ROOT: Final = BENCH_DIR.parent
DATA_DIR: Final = BENCH_DIR / "data"  # generated data, git-ignored
RESULTS_PATH: Final = BENCH_DIR / "results.json"


QUICK_CACHE_SIZES: Final = (100_000,)
FULL_CACHE_SIZES: Final = (100_000, 1_000_000)
HUB_CASES: Final = 100_000


@dataclass(frozen=True, slots=True)
class BenchContext:
    """``quick`` asks for fewer repetitions; ``cache_sizes`` are the cached-case counts the
    inbox, search and start-up benchmarks run at (the key names carry the size, so a quick
    run never overwrites a 1M figure), ``hub_cases`` the size of the sync benchmarks."""

    quick: bool
    data_dir: Path = DATA_DIR
    cache_sizes: tuple[int, ...] = FULL_CACHE_SIZES
    hub_cases: int = HUB_CASES

    def log(self, message: str) -> None:
        print(f"  {message}", flush=True)


def size_label(cases: int) -> str:
    """``1m``, ``100k``, ``2k``: the size as it appears in result keys."""
    if cases % 1_000_000 == 0:
        return f"{cases // 1_000_000}m"
    if cases % 1000 == 0:
        return f"{cases // 1000}k"
    return str(cases)


@dataclass(frozen=True, slots=True)
class Measurement:
    """``target``: the value must stay at or below it (a cost); ``minimum``: at or above
    it (a rate)."""

    key: str
    value: float
    target: float | None = None
    minimum: float | None = None

    @property
    def within_target(self) -> bool | None:
        if self.target is None and self.minimum is None:
            return None
        return (self.target is None or self.value <= self.target) and (
            self.minimum is None or self.value >= self.minimum
        )

    @property
    def target_text(self) -> str:
        if self.target is not None:
            return f"≤ {self.target:g}"
        if self.minimum is not None:
            return f"≥ {self.minimum:g}"
        return ""


@dataclass(frozen=True, slots=True)
class Benchmark:
    name: str
    description: str
    run: Callable[[BenchContext], list[Measurement]]


def discover(package: str = "bench.benchmarks") -> list[Benchmark]:
    """Every ``BENCHMARK`` of the modules in ``package``, in module name order."""
    module = importlib.import_module(package)
    found: list[Benchmark] = []
    for info in sorted(pkgutil.iter_modules(module.__path__), key=lambda info: info.name):
        candidate = getattr(importlib.import_module(f"{package}.{info.name}"), "BENCHMARK", None)
        if isinstance(candidate, Benchmark):
            found.append(candidate)
    return found


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (e.g. 0.95) by linear interpolation."""
    if not values:
        raise ValueError("no values")
    if len(values) == 1:
        return values[0]
    cut_points = statistics.quantiles(values, n=100, method="inclusive")
    return cut_points[round(fraction * 100) - 1]


def merge_results(path: Path, measurements: Iterable[Measurement]) -> dict[str, float]:
    """Write the measurements into the JSON object at ``path``, keeping its other keys;
    written to a temporary file first so a crash never leaves half a file."""
    results: dict[str, float] = {}
    if path.exists():
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            results.update(loaded)
    for measurement in measurements:
        results[measurement.key] = round(measurement.value, 3)
    ordered = dict(sorted(results.items()))
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
    ) as file:
        json.dump(ordered, file, indent=2)
        file.write("\n")
    os.replace(file.name, path)
    return ordered


def print_table(measurements: Sequence[Measurement], out: TextIO) -> None:
    rows = [("key", "value", "target", "")]
    for measurement in measurements:
        verdict = {True: "ok", False: "MISSED", None: ""}[measurement.within_target]
        rows.append((measurement.key, f"{measurement.value:.3f}", measurement.target_text, verdict))
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for index, row in enumerate(rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)), file=out
        )
        if index == 0:
            print("  ".join("-" * width for width in widths), file=out)
