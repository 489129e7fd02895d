"""The demo shift windows: two weeks of Berlin-time shifts, some already booked."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from hub.db import make_engine, migrate_engine
from hub.demo.seed import seed_demo
from hub.schema import clients, experts, window_bookings, windows

# A Tuesday evening: today's windows have started or are still to come.
NOW = datetime(2026, 11, 24, 16, 0)
BERLIN = ZoneInfo("Europe/Berlin")


def test_demo_windows_cover_two_weeks_of_evenings_saturdays_and_afternoons(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'hub.db'}")
    try:
        migrate_engine(engine)
        seed_demo(engine, now=NOW)
        with engine.connect() as conn:
            rows = conn.execute(
                select(windows.c.id, clients.c.name, windows.c.starts_at, windows.c.ends_at)
                .join(clients, clients.c.id == windows.c.client_id)
                .order_by(windows.c.starts_at)
            ).all()
            booked = conn.execute(
                select(experts.c.username, window_bookings.c.window_id).join(
                    experts, experts.c.id == window_bookings.c.expert_id
                )
            ).all()
    finally:
        engine.dispose()

    def local_hours(start: datetime, end: datetime) -> tuple[int, int, int]:
        local_start = start.replace(tzinfo=UTC).astimezone(BERLIN)
        local_end = end.replace(tzinfo=UTC).astimezone(BERLIN)
        return local_start.weekday(), local_start.hour, local_end.hour

    shapes = {(name, *local_hours(start, end)) for _id, name, start, end in rows}
    assert ("Buchhalter Software AG", 0, 18, 21) in shapes
    assert ("Buchhalter Software AG", 5, 9, 12) in shapes
    assert ("Klangwerk Audio", 2, 14, 18) in shapes
    assert ("Klangwerk Audio", 3, 18, 22) in shapes
    assert all(end > NOW for _id, _name, _start, end in rows)
    assert max(start for _id, _name, start, _end in rows) < datetime(2026, 12, 8, 23, 0)
    assert {username for username, _window in booked} == {"petra", "jonas"}
    assert len(booked) < len(rows)
