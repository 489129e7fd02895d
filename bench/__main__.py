"""``python -m bench [--quick] [--only NAME …]``: run the benchmarks, print a table and
merge the figures into bench/results.json."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench.harness import (
    DATA_DIR,
    FULL_CACHE_SIZES,
    HUB_CASES,
    QUICK_CACHE_SIZES,
    RESULTS_PATH,
    BenchContext,
    Measurement,
    discover,
    merge_results,
    print_table,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument(
        "--cases",
        type=int,
        metavar="N",
        help="run every benchmark at N cases only (a smoke run; keys carry the size)",
    )
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help="generated data")
    parser.add_argument("--results", type=Path, default=RESULTS_PATH, help="results file")
    arguments = parser.parse_args(argv)

    benchmarks = discover()
    if arguments.list:
        for benchmark in benchmarks:
            print(f"{benchmark.name}: {benchmark.description}")
        return 0
    if arguments.only:
        unknown = set(arguments.only) - {benchmark.name for benchmark in benchmarks}
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        benchmarks = [benchmark for benchmark in benchmarks if benchmark.name in arguments.only]

    cache_sizes: tuple[int, ...]
    if arguments.cases is not None:
        cache_sizes, hub_cases = (arguments.cases,), arguments.cases
    else:
        cache_sizes = QUICK_CACHE_SIZES if arguments.quick else FULL_CACHE_SIZES
        hub_cases = HUB_CASES
    context = BenchContext(
        quick=arguments.quick,
        data_dir=arguments.data_dir,
        cache_sizes=cache_sizes,
        hub_cases=hub_cases,
    )
    context.data_dir.mkdir(parents=True, exist_ok=True)
    measurements: list[Measurement] = []
    for benchmark in benchmarks:
        print(f"{benchmark.name}: {benchmark.description}", flush=True)
        started = time.perf_counter()
        measurements.extend(benchmark.run(context))
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)

    print()
    print_table(measurements, sys.stdout)
    merge_results(arguments.results, measurements)
    print(f"\nwritten to {arguments.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
