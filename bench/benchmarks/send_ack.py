"""``send_ack_loopback_ms``: from enqueueing a reply to the hub's acknowledgement.

A real hub on loopback (seeded with the demo data) and the real outbox: the reply is
written durably to an encrypted file cache, the background sender wakes, sends it, and the
hub's "applied" is recorded; the clock stops when the outbox reports the item sent.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Final

from bench.harness import BenchContext, Benchmark, Measurement, percentile
from tests.support.hub_server import prepare_database, running_hub
from workstation.domain import mutations
from workstation.domain.models import CaseDetail, Channel, Visibility
from workstation.domain.replies import ReplyContent
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.outbox import OutboxStore
from workstation.store.queries import CaseView, InboxQuery
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.engine import SyncEngine
from workstation.sync.outbox import Outbox
from workstation.sync.outbox_sender import OutboxEvent, OutboxSender
from workstation.sync.session import login

SAMPLES: Final = 100
QUICK_SAMPLES: Final = 30
WARM_UP: Final = 3


def run(context: BenchContext) -> list[Measurement]:
    samples = (QUICK_SAMPLES if context.quick else SAMPLES) + WARM_UP
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'hub.db'}"
        prepare_database(url, seed_demo=True)
        with running_hub(url, prepared=True) as hub:
            timings_ms = asyncio.run(_measure(hub.url, Path(directory) / "cache.db", samples))
    timings_ms = timings_ms[WARM_UP:]
    context.log(
        f"{len(timings_ms)} replies, min {min(timings_ms):.1f} ms, max {max(timings_ms):.1f} ms"
    )
    return [
        Measurement("send_ack_loopback_ms", statistics.median(timings_ms)),
        Measurement("send_ack_loopback_p95_ms", percentile(timings_ms, 0.95)),
    ]


async def _measure(hub_url: str, cache_path: Path, samples: int) -> list[float]:
    client = HubClient(hub_url)
    worker = DbWorker()
    engine = open_cache(cache_path, new_cache_key())
    outbox: Outbox | None = None
    try:
        session = await login(client, "petra", "demo")
        cache = CaseCache(engine)
        sync = SyncEngine(session, cache, worker)
        await sync.sync()
        store = OutboxStore(engine)
        outbox = Outbox(store, worker, OutboxSender(session, store, worker, sync=sync))
        acknowledged: dict[str, asyncio.Future[float]] = {}
        synced = asyncio.Event()

        def on_change(event: OutboxEvent) -> None:
            now = time.perf_counter()
            for item_id in event.sent_ids:
                future = acknowledged.get(item_id)
                if future is not None and not future.done():
                    future.set_result(now)
            if event.sync_result is not None:
                synced.set()

        outbox.add_listener(on_change)
        await outbox.start()
        case = await worker.run(_live_case, cache)
        loop = asyncio.get_running_loop()
        timings: list[float] = []
        for index in range(samples):
            mutation = mutations.reply(
                case.id,
                channel=case.channel,
                based_on_version=case.version,
                content=ReplyContent(
                    body=f"Antwort {index}: Danke, das Update ist unterwegs.",
                    subject="Re: Ihre Anfrage",
                    visibility=Visibility.PUBLIC,
                    approach=True,
                ),
                now=time.time(),
            )
            acknowledged[mutation.id] = loop.create_future()
            synced.clear()
            started = time.perf_counter()
            await outbox.enqueue(mutation)
            done = await asyncio.wait_for(acknowledged[mutation.id], timeout=30)
            timings.append((done - started) * 1000)
            # Let the sync that follows each send finish, so replies do not queue behind it.
            await asyncio.wait_for(synced.wait(), timeout=30)
            refreshed = await worker.run(cache.case_detail, case.id)
            case = refreshed if refreshed is not None else case
        return timings
    finally:
        if outbox is not None:
            await outbox.close()
        worker.close()
        engine.dispose()
        await client.aclose()


def _live_case(cache: CaseCache) -> CaseDetail:
    """One of the expert's open cases on a channel that takes text, chat preferred (a reply
    keeps a chat case open)."""
    summaries = cache.case_window(InboxQuery.for_view(CaseView.MY_CASES), 0, 200)
    candidates = [summary for summary in summaries if summary.channel is not Channel.PHONE]
    candidates.sort(key=lambda summary: summary.channel is not Channel.CHAT)
    detail = cache.case_detail(candidates[0].id)
    assert detail is not None
    return detail


BENCHMARK = Benchmark(
    name="send_ack",
    description="median time from enqueueing a reply to the hub's acknowledgement, loopback",
    run=run,
)
