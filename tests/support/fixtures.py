"""Pytest fixtures for tests that need a running hub.

- ``hub_server``: a fresh hub with the demo data on SQLite (a copy of a template seeded
  once per session), function-scoped.
- ``clocked_hub`` / ``clocked_hub_each_db``: like ``hub_server`` / ``hub_server_each_db``,
  with the hub's time under the test's control through ``manual_clock``.
- ``hub_server_each_db``: the same, run once on SQLite and once on PostgreSQL. The
  PostgreSQL run needs ``HUB_TEST_POSTGRES_URL`` (a server URL such as
  ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``); each test gets its own
  database, copied from a template seeded once per session. Without the variable the run
  is skipped, or fails under CI.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from hub.db import make_engine
from tests.support.hub_server import (
    ManualClock,
    RunningHub,
    fresh_postgres_database,
    prepare_database,
    running_hub,
)
from tests.support.services import service_missing

POSTGRES_URL_VARIABLE = "HUB_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def hub_template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite hub database with the demo data, seeded once per session."""
    path = tmp_path_factory.mktemp("hub-template") / "hub.db"
    url = f"sqlite:///{path}"
    prepare_database(url, seed_demo=True)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            # Fold the WAL into the main file so one file copy is the whole database.
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        engine.dispose()
    return path


@pytest.fixture
def seeded_sqlite_url(hub_template_db: Path, tmp_path: Path) -> str:
    """URL of a private copy of the seeded template database."""
    path = tmp_path / "hub.db"
    shutil.copyfile(hub_template_db, path)
    return f"sqlite:///{path}"


@pytest.fixture
def hub_server(seeded_sqlite_url: str) -> Iterator[RunningHub]:
    with running_hub(seeded_sqlite_url, prepared=True) as hub:
        yield hub


def postgres_server_url() -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        service_missing(f"PostgreSQL: set {POSTGRES_URL_VARIABLE} to a server URL")
    return url


@pytest.fixture(scope="session")
def postgres_template_db() -> Iterator[str]:
    """Name of a PostgreSQL database with the demo data, seeded once per session."""
    with fresh_postgres_database(postgres_server_url()) as url:
        prepare_database(url, seed_demo=True)
        name = make_url(url).database
        assert name is not None
        yield name


@pytest.fixture
def seeded_postgres_url(postgres_template_db: str) -> Iterator[str]:
    """URL of a private PostgreSQL database copied from the seeded template."""
    with fresh_postgres_database(postgres_server_url(), template=postgres_template_db) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def seeded_hub_db_url(request: pytest.FixtureRequest) -> str:
    """A seeded hub database URL, once per backend."""
    fixture = "seeded_sqlite_url" if request.param == "sqlite" else "seeded_postgres_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def hub_server_each_db(seeded_hub_db_url: str) -> Iterator[RunningHub]:
    with running_hub(seeded_hub_db_url, prepared=True) as hub:
        yield hub


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_hub_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database (no schema), once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    with fresh_postgres_database(postgres_server_url()) as url:
        yield url


@pytest.fixture
def manual_clock() -> ManualClock:
    """The time of ``clocked_hub``; it moves only with ``manual_clock.advance()``."""
    return ManualClock()


@pytest.fixture
def clocked_hub(seeded_sqlite_url: str, manual_clock: ManualClock) -> Iterator[RunningHub]:
    with running_hub(seeded_sqlite_url, prepared=True, clock=manual_clock) as hub:
        yield hub


@pytest.fixture
def clocked_hub_each_db(seeded_hub_db_url: str, manual_clock: ManualClock) -> Iterator[RunningHub]:
    with running_hub(seeded_hub_db_url, prepared=True, clock=manual_clock) as hub:
        yield hub
