"""Money for display in the expert's locale (`1.234,56 €`, `€1,234.56`), from integer
cents without ever going through a float."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

EURO = "€"
_PROBE = 7


def money_text(cents: int, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    euros, rest = divmod(abs(cents), 100)
    number = f"{locale.toString(euros)}{locale.decimalPoint()}{rest:02d}"
    # The integer overload gives the locale's pattern (symbol position, spacing, sign).
    pattern = locale.toCurrencyString(-_PROBE if cents < 0 else _PROBE, EURO)
    return pattern.replace(str(_PROBE), number, 1)


def day_text(day: date | datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if isinstance(day, datetime):
        day = day.date()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def moment_text(epoch_seconds: int, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(
        QDateTime.fromSecsSinceEpoch(epoch_seconds), QLocale.FormatType.ShortFormat
    )


def first_weekday(locale: QLocale | None = None) -> int:
    """0 for Monday (German weeks) to 6 for Sunday, as ``period_of`` takes it."""
    return ((locale or QLocale()).firstDayOfWeek().value - 1) % 7
