"""ArbZG warnings, each exactly on its boundary and one second past it."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from workstation.domain.working_time import (
    HOUR,
    MINUTE,
    WarningCode,
    required_break_seconds,
    working_time_warnings,
)

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 24)
NINE = int(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN).timestamp())


def codes(work: list[tuple[int, int]]) -> list[WarningCode]:
    return [warning.code for warning in working_time_warnings(work, BERLIN)]


def day_with_break(first: int, pause: int, second: int) -> list[tuple[int, int]]:
    return [(NINE, NINE + first), (NINE + first + pause, NINE + first + pause + second)]


def test_six_hours_straight_are_fine_and_one_second_more_is_not() -> None:
    assert codes([(NINE, NINE + 6 * HOUR)]) == []
    assert codes([(NINE, NINE + 6 * HOUR + 1)]) == [
        WarningCode.STRETCH_WITHOUT_BREAK,
        WarningCode.BREAKS_TOO_SHORT,
    ]


@pytest.mark.parametrize(
    ("work", "pause", "expected"),
    [
        (6 * HOUR + 1, 30 * MINUTE, []),
        (6 * HOUR + 1, 30 * MINUTE - 1, [WarningCode.BREAKS_TOO_SHORT]),
        (9 * HOUR, 30 * MINUTE, []),
        (9 * HOUR + 1, 30 * MINUTE, [WarningCode.BREAKS_TOO_SHORT]),
        (9 * HOUR + 1, 45 * MINUTE, []),
    ],
)
def test_break_length_after_six_and_nine_hours(
    work: int, pause: int, expected: list[WarningCode]
) -> None:
    first = work // 2
    assert codes(day_with_break(first, pause, work - first)) == expected


def test_breaks_count_only_in_blocks_of_fifteen_minutes() -> None:
    two_blocks = [
        (NINE, NINE + 3 * HOUR),
        (NINE + 3 * HOUR + 15 * MINUTE, NINE + 5 * HOUR),
        (NINE + 5 * HOUR + 15 * MINUTE, NINE + 7 * HOUR),
    ]
    assert codes(two_blocks) == []
    short_blocks = [
        (NINE, NINE + 3 * HOUR),
        (NINE + 3 * HOUR + 15 * MINUTE - 1, NINE + 5 * HOUR),
        (NINE + 5 * HOUR + 15 * MINUTE, NINE + 7 * HOUR),
    ]
    assert codes(short_blocks) == [WarningCode.BREAKS_TOO_SHORT]


def test_a_short_pause_does_not_end_a_stretch() -> None:
    work = day_with_break(3 * HOUR, 14 * MINUTE, 3 * HOUR + 1)
    assert WarningCode.STRETCH_WITHOUT_BREAK in codes(work)


def test_ten_hours_a_day_are_fine_and_one_second_more_is_not() -> None:
    assert codes(day_with_break(5 * HOUR, 45 * MINUTE, 5 * HOUR)) == []
    (warning,) = working_time_warnings(day_with_break(5 * HOUR, 45 * MINUTE, 5 * HOUR + 1), BERLIN)
    assert (warning.code, warning.day, warning.seconds) == (
        WarningCode.DAY_TOO_LONG,
        DAY,
        10 * HOUR + 1,
    )


def test_eleven_hours_of_rest_are_fine_and_one_second_less_is_not() -> None:
    evening_end = NINE + 12 * HOUR  # 21:00
    late = (NINE + 10 * HOUR, evening_end)
    assert codes([late, (evening_end + 11 * HOUR, evening_end + 12 * HOUR)]) == []
    warnings = working_time_warnings(
        [late, (evening_end + 11 * HOUR - 1, evening_end + 12 * HOUR)], BERLIN
    )
    assert [(w.code, w.day, w.seconds) for w in warnings] == [
        (WarningCode.REST_TOO_SHORT, date(2026, 11, 25), 11 * HOUR - 1)
    ]


def test_required_break_by_hours_worked() -> None:
    assert required_break_seconds(6 * HOUR) == 0
    assert required_break_seconds(6 * HOUR + 1) == 30 * MINUTE
    assert required_break_seconds(9 * HOUR) == 30 * MINUTE
    assert required_break_seconds(9 * HOUR + 1) == 45 * MINUTE
