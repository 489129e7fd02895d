"""Writers racing for the same offer: exactly one wins, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import select

from hub.schema import cases
from tests.hub.helpers import case_changes, http_client, login
from tests.support.hub_server import RunningHub

ROUNDS = 5


def test_concurrent_claims_of_one_offer_have_one_winner(hub_server_each_db: RunningHub) -> None:
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        petra_offers = case_changes(petra.sync_all(limit=2000)[1])
        jonas_offers = case_changes(jonas.sync_all(limit=2000)[1])
    shared = sorted(
        case_id
        for case_id, doc in petra_offers.items()
        if doc["status"] == "offered" and case_id in jonas_offers
    )[:ROUNDS]
    assert len(shared) == ROUNDS

    results: dict[str, list[dict[str, Any]]] = {"petra": [], "jonas": []}
    start = threading.Barrier(2)

    def claim_all(name: str, token: str) -> None:
        with http_client(hub_server_each_db) as client:
            start.wait()
            for case_id in shared:
                response = client.post(
                    "/sync/mutations",
                    json={
                        "mutations": [
                            {
                                "id": f"{name}-{case_id}",
                                "type": "claim",
                                "payload": {"case_id": case_id},
                            }
                        ]
                    },
                    headers={"Authorization": f"Bearer {token}"},
                )
                results[name].append(response.json()["results"][0])

    threads = [
        threading.Thread(target=claim_all, args=("petra", petra.access_token)),
        threading.Thread(target=claim_all, args=("jonas", jonas.access_token)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    with hub_server_each_db.engine.connect() as conn:
        owners = dict(
            conn.execute(
                select(cases.c.id, cases.c.assigned_expert_id).where(cases.c.id.in_(shared))
            ).all()
        )
    ids = {"petra": petra.expert_id, "jonas": jonas.expert_id}
    for index, case_id in enumerate(shared):
        outcomes = {name: results[name][index] for name in results}
        winners = [name for name, result in outcomes.items() if result["status"] == "applied"]
        assert len(winners) == 1, outcomes
        (loser,) = set(outcomes) - set(winners)
        assert outcomes[loser]["reason"] == "already_claimed"
        assert owners[case_id] == ids[winners[0]]
