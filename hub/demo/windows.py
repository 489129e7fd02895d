"""Demo shift windows for the two weeks from the seeding day, some already booked.

Times are planned in Berlin local time, where the demo clients work, and stored in UTC.
Petra (accounting) books weekday evenings 18–21 and Saturday mornings; Jonas
(headphones, accounting) works afternoons and evenings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hub.windows import NewWindow

DEMO_TIME_ZONE = ZoneInfo("Europe/Berlin")
DEMO_DAYS = 14
SATURDAY = 5


@dataclass(frozen=True, slots=True)
class DemoWindow:
    client_key: str
    window: NewWindow
    booked_by: tuple[str, ...]


def _utc(day: date, hour: int) -> datetime:
    local = datetime.combine(day, time(hour), tzinfo=DEMO_TIME_ZONE)
    return local.astimezone(UTC).replace(tzinfo=None)


def _window(
    day: date,
    hours: tuple[int, int],
    *,
    rate_cents: int,
    capacity: int,
    skills: tuple[tuple[str, str], ...],
) -> NewWindow:
    return NewWindow(
        client_id=0,  # filled in by the seed, which knows the client ids
        starts_at=_utc(day, hours[0]),
        ends_at=_utc(day, hours[1]),
        hourly_rate_cents=rate_cents,
        capacity=capacity,
        cutoff_minutes=60,
        required_skills=skills,
    )


def demo_windows(now: datetime) -> list[DemoWindow]:
    """The demo windows that have not ended at ``now`` (naive UTC)."""
    first_day = now.replace(tzinfo=UTC).astimezone(DEMO_TIME_ZONE).date()
    planned: list[DemoWindow] = []
    for offset in range(DEMO_DAYS):
        day = first_day + timedelta(days=offset)
        first_week = offset < 7
        weekday = day.weekday()
        if weekday < SATURDAY:
            evening = _window(
                day,
                (18, 21),
                rate_cents=2600,
                capacity=2,
                skills=(("language", "de"), ("topic", "bookkeeping")),
            )
            petra_books = first_week and weekday in (0, 2, 3)
            planned.append(DemoWindow("accounting", evening, ("petra",) if petra_books else ()))
            afternoon = _window(
                day, (14, 18), rate_cents=2200, capacity=3, skills=(("language", "en"),)
            )
            jonas_books = first_week and weekday in (1, 3)
            planned.append(DemoWindow("headphones", afternoon, ("jonas",) if jonas_books else ()))
            if weekday in (1, 3):
                late = _window(
                    day, (18, 22), rate_cents=2500, capacity=1, skills=(("channel", "chat"),)
                )
                planned.append(DemoWindow("headphones", late, ("jonas",) if first_week else ()))
        elif weekday == SATURDAY:
            morning = _window(
                day, (9, 12), rate_cents=2800, capacity=1, skills=(("language", "de"),)
            )
            planned.append(DemoWindow("accounting", morning, ("petra",) if first_week else ()))
    return [item for item in planned if item.window.ends_at > now]
