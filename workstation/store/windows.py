"""Read side of the cached shift windows: the week view, the next booked window, and
whether a moment lies in a booked window. Blocking; run on the ``DbWorker``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import orjson
from sqlalchemy import Engine

from workstation.domain.windows import ShiftWindow, Skill

_COLUMNS: Final = (
    "id, client_id, starts_at, ends_at, hourly_rate_cents, capacity, seats_left, "
    "cutoff_minutes, required_skills, booked"
)


class WindowQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def between(self, start: int, end: int) -> list[ShiftWindow]:
        """Windows overlapping ``[start, end)`` (e.g. a week), by start time."""
        return self._select(
            "WHERE starts_at < ? AND ends_at > ? ORDER BY starts_at, id", end, start
        )

    def booked_between(self, start: int, end: int) -> list[ShiftWindow]:
        return self._select(
            "WHERE booked = 1 AND starts_at < ? AND ends_at > ? ORDER BY starts_at, id", end, start
        )

    def next_booked(self, now: float) -> ShiftWindow | None:
        """The booked window running at ``now`` or, if none, the next one to start."""
        found = self._select("WHERE booked = 1 AND ends_at > ? ORDER BY starts_at, id LIMIT 1", now)
        return found[0] if found else None

    def booked_at(self, moment: float) -> ShiftWindow | None:
        """The booked window ``moment`` lies in (start inclusive, end exclusive)."""
        found = self._select(
            "WHERE booked = 1 AND starts_at <= ? AND ends_at > ? ORDER BY starts_at LIMIT 1",
            moment,
            moment,
        )
        return found[0] if found else None

    def window(self, window_id: int) -> ShiftWindow | None:
        found = self._select("WHERE id = ?", window_id)
        return found[0] if found else None

    def _select(self, condition: str, *params: Any) -> list[ShiftWindow]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM windows {condition}", params
            ).all()
        return [_to_window(row) for row in rows]


def _to_window(row: Sequence[Any]) -> ShiftWindow:
    return ShiftWindow(
        id=row[0],
        client_id=row[1],
        starts_at=row[2],
        ends_at=row[3],
        hourly_rate_cents=row[4],
        capacity=row[5],
        seats_left=row[6],
        cutoff_minutes=row[7],
        required_skills=tuple(
            Skill(kind=str(skill["kind"]), value=str(skill["value"]))
            for skill in orjson.loads(row[8])
        ),
        booked=bool(row[9]),
    )
