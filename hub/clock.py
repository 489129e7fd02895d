"""Time source of the hub. Times are naive UTC datetimes truncated to whole seconds."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol, overload


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time as a naive UTC datetime without microseconds."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return utc_now()


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@overload
def to_naive_utc(moment: datetime) -> datetime: ...
@overload
def to_naive_utc(moment: None) -> None: ...
def to_naive_utc(moment: datetime | None) -> datetime | None:
    """Store-ready form of a datetime: aware values are converted to UTC; naive ones are
    taken as UTC already. Microseconds are dropped."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def iso_utc(moment: datetime) -> str:
    """The protocol's time format, e.g. ``2026-11-24T17:30:00Z``."""
    return to_naive_utc(moment).isoformat(timespec="seconds") + "Z"
