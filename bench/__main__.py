"""``python -m bench [--quick] [--only NAME …]``: run the benchmarks, print a table and
merge the figures into bench/results.json."""

from __future__ import annotations

import argparse
import sys
import time

from bench.harness import (
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

    context = BenchContext(quick=arguments.quick)
    context.data_dir.mkdir(parents=True, exist_ok=True)
    measurements: list[Measurement] = []
    for benchmark in benchmarks:
        print(f"{benchmark.name}: {benchmark.description}", flush=True)
        started = time.perf_counter()
        measurements.extend(benchmark.run(context))
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)

    print()
    print_table(measurements, sys.stdout)
    merge_results(RESULTS_PATH, measurements)
    print(f"\nwritten to {RESULTS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
