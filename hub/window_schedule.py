"""The hub's booked shift windows as the event stream's ``WindowSchedule``: which of an
expert's booked windows start soon, for the ``window_starting`` hint."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, select

from hub.clock import to_naive_utc
from hub.events import WINDOW_STARTING, DueItem
from hub.schema import window_bookings, windows


class BookedWindowSchedule:
    """Reads ``windows`` and ``window_bookings``; stateless, so one instance serves every
    stream."""

    def starting(
        self, conn: Connection, expert_id: int, now: datetime, until: datetime
    ) -> Sequence[DueItem]:
        """The expert's booked windows with ``now < starts_at <= until``, by start. A
        window that already began is not "starting" any more; the tracker reminds of it."""
        rows = conn.execute(
            select(windows.c.id, windows.c.starts_at, windows.c.client_id)
            .join(window_bookings, window_bookings.c.window_id == windows.c.id)
            .where(
                window_bookings.c.expert_id == expert_id,
                windows.c.starts_at > to_naive_utc(now),
                windows.c.starts_at <= to_naive_utc(until),
            )
            .order_by(windows.c.starts_at, windows.c.id)
        )
        return [
            DueItem(type=WINDOW_STARTING, key=window_id, due=starts_at, client_id=client_id)
            for window_id, starts_at, client_id in rows
        ]
