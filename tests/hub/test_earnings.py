"""Earnings on the hub: fees booked by events, the ledger workflow, statements and the
expert's view of it all through the change feed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from hub.admin import approve_time, book_expert, create_window
from hub.cli import main
from hub.earnings import admin
from hub.earnings.money import parse_euros
from hub.earnings.statements import vat_cents
from hub.windows import NewWindow
from tests.hub.helpers import Session, assigned_case, http_client, login, mutation
from tests.support.hub_server import ManualClock, RunningHub


def _of_type(changes: list[dict[str, Any]], kind: str) -> dict[Any, dict[str, Any]]:
    return {change["data"]["id"]: change["data"] for change in changes if change["type"] == kind}


def _applied(session: Session, mutation_type: str, **payload: Any) -> dict[str, Any]:
    answer = session.apply(mutation(mutation_type, **payload))
    assert answer["status"] == "applied", answer
    return answer


def test_a_solved_case_is_booked_at_once_and_can_be_disputed(
    clocked_hub: RunningHub, manual_clock: ManualClock
) -> None:
    case_id = assigned_case(clocked_hub.engine, "petra", "email")
    with http_client(clocked_hub) as http:
        petra = login(http, "petra")
        cursor, _ = petra.sync_all()
        _applied(petra, "close", case_id=case_id, outcome="solved")
        cursor, changes = petra.sync_all(cursor)
        (entry,) = _of_type(changes, "ledger_entry").values()
        assert entry["case_id"] == case_id and entry["status"] == "pending"
        assert entry["qa_hold_until"] is not None
        # The demo rate card: an e-mail case with no reply is simple, 4.50 € + 0.50 €.
        assert entry["amount_cents"] == 500 and isinstance(entry["amount_cents"], int)

        _applied(petra, "dispute", entry_id=entry["id"], reason="Es gab zwei Antworten.")
        rejected = petra.apply(mutation("dispute", entry_id=entry["id"], reason="again"))
        assert rejected["reason"] == "not_disputable"
        assert petra.apply(mutation("dispute", entry_id=entry["id"], reason=" "))["status"] == (
            "rejected"
        )
        cursor, changes = petra.sync_all(cursor)
        assert _of_type(changes, "ledger_entry")[entry["id"]]["status"] == "disputed"

        admin.resolve_dispute(
            clocked_hub.engine, entry["id"], "Zwei Antworten: Standard.", corrected_cents=800
        )
        cursor, changes = petra.sync_all(cursor)
        entries = _of_type(changes, "ledger_entry")
        assert entries[entry["id"]]["status"] == "resolved"
        (adjustment,) = (item for item in entries.values() if item["id"] != entry["id"])
        assert adjustment["amount_cents"] == 300
        assert adjustment["reason"] == "Zwei Antworten: Standard."


def test_approved_window_hours_and_contributions_are_booked(
    hub_server: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    from hub.clock import utc_now

    start = (utc_now() - timedelta(days=1)).replace(minute=0, second=0)
    window_id = create_window(
        hub_server.engine,
        NewWindow(
            client_id=1,
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            hourly_rate_cents=2599,
            capacity=1,
        ),
    )
    book_expert(hub_server.engine, "jonas", window_id)
    with http_client(hub_server) as http:
        jonas = login(http, "jonas")
        cursor, _ = jonas.sync_all()
        _applied(
            jonas,
            "time_entry",
            entry_id="w1",
            starts_at=(start + timedelta(minutes=30)).isoformat() + "Z",
            ends_at=(start + timedelta(hours=4)).isoformat() + "Z",
            kind="work",
            location="remote",
        )
        _applied(
            jonas,
            "contribution_submit",
            contribution_id="c-1",
            client_id=1,
            kind="article",
            title="Belege scannen",
            body="# Belege\n\nText",
        )
        approve_time(hub_server.engine, "jonas", utc_now().date())
        approve_time(hub_server.engine, "jonas", utc_now().date())  # books nothing twice
        admin.accept_contribution(hub_server.engine, "c-1")
        cursor, changes = jonas.sync_all(cursor)
        entries = _of_type(changes, "ledger_entry")
        window = next(item for item in entries.values() if item["source"] == "window")
        # 2.5 h inside the window at 25.99 €: 64.975 € rounds half up to 64.98 €.
        assert (window["quantity"], window["amount_cents"]) == (9000, 6498)
        assert window["status"] == "approved" and window["window_id"] == window_id
        fee = next(item for item in entries.values() if item["source"] == "contribution")
        assert fee["amount_cents"] == 6000 and fee["contribution_id"] == "c-1"
        contribution = _of_type(changes, "contribution")["c-1"]
        assert contribution["status"] == "accepted" and contribution["fee_cents"] == 6000

        _applied(
            jonas,
            "contribution_submit",
            contribution_id="c-2",
            client_id=1,
            kind="forum_answer",
            title="Antwort",
            body="Text",
        )
        admin.reject_contribution(hub_server.engine, "c-2", "Zu kurz.")
        _, changes = jonas.sync_all(cursor)
        assert _of_type(changes, "contribution")["c-2"]["feedback"] == "Zu kurz."

    db = ["--db", hub_server.db_url]
    until = utc_now().date().isoformat()
    assert main(["admin", "pay", "--expert", "jonas", "--until", until, *db]) == 0
    assert "Paid 1 ledger entries of jonas: 64.98 EUR." in capsys.readouterr().out
    assert main(["admin", "ledger", "--expert", "jonas", *db]) == 0
    assert "paid" in capsys.readouterr().out
    assert main(["admin", "accept-contribution", "--id", "nope", *db]) == 1


def test_demo_statement_and_expert_feed(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        _, changes = petra.sync_all()
    entries = _of_type(changes, "ledger_entry")
    statuses = {entry["status"] for entry in entries.values()}
    assert {"paid", "approved", "pending", "disputed"} <= statuses
    (statement,) = _of_type(changes, "statement").values()
    stated = [entry for entry in entries.values() if entry["statement_id"] == statement["id"]]
    assert sum(entry["amount_cents"] for entry in stated) == statement["net_cents"]
    assert statement["vat_cents"] == 0 and statement["recipient"]["small_business"] is True
    assert statement["issuer"]["vat_id"] == "DE123456789"
    states = {item["status"] for item in _of_type(changes, "contribution").values()}
    assert states == {"submitted", "accepted", "rejected"}
    cards = {c["data"]["client_id"]: c["data"] for c in changes if c["type"] == "rate_card"}
    assert set(cards) == {1}  # petra serves one client
    simple_email = {"channel": "email", "complexity": "simple", "amount_cents": 500}
    assert simple_email in cards[1]["cases"]
    assert {"kind": "article", "amount_cents": 6000} in cards[1]["contributions"]


def test_a_changed_rate_card_reaches_the_experts_serving_the_client(
    hub_server: RunningHub,
) -> None:
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        cursor, _ = petra.sync_all()
        admin.set_case_rate(hub_server.engine, 1, "email", "simple", 550)
        _, changes = petra.sync_all(cursor)
    (card,) = (change["data"] for change in changes if change["type"] == "rate_card")
    assert {"channel": "email", "complexity": "simple", "amount_cents": 550} in card["cases"]


@pytest.mark.parametrize(
    ("text", "cents"), [("12", 1200), ("12,5", 1250), ("-0.07", -7), ("1234.56", 123456)]
)
def test_euro_amounts_parse_exactly(text: str, cents: int) -> None:
    assert parse_euros(text) == cents


def test_vat_rounds_half_up_in_integers() -> None:
    assert vat_cents(35500, 19) == 6745
    assert vat_cents(50, 19) == 10  # 9.5 ct
    assert vat_cents(-50, 19) == -10
    with pytest.raises(ValueError):
        parse_euros("1.005")
