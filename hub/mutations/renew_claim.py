"""``renew_claim``: the app keeps the lease while the expert is actively working a case."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.cases import update_case
from hub.clock import iso_utc
from hub.leases import new_lease, renewal_is_due
from hub.mutations.base import MutationContext
from hub.mutations.own_case import load_own_case
from hub.mutations.payload import require_only


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    case = load_own_case(context, payload)
    require_only(payload, ("case_id",), "renew_claim")
    lease = case.claim_expires_at
    if lease is None or not renewal_is_due(lease, context.now):
        # No lease to renew (operations assigned the case), or renewed moments ago.
        return {
            "case_version": case.version,
            "claim_expires_at": None if lease is None else iso_utc(lease),
        }
    lease = new_lease(context.now)
    version = update_case(context.tx, case.id, {"claim_expires_at": lease}, now=context.now)
    return {"case_version": version, "claim_expires_at": iso_utc(lease)}
