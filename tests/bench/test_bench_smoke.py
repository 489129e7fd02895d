"""The benchmark harness runs end to end on a tiny data set (2,000 cases): generators,
baselines, the app's paths, the table and the results file. No timing is asserted; the
figures only have to be there and be plausible numbers."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SMOKE_CASES = 2000
BENCHMARKS = ("inbox", "memory", "qsfpm", "search", "startup", "sync")


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, float], str]:
    directory = tmp_path_factory.mktemp("bench")
    results = directory / "results.json"
    results.write_text(json.dumps({"kept_from_before_ms": 1.5}))
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--quick",
            "--cases",
            str(SMOKE_CASES),
            "--data-dir",
            str(directory / "data"),
            "--results",
            str(results),
            "--only",
            *BENCHMARKS,
        ],
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-4000:]
    return json.loads(results.read_text()), finished.stdout


def test_every_benchmark_writes_its_keys(smoke_run: tuple[dict[str, float], str]) -> None:
    results, _ = smoke_run
    expected = {
        "tti_bare_qt_s",
        "tti_inbox_2k_s",
        "tti_ratio_vs_bare_qt_2k",
        "inbox_scroll_end_2k_ms",
        "inbox_sort_due_2k_ms",
        "inbox_filter_channel_2k_ms",
        "search_p95_2k_ms",
        "search_median_2k_ms",
        "loop_lag_max_search_ms",
        "rss_inbox_2k_mb",
        "qsfpm_sort_2k_ms",
        "sync_raw_pipeline_2k_cases_per_s",
        "sync_initial_2k_cases_per_s",
        "sync_ratio_vs_raw_pipeline",
        "sync_incremental_1_of_2k_ms",
        "loop_lag_max_sync_ms",
    }
    assert expected <= results.keys()
    for key in expected:
        assert math.isfinite(results[key]) and results[key] > 0, key


def test_keys_of_benchmarks_that_did_not_run_are_kept(
    smoke_run: tuple[dict[str, float], str],
) -> None:
    results, _ = smoke_run
    assert results["kept_from_before_ms"] == 1.5


def test_the_table_marks_targets(smoke_run: tuple[dict[str, float], str]) -> None:
    _, table = smoke_run
    assert "search_p95_2k_ms" in table
    assert "≤ 30" in table
    assert "≥ 10000" in table
