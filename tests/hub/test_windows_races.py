"""Experts racing for the last seats of a window: the capacity holds, on SQLite and
PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from hub.admin import create_window
from hub.clock import utc_now
from hub.schema import window_bookings
from hub.windows import NewWindow
from tests.hub.helpers import http_client, login
from tests.support.hub_server import RunningHub

ROUNDS = 4
ACCOUNTING = 1


def test_concurrent_bookings_never_exceed_the_capacity(hub_server_each_db: RunningHub) -> None:
    start = utc_now() + timedelta(days=40)
    window_ids = [
        create_window(
            hub_server_each_db.engine,
            NewWindow(
                client_id=ACCOUNTING,
                # Far apart, so that only the seats decide, never an overlap.
                starts_at=start + timedelta(days=round_number),
                ends_at=start + timedelta(days=round_number, hours=2),
                hourly_rate_cents=2400,
                capacity=1,
            ),
        )
        for round_number in range(ROUNDS)
    ]
    with http_client(hub_server_each_db) as http:
        tokens = {name: login(http, name).access_token for name in ("petra", "jonas")}
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in tokens}
    barrier = threading.Barrier(len(tokens))

    def book_all(name: str) -> None:
        with http_client(hub_server_each_db) as client:
            barrier.wait()
            for window_id in window_ids:
                response = client.post(
                    "/sync/mutations",
                    json={
                        "mutations": [
                            {
                                "id": f"{name}-{window_id}",
                                "type": "book_window",
                                "payload": {"window_id": window_id},
                            }
                        ]
                    },
                    headers={"Authorization": f"Bearer {tokens[name]}"},
                )
                results[name].append(response.json()["results"][0])

    threads = [threading.Thread(target=book_all, args=(name,)) for name in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    for index, window_id in enumerate(window_ids):
        answers = [results[name][index] for name in tokens]
        assert sorted(answer["status"] for answer in answers) == ["applied", "rejected"]
        assert [a["reason"] for a in answers if a["status"] == "rejected"] == ["capacity"]
        with hub_server_each_db.engine.connect() as conn:
            seats_taken = conn.execute(
                select(func.count()).where(window_bookings.c.window_id == window_id)
            ).scalar_one()
        assert seats_taken == 1
