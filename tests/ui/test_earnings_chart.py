"""The daily earnings chart names its scale and its days: the highest day's amount on the
left, every day of a week, every seventh day of a month, the first of each month in a
year, and never two day labels on top of each other."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workstation.domain.earnings import DayTotal, Period
from workstation.ui.earnings.chart import DailyChart
from workstation.ui.earnings.money import money_text


def _chart(qtbot: QtBot, period: Period, totals: list[DayTotal], width: int = 700) -> DailyChart:
    chart = DailyChart()
    qtbot.addWidget(chart)
    chart.resize(width, 160)
    chart.set_days(period, totals)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _labels_do_not_overlap(chart: DailyChart) -> bool:
    rects = [chart.day_label_rect(day) for day in chart.labelled_days()]
    return all(left.right() < right.left() for left, right in pairwise(rects))


def test_a_week_names_every_day_and_its_highest_amount(qapp: QApplication, qtbot: QtBot) -> None:
    week = Period(date(2026, 11, 23), date(2026, 11, 30))
    totals = [DayTotal(date(2026, 11, 24), 12_345, 3), DayTotal(date(2026, 11, 26), 4_000, 1)]
    chart = _chart(qtbot, week, totals)
    assert chart.labelled_days() == week.days()
    assert chart.value_label() == money_text(12_345)
    assert _labels_do_not_overlap(chart)
    # The bars still answer for their days under the scale and above the labels.
    busy = chart.bar_rect(1)
    assert chart.day_at(busy.center().toPoint()) == date(2026, 11, 24)
    assert busy.left() > chart.fontMetrics().horizontalAdvance(money_text(12_345))


def test_a_month_names_every_seventh_day(qapp: QApplication, qtbot: QtBot) -> None:
    month = Period(date(2026, 11, 1), date(2026, 12, 1))
    chart = _chart(qtbot, month, [DayTotal(date(2026, 11, 5), 900, 1)])
    assert chart.labelled_days() == [date(2026, 11, 1) + timedelta(days=7 * n) for n in range(5)]
    assert _labels_do_not_overlap(chart)


def test_a_year_names_months_and_drops_what_does_not_fit(qapp: QApplication, qtbot: QtBot) -> None:
    year = Period(date(2026, 1, 1), date(2027, 1, 1))
    totals = [DayTotal(date(2026, 3, 2), 5_000, 2)]
    wide = _chart(qtbot, year, totals, width=900)
    assert wide.labelled_days() == [date(2026, month, 1) for month in range(1, 13)]
    narrow = _chart(qtbot, year, totals, width=260)
    assert 1 <= len(narrow.labelled_days()) < 12
    assert _labels_do_not_overlap(narrow)


def test_an_empty_period_has_no_scale(qapp: QApplication, qtbot: QtBot) -> None:
    chart = _chart(qtbot, Period(date(2026, 11, 23), date(2026, 11, 30)), [])
    assert chart.value_label() == ""
    assert chart.day_at(QPoint(chart.width() // 2, chart.height() // 3)) is not None
