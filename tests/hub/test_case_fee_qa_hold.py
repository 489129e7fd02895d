"""A solved case's fee: booked at once as pending, held for QA review, approvable only
once the hold has passed, and withdrawn if the case is reopened during the hold."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from hub.admin import reassign_case, set_case_status
from hub.cli import main
from hub.earnings import admin
from hub.earnings.ledger import WITHDRAWN_REASON
from tests.hub.helpers import Session, assigned_case, http_client, login, mutation
from tests.support.hub_server import ManualClock, RunningHub


def _entries(changes: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {
        change["data"]["id"]: change["data"]
        for change in changes
        if change["type"] == "ledger_entry"
    }


def _status_of(hub: RunningHub, entry_id: int) -> str:
    (row,) = (row for row in admin.ledger_of(hub.engine, "petra") if row["id"] == entry_id)
    return str(row["status"])


def _close(session: Session, case_id: int, outcome: str) -> None:
    answer = session.apply(mutation("close", case_id=case_id, outcome=outcome))
    assert answer["status"] == "applied", answer


def test_the_fee_is_pending_at_once_and_approved_only_after_the_hold(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "email")
    closed_at = manual_clock.now()
    with http_client(clocked_hub) as http:
        petra = login(http, "petra")
        cursor, _ = petra.sync_all()
        _close(petra, case_id, "solved")
        cursor, changes = petra.sync_all(cursor)
    (entry,) = _entries(changes).values()
    assert (entry["status"], entry["amount_cents"]) == ("pending", 500)
    hold_ends = closed_at + timedelta(hours=48)
    assert entry["qa_hold_until"].startswith(hold_ends.strftime("%Y-%m-%dT%H:%M:%S"))

    today = closed_at.date()
    admin.approve_earnings(clocked_hub.engine, "petra", today, closed_at)
    assert _status_of(clocked_hub, entry["id"]) == "pending"
    (held,) = admin.entries_in_qa_review(clocked_hub.engine, "petra", today, closed_at)
    assert (held.entry_id, held.case_id, held.until) == (entry["id"], case_id, hold_ends)

    manual_clock.advance(timedelta(hours=47, minutes=59))
    admin.approve_earnings(clocked_hub.engine, "petra", today, manual_clock.now())
    assert _status_of(clocked_hub, entry["id"]) == "pending"
    manual_clock.advance(timedelta(minutes=1))
    assert admin.approve_earnings(clocked_hub.engine, "petra", today, manual_clock.now()) == 1
    assert _status_of(clocked_hub, entry["id"]) == "approved"


def test_the_command_names_the_entries_still_in_qa_review(
    clocked_hub: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "email")
    with http_client(clocked_hub) as http:
        _close(login(http, "petra"), case_id, "solved")
    # The command runs on the real clock, which stands where the manual clock started.
    command = ["admin", "approve-earnings", "--expert", "petra", "--until", "2100-01-01"]
    code = main([*command, "--db", clocked_hub.db_url])
    output = capsys.readouterr().out
    assert code == 0
    assert "Approved " in output
    assert f"(case #{case_id}) is in QA review until" in output


def test_reopening_during_the_hold_withdraws_the_fee_and_solving_books_it_again(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "email")
    with http_client(clocked_hub) as http:
        petra = login(http, "petra")
        cursor, _ = petra.sync_all()
        _close(petra, case_id, "solved")
        cursor, changes = petra.sync_all(cursor)
        (entry_id,) = _entries(changes)

        manual_clock.advance(timedelta(minutes=5))
        set_case_status(clocked_hub.engine, case_id, "open", now=manual_clock.now())
        cursor, changes = petra.sync_all(cursor)
        withdrawn = _entries(changes)[entry_id]
        assert withdrawn["status"] == "pending" and withdrawn["amount_cents"] == 0
        assert withdrawn["reason"] == WITHDRAWN_REASON and withdrawn["qa_hold_until"] is None
        today = manual_clock.now().date()
        assert admin.entries_in_qa_review(clocked_hub.engine, "petra", today) == []

        _close(petra, case_id, "solved")
        cursor, changes = petra.sync_all(cursor)
        rebooked = _entries(changes)[entry_id]
        assert rebooked["amount_cents"] == 500 and rebooked["reason"] is None
        assert rebooked["qa_hold_until"] is not None

        # Closed again otherwise during the hold: withdrawn as well.
        set_case_status(clocked_hub.engine, case_id, "open", now=manual_clock.now())
        _close(petra, case_id, "not_solvable")
        cursor, changes = petra.sync_all(cursor)
        assert _entries(changes)[entry_id]["amount_cents"] == 0


def test_reopening_after_the_hold_keeps_the_fee(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "email")
    with http_client(clocked_hub) as http:
        _close(login(http, "petra"), case_id, "solved")
    manual_clock.advance(timedelta(hours=49))
    set_case_status(clocked_hub.engine, case_id, "open", now=manual_clock.now())
    (row,) = (
        row for row in admin.ledger_of(clocked_hub.engine, "petra") if row["case_id"] == case_id
    )
    assert (row["amount_cents"], row["reason"]) == (500, None)


def test_a_reassigned_case_solved_again_pays_the_new_assignee_only(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "email")
    with http_client(clocked_hub) as http:
        _close(login(http, "petra"), case_id, "solved")
        set_case_status(clocked_hub.engine, case_id, "open", now=manual_clock.now())
        reassign_case(clocked_hub.engine, case_id, "jonas", now=manual_clock.now())
        _close(login(http, "jonas"), case_id, "solved")

    def case_fees(username: str) -> list[tuple[int, str | None]]:
        return [
            (row["amount_cents"], row["reason"])
            for row in admin.ledger_of(clocked_hub.engine, username)
            if row["case_id"] == case_id
        ]

    assert case_fees("petra") == [(0, WITHDRAWN_REASON)]
    assert case_fees("jonas") == [(500, None)]
