"""Showing unconfirmed local actions on the cached cases ("rebasing" them on hub data).

A case row holds the hub's data with the effects of the expert's pending actions on top
(``domain/local_effects.py``). Pending are outbox items that are queued or being sent, and
sent ones whose effect the cache has not yet received back from the hub. When the hub
sends newer data, or an item is refused or confirmed, the row is rebuilt: the hub's
values, then every still-pending effect in outbox order. ``cases.hub_values`` keeps the
hub's values of the touched columns while any effect is on the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final

import orjson

from workstation.domain.local_effects import CaseState, apply_effect
from workstation.domain.models import CaseStatus, Channel
from workstation.domain.mutations import MutationType

if TYPE_CHECKING:
    from sqlalchemy import Connection

PENDING_CONDITION: Final = "(state IN ('queued', 'sending') OR (state = 'sent' AND confirmed = 0))"
_ANY_PENDING: Final = f"SELECT EXISTS (SELECT 1 FROM outbox WHERE {PENDING_CONDITION})"
_PENDING_OF_CASES: Final = (
    "SELECT id, case_id, type, payload, created_at, state, result FROM outbox "
    f"WHERE case_id IN (SELECT value FROM json_each(?)) AND {PENDING_CONDITION} "
    "ORDER BY seq"
)
_CASE_ROWS: Final = (
    "SELECT id, channel, version, status, assigned_to_me, claim_expires_at, sla_due, tags, "
    "outcome, updated_at, hub_values FROM cases WHERE id IN (SELECT value FROM json_each(?))"
)
_WRITE_CASE: Final = (
    "UPDATE cases SET status = ?, assigned_to_me = ?, claim_expires_at = ?, sla_due = ?, "
    "tags = ?, outcome = ?, updated_at = ?, hub_values = ? WHERE id = ?"
)
_CONFIRM: Final = "UPDATE outbox SET confirmed = 1 WHERE id = ?"


def rebase_cases(connection: Connection, case_ids: Iterable[int], *, all_touched: bool) -> None:
    """Rebuild the rows of ``case_ids`` from the hub's values and the pending effects.

    ``all_touched`` False means the rows were just overwritten with hub data (a sync
    page) and only need work if an item is pending; True means some may carry effects
    that are no longer pending (an item was refused or confirmed).
    """
    ids = sorted(set(case_ids))
    if not ids:
        return
    if not all_touched and not connection.exec_driver_sql(_ANY_PENDING).scalar_one():
        return
    id_list = orjson.dumps(ids).decode()
    pending: dict[int, list[Sequence[Any]]] = {}
    for item in connection.exec_driver_sql(_PENDING_OF_CASES, (id_list,)):
        pending.setdefault(item[1], []).append(item)
    if not all_touched and not pending:
        return
    for row in connection.exec_driver_sql(_CASE_ROWS, (id_list,)).all():
        items = pending.get(row[0], [])
        if items or row[10] is not None:
            _rebase_row(connection, row, items)


def _rebase_row(connection: Connection, row: Sequence[Any], items: list[Sequence[Any]]) -> None:
    (case_id, channel, version, *current, hub_values) = row
    base = _state(orjson.loads(hub_values) if hub_values is not None else current)
    state = base
    applied = False
    for item_id, _case_id, kind, payload, created_at, item_state, result in items:
        if item_state == "sent" and _hub_has_effect(result, version):
            # The hub data now in the row already includes this action.
            connection.exec_driver_sql(_CONFIRM, (item_id,))
            continue
        state = apply_effect(
            state,
            MutationType(kind),
            orjson.loads(payload),
            channel=Channel(channel),
            created_at=created_at,
        )
        applied = True
    columns = _columns(state)
    connection.exec_driver_sql(
        _WRITE_CASE,
        (*columns, orjson.dumps(_columns(base)).decode() if applied else None, case_id),
    )


def _hub_has_effect(result: str | None, cached_version: int) -> bool:
    if result is None:
        return False
    case_version = orjson.loads(result).get("case_version")
    return type(case_version) is int and case_version <= cached_version


def _state(values: Sequence[Any]) -> CaseState:
    status, assigned_to_me, claim_expires_at, sla_due, tags, outcome, updated_at = values
    return CaseState(
        status=CaseStatus(status),
        assigned_to_me=bool(assigned_to_me),
        claim_expires_at=claim_expires_at,
        sla_due=sla_due,
        tags=tuple(orjson.loads(tags)),
        outcome=outcome,
        updated_at=updated_at,
    )


def _columns(state: CaseState) -> tuple[Any, ...]:
    return (
        state.status.value,
        int(state.assigned_to_me),
        state.claim_expires_at,
        state.sla_due,
        orjson.dumps(list(state.tags)).decode(),
        state.outcome,
        state.updated_at,
    )
