from bench.bench_notify import BENCHMARK as BENCHMARK
