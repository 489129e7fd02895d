"""Audit events waiting in the cache for their upload to the hub.

``record_in`` writes an event inside a transaction the caller already holds, so that the
event and the action it records commit together (a reply and its event, in the outbox
enqueue). Once the hub confirms an upload, its events are deleted here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from workstation.domain.audit import AuditAction, AuditEvent

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

_INSERT: Final = (
    "INSERT INTO audit_events (id, action, case_id, occurred_at, detail) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
)


def record_in(connection: Connection, events: Iterable[AuditEvent]) -> None:
    rows = [
        (event.id, event.action.value, event.case_id, event.occurred_at, event.detail)
        for event in events
    ]
    if rows:
        connection.exec_driver_sql(_INSERT, rows)


class AuditStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def record(self, events: Sequence[AuditEvent]) -> None:
        with self._engine.begin() as connection:
            record_in(connection, events)

    def pending(self, limit: int) -> list[AuditEvent]:
        """The oldest events not yet confirmed by the hub."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT id, action, case_id, occurred_at, detail FROM audit_events "
                "ORDER BY occurred_at, id LIMIT ?",
                (limit,),
            ).all()
        return [AuditEvent(row[0], AuditAction(row[1]), row[2], row[3], row[4]) for row in rows]

    def pending_count(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.exec_driver_sql("SELECT count(*) FROM audit_events").scalar_one())

    def forget(self, event_ids: Iterable[str]) -> None:
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "DELETE FROM audit_events WHERE id = ?", [(event_id,) for event_id in event_ids]
            )
