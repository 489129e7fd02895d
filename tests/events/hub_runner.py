"""A real hub on a loopback port with the event stream's timings under the test's control.

``tests.support.hub_server.running_hub`` cannot pass event settings, and its engine is a
second one in the test process; this runner yields the app's own engine too, so writes
made through it wake the streams by the commit hook like the hub's own writes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn
from sqlalchemy import Engine

from hub.api.context import HubContext
from hub.app import create_app
from hub.clock import Clock
from hub.event_stream import EventStreamSettings

STARTUP_TIMEOUT_S = 20.0
SHUTDOWN_TIMEOUT_S = 20.0


@dataclass
class EventHub:
    url: str
    db_url: str
    engine: Engine
    """The app's own engine: writes through it wake the streams at commit."""


@contextmanager
def running_event_hub(
    db_url: str,
    *,
    heartbeat_s: float = 15.0,
    timed_check_s: float = 5.0,
    sequence_poll_s: float = 0.5,
    clock: Clock | None = None,
) -> Iterator[EventHub]:
    """Serve the already prepared database at ``db_url`` until the block ends."""
    app = create_app(
        db_url,
        clock=clock,
        event_settings=EventStreamSettings(heartbeat_s=heartbeat_s, timed_check_s=timed_check_s),
        sequence_poll_s=sequence_poll_s,
    )
    context = app.state.hub
    assert isinstance(context, HubContext)
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        log_level="warning",
        lifespan="on",
        access_log=False,
        # A test that fails while a stream is open must not hang the shutdown.
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="test-event-hub", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the test hub stopped during start-up")
            if time.monotonic() > deadline:
                raise RuntimeError("the test hub did not start in time")
            time.sleep(0.01)
        host, port = server.servers[0].sockets[0].getsockname()[:2]
        yield EventHub(url=f"http://{host}:{port}", db_url=db_url, engine=context.engine)
    finally:
        server.should_exit = True
        thread.join(SHUTDOWN_TIMEOUT_S)
        if thread.is_alive():
            raise RuntimeError("the test hub did not shut down in time")
