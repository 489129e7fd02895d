"""Applies a batch of mutations, each in its own transaction, idempotently by mutation id."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Engine, insert, select

from hub.cases import CaseNotFound
from hub.mutations.base import MutationContext, MutationHandler, Rejected
from hub.schema import applied_mutations
from hub.sequence import WriteTransaction, write_transaction
from hub.visibility import ExpertProfile

MAX_BATCH = 100


@dataclass(frozen=True, slots=True)
class IncomingMutation:
    id: str
    type: str
    payload: Mapping[str, Any]


class MutationRunner:
    def __init__(
        self,
        engine: Engine,
        handlers: Mapping[str, MutationHandler],
        now: Callable[[], datetime],
    ) -> None:
        self._engine = engine
        self._handlers = handlers
        self._now = now

    def apply_batch(
        self, expert: ExpertProfile, mutations: Sequence[IncomingMutation]
    ) -> list[dict[str, Any]]:
        return [self.apply_one(expert, mutation) for mutation in mutations]

    def apply_one(self, expert: ExpertProfile, mutation: IncomingMutation) -> dict[str, Any]:
        with write_transaction(self._engine) as tx:
            stored = tx.conn.execute(
                select(applied_mutations.c.expert_id, applied_mutations.c.answer).where(
                    applied_mutations.c.id == mutation.id
                )
            ).first()
            if stored is not None:
                if stored.expert_id != expert.id:
                    return _rejected(
                        mutation.id, "id_conflict", "This mutation id was used by someone else."
                    )
                answer: dict[str, Any] = orjson.loads(stored.answer)
                return answer
            now = self._now()
            answer = self._run_handler(tx, expert, mutation, now)
            tx.conn.execute(
                insert(applied_mutations).values(
                    id=mutation.id,
                    expert_id=expert.id,
                    type=mutation.type,
                    answer=orjson.dumps(answer).decode("utf-8"),
                    applied_at=now,
                )
            )
            return answer

    def _run_handler(
        self,
        tx: WriteTransaction,
        expert: ExpertProfile,
        mutation: IncomingMutation,
        now: datetime,
    ) -> dict[str, Any]:
        handler = self._handlers.get(mutation.type)
        if handler is None:
            return _rejected(
                mutation.id, "unknown_type", f"Unknown mutation type {mutation.type!r}."
            )
        context = MutationContext(tx=tx, expert=expert, now=now)
        savepoint = tx.conn.begin_nested()
        try:
            result = handler(context, mutation.payload)
        except Rejected as rejection:
            savepoint.rollback()
            return _rejected(mutation.id, rejection.reason, rejection.message)
        except CaseNotFound:
            savepoint.rollback()
            return _rejected(mutation.id, "not_found", "No such case.")
        savepoint.commit()
        return {"id": mutation.id, "status": "applied", "result": result}


def _rejected(mutation_id: str, reason: str, message: str) -> dict[str, Any]:
    return {"id": mutation_id, "status": "rejected", "reason": reason, "message": message}
