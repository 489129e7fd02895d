"""POST /sync/mutations: claim, idempotent replay, per-mutation answers, batch limits."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from hub import admin
from hub.schema import applied_mutations, cases
from tests.hub.helpers import Session, case_changes, claim_mutation, http_client, login
from tests.support.hub_server import RunningHub


def offers_of(session: Session) -> list[dict[str, Any]]:
    _cursor, changes = session.sync_all(limit=2000)
    return sorted(
        (doc for doc in case_changes(changes).values() if doc["status"] == "offered"),
        key=lambda doc: doc["id"],
    )


def case_row(hub: RunningHub, case_id: int) -> Any:
    with hub.engine.connect() as conn:
        return conn.execute(select(cases).where(cases.c.id == case_id)).one()


def test_replaying_a_mutation_returns_the_stored_answer_and_changes_nothing(
    hub_server_each_db: RunningHub,
) -> None:
    with http_client(hub_server_each_db) as http:
        jonas = login(http, "jonas")
        offer = offers_of(jonas)[0]
        mutation_id = str(uuid.uuid4())
        first = jonas.claim(offer["id"], mutation_id)
        after_first = case_row(hub_server_each_db, offer["id"])
        second = jonas.claim(offer["id"], mutation_id)
        after_second = case_row(hub_server_each_db, offer["id"])

    assert first == {
        "id": mutation_id,
        "status": "applied",
        "result": {"case_version": offer["version"] + 1},
    }
    assert second == first
    assert after_second == after_first
    assert after_first.assigned_expert_id == jonas.expert_id
    assert after_first.status == "open"


def test_a_mutation_id_used_by_another_expert_is_a_conflict(
    hub_server_each_db: RunningHub,
) -> None:
    with http_client(hub_server_each_db) as http:
        jonas = login(http, "jonas")
        amira = login(http, "amira")
        jonas_offer, amira_offer = offers_of(jonas)[0], offers_of(amira)[-1]
        mutation_id = str(uuid.uuid4())
        assert jonas.claim(jonas_offer["id"], mutation_id)["status"] == "applied"
        conflict = amira.claim(amira_offer["id"], mutation_id)

    assert conflict["status"] == "rejected"
    assert conflict["reason"] == "id_conflict"
    assert "result" not in conflict
    assert case_row(hub_server_each_db, amira_offer["id"]).status == "offered"


def test_each_mutation_of_a_batch_is_answered_in_order(hub_server_each_db: RunningHub) -> None:
    engine = hub_server_each_db.engine
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        petra_offers = offers_of(petra)
        jonas_offer_ids = {doc["id"] for doc in offers_of(jonas)}
        shared = next(doc for doc in petra_offers if doc["id"] in jonas_offer_ids)
        only_petra = next(doc for doc in petra_offers if doc["id"] not in jonas_offer_ids)
        assert jonas.claim(shared["id"])["status"] == "applied"

        own_open = admin.create_case(
            engine,
            client_id=1,
            channel="email",
            subject="Frage",
            customer_name="Ute Roth",
            customer_contact="ute.roth@example.de",
            topic="vat",
            body_text="Hallo",
            assigned_username="petra",
        )
        own_closed = admin.create_case(
            engine,
            client_id=1,
            channel="email",
            subject="Erledigt",
            customer_name="Kai Jung",
            customer_contact="kai.jung@example.de",
            topic="vat",
            body_text="Hallo",
            assigned_username="petra",
        )
        admin.set_case_status(engine, own_closed, "closed")

        batch = [
            claim_mutation(only_petra["id"]),
            claim_mutation(shared["id"]),
            claim_mutation(own_open),
            claim_mutation(own_closed),
            claim_mutation("not-an-id"),
            {"id": str(uuid.uuid4()), "type": "teleport", "payload": {}},
        ]
        response = petra.mutate(batch)

    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["id"] for r in results] == [m["id"] for m in batch]
    assert [r["status"] for r in results] == [
        "applied",
        "rejected",
        "applied",
        "rejected",
        "rejected",
        "rejected",
    ]
    assert [r.get("reason") for r in results] == [
        None,
        "already_claimed",
        None,
        "closed",
        "invalid_payload",
        "unknown_type",
    ]
    assert results[0]["result"] == {"case_version": only_petra["version"] + 1}
    # Claiming one's own open case renews the lease.
    assert results[2]["result"] == {"case_version": 2}
    assert case_row(hub_server_each_db, own_open).claim_expires_at is not None


def test_claiming_an_offer_without_the_skills_is_not_qualified(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        amira = login(http, "amira")
        accounting_offer = offers_of(petra)[0]
        answer = amira.claim(accounting_offer["id"])
    assert answer["status"] == "rejected"
    assert answer["reason"] == "not_qualified"
    assert case_row(hub_server, accounting_offer["id"]).status == "offered"


def test_rejections_are_stored_and_replayed(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        amira = login(http, "amira")
        mutation_id = str(uuid.uuid4())
        first = amira.claim(10_000_000, mutation_id)
        second = amira.claim(10_000_000, mutation_id)
    assert first == second
    assert first["reason"] == "not_found"
    with hub_server.engine.connect() as conn:
        stored = conn.execute(
            select(func.count()).where(applied_mutations.c.id == mutation_id)
        ).scalar_one()
    assert stored == 1


def test_an_oversized_batch_is_refused_whole(hub_server_each_db: RunningHub) -> None:
    with http_client(hub_server_each_db) as http:
        jonas = login(http, "jonas")
        offer = offers_of(jonas)[0]
        offer_id = offer["id"]
        too_many = [claim_mutation(offer_id) for _ in range(101)]
        refused = jonas.mutate(too_many)
        allowed = jonas.mutate(too_many[:100])
    assert refused.status_code == 413
    assert refused.json()["error"] == "too_large"
    assert allowed.status_code == 200
    assert [r["status"] for r in allowed.json()["results"]].count("applied") == 100
    # One claim, then 99 lease renewals, each a change of the case.
    assert case_row(hub_server_each_db, offer_id).version == offer["version"] + 100


def test_a_malformed_batch_is_a_bad_request(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        jonas = login(http, "jonas")
        missing_type = jonas.mutate([{"id": "x", "payload": {}}])
        no_list = http.post("/sync/mutations", json={"mutations": 5}, headers=jonas.headers)
        anonymous = http.post("/sync/mutations", json={"mutations": []})
    assert missing_type.status_code == no_list.status_code == 400
    assert missing_type.json()["error"] == "bad_request"
    assert anonymous.status_code == 401
