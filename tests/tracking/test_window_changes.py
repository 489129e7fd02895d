"""Window changes in a change page: validated into cache rows, last change wins."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from workstation.domain.changes import ProtocolError, parse_change_page


def window(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": 7,
        "client_id": 1,
        "starts_at": "2026-11-25T17:00:00Z",
        "ends_at": "2026-11-25T20:00:00Z",
        "hourly_rate_cents": 2600,
        "capacity": 2,
        "seats_left": 1,
        "cutoff_minutes": 60,
        "required_skills": [{"kind": "language", "value": "de"}],
        "booked": True,
    }
    data.update(overrides)
    return data


def page(*changes: dict[str, Any]) -> dict[str, Any]:
    return {"cursor": "9", "has_more": False, "changes": list(changes)}


def test_a_window_becomes_a_cache_row() -> None:
    parsed = parse_change_page(page({"seq": 1, "type": "window", "data": window()}))

    (row,) = parsed.windows
    starts_at = int(datetime(2026, 11, 25, 17, tzinfo=UTC).timestamp())
    assert row[:8] == (7, 1, starts_at, starts_at + 3 * 3600, 2600, 2, 1, 60)
    assert orjson.loads(row[8]) == [{"kind": "language", "value": "de"}]
    assert row[9] == 1


def test_a_later_removal_wins_over_an_earlier_change() -> None:
    parsed = parse_change_page(
        page(
            {"seq": 1, "type": "window", "data": window()},
            {"seq": 2, "type": "window_removed", "data": {"id": 7}},
        )
    )

    assert parsed.windows == []
    assert parsed.removed_window_ids == [7]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"ends_at": "2026-11-25T17:00:00Z"}, "ends_at"),
        ({"seats_left": 3}, "seats_left"),
        ({"capacity": 0}, "capacity"),
        ({"hourly_rate_cents": -1}, "hourly_rate_cents"),
        ({"booked": 1}, "booked"),
        ({"required_skills": [{"kind": "language"}]}, "value"),
    ],
)
def test_a_malformed_window_is_a_protocol_error(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(ProtocolError, match=f"window 7.*'{field}'"):
        parse_change_page(page({"seq": 1, "type": "window", "data": window(**overrides)}))
