"""Shared pieces of the sync tests: what the hub says an expert may see (computed here
independently of the hub's own visibility code) and full snapshots of a cache."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, func, select

from hub.clock import utc_now
from hub.schema import applied_mutations, cases, expert_clients, expert_skills, experts, messages
from workstation.store.cache import CaseCache
from workstation.store.database import new_cache_key, open_cache
from workstation.store.outbox import OutboxStore
from workstation.store.worker import DbWorker
from workstation.sync.client import HubClient
from workstation.sync.engine import SyncEngine
from workstation.sync.outbox import Outbox
from workstation.sync.outbox_sender import OutboxSender
from workstation.sync.session import Session, login


def visible_case_ids(hub_engine: Engine, username: str) -> dict[int, int]:
    """``{case id: version}`` of the expert's own cases and the offers they qualify for."""
    with hub_engine.connect() as conn:
        expert_id = conn.execute(
            select(experts.c.id).where(experts.c.username == username)
        ).scalar_one()
        client_ids = set(
            conn.execute(
                select(expert_clients.c.client_id).where(expert_clients.c.expert_id == expert_id)
            ).scalars()
        )
        skills: dict[str, set[str]] = {"channel": set(), "language": set(), "topic": set()}
        for kind, value in conn.execute(
            select(expert_skills.c.kind, expert_skills.c.value).where(
                expert_skills.c.expert_id == expert_id
            )
        ):
            skills[kind].add(value)
        rows = conn.execute(
            select(
                cases.c.id,
                cases.c.version,
                cases.c.assigned_expert_id,
                cases.c.status,
                cases.c.client_id,
                cases.c.channel,
                cases.c.language,
                cases.c.topic,
            )
        ).all()
    visible: dict[int, int] = {}
    for row in rows:
        own = row.assigned_expert_id == expert_id
        offer = (
            row.status == "offered"
            and row.assigned_expert_id is None
            and row.client_id in client_ids
            and row.channel in skills["channel"]
            and row.language in skills["language"]
            and (row.topic is None or row.topic in skills["topic"])
        )
        if own or offer:
            visible[row.id] = row.version
    return visible


def served_client_ids(hub_engine: Engine, username: str) -> set[int]:
    with hub_engine.connect() as conn:
        return set(
            conn.execute(
                select(expert_clients.c.client_id)
                .join(experts, experts.c.id == expert_clients.c.expert_id)
                .where(experts.c.username == username)
            ).scalars()
        )


def cached_versions(engine: Engine) -> dict[int, int]:
    with engine.connect() as connection:
        return dict(
            (row[0], row[1]) for row in connection.exec_driver_sql("SELECT id, version FROM cases")
        )


def snapshot(engine: Engine) -> dict[str, Any]:
    """Every row the cache holds, the search index's rowids and the sync meta data."""
    with engine.connect() as connection:
        tables = {
            table: connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all()
            for table in ("clients", "cases", "messages")
        }
        tables["case_fts"] = connection.exec_driver_sql(
            "SELECT rowid FROM case_fts ORDER BY rowid"
        ).all()
        tables["meta"] = connection.exec_driver_sql(
            "SELECT key, value FROM meta WHERE key <> 'last_sync_at' ORDER BY key"
        ).all()
    return tables


def integrity_problems(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        # Raises if the full-text index disagrees with itself. First in its transaction:
        # the check is an INSERT, and a transaction that has read already cannot take the
        # write lock once the worker's index upkeep has committed meanwhile.
        connection.exec_driver_sql(
            "INSERT INTO case_fts (case_fts, rank) VALUES ('integrity-check', 0)"
        )
        connection.rollback()
        result = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        connection.rollback()
    return [] if result == ["ok"] else result


@dataclass
class SyncRig:
    """A logged-in client, session, cache, worker and engine; ``close()`` ends them all."""

    client: HubClient
    session: Session
    engine: Engine
    cache: CaseCache
    worker: DbWorker
    sync: SyncEngine

    async def close(self) -> None:
        self.worker.close()
        self.cache.close()
        self.engine.dispose()
        await self.client.aclose()


async def rig(
    hub_url: str,
    username: str = "petra",
    *,
    cache_path: Path | None = None,
    key: bytes | None = None,
    page_limit: int = 1000,
    client_factory: Callable[[str], HubClient] = HubClient,
) -> SyncRig:
    client = client_factory(hub_url)
    session = await login(client, username, "demo")
    engine = open_cache(cache_path, key if key is not None else new_cache_key())
    cache = CaseCache(engine)
    worker = DbWorker()
    return SyncRig(
        client=client,
        session=session,
        engine=engine,
        cache=cache,
        worker=worker,
        sync=SyncEngine(session, cache, worker, page_limit=page_limit),
    )


class SteppingClock:
    """A hub clock the test moves forward (naive UTC, whole seconds, like the hub's)."""

    def __init__(self) -> None:
        self._now = utc_now()

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


class ManualClock:
    """A wall clock (epoch seconds) for back-off times, moved by the test."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class OutboxRig:
    """A synced ``SyncRig`` with an outbox over the same cache."""

    rig: SyncRig
    store: OutboxStore
    sender: OutboxSender
    outbox: Outbox
    clock: ManualClock

    @property
    def cache(self) -> CaseCache:
        return self.rig.cache

    async def close(self) -> None:
        await self.outbox.close()
        await self.rig.close()


async def outbox_rig(
    hub_url: str,
    username: str = "petra",
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    cache_path: Path | None = None,
    key: bytes | None = None,
    sync_first: bool = True,
) -> OutboxRig:
    def client_factory(url: str) -> HubClient:
        return HubClient(url, transport=transport, timeout=10.0)

    synced = await rig(
        hub_url, username, cache_path=cache_path, key=key, client_factory=client_factory
    )
    if sync_first:
        await synced.sync.sync()
    clock = ManualClock()
    store = OutboxStore(synced.engine, clock=clock)
    sender = OutboxSender(
        synced.session, store, synced.worker, sync=synced.sync, clock=clock, random=lambda: 0.5
    )
    return OutboxRig(
        rig=synced,
        store=store,
        sender=sender,
        outbox=Outbox(store, synced.worker, sender, clock=clock),
        clock=clock,
    )


def hub_messages_with_body(hub_engine: Engine, body: str) -> int:
    """How many messages at the hub have exactly this text."""
    with hub_engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(messages).where(messages.c.body_text == body)
            ).scalar_one()
        )


def applied_mutation_ids(hub_engine: Engine) -> set[str]:
    with hub_engine.connect() as conn:
        return set(conn.execute(select(applied_mutations.c.id)).scalars())
