"""One module per benchmark, each with a module-level ``BENCHMARK`` (see bench/harness.py)."""
