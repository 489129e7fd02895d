"""Resident memory with the inbox open after 20 searches, in a fresh process.

``python -m bench.entries.inbox_rss CACHE_FILE KEY_FILE QUERY…``: shows the real inbox
(``InboxModel`` in ``InboxView``) over the cache, paints it, runs the queries through
``CaseCache.search`` on the ``DbWorker`` as the app does, and prints the resident set
size and its peak in bytes (``VmRSS``, ``VmHWM`` from /proc/self/status).
"""

import asyncio
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from workstation.store.cache import CaseCache
from workstation.store.database import open_cache, open_reader
from workstation.store.worker import DbWorker
from workstation.ui.icons import IconLibrary
from workstation.ui.inbox_model import InboxModel
from workstation.ui.inbox_view import InboxView


def _status_bytes(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


async def _search_all(worker: DbWorker, store: CaseCache, queries: list[str]) -> None:
    for query in queries:
        await worker.run(store.search, query)


def main(cache_path: Path, key_path: Path, queries: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    engine = open_cache(cache_path, bytes.fromhex(key_path.read_text().strip()))
    reader = open_reader(engine)
    worker = DbWorker()
    try:
        model = InboxModel(CaseCache(reader), IconLibrary())
        view = InboxView(model)
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        view.viewport().repaint()
        store = CaseCache(engine)
        asyncio.run(_search_all(worker, store, queries))
        app.processEvents()
        print(_status_bytes("VmRSS"), _status_bytes("VmHWM"), flush=True)
        view.close()
    finally:
        worker.close()
        reader.dispose()
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]))
