"""Claims are leases: renewed by activity, returned to the pool when they run out. Time is
the hub's injectable clock, so nothing here sleeps for minutes."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from hub import admin
from hub.clock import iso_utc
from hub.schema import cases
from tests.hub.helpers import (
    assigned_case,
    case_changes,
    http_client,
    login,
    relogin,
    removed_ids,
    shared_offer,
)
from tests.support.hub_server import ManualClock, RunningHub, running_hub

LEASE = timedelta(minutes=15)


def lease_of(hub: RunningHub, case_id: int) -> Any:
    with hub.engine.connect() as conn:
        return conn.execute(
            select(cases.c.status, cases.c.assigned_expert_id, cases.c.claim_expires_at).where(
                cases.c.id == case_id
            )
        ).one()


def test_activity_renews_the_lease(clocked_hub: RunningHub, manual_clock: ManualClock) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "forum")
    with http_client(clocked_hub) as http:
        petra = login(http, "petra")
        version = petra.claim(case_id)["result"]["case_version"]
        assert lease_of(clocked_hub, case_id).claim_expires_at == manual_clock.now() + LEASE
        # Each step comes 10 minutes after the last: without renewals the lease would run
        # out at the second one.
        steps: list[tuple[str, dict[str, Any]]] = [
            ("note", {"body": "Schaue ich mir an."}),
            ("tag", {"add": ["installation"]}),
            ("renew_claim", {}),
            ("reply", {"based_on_version": version, "body": "So geht es: …"}),
        ]
        for kind, payload in steps:
            now = manual_clock.advance(timedelta(minutes=10))
            petra = relogin(petra, "petra")
            answer = petra.act(kind, case_id=case_id, **payload)
            assert answer["status"] == "applied", (kind, answer)
            assert lease_of(clocked_hub, case_id).claim_expires_at == now + LEASE, kind


def test_renew_claim_answers_the_lease_and_does_not_churn(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "email")
    with http_client(clocked_hub) as http:
        petra = login(http, "petra")
        claimed = petra.claim(case_id)["result"]["case_version"]
        soon = petra.act("renew_claim", case_id=case_id)
        manual_clock.advance(timedelta(seconds=61))
        later = petra.act("renew_claim", case_id=case_id)

    assert soon["result"] == {
        "case_version": claimed,
        "claim_expires_at": iso_utc(manual_clock.now() - timedelta(seconds=61) + LEASE),
    }
    assert later["result"] == {
        "case_version": claimed + 1,
        "claim_expires_at": iso_utc(manual_clock.now() + LEASE),
    }


def test_an_expired_lease_returns_the_case_to_every_qualified_pool(
    clocked_hub_each_db: RunningHub, manual_clock: ManualClock
) -> None:
    hub = clocked_hub_each_db
    with http_client(hub) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        petra_cursor, petra_all = petra.sync_all()
        jonas_cursor, jonas_all = jonas.sync_all()
        case_id = shared_offer(case_changes(petra_all), case_changes(jonas_all))
        claimed = petra.claim(case_id)
        version = claimed["result"]["case_version"]
        draft = petra.act("note", case_id=case_id, body="Ich kümmere mich.")
        assert draft["status"] == "applied"

        manual_clock.advance(LEASE - timedelta(seconds=1))
        petra, jonas = relogin(petra, "petra"), relogin(jonas, "jonas")
        _c, not_yet = jonas.sync_all(jonas_cursor)
        manual_clock.advance(timedelta(seconds=1))
        # The first request after the deadline sees the case back in the pool.
        _c, jonas_news = jonas.sync_all(jonas_cursor)
        _c, petra_news = petra.sync_all(petra_cursor)
        late_reply = petra.act("reply", case_id=case_id, based_on_version=version, body="Hallo")

    assert removed_ids(not_yet) == {case_id}
    offer_for_jonas = case_changes(jonas_news)[case_id]
    assert (offer_for_jonas["status"], offer_for_jonas["assigned_expert_id"]) == ("offered", None)
    assert offer_for_jonas["claim_expires_at"] is None
    assert offer_for_jonas["version"] == version + 2
    # Petra qualifies too, so she sees it as an offer again, not as removed.
    assert case_changes(petra_news)[case_id]["status"] == "offered"
    assert removed_ids(petra_news) == set()
    assert late_reply["reason"] == "not_assignee"
    assert "pool" in late_reply["message"]


def test_a_former_assignee_who_does_not_qualify_gets_a_tombstone(
    clocked_hub_each_db: RunningHub, manual_clock: ManualClock
) -> None:
    hub = clocked_hub_each_db
    # Operations gave jonas an e-mail case (he has no e-mail skill); his claim starts a lease.
    case_id = assigned_case(hub.engine, "jonas", "email")
    with http_client(hub) as http:
        jonas = login(http, "jonas")
        petra = login(http, "petra")
        assert jonas.claim(case_id)["status"] == "applied"
        jonas_cursor, _ = jonas.sync_all()
        petra_cursor, _ = petra.sync_all()
        manual_clock.advance(LEASE + timedelta(minutes=1))
        jonas, petra = relogin(jonas, "jonas"), relogin(petra, "petra")
        # A mutation request also expires due leases first.
        renewal = jonas.act("renew_claim", case_id=case_id)
        _c, jonas_news = jonas.sync_all(jonas_cursor)
        _c, petra_news = petra.sync_all(petra_cursor)

    assert renewal["reason"] == "not_assignee"
    assert [(c["type"], c["data"]["id"]) for c in jonas_news] == [("case_removed", case_id)]
    assert case_changes(petra_news)[case_id]["status"] == "offered"


def test_waiting_cases_keep_their_expert_until_the_customer_writes(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    engine = clocked_hub.engine
    case_id = assigned_case(engine, "petra", "email")
    with http_client(clocked_hub) as http:
        petra = login(http, "petra")
        version = petra.claim(case_id)["result"]["case_version"]
        answer = petra.act(
            "reply", case_id=case_id, based_on_version=version, subject="Re: Frage", body="So."
        )
        assert answer["status"] == "applied"
        manual_clock.advance(timedelta(days=2))
        petra = relogin(petra, "petra")
        still_waiting = petra.case(case_id)
        admin.receive_customer_message(
            engine, case_id, "Danke, noch eine Frage.", now=manual_clock.now()
        )
        reopened = petra.case(case_id)
        manual_clock.advance(LEASE)
        petra = relogin(petra, "petra")
        _c, everything = petra.sync_all()

    assert (still_waiting["status"], still_waiting["assigned_expert_id"]) == (
        "waiting",
        petra.expert_id,
    )
    assert reopened["status"] == "open"
    assert reopened["claim_expires_at"] == iso_utc(manual_clock.now())
    assert reopened["sla_due"] == iso_utc(manual_clock.now() - LEASE + timedelta(hours=8))
    assert case_changes(everything)[case_id]["status"] == "offered"


def test_cases_operations_assigned_never_expire(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "email")
    manual_clock.advance(timedelta(days=30))
    with http_client(clocked_hub) as http:
        document = login(http, "petra").case(case_id)
    assert (document["status"], document["claim_expires_at"]) == ("open", None)


def test_the_hub_expires_leases_in_the_background(
    seeded_sqlite_url: str, manual_clock: ManualClock
) -> None:
    with running_hub(
        seeded_sqlite_url, prepared=True, clock=manual_clock, lease_sweep_interval_s=0.05
    ) as hub:
        case_id = assigned_case(hub.engine, "petra", "email")
        with http_client(hub) as http:
            assert login(http, "petra").claim(case_id)["status"] == "applied"
        manual_clock.advance(LEASE)
        # No request reaches the hub from here on: only the sweeper can expire the lease.
        deadline = time.monotonic() + 10
        while lease_of(hub, case_id).status != "offered" and time.monotonic() < deadline:
            time.sleep(0.02)
        row = lease_of(hub, case_id)
    assert (row.status, row.assigned_expert_id, row.claim_expires_at) == ("offered", None, None)
