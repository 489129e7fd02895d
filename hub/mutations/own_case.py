"""The rule every mutation on one's own case shares: the case must exist, be visible to
the expert in a way that does not confirm foreign ids, be theirs, and (mostly) be open."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from hub.leases import renewed_lease
from hub.mutations.base import MutationContext, Rejected, require_id
from hub.schema import cases, tombstones


@dataclass(frozen=True, slots=True)
class OwnCase:
    id: int
    client_id: int
    channel: str
    status: str
    version: int
    claim_expires_at: datetime | None

    def renewed_lease(self, now: datetime) -> dict[str, Any]:
        """Field values that renew the lease as part of the assignee's activity."""
        if self.status == "closed":
            return {}
        return {"claim_expires_at": renewed_lease(self.claim_expires_at, now)}


def load_own_case(
    context: MutationContext, payload: Mapping[str, Any], *, allow_closed: bool = False
) -> OwnCase:
    """The case named by ``payload["case_id"]`` if it is the expert's, else ``Rejected``
    with ``not_found``, ``not_assignee`` or ``closed`` (docs/sync-protocol.md)."""
    case_id = require_id(payload, "case_id")
    row = context.tx.conn.execute(
        select(
            cases.c.id,
            cases.c.client_id,
            cases.c.channel,
            cases.c.language,
            cases.c.topic,
            cases.c.status,
            cases.c.version,
            cases.c.assigned_expert_id,
            cases.c.claim_expires_at,
        ).where(cases.c.id == case_id)
    ).first()
    if row is None:
        raise Rejected("not_found", "No such case.")
    expert = context.expert
    if row.assigned_expert_id != expert.id:
        if not (
            expert.qualifies(row.client_id, row.channel, row.language, row.topic)
            or _saw_case(context, case_id)
        ):
            raise Rejected("not_found", "No such case.")
        if row.assigned_expert_id is None:
            raise Rejected(
                "not_assignee", "The case is not assigned to you; it is in the pool of offers."
            )
        raise Rejected("not_assignee", "The case is assigned to another expert now.")
    if row.status == "closed" and not allow_closed:
        raise Rejected("closed", "The case is closed.")
    return OwnCase(
        id=row.id,
        client_id=row.client_id,
        channel=row.channel,
        status=row.status,
        version=row.version,
        claim_expires_at=row.claim_expires_at,
    )


def _saw_case(context: MutationContext, case_id: int) -> bool:
    """Whether the case once was in the expert's view (a tombstone remembers it left)."""
    return (
        context.tx.conn.execute(
            select(tombstones.c.case_id).where(
                tombstones.c.expert_id == context.expert.id, tombstones.c.case_id == case_id
            )
        ).first()
        is not None
    )
