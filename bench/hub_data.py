"""A hub database holding many cases for the sync benchmarks.

The hub is migrated and seeded with the demo data (so ``petra`` can log in), then filled
with generated cases assigned to her through ``hub.cases.insert_cases``, the hub's own
bulk insert, in batches of ``BATCH`` cases per write transaction. The texts come from the
same writer as the cache generator, so both benchmarks see the same kind of case.

The file is kept under bench/data/ (git-ignored) and copied for every run, because the
incremental benchmark writes into it.
"""

from __future__ import annotations

import random
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from bench.generate import case_documents
from hub.cases import NewCase, NewMessage, insert_cases
from hub.clock import utc_now
from hub.db import alembic_config, make_engine, migrate_engine
from hub.demo.seed import seed_demo
from hub.schema import cases as hub_cases
from hub.schema import experts
from hub.sequence import write_transaction

HUB_GENERATOR_VERSION: Final = 1
BATCH: Final = 5000
EXPERT_USERNAME: Final = "petra"


@dataclass(frozen=True, slots=True)
class GeneratedHub:
    path: Path
    expert_id: int
    cases: int
    seconds_to_generate: float | None  # None when it came from bench/data

    def working_copy(self, directory: Path) -> str:
        """A private copy of the hub file; returns its database URL."""
        copy = directory / "hub.db"
        shutil.copyfile(self.path, copy)
        return f"sqlite:///{copy}"


def ensure_hub(cases: int, data_dir: Path, *, seed: int = 815) -> GeneratedHub:
    """The hub database with ``cases`` generated cases for ``petra`` besides the demo
    data: from ``data_dir`` when complete, else generated now (and kept there)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    # The hub's schema head is part of the name: a new hub migration means new data.
    path = data_dir / f"hub-{cases}-v{HUB_GENERATOR_VERSION}-{seed}-{_schema_head()}.db"
    url = f"sqlite:///{path}"
    marker = path.with_suffix(".complete")
    if path.exists() and marker.exists():
        return GeneratedHub(path, _expert_id(url), cases, None)
    path.unlink(missing_ok=True)
    marker.unlink(missing_ok=True)
    started = time.perf_counter()
    engine = make_engine(url)
    try:
        migrate_engine(engine)
        seed_demo(engine)
        expert_id = _expert_id(url)
        documents = case_documents(cases, seed=seed, expert_id=expert_id)
        batch: list[NewCase] = []
        for document in documents:
            batch.append(new_case(document))
            if len(batch) == BATCH:
                _insert(engine, batch)
                batch = []
        _insert(engine, batch)
        with engine.connect() as connection:
            generated = connection.execute(select(func.count()).select_from(hub_cases)).scalar_one()
    finally:
        engine.dispose()
    if generated < cases:
        raise RuntimeError(f"the hub holds {generated} of {cases} generated cases")
    marker.write_text(str(cases))
    return GeneratedHub(path, expert_id, cases, time.perf_counter() - started)


def new_case(document: dict[str, Any]) -> NewCase:
    """A generated case document (as the hub sends it) as the hub's insert input."""
    return NewCase(
        client_id=document["client_id"],
        channel=document["channel"],
        subject=document["subject"],
        customer_name=document["customer_name"],
        customer_contact=document["customer_contact"],
        language=document["language"],
        topic=document["topic"],
        priority=document["priority"],
        sla_due=_datetime(document["sla_due"]),
        status=document["status"],
        assigned_expert_id=document["assigned_expert_id"],
        created_at=_datetime(document["created_at"]),
        messages=tuple(
            NewMessage(
                direction=message["direction"],
                author=message["author"],
                body_text=message["body_text"],
                created_at=_datetime(message["created_at"]),
            )
            for message in document["messages"]
        ),
    )


def one_more_case(expert_id: int, *, seed: int) -> NewCase:
    """A single new case for ``expert_id``, for the incremental sync."""
    document = next(iter(case_documents(1, seed=seed, expert_id=expert_id)))
    rng = random.Random(seed)
    document["status"] = "open"
    document["subject"] = f"{document['subject']} ({rng.randint(1000, 9999)})"
    return new_case(document)


def insert_one(db_url: str, case: NewCase) -> None:
    engine = make_engine(db_url)
    try:
        _insert(engine, [case])
    finally:
        engine.dispose()


def _insert(engine: Any, batch: list[NewCase]) -> None:
    if not batch:
        return
    with write_transaction(engine) as transaction:
        insert_cases(transaction, batch, now=utc_now())


def _expert_id(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    select(experts.c.id).where(experts.c.username == EXPERT_USERNAME)
                ).scalar_one()
            )
    finally:
        engine.dispose()


def _schema_head() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return "-".join(sorted(heads))


def _datetime(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
