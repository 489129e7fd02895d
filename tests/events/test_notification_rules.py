"""The pure notification rules: what is news, what is quiet, how much a pop-up reveals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.domain.notifications import (
    BookedWindow,
    CaseFacts,
    NotificationKind,
    NotificationLedger,
    NotificationPreferences,
    Occurrence,
    PrivacyLevel,
    Situation,
    plan_notifications,
)

NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
AT_WORK = Situation(now=NOW, in_booked_window=True)


def facts(case_id: int, **changes: object) -> CaseFacts:
    base = CaseFacts(
        case_id=case_id,
        channel="email",
        client_name="Buchhalter Software AG",
        subject="Rechnung doppelt gebucht",
        offered=True,
        assigned_to_me=False,
        urgent=False,
        last_customer_message_id=case_id * 10,
        sla_due=None,
        claim_expires_at=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def mine(case_id: int, **changes: object) -> CaseFacts:
    return facts(case_id, offered=False, assigned_to_me=True, **changes)


def primed(*cases: CaseFacts) -> NotificationLedger:
    _occurrences, ledger = NotificationLedger().after_sync(cases)
    return ledger


def kinds(occurrences: list[Occurrence]) -> list[tuple[NotificationKind, int | None]]:
    return [(o.kind, o.case.case_id if o.case else None) for o in occurrences]


def test_the_first_sync_is_not_news() -> None:
    occurrences, ledger = NotificationLedger().after_sync([facts(1), mine(2)])
    assert occurrences == [] and ledger.primed


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([], [facts(1)], [(NotificationKind.NEW_OFFER, 1)]),
        ([facts(1)], [facts(1)], []),
        (
            [mine(2)],
            [mine(2, last_customer_message_id=21)],
            [(NotificationKind.CUSTOMER_MESSAGE, 2)],
        ),
        # Claiming an offer is not a new message, and the customer's own reply after it is.
        ([facts(3)], [mine(3)], []),
        ([mine(4)], [mine(4)], []),
        # The expert's own reply does not change the customer's last message.
        ([mine(5, sla_due=NOW)], [mine(5, sla_due=None)], []),
    ],
)
def test_what_is_news_after_a_sync(
    before: list[CaseFacts],
    after: list[CaseFacts],
    expected: list[tuple[NotificationKind, int]],
) -> None:
    occurrences, _ledger = primed(*before).after_sync(after)
    assert kinds(occurrences) == expected


def test_an_offer_that_comes_back_after_removal_is_news_again() -> None:
    ledger = primed(facts(1))
    _occurrences, ledger = ledger.after_sync([], removed=[1])
    occurrences, _ledger = ledger.after_sync([facts(1)])
    assert kinds(occurrences) == [(NotificationKind.NEW_OFFER, 1)]


def test_a_changed_old_offer_is_not_news() -> None:
    ledger = primed(facts(1), facts(2))
    occurrences, _ledger = ledger.after_sync([facts(2, subject="Neuer Betreff")])
    assert occurrences == []


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (mine(1, sla_due=NOW + timedelta(minutes=10)), [(NotificationKind.SLA_DUE, 1)]),
        (mine(1, sla_due=NOW + timedelta(minutes=11)), []),
        (mine(1, sla_due=NOW - timedelta(minutes=1)), []),
        (
            mine(1, claim_expires_at=NOW + timedelta(minutes=2)),
            [(NotificationKind.CLAIM_EXPIRING, 1)],
        ),
        (mine(1, claim_expires_at=NOW + timedelta(minutes=3)), []),
        # An offer's deadline is not the expert's business yet.
        (facts(1, sla_due=NOW + timedelta(minutes=5)), []),
    ],
)
def test_deadlines_are_announced_once_when_close(
    case: CaseFacts, expected: list[tuple[NotificationKind, int]]
) -> None:
    occurrences, ledger = NotificationLedger().deadlines_due([case], [], NOW)
    assert kinds(occurrences) == expected
    again, _ledger = ledger.deadlines_due([case], [], NOW + timedelta(seconds=30))
    assert again == []


def test_a_renewed_claim_is_announced_again_when_it_runs_low_again() -> None:
    first = mine(1, claim_expires_at=NOW + timedelta(minutes=1))
    _occurrences, ledger = NotificationLedger().deadlines_due([first], [], NOW)
    renewed = mine(1, claim_expires_at=NOW + timedelta(minutes=16))
    later = NOW + timedelta(minutes=14, seconds=30)
    occurrences, _ledger = ledger.deadlines_due([renewed], [], later)
    assert kinds(occurrences) == [(NotificationKind.CLAIM_EXPIRING, 1)]


def test_a_window_starting_in_five_minutes_is_announced() -> None:
    window = BookedWindow(
        window_id=7, client_name="Klangwerk", starts_at=NOW + timedelta(minutes=5)
    )
    occurrences, _ledger = NotificationLedger().deadlines_due([], [window], NOW)
    assert [o.kind for o in occurrences] == [NotificationKind.WINDOW_STARTING]
    (shown,) = plan_notifications(
        occurrences, NotificationPreferences(), Situation(now=NOW, in_booked_window=False)
    )
    assert shown.client_name == "Klangwerk" and shown.due == window.starts_at


def offers(count: int, **changes: object) -> list[Occurrence]:
    return [
        Occurrence(NotificationKind.NEW_OFFER, facts(i, **changes)) for i in range(1, count + 1)
    ]


def test_fifty_new_offers_make_one_summary() -> None:
    (summary,) = plan_notifications(offers(50), NotificationPreferences(), AT_WORK)
    assert (summary.kind, summary.count, summary.case_id) == (NotificationKind.NEW_OFFER, 50, None)


def test_a_few_offers_are_shown_one_by_one_so_a_click_opens_each() -> None:
    shown = plan_notifications(offers(3), NotificationPreferences(), AT_WORK)
    assert [n.case_id for n in shown] == [1, 2, 3]


@pytest.mark.parametrize(
    ("privacy", "channel", "client", "subject"),
    [
        (PrivacyLevel.COUNT, None, None, None),
        (PrivacyLevel.CHANNEL_CLIENT, "email", "Buchhalter Software AG", None),
        (PrivacyLevel.FULL, "email", "Buchhalter Software AG", "Rechnung doppelt gebucht"),
    ],
)
def test_the_privacy_level_decides_what_is_revealed(
    privacy: PrivacyLevel, channel: str | None, client: str | None, subject: str | None
) -> None:
    (shown,) = plan_notifications(offers(1), NotificationPreferences(privacy=privacy), AT_WORK)
    assert (shown.channel, shown.client_name, shown.subject) == (channel, client, subject)
    assert shown.case_id == 1


def test_a_locked_app_reveals_only_the_count() -> None:
    locked = Situation(now=NOW, in_booked_window=True, locked=True)
    preferences = NotificationPreferences(privacy=PrivacyLevel.FULL)
    (shown,) = plan_notifications(offers(1), preferences, locked)
    assert (shown.channel, shown.client_name, shown.subject) == (None, None, None)


@pytest.mark.parametrize(("urgent_breaks_quiet", "expected"), [(True, [2]), (False, [])])
def test_outside_windows_only_urgent_ones_come_through(
    urgent_breaks_quiet: bool, expected: list[int]
) -> None:
    occurrences = [
        Occurrence(NotificationKind.NEW_OFFER, facts(1)),
        Occurrence(NotificationKind.NEW_OFFER, facts(2, urgent=True)),
    ]
    preferences = NotificationPreferences(urgent_breaks_quiet=urgent_breaks_quiet)
    off_shift = Situation(now=NOW, in_booked_window=False)
    shown = plan_notifications(occurrences, preferences, off_shift)
    assert [n.case_id for n in shown] == expected


def test_quiet_time_can_be_switched_off() -> None:
    preferences = NotificationPreferences(quiet_outside_windows=False)
    shown = plan_notifications(offers(2), preferences, Situation(now=NOW, in_booked_window=False))
    assert len(shown) == 2


def test_a_pause_holds_everything_until_it_ends() -> None:
    preferences = NotificationPreferences(paused_until=NOW + timedelta(hours=1))
    urgent = offers(1, urgent=True)
    assert plan_notifications(urgent, preferences, AT_WORK) == []
    after = Situation(now=NOW + timedelta(hours=1), in_booked_window=True)
    assert len(plan_notifications(urgent, preferences, after)) == 1


occurrence_lists = st.lists(
    st.builds(
        Occurrence,
        kind=st.sampled_from(list(NotificationKind)),
        case=st.builds(
            facts,
            case_id=st.integers(1, 10_000),
            urgent=st.booleans(),
            subject=st.text(min_size=1, max_size=20),
        ),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(
    occurrences=occurrence_lists,
    privacy=st.sampled_from(list(PrivacyLevel)),
    in_window=st.booleans(),
    locked=st.booleans(),
    burst_limit=st.integers(1, 10),
)
def test_nothing_is_lost_nothing_leaks_and_bursts_stay_small(
    occurrences: list[Occurrence],
    privacy: PrivacyLevel,
    in_window: bool,
    locked: bool,
    burst_limit: int,
) -> None:
    preferences = NotificationPreferences(
        privacy=privacy, quiet_outside_windows=False, burst_limit=burst_limit
    )
    situation = Situation(now=NOW, in_booked_window=in_window, locked=locked)
    shown = plan_notifications(occurrences, preferences, situation)
    assert sum(n.count for n in shown) == len(occurrences)
    assert len(shown) <= len(NotificationKind) * burst_limit
    for notification in shown:
        if privacy is not PrivacyLevel.FULL or locked:
            assert notification.subject is None
        if privacy is PrivacyLevel.COUNT or locked:
            assert notification.channel is None and notification.client_name is None
