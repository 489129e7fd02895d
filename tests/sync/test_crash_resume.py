"""``kill -9`` in the middle of a sync, then a clean resume."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.hub_server import RunningHub
from tests.sync.helpers import cached_versions, integrity_problems, rig, snapshot, visible_case_ids
from tests.sync.sync_child import KEY_VARIABLE
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache

REPO_ROOT = Path(__file__).resolve().parents[2]


def _sync_in_child_and_kill_it(
    hub_url: str, cache_path: Path, key: bytes, pages_before_kill: int
) -> list[str]:
    """Start a sync with tiny pages in a child process and SIGKILL it once it has applied
    a few pages, while it is busy fetching and writing the next ones."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.sync_child", hub_url, str(cache_path), "5"],
        cwd=REPO_ROOT,
        env={**os.environ, KEY_VARIABLE: key.hex(), "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert child.stdout is not None
        while len(lines) < pages_before_kill:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        stderr = child.stderr.read() if child.stderr else ""
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert len(lines) == pages_before_kill, f"child ended early: {lines} {stderr}"
    assert child.returncode == -signal.SIGKILL
    return lines


@pytest.mark.parametrize("pages_before_kill", [1, 6])
def test_a_sync_killed_midway_resumes_to_exactly_the_hubs_state(
    hub_server: RunningHub, tmp_path: Path, pages_before_kill: int
) -> None:
    cache_path = tmp_path / "petra" / "cache.db"
    key = new_cache_key()

    lines = _sync_in_child_and_kill_it(hub_server.url, cache_path, key, pages_before_kill)

    assert "done" not in lines
    interrupted = open_cache(cache_path, key)
    try:
        assert integrity_problems(interrupted) == []
        cursor = CaseCache(interrupted).cursor()
        kept = cached_versions(interrupted)
    finally:
        interrupted.dispose()
    expected = visible_case_ids(hub_server.engine, "petra")
    # Some pages were committed, and not yet all of them.
    assert cursor != "0"
    assert kept
    assert len(kept) < len(expected)

    async def resume_and_compare() -> None:
        resumed = await rig(hub_server.url, cache_path=cache_path, key=key, page_limit=50)
        fresh = await rig(hub_server.url)
        try:
            result = await resumed.sync.sync()
            assert not result.first_sync
            await fresh.sync.sync()

            assert cached_versions(resumed.engine) == expected
            assert snapshot(resumed.engine) == snapshot(fresh.engine)
            assert integrity_problems(resumed.engine) == []
        finally:
            await resumed.close()
            await fresh.close()

    asyncio.run(resume_and_compare())
