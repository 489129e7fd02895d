"""Until when "Pause notifications" pauses them."""

from __future__ import annotations

from datetime import datetime, time, timedelta

PAUSE_HOUR = timedelta(hours=1)
# "Until tomorrow" means until the next morning, not until midnight: people pause in the
# evening to be left alone overnight.
TOMORROW_MORNING = time(7, 0)


def pause_for_an_hour(now: datetime) -> datetime:
    return now + PAUSE_HOUR


def pause_until_tomorrow(now: datetime) -> datetime:
    """Tomorrow at 07:00 in ``now``'s time zone (``now`` must be aware and local)."""
    tomorrow = (now + timedelta(days=1)).date()
    return datetime.combine(tomorrow, TOMORROW_MORNING, tzinfo=now.tzinfo)
