"""A tracking workstation in a process of its own, for the kill -9 loop.

Usage: python -m tests.tracking.tracking_child CACHE_PATH HEARTBEAT_S RUN_ID SEED; the
cache key comes hex-encoded in TRACKING_CHILD_CACHE_KEY. Clocks in, prints
``READY <monotonic at clock-in> <wall at clock-in>``, then heartbeats on a fixed
schedule and now and then pauses or resumes (finishing an entry), until it is killed.
"""

from __future__ import annotations

import itertools
import os
import random
import sys
import time
from pathlib import Path

from workstation.domain.tracking import Location, Tracker, TrackerState
from workstation.store.database import open_cache
from workstation.store.outbox import OutboxStore
from workstation.store.tracker import TrackerStore

KEY_VARIABLE = "TRACKING_CHILD_CACHE_KEY"


def main(cache_path: Path, heartbeat_s: float, run_id: str, seed: int, key: bytes) -> None:
    engine = open_cache(cache_path, key)
    store = TrackerStore(engine, OutboxStore(engine))
    readings: list[float] = []

    def monotonic() -> float:
        reading = time.monotonic()
        if not readings:
            readings.append(reading)
        return reading

    numbers = itertools.count(1)
    tracker = Tracker(
        monotonic=monotonic, wall=time.time, new_id=lambda: f"{run_id}-{next(numbers)}"
    )
    choose = random.Random(seed)
    tracker.clock_in(Location.REMOTE)
    tracker.open_case(4)
    running = tracker.running_entry()
    assert running is not None
    store.heartbeat(running)
    print(f"READY {readings[0]!r} {running.starts_at!r}", flush=True)
    beat = 0
    while True:
        beat += 1
        time.sleep(max(readings[0] + beat * heartbeat_s - time.monotonic(), 0.0))
        if choose.random() < 0.25:
            finished = (
                tracker.pause() if tracker.state is TrackerState.WORKING else tracker.resume()
            )
            store.finish(finished, tracker.running_entry())
        else:
            running = tracker.running_entry()
            assert running is not None
            store.heartbeat(running)


if __name__ == "__main__":
    main(
        Path(sys.argv[1]),
        float(sys.argv[2]),
        sys.argv[3],
        int(sys.argv[4]),
        bytes.fromhex(os.environ[KEY_VARIABLE]),
    )
