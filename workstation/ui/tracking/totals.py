"""What the tracker bar shows besides the running stretch: today's recorded work and the
booked window running now, read from the cache in one go on the database worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from workstation.domain.tracking import EntryKind
from workstation.domain.windows import ShiftWindow
from workstation.store.tracker import TrackerStore
from workstation.store.windows import WindowQueries


@dataclass(frozen=True, slots=True)
class RecordedTotals:
    """``today_work`` and ``window_work`` are recorded (finished) work seconds; the
    running stretch is added live by the controller."""

    day_start: int
    day_end: int
    today_work: int
    window: ShiftWindow | None
    window_work: int


def local_day_bounds(moment: float) -> tuple[int, int]:
    """Local midnight before ``moment`` and the next one (a DST day has 23 or 25 h)."""
    day = datetime.fromtimestamp(moment).astimezone().date()
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return int(start.timestamp()), int(end.timestamp())


def load_recorded_totals(store: TrackerStore, windows: WindowQueries, now: float) -> RecordedTotals:
    """Blocking; run it on the ``DbWorker``."""
    day_start, day_end = local_day_bounds(now)
    today = store.entries_between(day_start, day_end)
    today_work = sum(entry.seconds for entry in today if entry.kind is EntryKind.WORK)
    window = windows.booked_at(now)
    window_work = 0
    if window is not None:
        # Entries start at most 24 h before they end, so a day back covers every overlap.
        overlapping = store.entries_between(window.starts_at - 86_400, window.ends_at)
        window_work = sum(
            max(0, min(entry.ends_at, window.ends_at) - max(entry.starts_at, window.starts_at))
            for entry in overlapping
            if entry.kind is EntryKind.WORK
        )
    return RecordedTotals(day_start, day_end, today_work, window, window_work)
