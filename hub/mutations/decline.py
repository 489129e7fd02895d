"""``decline``: the expert chooses not to approach the person of an offered social mention.

The case is not touched: it stays on offer to every other qualified expert, with the same
version and sequence number (so nobody is notified of it again). Only the decliner loses
sight of it, through a tombstone of their own, and never gets it as an offer again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert

from hub.cases import hide_cases_from_expert
from hub.clock import to_naive_utc
from hub.mutations.base import MutationContext, Rejected, offered_case, require_id
from hub.mutations.payload import require_only
from hub.schema import case_declines
from hub.visibility import declined_expert_ids

DECLINABLE_CHANNEL = "social_mention"


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    case_id = require_id(payload, "case_id")
    row = offered_case(context, case_id)
    expert = context.expert
    if expert.id in declined_expert_ids(context.tx.conn, case_id):
        # A repeat (from another device, say) means what the first one meant.
        return {"case_id": case_id, "declined": True}
    if row.assigned_expert_id != expert.id and not expert.qualifies(
        row.client_id, row.channel, row.language, row.topic
    ):
        raise Rejected("not_found", "No such case.")
    require_only(payload, ("case_id",), "decline")
    if row.channel != DECLINABLE_CHANNEL:
        raise Rejected("not_declinable", "Only social mentions can be declined.")
    if row.assigned_expert_id == expert.id:
        raise Rejected(
            "not_offered", "The case is yours now: release it or close it instead of declining."
        )
    if row.assigned_expert_id is not None:
        raise Rejected("already_claimed", "Another expert claimed this case first.")
    context.tx.conn.execute(
        insert(case_declines).values(
            case_id=case_id, expert_id=expert.id, declined_at=to_naive_utc(context.now)
        )
    )
    hide_cases_from_expert(context.tx, expert.id, [case_id])
    return {"case_id": case_id, "declined": True}
