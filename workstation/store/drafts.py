"""``DraftStore``: the expert's unsent text, saved so that it survives a crash or a power
cut. Blocking; run the methods on the ``DbWorker`` (the composer saves at most every 2 s).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import orjson

from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import CallOutcome, Visibility
from workstation.domain.replies import CallLog, ReplyContent
from workstation.store.durable import durable_transaction

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

_COLUMNS: Final = "case_id, kind, body, fields, updated_at"
_UPSERT: Final = (
    f"INSERT INTO drafts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (case_id, kind) DO UPDATE SET body = excluded.body, "
    "fields = excluded.fields, updated_at = excluded.updated_at"
)
_DELETE: Final = "DELETE FROM drafts WHERE case_id = ? AND kind = ?"


class DraftStore:
    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._clock = clock

    def save(self, draft: Draft) -> Draft:
        """Store the draft durably (an empty one is deleted instead); returns it with the
        time it was saved."""
        saved = Draft(draft.case_id, draft.kind, draft.content, int(self._clock()))
        with durable_transaction(self._engine) as connection:
            write_draft(connection, saved)
        return saved

    def load(self, case_id: int, kind: DraftKind = DraftKind.REPLY) -> Draft | None:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM drafts WHERE case_id = ? AND kind = ?",
                (case_id, DraftKind(kind).value),
            ).one_or_none()
        return None if row is None else _draft(row)

    def delete(self, case_id: int, kind: DraftKind = DraftKind.REPLY) -> None:
        with durable_transaction(self._engine) as connection:
            connection.exec_driver_sql(_DELETE, (case_id, DraftKind(kind).value))

    def drafts(self) -> list[Draft]:
        """Every stored draft, most recently saved first (e.g. to list them after a crash)."""
        return self._listed("")

    def orphaned(self) -> list[Draft]:
        """Drafts whose case is no longer in the cache (reassigned or removed while the
        expert was away), most recently saved first. They are kept until discarded."""
        return self._listed("WHERE case_id NOT IN (SELECT id FROM cases)")

    def _listed(self, where: str) -> list[Draft]:
        with self._engine.connect() as connection:
            found = connection.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM drafts {where} ORDER BY updated_at DESC, case_id, kind"
            ).all()
        return [_draft(row) for row in found]


def write_draft(connection: Connection, draft: Draft) -> None:
    """Upsert (or, when empty, delete) a draft inside the caller's transaction."""
    if draft.is_empty:
        connection.exec_driver_sql(_DELETE, (draft.case_id, draft.kind.value))
        return
    connection.exec_driver_sql(
        _UPSERT,
        (
            draft.case_id,
            draft.kind.value,
            draft.content.body,
            orjson.dumps(_fields(draft.content)).decode(),
            draft.updated_at,
        ),
    )


def has_draft(connection: Connection, case_id: int, kind: DraftKind) -> bool:
    return (
        connection.exec_driver_sql(
            "SELECT 1 FROM drafts WHERE case_id = ? AND kind = ?", (case_id, kind.value)
        ).first()
        is not None
    )


def delete_draft(connection: Connection, case_id: int, kind: DraftKind) -> None:
    connection.exec_driver_sql(_DELETE, (case_id, kind.value))


def _fields(content: ReplyContent) -> dict[str, Any]:
    fields: dict[str, Any] = {"approach": content.approach}
    if content.subject is not None:
        fields["subject"] = content.subject
    if content.visibility is not None:
        fields["visibility"] = content.visibility.value
    if content.call_log is not None:
        call_log = content.call_log
        fields["call_log"] = {
            "outcome": call_log.outcome.value if call_log.outcome is not None else None,
            "duration_seconds": call_log.duration_seconds,
            "notes": call_log.notes,
        }
    return fields


def _draft(row: Sequence[Any]) -> Draft:
    case_id, kind, body, raw_fields, updated_at = row
    fields: Mapping[str, Any] = orjson.loads(raw_fields)
    raw_call_log = fields.get("call_log")
    call_log = None
    if isinstance(raw_call_log, dict):
        outcome = raw_call_log.get("outcome")
        call_log = CallLog(
            outcome=CallOutcome(outcome) if outcome else None,
            duration_seconds=raw_call_log.get("duration_seconds"),
            notes=raw_call_log.get("notes") or "",
        )
    visibility = fields.get("visibility")
    return Draft(
        case_id=case_id,
        kind=DraftKind(kind),
        content=ReplyContent(
            body=body,
            subject=fields.get("subject"),
            visibility=Visibility(visibility) if visibility else None,
            call_log=call_log,
            approach=bool(fields.get("approach", False)),
        ),
        updated_at=updated_at,
    )
