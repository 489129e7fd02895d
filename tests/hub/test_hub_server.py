"""The test harness itself: a hub starts on a free port and leaves nothing behind."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from hub.app import DatabaseNotReady
from tests.support.hub_server import running_hub


def test_running_hub_starts_serves_and_stops_without_leftover_threads(
    seeded_sqlite_url: str,
) -> None:
    before = set(threading.enumerate())
    with running_hub(seeded_sqlite_url, prepared=True) as hub:
        assert hub.url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=hub.url) as http:
            login = http.post("/auth/login", json={"username": "jonas", "password": "demo"})
            token = login.json()["access_token"]
            pages = [
                http.get("/sync/changes", headers={"Authorization": f"Bearer {token}"})
                for _ in range(3)
            ]
        assert all(page.status_code == 200 for page in pages)
    # Only new threads count: threads of earlier tests may end meanwhile. AnyIO keeps its
    # idle worker threads (which ran sync route handlers) for a few seconds as daemons.
    leftovers = {
        thread
        for thread in set(threading.enumerate()) - before
        if thread.name != "AnyIO worker thread"
    }
    assert not leftovers


def test_an_unmigrated_database_is_reported_clearly(tmp_path: Path) -> None:
    with (
        pytest.raises(DatabaseNotReady, match="migrations"),
        running_hub(f"sqlite:///{tmp_path / 'blank.db'}", prepared=True),
    ):
        pass


def test_without_demo_data_nobody_can_log_in(tmp_path: Path) -> None:
    with running_hub(f"sqlite:///{tmp_path / 'empty.db'}", seed_demo=False) as hub:
        response = httpx.post(
            f"{hub.url}/auth/login", json={"username": "petra", "password": "demo"}
        )
    assert response.status_code == 401
