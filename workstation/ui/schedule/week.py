"""Which days the shown week has: it starts on the locale's first day of the week (Monday
in German), and its day boundaries are local midnights, so a week with a daylight-saving
change has one day of 23 or 25 hours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


@dataclass(frozen=True, slots=True)
class ShownWeek:
    first_day: QDate
    day_starts: tuple[int, ...]  # seven local midnights plus the end of the last day

    @property
    def starts_at(self) -> int:
        return self.day_starts[0]

    @property
    def ends_at(self) -> int:
        return self.day_starts[-1]

    def days(self) -> list[QDate]:
        return [self.first_day.addDays(offset) for offset in range(7)]

    def shifted(self, weeks: int) -> ShownWeek:
        return week_from(self.first_day.addDays(7 * weeks))


def week_containing(moment: float, locale: QLocale) -> ShownWeek:
    day = QDateTime.fromSecsSinceEpoch(int(moment)).toLocalTime().date()
    first = locale.firstDayOfWeek().value  # 1 = Monday … 7 = Sunday, like dayOfWeek()
    return week_from(day.addDays(-((day.dayOfWeek() - first) % 7)))


def week_from(first_day: QDate) -> ShownWeek:
    starts = tuple(
        QDateTime(first_day.addDays(offset), QTime(0, 0)).toSecsSinceEpoch() for offset in range(8)
    )
    return ShownWeek(first_day=first_day, day_starts=starts)
