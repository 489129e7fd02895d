"""An app process that writes a reply and dies by SIGKILL the moment the hub's answer to
it arrives, before the outbox can record it (for the kill -9 test).

Usage: python -m tests.reliability.outbox_child HUB_URL CACHE_PATH TEXT. The cache key
comes hex-encoded in OUTBOX_CHILD_CACHE_KEY. With OUTBOX_CHILD_KILL_AFTER_ANSWER=1 the
transport kills the process once an answer to POST /sync/mutations has been read. Prints
"case <id>" and "item <id>" before sending.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

import httpx

from tests.sync.replies import my_open_cases, reply_to
from workstation.store.cache import CaseCache
from workstation.store.database import open_cache
from workstation.store.outbox import OutboxStore
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.engine import SyncEngine
from workstation.sync.outbox_sender import OutboxSender
from workstation.sync.session import login

KEY_VARIABLE = "OUTBOX_CHILD_CACHE_KEY"
KILL_VARIABLE = "OUTBOX_CHILD_KILL_AFTER_ANSWER"


class KillAfterAnswer(httpx.AsyncBaseTransport):
    """Forwards to the hub; when told to, dies right after an answer to a mutation batch
    arrived, so the hub has applied the batch and the app never learns of it."""

    def __init__(self, armed: bool) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._armed = armed

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if self._armed and request.url.path == "/sync/mutations":
            await response.aread()
            os.kill(os.getpid(), signal.SIGKILL)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


async def main(hub_url: str, cache_path: Path, text: str, key: bytes, armed: bool) -> None:
    client = HubClient(hub_url, transport=KillAfterAnswer(armed))
    worker = DbWorker()
    engine = open_cache(cache_path, key)
    try:
        session = await login(client, "petra", "demo")
        cache = CaseCache(engine)
        sync = SyncEngine(session, cache, worker)
        await sync.sync()
        (case,) = my_open_cases(cache, 1)
        store = OutboxStore(engine)
        item = await worker.run(store.enqueue, reply_to(case, text, now=time.time()))
        print(f"case {case.id}", flush=True)
        print(f"item {item.id}", flush=True)
        await OutboxSender(session, store, worker, sync=sync).send_due()
        print("sent", flush=True)
    finally:
        worker.close()
        engine.dispose()
        await client.aclose()


if __name__ == "__main__":
    url, path, reply_text = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    asyncio.run(
        main(
            url,
            path,
            reply_text,
            bytes.fromhex(os.environ[KEY_VARIABLE]),
            os.environ.get(KILL_VARIABLE) == "1",
        )
    )
