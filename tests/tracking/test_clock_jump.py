"""Wall-clock jumps while tracking (NTP, a manual change, a time-zone change) leave the
tracked durations alone: the tracker measures with the monotonic clock.

``time-machine`` moves ``time.time`` (the wall clock) but not ``time.monotonic``.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta

import time_machine

from workstation.domain.tracking import EntryKind, Tracker


def test_jumps_of_the_wall_clock_do_not_change_durations() -> None:
    fake_mono = [1000.0]
    with time_machine.travel(datetime(2026, 11, 24, 17, 0, tzinfo=UTC), tick=False) as traveller:
        tracker = Tracker(
            monotonic=lambda: fake_mono[0], wall=time.time, new_id=lambda: str(uuid.uuid4())
        )
        tracker.clock_in()
        started = time.time()

        fake_mono[0] += 600
        traveller.shift(timedelta(hours=2, seconds=600))  # NTP fix or manual change: +2 h
        assert tracker.worked_seconds() == 600
        (work,) = tracker.pause()

        fake_mono[0] += 300
        traveller.shift(timedelta(hours=-5, seconds=300))  # and back, past the start
        (pause,) = tracker.resume()

        fake_mono[0] += 1200
        traveller.shift(timedelta(days=1))
        (last,) = tracker.clock_out()

    assert [(e.kind, e.seconds) for e in (work, pause, last)] == [
        (EntryKind.WORK, 600),
        (EntryKind.BREAK, 300),
        (EntryKind.WORK, 1200),
    ]
    assert work.starts_at == round(started)
    assert last.ends_at == round(started) + 2100


def test_the_real_monotonic_clock_ignores_a_travelling_wall_clock() -> None:
    tracker = Tracker(monotonic=time.monotonic, wall=time.time, new_id=lambda: "one")
    with time_machine.travel(datetime(2026, 11, 24, 17, 0, tzinfo=UTC), tick=True) as traveller:
        tracker.clock_in()
        traveller.shift(timedelta(hours=3))
        time.sleep(0.05)
        elapsed = tracker.worked_seconds()
        traveller.shift(timedelta(hours=-6))
        elapsed_after_back = tracker.worked_seconds()
    assert 0.04 < elapsed < 5
    assert elapsed <= elapsed_after_back < 5
