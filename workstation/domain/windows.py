"""Shift windows as the app sees them, and the week the schedule shows.

Times are epoch seconds (UTC). The hub decides bookings; ``BookingRefusal`` names its
machine-readable reasons so the UI can explain a refusal in words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from workstation.domain.ics import CalendarEvent


class BookingRefusal(StrEnum):
    CAPACITY = "capacity"
    OVERLAP = "overlap"
    CUTOFF = "cutoff"
    MISSING_SKILL = "missing_skill"
    NOT_BOOKED = "not_booked"


@dataclass(frozen=True, slots=True)
class Skill:
    kind: str
    value: str


@dataclass(frozen=True, slots=True)
class ShiftWindow:
    id: int
    client_id: int
    starts_at: int
    ends_at: int
    hourly_rate_cents: int
    capacity: int
    seats_left: int
    cutoff_minutes: int
    required_skills: tuple[Skill, ...]
    booked: bool

    @property
    def booking_closes_at(self) -> int:
        return self.starts_at - self.cutoff_minutes * 60

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at) / 3600

    @property
    def pay_cents(self) -> int:
        """The pay for the whole window, rounded down to the cent."""
        return self.hourly_rate_cents * (self.ends_at - self.starts_at) // 3600

    def is_open_for_changes(self, now: float) -> bool:
        return now < self.booking_closes_at

    def contains(self, moment: float) -> bool:
        return self.starts_at <= moment < self.ends_at


@dataclass(frozen=True, slots=True)
class Week:
    """Monday 00:00 to the next Monday 00:00 in ``time_zone``, as epoch seconds."""

    monday: date
    starts_at: int
    ends_at: int


def week_of(moment: float, time_zone: tzinfo) -> Week:
    local_day = datetime.fromtimestamp(moment, time_zone).date()
    monday = local_day - timedelta(days=local_day.weekday())
    return week_starting(monday, time_zone)


def week_starting(monday: date, time_zone: tzinfo) -> Week:
    start = datetime.combine(monday, time(), tzinfo=time_zone)
    end = datetime.combine(monday + timedelta(days=7), time(), tzinfo=time_zone)
    return Week(monday=monday, starts_at=int(start.timestamp()), ends_at=int(end.timestamp()))


def calendar_events(
    windows: Iterable[ShiftWindow],
    *,
    summary: Callable[[ShiftWindow], str],
    description: Callable[[ShiftWindow], str],
) -> list[CalendarEvent]:
    """The booked windows as calendar events (for ``ics.calendar_bytes``); the texts come
    from the caller, which translates them."""
    return [
        CalendarEvent(
            window_id=window.id,
            starts_at=window.starts_at,
            ends_at=window.ends_at,
            summary=summary(window),
            description=description(window),
        )
        for window in windows
        if window.booked
    ]


class ReminderKind(StrEnum):
    WINDOW_STARTS_SOON = "window_starts_soon"
    WINDOW_ENDED_STILL_CLOCKED_IN = "window_ended_still_clocked_in"
    WORKING_WITHOUT_CLOCK_IN = "working_without_clock_in"


@dataclass(frozen=True, slots=True)
class Reminder:
    """``window_id`` names the window the reminder is about (None for working without
    clocking in). The caller shows each (kind, window id) once."""

    kind: ReminderKind
    window_id: int | None


REMINDER_LEAD_SECONDS = 5 * 60
# A window that ended longer ago than this no longer explains a forgotten clock-out.
ENDED_WINDOW_GRACE_SECONDS = 12 * 60 * 60


def due_reminders(
    now: float,
    booked: Iterable[ShiftWindow],
    *,
    clocked_in: bool,
    working_cases: bool,
    lead_seconds: int = REMINDER_LEAD_SECONDS,
) -> list[Reminder]:
    """What to remind the expert of at ``now``: a booked window starting within
    ``lead_seconds``; being clocked in after the last booked window ended (and none is
    running); working cases while clocked out."""
    windows = sorted(booked, key=lambda window: window.starts_at)
    reminders = [
        Reminder(ReminderKind.WINDOW_STARTS_SOON, window.id)
        for window in windows
        if 0 < window.starts_at - now <= lead_seconds
    ]
    if clocked_in and not any(window.contains(now) for window in windows):
        ended = [
            window
            for window in windows
            if window.ends_at <= now < window.ends_at + ENDED_WINDOW_GRACE_SECONDS
        ]
        if ended:
            reminders.append(Reminder(ReminderKind.WINDOW_ENDED_STILL_CLOCKED_IN, ended[-1].id))
    if working_cases and not clocked_in:
        reminders.append(Reminder(ReminderKind.WORKING_WITHOUT_CLOCK_IN, None))
    return reminders
