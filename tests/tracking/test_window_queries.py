"""The cached windows: the week view, the next booked window, and whether a moment is in
a booked window (start inclusive, end exclusive)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from workstation.domain.changes import parse_change_page
from workstation.domain.windows import Skill, week_of
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.windows import WindowQueries

BERLIN = ZoneInfo("Europe/Berlin")
HOUR = 3600


def at(day: int, hour: int) -> int:
    return int(datetime(2026, 11, day, hour, tzinfo=UTC).timestamp())


def change(window_id: int, start: int, hours: int, booked: bool) -> dict[str, Any]:
    return {
        "seq": window_id,
        "type": "window",
        "data": {
            "id": window_id,
            "client_id": 1,
            "starts_at": datetime.fromtimestamp(start, UTC).isoformat(),
            "ends_at": datetime.fromtimestamp(start + hours * HOUR, UTC).isoformat(),
            "hourly_rate_cents": 2600,
            "capacity": 2,
            "seats_left": 1,
            "cutoff_minutes": 60,
            "required_skills": [{"kind": "language", "value": "de"}],
            "booked": booked,
        },
    }


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[WindowQueries]:
    engine: Engine = open_cache(tmp_path / "cache.db", new_cache_key())
    page = {
        "cursor": "9",
        "has_more": False,
        "changes": [
            change(1, at(23, 17), 3, True),  # Monday evening
            change(2, at(24, 13), 4, False),
            change(3, at(25, 17), 3, True),
            change(4, at(30, 17), 3, True),  # next Monday
        ],
    }
    CaseCache(engine).apply_page(parse_change_page(page))
    yield WindowQueries(engine)
    engine.dispose()


def test_the_week_view_holds_offered_and_booked_windows(windows: WindowQueries) -> None:
    week = week_of(at(25, 12), BERLIN)
    assert week.monday == date(2026, 11, 23)
    shown = windows.between(week.starts_at, week.ends_at)
    assert [(w.id, w.booked) for w in shown] == [(1, True), (2, False), (3, True)]
    assert shown[0].required_skills == (Skill("language", "de"),)
    assert shown[0].pay_cents == 3 * 2600
    assert [w.id for w in windows.booked_between(week.starts_at, week.ends_at)] == [1, 3]


def test_next_booked_window_and_being_in_one(windows: WindowQueries) -> None:
    assert windows.next_booked(at(23, 18)).id == 1  # type: ignore[union-attr]
    assert windows.next_booked(at(23, 20)).id == 3  # type: ignore[union-attr]
    assert windows.booked_at(at(25, 17)).id == 3  # type: ignore[union-attr]
    assert windows.booked_at(at(25, 20)) is None
    assert windows.booked_at(at(24, 14)) is None  # offered, not booked
    assert windows.next_booked(at(30, 21)) is None
