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


@dataclass(frozen=True, slots=True)
class BenchContext:
    """``quick`` asks for fewer repetitions (the data sizes stay, so keys stay true)."""

    quick: bool
    data_dir: Path = DATA_DIR

    def log(self, message: str) -> None:
        print(f"  {message}", flush=True)


@dataclass(frozen=True, slots=True)
class Measurement:
    """``target``: the value must stay at or below it (all our figures are costs)."""

    key: str
    value: float
    target: float | None = None

    @property
    def within_target(self) -> bool | None:
        return None if self.target is None else self.value <= self.target


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
        verdict = {True: "ok", False: "OVER TARGET", None: ""}[measurement.within_target]
        target = "" if measurement.target is None else f"≤ {measurement.target:g}"
        rows.append((measurement.key, f"{measurement.value:.3f}", target, verdict))
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    for index, row in enumerate(rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)), file=out
        )
        if index == 0:
            print("  ".join("-" * width for width in widths), file=out)
