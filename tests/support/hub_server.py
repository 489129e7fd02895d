"""A real hub on a loopback port for tests: uvicorn in a background thread."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

import uvicorn
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from hub.app import create_app
from hub.clock import Clock, to_naive_utc, utc_now
from hub.db import make_engine, migrate_engine
from hub.demo.seed import seed_demo as seed_demo_data

STARTUP_TIMEOUT_S = 20.0
SHUTDOWN_TIMEOUT_S = 20.0


class ManualClock:
    """A hub clock that moves only when a test moves it (thread-safe enough for reads from
    the server thread: assignments of one attribute are atomic)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = to_naive_utc(start or utc_now())

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> datetime:
        self._now = to_naive_utc(self._now + delta)
        return self._now


@dataclass
class RunningHub:
    url: str
    db_url: str
    engine: Engine


def prepare_database(db_url: str, *, seed_demo: bool = True) -> None:
    """Migrate, and optionally fill with the demo data set."""
    engine = make_engine(db_url)
    try:
        migrate_engine(engine)
        if seed_demo:
            seed_demo_data(engine)
    finally:
        engine.dispose()


@contextmanager
def running_hub(
    db_url: str,
    *,
    seed_demo: bool = True,
    prepared: bool = False,
    clock: Clock | None = None,
    lease_sweep_interval_s: float | None = None,
) -> Iterator[RunningHub]:
    """Run a hub over ``db_url`` on 127.0.0.1 with a free port until the block ends.

    Without ``prepared`` the database is migrated (and seeded with ``seed_demo``) first;
    pass ``prepared=True`` for a database that already is, such as a copied template.
    ``lease_sweep_interval_s`` overrides how often the hub expires claim leases in the
    background.
    """
    if not prepared:
        prepare_database(db_url, seed_demo=seed_demo)
    if lease_sweep_interval_s is None:
        app = create_app(db_url, clock=clock)
    else:
        app = create_app(db_url, clock=clock, lease_sweep_interval_s=lease_sweep_interval_s)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="test-hub", daemon=True)
    thread.start()
    engine = make_engine(db_url)
    try:
        url = _wait_until_bound(server, thread)
        yield RunningHub(url=url, db_url=db_url, engine=engine)
    finally:
        server.should_exit = True
        thread.join(SHUTDOWN_TIMEOUT_S)
        engine.dispose()
        if thread.is_alive():
            raise RuntimeError("the test hub did not shut down in time")


def _wait_until_bound(server: uvicorn.Server, thread: threading.Thread) -> str:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the test hub stopped during start-up")
        if time.monotonic() > deadline:
            raise RuntimeError("the test hub did not start in time")
        time.sleep(0.01)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    return f"http://{host}:{port}"


@contextmanager
def fresh_postgres_database(server_url: str, *, template: str | None = None) -> Iterator[str]:
    """Create a uniquely named database on the server at ``server_url`` (a copy of the
    database ``template`` if given, which must have no open connections); yield its URL and
    drop it afterwards."""
    name = f"hub_test_{uuid.uuid4().hex[:16]}"
    copy_of = f' TEMPLATE "{template}"' if template else ""
    admin = make_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy_of}'))
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
