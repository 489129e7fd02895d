"""Earnings in the expert's terms: periods of the calendar and the figures of one period.

Money is integer cents throughout; formatting for display belongs to the UI (the locale),
the plain decimal form here is for files (CSV) that other programs read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Final


class PeriodKind(StrEnum):
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


class EntryStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    PAID = "paid"
    DISPUTED = "disputed"
    RESOLVED = "resolved"


class EntrySource(StrEnum):
    CASE = "case"
    CONTRIBUTION = "contribution"
    WINDOW = "window"
    ADJUSTMENT = "adjustment"


DISPUTABLE: Final = frozenset({EntryStatus.PENDING, EntryStatus.APPROVED})


@dataclass(frozen=True, slots=True)
class Period:
    """Local calendar days ``[first, end)``: ``end`` is the day after the last one."""

    first: date
    end: date

    def __post_init__(self) -> None:
        if self.end <= self.first:
            raise ValueError("a period ends after its first day")

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    def days(self) -> list[date]:
        return [
            self.first + timedelta(days=offset) for offset in range((self.end - self.first).days)
        ]

    def bounds(self) -> tuple[int, int]:
        """Epoch seconds of local midnight at ``first`` and at ``end``."""
        return local_midnight(self.first), local_midnight(self.end)


def local_midnight(day: date) -> int:
    return int(datetime.combine(day, time.min).astimezone().timestamp())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def period_of(kind: PeriodKind, today: date, *, first_weekday: int = 0) -> Period:
    """The period ``kind`` around ``today``. ``first_weekday`` is 0 for Monday (German
    weeks) up to 6 for Sunday."""
    if kind is PeriodKind.THIS_WEEK:
        start = today - timedelta(days=(today.weekday() - first_weekday) % 7)
        return Period(start, start + timedelta(days=7))
    if kind is PeriodKind.THIS_MONTH:
        return Period(_month_start(today), _next_month(today))
    if kind is PeriodKind.LAST_MONTH:
        this_month = _month_start(today)
        return Period(_month_start(this_month - timedelta(days=1)), this_month)
    if kind is PeriodKind.THIS_YEAR:
        return Period(date(today.year, 1, 1), date(today.year + 1, 1, 1))
    raise ValueError("a custom period is made with custom_period()")


def custom_period(first: date, last: date) -> Period:
    """The days from ``first`` to ``last``, both included."""
    return Period(first, last + timedelta(days=1))


@dataclass(frozen=True, slots=True)
class DayTotal:
    day: date
    cents: int
    count: int


@dataclass(frozen=True, slots=True)
class EarningsSummary:
    """The figures of one period; every split adds up to ``total_cents``."""

    period: Period
    total_cents: int
    count: int
    by_status: dict[str, int] = field(default_factory=dict)
    by_client: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    days: list[DayTotal] = field(default_factory=list)


def decimal_text(cents: int) -> str:
    """``123456`` → ``"1234.56"``: exact, locale-free, for CSV and other machines."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def vat_cents(net_cents: int, percent: int) -> int:
    """VAT rounded half up to the cent, as the hub computes it."""
    magnitude = (abs(net_cents) * percent + 50) // 100
    return magnitude if net_cents >= 0 else -magnitude


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    id: int
    client_id: int
    client_name: str
    source: str
    case_id: int | None
    contribution_id: str | None
    window_id: int | None
    description: str
    quantity: int
    rate_cents: int
    amount_cents: int
    status: str
    earned_at: int
    qa_rating: int | None
    reason: str | None
    dispute_reason: str | None
    resolution: str | None
    statement_id: int | None
    paid_at: int | None
    qa_hold_until: int | None = None

    @property
    def disputable(self) -> bool:
        return self.status in DISPUTABLE


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    address: str
    vat_id: str | None
    tax_number: str | None
    small_business: bool


@dataclass(frozen=True, slots=True)
class Statement:
    id: int
    number: str
    period_start: int
    period_end: int
    issued_at: int
    net_cents: int
    vat_rate_percent: int
    vat_cents: int
    total_cents: int
    issuer: Party
    recipient: Party


class ContributionKind(StrEnum):
    ARTICLE = "article"
    FORUM_ANSWER = "forum_answer"


class ContributionStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Contribution:
    """A contribution as the expert sees it: their draft if they have one, else the hub's
    version. ``feedback`` of a rejection stays visible while the expert reworks it."""

    id: str
    client_id: int
    kind: str
    title: str
    body: str
    status: str
    feedback: str | None
    fee_cents: int | None
    updated_at: int

    @property
    def editable(self) -> bool:
        return self.status in (ContributionStatus.DRAFT, ContributionStatus.REJECTED)


@dataclass(frozen=True, slots=True)
class CaseRate:
    channel: str
    complexity: str
    amount_cents: int


@dataclass(frozen=True, slots=True)
class ContributionRate:
    kind: str
    amount_cents: int


@dataclass(frozen=True, slots=True)
class RateCard:
    """What one client pays: per solved case by channel and complexity, per accepted
    contribution by kind (a window hour pays the window's own rate)."""

    client_id: int
    client_name: str
    cases: tuple[CaseRate, ...]
    contributions: tuple[ContributionRate, ...]
