"""kill -9 of a tracking process at random moments, 30 times over one encrypted cache.

After each kill: the database passes ``PRAGMA integrity_check``; the stretch that was open
is recovered ending at its last heartbeat, so the tracked total (finished entries plus the
recovered stretch) trails the time the process really tracked by at most one heartbeat
interval; and every finished entry is in the outbox exactly once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import Engine

from tests.tracking.tracking_child import KEY_VARIABLE
from workstation.domain.mutations import MutationType
from workstation.store.database import new_cache_key, open_cache
from workstation.store.outbox import OutboxStore
from workstation.store.tracker import TrackerStore

KILLS = 30
HEARTBEAT_S = 0.2
# A kill during a heartbeat's commit (an fsync) falls back to the beat before it.
COMMIT_ALLOWANCE_S = 0.1
ROOT = Path(__file__).resolve().parents[2]


def integrity(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]


def test_thirty_kills_lose_at_most_one_heartbeat_each(tmp_path: Path) -> None:
    cache_path = tmp_path / "cache.db"
    key = new_cache_key()
    open_cache(cache_path, key).dispose()
    choose = random.Random(20261124)
    environment = {**os.environ, KEY_VARIABLE: key.hex()}
    started = time.monotonic()

    for run in range(KILLS):
        run_id = f"run{run}"
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.tracking.tracking_child",
                str(cache_path),
                str(HEARTBEAT_S),
                run_id,
                str(run),
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        ready = child.stdout.readline().split()
        assert ready and ready[0] == "READY", ready
        clocked_in, clocked_in_wall = float(ready[1]), float(ready[2])
        time.sleep(choose.uniform(0.05, 0.9))
        os.kill(child.pid, signal.SIGKILL)
        really_tracked = time.monotonic() - clocked_in
        child.wait(10)
        child.stdout.close()

        engine = open_cache(cache_path, key)
        try:
            assert integrity(engine) == ["ok"], f"run {run}"
            outbox = OutboxStore(engine)
            store = TrackerStore(engine, outbox)
            store.queue_pending()
            recovered = store.recover()
            assert recovered is not None, f"run {run}"
            assert store.recover() is None
            recovered_id = recovered.entry.id if recovered.entry else None
            assert recovered.entry is None or recovered.entry.needs_confirmation
            boundary = round(recovered.started_at)

            everything = store.entries_between(0, 2**40)
            mine = [entry for entry in everything if entry.id.startswith(f"{run_id}-")]
            finished = [entry for entry in mine if entry.id != recovered_id]
            # Exact: the tracker derives every start from the monotonic clock.
            tracked = recovered.started_at - clocked_in_wall + recovered.elapsed
            assert really_tracked - HEARTBEAT_S - COMMIT_ALLOWANCE_S <= tracked, f"run {run}"
            assert tracked <= really_tracked, f"run {run}"
            # Finished entries touch: together they cover clock-in to the recovered start.
            assert sum(entry.seconds for entry in finished) == (boundary - round(clocked_in_wall))
            sent_entries = [
                item.payload["entry_id"]
                for item in outbox.items()
                if item.type is MutationType.TIME_ENTRY
                and str(item.payload["entry_id"]).startswith(f"{run_id}-")
            ]
            assert sorted(sent_entries) == sorted(entry.id for entry in finished), f"run {run}"
        finally:
            engine.dispose()

    assert time.monotonic() - started < 60
