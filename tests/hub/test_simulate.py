"""``hub simulate``: live traffic that reaches the experts' sync, deterministic per seed,
bounded by --duration and stopped cleanly by signals."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from hub.cli import main
from hub.db import make_engine, migrate
from hub.schema import cases, messages
from hub.simulation import CUSTOMER_MESSAGE, NEW_CASE, REASSIGNMENT, TrafficSimulator
from tests.hub.helpers import http_client, login
from tests.support.hub_server import ManualClock, RunningHub


def content(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return [
            conn.execute(select(cases).order_by(cases.c.id)).all(),
            conn.execute(select(messages).order_by(messages.c.id)).all(),
        ]


def simulate_steps(url: str, clock: ManualClock, steps: int) -> tuple[list[Any], list[Any]]:
    engine = make_engine(url)
    try:
        simulator = TrafficSimulator(engine, clock, seed=7)
        events = [simulator.step() for _ in range(steps)]
        return events, content(engine)
    finally:
        engine.dispose()


def test_the_same_seed_makes_the_same_traffic(
    hub_template_db: Path, seeded_sqlite_url: str, tmp_path: Path
) -> None:
    twin = tmp_path / "twin.db"
    shutil.copyfile(hub_template_db, twin)
    clock = ManualClock()
    events, state = simulate_steps(seeded_sqlite_url, clock, 40)
    twin_events, twin_state = simulate_steps(f"sqlite:///{twin}", clock, 40)

    assert twin_events == events
    assert twin_state == state
    kinds = Counter(event.kind for event in events)
    assert set(kinds) == {NEW_CASE, CUSTOMER_MESSAGE, REASSIGNMENT}
    new_cases = [
        row for row in state[0] if row.id in {e.case_id for e in events if e.kind == NEW_CASE}
    ]
    assert all(row.status == "offered" and row.sla_due is not None for row in new_cases)


def test_a_bounded_run_produces_changes_the_experts_sync(
    hub_server: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    with hub_server.engine.connect() as conn:
        cases_before = conn.execute(select(func.count()).select_from(cases)).scalar_one()
    with http_client(hub_server) as http:
        sessions = [login(http, name) for name in ("petra", "jonas", "amira")]
        cursors = [session.sync_all()[0] for session in sessions]
        exit_code = main(
            [
                "simulate",
                *("--db", hub_server.db_url),
                *("--rate", "1200", "--duration", "1", "--seed", "3", "--verbose"),
            ]
        )
        news = [
            session.sync_all(cursor)[1] for session, cursor in zip(sessions, cursors, strict=True)
        ]

    output = capsys.readouterr().out
    assert exit_code == 0
    assert "stopped after" in output
    event_lines = [line for line in output.splitlines() if line.endswith(tuple("0123456789"))]
    assert len(event_lines) >= 5
    with hub_server.engine.connect() as conn:
        cases_after = conn.execute(select(func.count()).select_from(cases)).scalar_one()
    assert cases_after > cases_before
    assert sum(len(changes) for changes in news) >= 5
    assert any(change["type"] == "case" for changes in news for change in changes)


def test_sigterm_stops_the_simulator_cleanly(seeded_sqlite_url: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "hub", "simulate", "--db", seeded_sqlite_url, "--rate", "120"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert "events per minute" in process.stdout.readline()
        process.send_signal(signal.SIGTERM)
        output, errors = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, errors
    assert "stopped after" in output


def test_a_database_without_the_demo_data_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    migrate(url)
    assert main(["simulate", "--db", url, "--rate", "10", "--duration", "1"]) == 1
    assert "hub seed --demo" in capsys.readouterr().err


@pytest.mark.parametrize(
    "arguments",
    [["--rate", "0"], ["--rate", "many"], ["--rate", "1e9"], ["--rate", "2", "--duration", "-1"]],
)
def test_bad_arguments_are_usage_errors(arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["simulate", *arguments])
    assert exit_info.value.code == 2
