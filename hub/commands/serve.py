"""``hub serve``: migrate the database, then serve the API with uvicorn."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

import uvicorn

from hub.app import create_app
from hub.db import default_db_url, migrate

# Open /events streams are cut this long after a shutdown request.
GRACEFUL_SHUTDOWN_S = 3


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("serve", help="run the hub's HTTP API")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=8000,
        help="port to bind; 0 picks a free one (default: %(default)s)",
    )
    parser.add_argument(
        "--db", default=None, help="database URL (default: sqlite file hub.db here)"
    )
    parser.add_argument(
        "--log-level", default="info", help="uvicorn log level (default: %(default)s)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db_url = args.db or default_db_url()
    migrate(db_url)
    app = create_app(db_url)
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        # Event streams never end on their own; without a limit they would hold shutdown.
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
    )
    server = uvicorn.Server(config)
    # uvicorn re-raises the Ctrl-C it handled once shutdown is complete.
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve_announcing_url(server))
    return 0


async def _serve_announcing_url(server: uvicorn.Server) -> None:
    """Serve, and print ``HUB_URL=…`` once the sockets are bound so scripts can read it."""
    serving = asyncio.ensure_future(server.serve())
    while not server.started:
        if serving.done():
            await serving
            return
        await asyncio.sleep(0.02)
    print(f"HUB_URL={bound_url(server)}", flush=True)
    await serving


def bound_url(server: uvicorn.Server) -> str:
    for listener in server.servers:
        for sock in listener.sockets:
            host, port = sock.getsockname()[:2]
            if ":" in host:
                host = f"[{host}]"
            return f"http://{host}:{port}"
    sys.exit("hub: the server did not bind a socket")
