"""Live traffic for the demo and tests: new cases, customers writing again, reassignments.

Every event writes through ``hub.cases`` and ``hub.admin`` like any other writer, so it
gets sequence numbers and tombstones and reaches the experts' next sync. The choice and
content of events depend only on the seed and the database's state; timing is separate.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Select, func, select

from hub import admin
from hub.cases import insert_cases
from hub.clock import Clock
from hub.demo.generator import DemoCaseGenerator
from hub.demo.people import CLIENTS, EXPERTS
from hub.schema import cases, clients, experts
from hub.sequence import write_transaction
from hub.visibility import qualified_expert_ids

NEW_CASE = "new_case"
CUSTOMER_MESSAGE = "customer_message"
REASSIGNMENT = "reassignment"
EVENT_WEIGHTS = {NEW_CASE: 45, CUSTOMER_MESSAGE: 40, REASSIGNMENT: 15}
# Share of reassignments that go to another expert rather than back to the pool.
TO_ANOTHER_EXPERT = 0.7
MAX_RATE_PER_MINUTE = 6000.0


class DemoDataMissing(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class SimulatedEvent:
    kind: str
    case_id: int


class TrafficSimulator:
    """Decides and writes one event at a time."""

    def __init__(self, engine: Engine, clock: Clock, *, seed: int) -> None:
        self._engine = engine
        self._clock = clock
        self._rng = random.Random(f"simulate-{seed}")
        client_ids, expert_ids = self._demo_ids()
        self._usernames = {expert_id: username for username, expert_id in expert_ids.items()}
        self._generator = DemoCaseGenerator(
            now=clock.now(),
            client_ids=client_ids,
            expert_ids=expert_ids,
            expert_names={expert.username: expert.display_name for expert in EXPERTS},
            seed=seed,
        )

    def _demo_ids(self) -> tuple[dict[str, int], dict[str, int]]:
        with self._engine.connect() as conn:
            client_rows = dict(conn.execute(select(clients.c.name, clients.c.id)).all())
            expert_rows = dict(conn.execute(select(experts.c.username, experts.c.id)).all())
        missing = [client.name for client in CLIENTS if client.name not in client_rows] + [
            expert.username for expert in EXPERTS if expert.username not in expert_rows
        ]
        if missing:
            raise DemoDataMissing(
                "The database lacks the demo data set (run 'hub seed --demo' first)."
            )
        return (
            {client.key: client_rows[client.name] for client in CLIENTS},
            {expert.username: expert_rows[expert.username] for expert in EXPERTS},
        )

    def step(self) -> SimulatedEvent:
        kind = self._rng.choices(list(EVENT_WEIGHTS), weights=list(EVENT_WEIGHTS.values()))[0]
        if kind == CUSTOMER_MESSAGE:
            event = self._customer_writes()
        elif kind == REASSIGNMENT:
            event = self._reassign()
        else:
            event = None
        # Without a case in progress, the only thing that can happen is a new one.
        return event or self._new_case()

    def _new_case(self) -> SimulatedEvent:
        now = self._clock.now()
        with write_transaction(self._engine) as tx:
            (case_id,) = insert_cases(tx, [self._generator.arriving_case(now)], now=now)
        return SimulatedEvent(NEW_CASE, case_id)

    def _customer_writes(self) -> SimulatedEvent | None:
        case = self._pick(select(cases.c.id, cases.c.language))
        if case is None:
            return None
        admin.receive_customer_message(
            self._engine,
            case.id,
            self._generator.customer_followup(case.language),
            now=self._clock.now(),
        )
        return SimulatedEvent(CUSTOMER_MESSAGE, case.id)

    def _reassign(self) -> SimulatedEvent | None:
        case = self._pick(
            select(
                cases.c.id,
                cases.c.client_id,
                cases.c.channel,
                cases.c.language,
                cases.c.topic,
                cases.c.assigned_expert_id,
            )
        )
        if case is None:
            return None
        with self._engine.connect() as conn:
            others = qualified_expert_ids(
                conn,
                client_id=case.client_id,
                channel=case.channel,
                language=case.language,
                topic=case.topic,
            ) - {case.assigned_expert_id}
        target: str | None = None
        if others and self._rng.random() < TO_ANOTHER_EXPERT:
            target = self._usernames.get(self._rng.choice(sorted(others)))
        admin.reassign_case(self._engine, case.id, target, now=self._clock.now())
        return SimulatedEvent(REASSIGNMENT, case.id)

    def _pick(self, columns: Select[Any]) -> Any:
        """A random case in progress (open or waiting), chosen without loading them all."""
        in_progress = cases.c.status.in_(("open", "waiting"))
        with self._engine.connect() as conn:
            count = conn.execute(select(func.count()).where(in_progress)).scalar_one()
            if not count:
                return None
            offset = self._rng.randrange(count)
            return conn.execute(
                columns.where(in_progress).order_by(cases.c.id).offset(offset).limit(1)
            ).first()


def run_simulation(
    simulator: TrafficSimulator,
    *,
    rate_per_minute: float,
    stop: threading.Event,
    duration_s: float | None = None,
    seed: int = 0,
    on_event: Callable[[SimulatedEvent], None] | None = None,
) -> Mapping[str, int]:
    """Write about ``rate_per_minute`` events a minute until ``stop`` is set or
    ``duration_s`` has passed; returns how many events of each kind were written."""
    if not 0 < rate_per_minute <= MAX_RATE_PER_MINUTE:
        raise ValueError(f"the rate must be above 0 and at most {MAX_RATE_PER_MINUTE:g}")
    timing = random.Random(f"timing-{seed}")
    mean_gap_s = 60.0 / rate_per_minute
    deadline = None if duration_s is None else time.monotonic() + duration_s
    counts: Counter[str] = Counter()
    while True:
        # Evenly jittered gaps: about the asked rate, without a metronome's look.
        gap = mean_gap_s * timing.uniform(0.5, 1.5)
        if deadline is not None:
            gap = min(gap, max(deadline - time.monotonic(), 0.0))
        if stop.wait(gap) or (deadline is not None and time.monotonic() >= deadline):
            return counts
        event = simulator.step()
        counts[event.kind] += 1
        if on_event is not None:
            on_event(event)
