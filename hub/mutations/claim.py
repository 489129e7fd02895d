"""``claim``: take an offered case (or renew the lease on one's own case)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.cases import update_case
from hub.leases import new_lease
from hub.mutations.base import MutationContext, Rejected, offered_case, require_id
from hub.visibility import declined_expert_ids


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    case_id = require_id(payload, "case_id")
    row = offered_case(context, case_id)
    expert = context.expert
    qualified = expert.qualifies(row.client_id, row.channel, row.language, row.topic)
    if row.assigned_expert_id == expert.id:
        if row.status == "closed":
            raise Rejected("closed", "The case is closed.")
    elif row.assigned_expert_id is not None:
        # Only experts who could have seen it as an offer learn that the case exists.
        if not qualified:
            raise Rejected("not_found", "No such case.")
        raise Rejected("already_claimed", "Another expert claimed this case first.")
    elif not qualified:
        raise Rejected("not_qualified", "You do not have the skills this case needs.")
    elif expert.id in declined_expert_ids(context.tx.conn, case_id):
        raise Rejected("declined", "You declined this case.")
    version = update_case(
        context.tx,
        case_id,
        {
            "assigned_expert_id": expert.id,
            "status": "open" if row.status == "offered" else row.status,
            "claim_expires_at": new_lease(context.now),
        },
        now=context.now,
    )
    return {"case_version": version}
