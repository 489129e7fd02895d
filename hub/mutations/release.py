"""``release``: the assignee gives the case back to the pool."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.cases import update_case
from hub.mutations.base import MutationContext
from hub.mutations.own_case import load_own_case
from hub.mutations.payload import require_only


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    case = load_own_case(context, payload)
    require_only(payload, ("case_id",), "release")
    version = update_case(
        context.tx,
        case.id,
        {"status": "offered", "assigned_expert_id": None, "claim_expires_at": None},
        now=context.now,
    )
    return {"case_version": version}
