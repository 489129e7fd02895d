"""Advisory working-time warnings after the German Working Hours Act (ArbZG).

- §4: more than 6 hours of work need breaks of at least 30 minutes in total, more than 9
  hours at least 45; only breaks of 15 minutes or more count, and no stretch of more than
  6 hours may pass without one.
- §3: more than 10 hours of work in a day.
- §5: less than 11 hours of rest between the end of one day's work and the next day's start.

Each threshold is exclusive ("more than"), so exactly 6 h, 10 h or 11 h raise nothing.
Work is given as intervals in epoch seconds; a day is the local calendar day (in the
expert's time zone) on which an interval starts. Breaks are the gaps between a day's work
intervals; whether the expert booked a gap as a break entry does not matter.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import Final

HOUR: Final = 3600
MINUTE: Final = 60
MAX_STRETCH_SECONDS: Final = 6 * HOUR
LONG_DAY_SECONDS: Final = 9 * HOUR
MAX_DAY_SECONDS: Final = 10 * HOUR
MIN_REST_SECONDS: Final = 11 * HOUR
MIN_BREAK_BLOCK_SECONDS: Final = 15 * MINUTE
BREAK_AFTER_6H_SECONDS: Final = 30 * MINUTE
BREAK_AFTER_9H_SECONDS: Final = 45 * MINUTE


class WarningCode(StrEnum):
    STRETCH_WITHOUT_BREAK = "stretch_without_break"
    BREAKS_TOO_SHORT = "breaks_too_short"
    DAY_TOO_LONG = "day_too_long"
    REST_TOO_SHORT = "rest_too_short"


@dataclass(frozen=True, slots=True)
class WorkingTimeWarning:
    """``seconds`` is what was measured (the stretch, the day's breaks, the day's work, the
    rest) and ``limit_seconds`` what the law asks for."""

    code: WarningCode
    day: date
    seconds: int
    limit_seconds: int


def required_break_seconds(work_seconds: int) -> int:
    if work_seconds > LONG_DAY_SECONDS:
        return BREAK_AFTER_9H_SECONDS
    if work_seconds > MAX_STRETCH_SECONDS:
        return BREAK_AFTER_6H_SECONDS
    return 0


def working_time_warnings(
    work: Iterable[tuple[int, int]], time_zone: tzinfo
) -> list[WorkingTimeWarning]:
    """Warnings for the work intervals ``(start, end)``, ordered by day."""
    days: dict[date, list[tuple[int, int]]] = {}
    for start, end in _merged(work):
        day = datetime.fromtimestamp(start, time_zone).date()
        days.setdefault(day, []).append((start, end))
    warnings: list[WorkingTimeWarning] = []
    previous_end: int | None = None
    for day in sorted(days):
        intervals = days[day]
        if previous_end is not None:
            rest = intervals[0][0] - previous_end
            if rest < MIN_REST_SECONDS:
                warnings.append(
                    WorkingTimeWarning(WarningCode.REST_TOO_SHORT, day, rest, MIN_REST_SECONDS)
                )
        warnings.extend(_day_warnings(day, intervals))
        previous_end = intervals[-1][1]
    return warnings


def _day_warnings(day: date, intervals: list[tuple[int, int]]) -> list[WorkingTimeWarning]:
    warnings: list[WorkingTimeWarning] = []
    work = sum(end - start for start, end in intervals)
    gaps = [later[0] - earlier[1] for earlier, later in itertools.pairwise(intervals)]
    counted_breaks = sum(gap for gap in gaps if gap >= MIN_BREAK_BLOCK_SECONDS)
    longest = _longest_stretch(intervals)
    if longest > MAX_STRETCH_SECONDS:
        warnings.append(
            WorkingTimeWarning(WarningCode.STRETCH_WITHOUT_BREAK, day, longest, MAX_STRETCH_SECONDS)
        )
    required = required_break_seconds(work)
    if counted_breaks < required:
        warnings.append(
            WorkingTimeWarning(WarningCode.BREAKS_TOO_SHORT, day, counted_breaks, required)
        )
    if work > MAX_DAY_SECONDS:
        warnings.append(WorkingTimeWarning(WarningCode.DAY_TOO_LONG, day, work, MAX_DAY_SECONDS))
    return warnings


def _longest_stretch(intervals: list[tuple[int, int]]) -> int:
    """The most work done without a break of at least 15 minutes in between."""
    longest = stretch = 0
    previous_end: int | None = None
    for start, end in intervals:
        if previous_end is not None and start - previous_end >= MIN_BREAK_BLOCK_SECONDS:
            stretch = 0
        stretch += end - start
        longest = max(longest, stretch)
        previous_end = end
    return longest


def _merged(work: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(interval for interval in work if interval[1] > interval[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
