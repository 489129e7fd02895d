"""Who sees what: own cases, qualifying offers and served clients only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hub import admin
from hub.schema import cases
from tests.hub.helpers import (
    case_changes,
    expected_visible_case_ids,
    http_client,
    login,
)
from tests.support.hub_server import RunningHub

ACCOUNTING_CLIENT_ID = 1
HEADPHONES_CLIENT_ID = 2


@pytest.mark.parametrize(
    ("username", "client_names"),
    [
        ("petra", {"Buchhalter Software AG"}),
        ("jonas", {"Buchhalter Software AG", "Klangwerk Audio"}),
        ("amira", {"Klangwerk Audio"}),
    ],
)
def test_each_expert_sees_exactly_their_cases_offers_and_clients(
    hub_server_each_db: RunningHub, username: str, client_names: set[str]
) -> None:
    expected = expected_visible_case_ids(hub_server_each_db.engine, username)
    with http_client(hub_server_each_db) as http:
        session = login(http, username)
        _cursor, changes = session.sync_all(limit=2000)
    documents = case_changes(changes)
    assert set(documents) == expected
    assert len(documents) == sum(1 for change in changes if change["type"] == "case")
    assert {c["data"]["name"] for c in changes if c["type"] == "client"} == client_names
    mine = [doc for doc in documents.values() if doc["assigned_expert_id"] == session.expert_id]
    offers = [doc for doc in documents.values() if doc["status"] == "offered"]
    assert mine and offers
    assert len(mine) + len(offers) == len(documents)
    assert all(doc["assigned_expert_id"] is None for doc in offers)


def test_offers_respect_every_skill(hub_server_each_db: RunningHub) -> None:
    with http_client(hub_server_each_db) as http:
        petra = case_changes(login(http, "petra").sync_all(limit=2000)[1])
        amira = case_changes(login(http, "amira").sync_all(limit=2000)[1])
    assert {doc["client_id"] for doc in petra.values()} == {ACCOUNTING_CLIENT_ID}
    assert {doc["client_id"] for doc in amira.values()} == {HEADPHONES_CLIENT_ID}
    petra_offers = [doc for doc in petra.values() if doc["status"] == "offered"]
    assert {doc["channel"] for doc in petra_offers} <= {"email", "forum", "phone", "facebook"}
    assert {doc["language"] for doc in petra_offers} == {"de"}
    amira_offers = [doc for doc in amira.values() if doc["status"] == "offered"]
    assert {doc["channel"] for doc in amira_offers} <= {"email", "chat", "facebook"}
    assert "installation" not in {doc["topic"] for doc in amira_offers}


def test_a_new_offer_reaches_only_qualified_experts(hub_server_each_db: RunningHub) -> None:
    engine = hub_server_each_db.engine
    with http_client(hub_server_each_db) as http:
        sessions = {name: login(http, name) for name in ("petra", "jonas", "amira")}
        cursors = {name: s.sync_all()[0] for name, s in sessions.items()}
        case_id = admin.create_case(
            engine,
            client_id=HEADPHONES_CLIENT_ID,
            channel="chat",
            subject="Pulse Buds laden nicht",
            customer_name="Lena Vogel",
            customer_contact="lena.vogel@example.de",
            language="de",
            topic="headphones",
            body_text="Meine Pulse Buds laden nicht mehr.",
        )
        seen = {
            name: case_changes(session.sync_all(cursors[name])[1])
            for name, session in sessions.items()
        }
    assert case_id in seen["jonas"] and case_id in seen["amira"]
    assert seen["petra"] == {}
    offer = seen["amira"][case_id]
    assert offer["status"] == "offered"
    assert offer["messages"][0]["body_text"] == "Meine Pulse Buds laden nicht mehr."
    assert offer["messages"][0]["direction"] == "in"


def test_phone_numbers_are_hidden_until_the_case_is_claimed(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        cursor, changes = petra.sync_all(limit=2000)
        documents = case_changes(changes)
        phone_offers = [
            doc
            for doc in documents.values()
            if doc["channel"] == "phone" and doc["status"] == "offered"
        ]
        own_phone_cases = [
            doc
            for doc in documents.values()
            if doc["channel"] == "phone" and doc["assigned_expert_id"] == petra.expert_id
        ]
        assert phone_offers and own_phone_cases
        assert all(doc["customer_contact"] is None for doc in phone_offers)
        assert all(doc["customer_contact"].startswith("+") for doc in own_phone_cases)

        assert petra.claim(phone_offers[0]["id"])["status"] == "applied"
        claimed = case_changes(petra.sync_all(cursor)[1])[phone_offers[0]["id"]]
    assert claimed["customer_contact"].startswith("+49 30 23125 ")


def test_claiming_another_experts_case_does_not_confirm_it_exists(
    hub_server_each_db: RunningHub,
) -> None:
    engine = hub_server_each_db.engine
    petra_id = admin.expert_id(engine, "petra")
    with engine.connect() as conn:
        petra_case = conn.execute(
            select(cases.c.id).where(cases.c.assigned_expert_id == petra_id).limit(1)
        ).scalar_one()
        missing = conn.execute(select(cases.c.id).order_by(cases.c.id.desc())).scalars().first()
    assert missing is not None
    with http_client(hub_server_each_db) as http:
        amira = login(http, "amira")
        hidden = amira.claim(petra_case)
        absent = amira.claim(missing + 1000)
    assert hidden["status"] == absent["status"] == "rejected"
    assert hidden["reason"] == absent["reason"] == "not_found"
    assert hidden["message"] == absent["message"]
