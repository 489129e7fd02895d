"""The optimistic effect of a queued mutation on the local copy of its case.

The cache keeps the hub's last word on a case and shows the case with the effects of the
expert's unconfirmed actions on top: a claimed offer moves to "My cases" at once, a closed
case to "Recently closed". Effects mirror what the hub does when it applies the mutation
(docs/sync-protocol.md), and applying one twice changes nothing, so re-applying them on
top of newer hub data is always safe.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from workstation.domain.models import CaseStatus, Channel
from workstation.domain.mutations import MutationType

CLAIM_LEASE_S: Final = 15 * 60
# Live channels keep the turn with the expert after a reply (the hub leaves them open).
_LIVE_CHANNELS: Final = frozenset({Channel.CHAT, Channel.PHONE})


@dataclass(frozen=True, slots=True)
class CaseState:
    """The columns of a case that local effects touch. Times are epoch seconds."""

    status: CaseStatus
    assigned_to_me: bool
    claim_expires_at: int | None
    sla_due: int | None
    tags: tuple[str, ...]
    outcome: str | None
    updated_at: int


def apply_effect(
    state: CaseState,
    kind: MutationType,
    payload: Mapping[str, Any],
    *,
    channel: Channel,
    created_at: int,
) -> CaseState:
    """``state`` as it will be once the hub has applied the mutation (as far as the app
    can foresee it)."""
    renewed = _renewed_lease(state, created_at)
    if kind is MutationType.CLAIM:
        if state.status is CaseStatus.CLOSED:
            return state
        return replace(
            state,
            status=CaseStatus.OPEN if state.status is CaseStatus.OFFERED else state.status,
            assigned_to_me=True,
            claim_expires_at=created_at + CLAIM_LEASE_S,
            updated_at=max(state.updated_at, created_at),
        )
    if kind is MutationType.RENEW_CLAIM:
        return replace(state, claim_expires_at=renewed)
    if kind is MutationType.RELEASE:
        return replace(
            state,
            status=CaseStatus.OFFERED,
            assigned_to_me=False,
            claim_expires_at=None,
            updated_at=max(state.updated_at, created_at),
        )
    if kind is MutationType.CLOSE:
        return replace(
            state,
            status=CaseStatus.CLOSED,
            outcome=str(payload.get("outcome")),
            claim_expires_at=None,
            sla_due=None,
            updated_at=max(state.updated_at, created_at),
        )
    if kind is MutationType.REPLY:
        if state.status is CaseStatus.CLOSED:
            return state
        return replace(
            state,
            status=CaseStatus.OPEN if channel in _LIVE_CHANNELS else CaseStatus.WAITING,
            sla_due=None,
            claim_expires_at=renewed,
            updated_at=max(state.updated_at, created_at),
        )
    if kind is MutationType.NOTE:
        return replace(state, claim_expires_at=renewed)
    if kind is MutationType.TAG:
        tags = set(state.tags)
        tags -= {str(tag) for tag in payload.get("remove", ())}
        tags |= {str(tag) for tag in payload.get("add", ())}
        return replace(state, tags=tuple(sorted(tags)), claim_expires_at=renewed)
    return state


def _renewed_lease(state: CaseState, created_at: int) -> int | None:
    # Activity renews a lease only on an open or waiting case that has one.
    if state.claim_expires_at is None or state.status is CaseStatus.CLOSED:
        return state.claim_expires_at
    return max(state.claim_expires_at, created_at + CLAIM_LEASE_S)
