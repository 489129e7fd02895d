"""FastAPI application factory."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError, ProgrammingError

from hub.api import account_routes, auth_routes, data_protection_routes, event_routes, sync_routes
from hub.api.context import HubContext
from hub.auth.access_tokens import AccessTokenCodec
from hub.clock import Clock, SystemClock
from hub.db import make_engine, read_transaction
from hub.errors import install_error_handlers
from hub.event_stream import EventStreamSettings
from hub.events import WindowSchedule
from hub.leases import SWEEP_INTERVAL_S, LeaseExpiry, sweep_leases_periodically
from hub.mutations import HANDLERS
from hub.mutations.runner import MutationRunner
from hub.schema import hub_settings
from hub.sequence_watch import DEFAULT_FALLBACK_POLL_S, SequenceWatch
from hub.window_schedule import BookedWindowSchedule

TOKEN_SECRET_KEY = "token_secret"

Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


class DatabaseNotReady(RuntimeError):
    pass


def load_token_secret(engine: Engine) -> bytes:
    """The hub's HMAC secret, created by the initial migration."""
    try:
        with read_transaction(engine) as conn:
            value = conn.execute(
                select(hub_settings.c.value).where(hub_settings.c.key == TOKEN_SECRET_KEY)
            ).scalar_one_or_none()
    except (OperationalError, ProgrammingError) as error:
        raise DatabaseNotReady("The hub database has no schema; run its migrations.") from error
    if value is None:
        raise DatabaseNotReady("The hub database has no token secret; run its migrations.")
    return bytes.fromhex(value)


def create_app(
    db_url: str,
    *,
    clock: Clock | None = None,
    lease_sweep_interval_s: float = SWEEP_INTERVAL_S,
    event_settings: EventStreamSettings | None = None,
    sequence_poll_s: float = DEFAULT_FALLBACK_POLL_S,
    window_schedule: WindowSchedule | None = None,
) -> FastAPI:
    """The hub app over an already migrated database (see ``hub.db.migrate``).

    While the app runs, a background task returns cases whose claim lease ran out to the
    pool every ``lease_sweep_interval_s`` seconds, and a ``SequenceWatch`` wakes the
    ``/events`` streams (reading the sequence head every ``sequence_poll_s`` seconds for
    writes from other processes). ``window_schedule`` supplies booked shift windows for
    ``window_starting`` events; by default the hub's own bookings (``BookedWindowSchedule``).
    """
    engine = make_engine(db_url)
    clock = clock or SystemClock()
    leases = LeaseExpiry(engine, clock)
    watch = SequenceWatch(engine, fallback_poll_s=sequence_poll_s)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(
            sweep_leases_periodically(leases, lease_sweep_interval_s), name="lease-sweeper"
        )
        try:
            async with watch.running():
                yield
        finally:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            engine.dispose()

    try:
        app = _build_app(engine, clock, leases, lifespan)
    except BaseException:
        engine.dispose()
        raise
    app.state.sequence_watch = watch
    app.state.event_settings = event_settings or EventStreamSettings()
    app.state.window_schedule = window_schedule or BookedWindowSchedule()
    return app


def _build_app(engine: Engine, clock: Clock, leases: LeaseExpiry, lifespan: Lifespan) -> FastAPI:
    secret = load_token_secret(engine)
    app = FastAPI(
        title="Expert Workstation hub",
        version="1",
        description="Reference central platform; see docs/sync-protocol.md.",
        lifespan=lifespan,
    )
    app.state.hub = HubContext(
        engine=engine,
        clock=clock,
        secret=secret,
        access_tokens=AccessTokenCodec(secret),
        mutations=MutationRunner(engine, HANDLERS, clock.now),
        leases=leases,
    )
    install_error_handlers(app)
    app.include_router(auth_routes.router)
    app.include_router(sync_routes.router)
    app.include_router(event_routes.router)
    app.include_router(account_routes.router)
    app.include_router(data_protection_routes.router)
    return app
