"""A workstation sync in a process of its own, for the kill -9 test.

Usage: python -m tests.sync.sync_child HUB_URL CACHE_PATH PAGE_LIMIT; the cache key comes
hex-encoded in the environment variable SYNC_CHILD_CACHE_KEY. Prints one line per applied
page so that the parent can kill the process in the middle of the sync.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from workstation.store.cache import CaseCache
from workstation.store.database import open_cache
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.engine import SyncEngine, SyncProgress
from workstation.sync.session import login

KEY_VARIABLE = "SYNC_CHILD_CACHE_KEY"


async def main(hub_url: str, cache_path: Path, page_limit: int, key: bytes) -> None:
    client = HubClient(hub_url)
    worker = DbWorker()
    engine = open_cache(cache_path, key)
    try:
        session = await login(client, "petra", "demo")
        sync = SyncEngine(session, CaseCache(engine), worker, page_limit=page_limit)

        def report(progress: SyncProgress) -> None:
            print(f"page {progress.received}", flush=True)

        await sync.sync(report)
        print("done", flush=True)
    finally:
        worker.close()
        engine.dispose()
        await client.aclose()


if __name__ == "__main__":
    url, path, limit = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    asyncio.run(main(url, path, limit, bytes.fromhex(os.environ[KEY_VARIABLE])))
