"""Local effects mirror what the hub does, and applying one twice changes nothing."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.local_effects import CLAIM_LEASE_S, CaseState, apply_effect
from workstation.domain.models import CaseStatus, Channel
from workstation.domain.mutations import MutationType

NOW = 1_800_000_000
OFFER = CaseState(
    status=CaseStatus.OFFERED,
    assigned_to_me=False,
    claim_expires_at=None,
    sla_due=NOW + 3600,
    tags=(),
    outcome=None,
    updated_at=NOW - 100,
)
MINE = CaseState(
    status=CaseStatus.OPEN,
    assigned_to_me=True,
    claim_expires_at=NOW + 60,
    sla_due=NOW + 3600,
    tags=("alt",),
    outcome=None,
    updated_at=NOW - 100,
)


def effect(
    state: CaseState, kind: MutationType, payload: dict[str, Any] | None = None,
    channel: Channel = Channel.EMAIL,
) -> CaseState:  # fmt: skip
    return apply_effect(state, kind, payload or {}, channel=channel, created_at=NOW)


def test_a_claim_makes_an_offer_mine_with_a_lease() -> None:
    claimed = effect(OFFER, MutationType.CLAIM)

    assert (claimed.status, claimed.assigned_to_me, claimed.claim_expires_at) == (
        CaseStatus.OPEN,
        True,
        NOW + CLAIM_LEASE_S,
    )


def test_a_release_returns_the_case_to_the_pool() -> None:
    released = effect(MINE, MutationType.RELEASE)

    assert (released.status, released.assigned_to_me, released.claim_expires_at) == (
        CaseStatus.OFFERED,
        False,
        None,
    )


def test_a_reply_hands_the_turn_to_the_customer_except_on_live_channels() -> None:
    assert effect(MINE, MutationType.REPLY).status is CaseStatus.WAITING
    assert effect(MINE, MutationType.REPLY).sla_due is None
    assert effect(MINE, MutationType.REPLY, channel=Channel.CHAT).status is CaseStatus.OPEN
    assert effect(MINE, MutationType.REPLY).claim_expires_at == NOW + CLAIM_LEASE_S


def test_close_sets_the_outcome_and_ends_the_lease() -> None:
    closed = effect(MINE, MutationType.CLOSE, {"outcome": "solved"})

    assert (closed.status, closed.outcome, closed.claim_expires_at, closed.sla_due) == (
        CaseStatus.CLOSED,
        "solved",
        None,
        None,
    )
    assert closed.updated_at == NOW


def test_tags_are_added_and_removed() -> None:
    tagged = effect(MINE, MutationType.TAG, {"add": ["vip", "b"], "remove": ["alt"]})

    assert tagged.tags == ("b", "vip")


def test_activity_renews_only_an_existing_lease() -> None:
    assigned_by_operations = dataclasses.replace(MINE, claim_expires_at=None)

    assert effect(assigned_by_operations, MutationType.NOTE).claim_expires_at is None
    assert effect(MINE, MutationType.NOTE).claim_expires_at == NOW + CLAIM_LEASE_S
    assert effect(MINE, MutationType.RENEW_CLAIM).claim_expires_at == NOW + CLAIM_LEASE_S


@pytest.mark.parametrize("kind", list(MutationType))
def test_nothing_but_a_claim_reopens_a_closed_case(kind: MutationType) -> None:
    closed = effect(MINE, MutationType.CLOSE, {"outcome": "solved"})

    after = effect(closed, kind, {"outcome": "solved"})

    if kind is MutationType.RELEASE:
        assert after.status is CaseStatus.OFFERED
    else:
        assert after.status is CaseStatus.CLOSED


@given(
    st.sampled_from([OFFER, MINE]),
    st.sampled_from(list(MutationType)),
    st.sampled_from(list(Channel)),
)
def test_applying_an_effect_twice_is_the_same_as_once(
    state: CaseState, kind: MutationType, channel: Channel
) -> None:
    payload = {"outcome": "escalated", "add": ["x"], "remove": ["alt"]}

    once = effect(state, kind, payload, channel)

    assert effect(once, kind, payload, channel) == once
