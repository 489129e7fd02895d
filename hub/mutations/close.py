"""``close``: the assignee closes the case with its outcome."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.cases import update_case
from hub.earnings.ledger import book_case_fee, withdraw_held_case_fee
from hub.mutations.base import MutationContext
from hub.mutations.own_case import load_own_case
from hub.mutations.payload import require_choice, require_only
from hub.schema import OUTCOMES


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    case = load_own_case(context, payload)
    require_only(payload, ("case_id", "outcome"), "close")
    outcome = require_choice(payload, "outcome", OUTCOMES)
    version = update_case(
        context.tx,
        case.id,
        {"status": "closed", "outcome": outcome, "sla_due": None, "claim_expires_at": None},
        now=context.now,
    )
    if outcome == "solved":
        book_case_fee(context.tx, case.id, context.expert.id, context.now)
    else:
        withdraw_held_case_fee(context.tx, case.id, context.now)
    return {"case_version": version}
