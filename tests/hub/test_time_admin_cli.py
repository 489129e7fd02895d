"""``hub admin``: listing time entries with their corrections, approving them, and the
on-site quota."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from hub.admin import book_expert, create_window
from hub.cli import main
from hub.clock import utc_now
from hub.windows import NewWindow
from tests.hub.helpers import http_client, login, mutation
from tests.support.hub_server import RunningHub


def test_operations_list_approve_and_check_the_quota(
    hub_server: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    start = (utc_now() - timedelta(days=1)).replace(minute=0, second=0)
    window_id = create_window(
        hub_server.engine,
        NewWindow(
            client_id=1,
            starts_at=start,
            ends_at=start + timedelta(hours=4),
            hourly_rate_cents=2600,
            capacity=1,
        ),
    )
    book_expert(hub_server.engine, "petra", window_id)

    def entry(entry_id: str, hours: tuple[int, int], location: str, **extra: Any) -> None:
        payload = {
            "entry_id": entry_id,
            "starts_at": (start + timedelta(hours=hours[0])).isoformat() + "Z",
            "ends_at": (start + timedelta(hours=hours[1])).isoformat() + "Z",
            "kind": "work",
            "location": location,
            **extra,
        }
        assert petra.apply(mutation("time_entry", **payload))["status"] == "applied"

    with http_client(hub_server) as http:
        petra = login(http, "petra")
        entry("a", (0, 3), "remote", cases=[{"case_id": 4, "seconds": 1800}])
        entry("b", (3, 5), "on_site")
        entry("a", (0, 2), "remote", correction={"reason": "Left early for the dentist."})
    db = ["--db", hub_server.db_url]

    assert main(["admin", "time-entries", "--expert", "petra", *db]) == 0
    listing = capsys.readouterr().out
    assert "on_site" in listing and "recorded" in listing
    assert "correction 2" in listing and "Left early for the dentist." in listing
    assert "1:00" in listing  # hour 4 of entry b is outside the window: unpaid
    assert "Work 4:00 h, of which unpaid 1:00 h." in listing

    assert main(["admin", "approve-time", "--expert", "petra", "--until", "2000-01-01", *db]) == 0
    assert "Approved 0 time entries" in capsys.readouterr().out
    until = utc_now().date().isoformat()
    assert main(["admin", "approve-time", "--expert", "petra", "--until", until, *db]) == 0
    assert "Approved 2 time entries" in capsys.readouterr().out

    year = str(start.year)
    assert main(["admin", "quota", "--expert", "petra", "--year", year, "--set", "20", *db]) == 0
    report = capsys.readouterr().out
    assert "work 4:00 h, on site 2:00 h (50%)" in report
    assert "quota 20 % on site" in report and ": met." in report
    assert main(["admin", "quota", "--expert", "petra", "--year", year, "--set", "60", *db]) == 0
    assert "not met" in capsys.readouterr().out
    assert main(["admin", "quota", "--expert", "petra", "--year", year, "--clear", *db]) == 0
    assert "no on-site quota" in capsys.readouterr().out


def test_an_unknown_expert_is_a_clear_error(
    hub_server: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["admin", "time-entries", "--expert", "nobody", "--db", hub_server.db_url]) == 1
    assert "no expert with user name 'nobody'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["admin"],
        ["admin", "approve-time", "--expert", "petra"],
        ["admin", "approve-time", "--expert", "petra", "--until", "soon"],
        ["admin", "quota", "--expert", "petra", "--set", "120"],
    ],
)
def test_admin_usage_errors_exit_with_status_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
