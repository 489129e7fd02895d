"""Periods of the earnings view: weeks from Monday, months and years across their ends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.earnings import PeriodKind, custom_period, period_of

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@given(days)
def test_this_week_starts_on_monday_and_holds_today(today: date) -> None:
    week = period_of(PeriodKind.THIS_WEEK, today)
    assert week.first.weekday() == 0 and len(week.days()) == 7
    assert week.first <= today < week.end


@given(days)
def test_last_month_ends_where_this_month_starts(today: date) -> None:
    this_month = period_of(PeriodKind.THIS_MONTH, today)
    last_month = period_of(PeriodKind.LAST_MONTH, today)
    assert last_month.end == this_month.first and this_month.first.day == 1
    assert last_month.first.day == 1 and last_month.last.month == last_month.first.month
    assert (this_month.end - timedelta(days=1)).month == today.month
    assert this_month.first <= today < this_month.end


@given(days)
def test_this_year_is_every_day_of_the_year(today: date) -> None:
    year = period_of(PeriodKind.THIS_YEAR, today)
    assert (year.first, year.last) == (date(today.year, 1, 1), date(today.year, 12, 31))


def test_january_looks_back_to_december_of_the_year_before() -> None:
    last_month = period_of(PeriodKind.LAST_MONTH, date(2027, 1, 15))
    assert (last_month.first, last_month.last) == (date(2026, 12, 1), date(2026, 12, 31))
    week = period_of(PeriodKind.THIS_WEEK, date(2027, 1, 1))  # a Friday
    assert (week.first, week.last) == (date(2026, 12, 28), date(2027, 1, 3))
    assert len(period_of(PeriodKind.LAST_MONTH, date(2028, 3, 1)).days()) == 29


def test_custom_periods_include_both_days_and_refuse_reversed_ones() -> None:
    assert custom_period(date(2026, 11, 1), date(2026, 11, 1)).days() == [date(2026, 11, 1)]
    with pytest.raises(ValueError):
        custom_period(date(2026, 11, 2), date(2026, 11, 1))
    assert period_of(PeriodKind.THIS_WEEK, date(2026, 11, 24), first_weekday=6).first == date(
        2026, 11, 22
    )
