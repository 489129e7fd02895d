"""Declining a social mention: it leaves the decliner's view for good and stays on offer
to the other experts, without a new version or a new offer hint for them."""

from __future__ import annotations

from sqlalchemy import Engine, insert, select

from hub import admin
from hub.schema import case_declines, cases, expert_skills
from tests.hub.helpers import (
    assigned_case,
    case_changes,
    http_client,
    login,
    removed_ids,
)
from tests.support.hub_server import RunningHub


def _mention_for_two(engine: Engine) -> int:
    """A headphone social mention that both Jonas and (with one more skill) Amira see."""
    amira = admin.expert_id(engine, "amira")
    with engine.begin() as conn:
        conn.execute(
            insert(expert_skills).values(expert_id=amira, kind="channel", value="social_mention")
        )
    return admin.create_case(
        engine,
        client_id=2,
        channel="social_mention",
        subject="Which headphones for the gym?",
        customer_name="Tom Baker",
        customer_contact="@tombaker",
        language="en",
        topic="headphones",
        body_text="Looking for sweat-proof earbuds, any ideas?",
    )


def test_a_declined_mention_leaves_the_decliner_and_stays_on_offer(
    hub_server: RunningHub,
) -> None:
    engine = hub_server.engine
    case_id = _mention_for_two(engine)
    with http_client(hub_server) as http:
        jonas = login(http, "jonas")
        amira = login(http, "amira")
        jonas_cursor, jonas_changes = jonas.sync_all()
        amira_cursor, _ = amira.sync_all()
        before = case_changes(jonas_changes)[case_id]

        answer = jonas.act("decline", case_id=case_id)
        repeat = jonas.act("decline", case_id=case_id)
        _, jonas_after = jonas.sync_all(jonas_cursor)
        _, amira_after = amira.sync_all(amira_cursor)
        _, jonas_full = jonas.sync_all()
        with engine.connect() as conn:
            version = conn.execute(
                select(cases.c.version).where(cases.c.id == case_id)
            ).scalar_one()
            declines = conn.execute(select(case_declines.c.case_id)).scalars().all()
        claim_again = jonas.act("claim", case_id=case_id)
        amira_claim = amira.act("claim", case_id=case_id)

    assert answer == {
        "id": answer["id"],
        "status": "applied",
        "result": {"case_id": case_id, "declined": True},
    }
    assert repeat["status"] == "applied"
    assert removed_ids(jonas_after) == {case_id}
    assert case_id not in case_changes(jonas_full)
    # The others are not bothered: no change, no new version.
    assert case_id not in case_changes(amira_after)
    assert version == before["version"]
    assert declines == [case_id]
    assert (claim_again["status"], claim_again["reason"]) == ("rejected", "declined")
    assert amira_claim["status"] == "applied"


def test_a_release_does_not_bring_a_declined_mention_back(hub_server: RunningHub) -> None:
    engine = hub_server.engine
    case_id = _mention_for_two(engine)
    with http_client(hub_server) as http:
        jonas = login(http, "jonas")
        amira = login(http, "amira")
        assert jonas.act("decline", case_id=case_id)["status"] == "applied"
        cursor, _ = jonas.sync_all()
        assert amira.act("claim", case_id=case_id)["status"] == "applied"
        assert amira.act("release", case_id=case_id)["status"] == "applied"
        _, changes = jonas.sync_all(cursor)
    assert case_id not in case_changes(changes)


def test_decline_conflicts_have_machine_readable_reasons(hub_server: RunningHub) -> None:
    engine = hub_server.engine
    mention = _mention_for_two(engine)
    email = assigned_case(engine, "petra", "email")
    own_mention = assigned_case(
        engine, "jonas", "social_mention", client_id=2, language="en", topic="headphones"
    )
    with http_client(hub_server) as http:
        jonas = login(http, "jonas")
        amira = login(http, "amira")
        petra = login(http, "petra")
        assert amira.act("claim", case_id=mention)["status"] == "applied"
        reasons = {
            "taken": jonas.act("decline", case_id=mention),
            "own": jonas.act("decline", case_id=own_mention),
            "channel": petra.act("decline", case_id=email),
            "unseen": petra.act("decline", case_id=mention),
            "missing": jonas.act("decline", case_id=10**9),
            "extra": jonas.act("decline", case_id=own_mention, body="x"),
        }
    assert {name: answer.get("reason") for name, answer in reasons.items()} == {
        "taken": "already_claimed",
        "own": "not_offered",
        "channel": "not_declinable",
        "unseen": "not_found",
        "missing": "not_found",
        "extra": "invalid_payload",
    }
