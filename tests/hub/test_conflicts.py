"""Conflicts with machine-readable reasons (stale, not_assignee, closed, not_found) and the
idempotent replay of every mutation type, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from hub import admin
from hub.schema import applied_mutations, case_tags, cases, messages
from tests.hub.helpers import Session, assigned_case, http_client, login, mutation
from tests.support.hub_server import ManualClock, RunningHub

# One mutation of each type that works on one's own case, as (type, payload without id).
OWN_CASE_MUTATIONS: list[tuple[str, dict[str, Any]]] = [
    ("renew_claim", {}),
    ("reply", {"based_on_version": 1, "subject": "Re: Frage", "body": "Guten Tag"}),
    ("note", {"body": "Rückfrage läuft."}),
    ("tag", {"add": ["elster"]}),
    ("close", {"outcome": "solved"}),
    ("release", {}),
]


def reply(session: Session, case_id: int, version: int, body: str = "Guten Tag") -> dict[str, Any]:
    return session.act(
        "reply", case_id=case_id, based_on_version=version, subject="Re: Frage", body=body
    )


def test_a_reply_written_before_the_customers_newest_message_is_stale(
    hub_server_each_db: RunningHub,
) -> None:
    engine = hub_server_each_db.engine
    case_id = assigned_case(engine, "petra", "email")
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        seen = petra.case(case_id)["version"]
        # The expert's own activity does not make a draft stale...
        assert petra.act("note", case_id=case_id, body="Notiz")["status"] == "applied"
        assert petra.act("tag", case_id=case_id, add=["elster"])["status"] == "applied"
        # ...a customer message does.
        admin.receive_customer_message(engine, case_id, "Hat sich erledigt, danke!")
        stale = reply(petra, case_id, seen)
        current = petra.case(case_id)["version"]
        fresh = reply(petra, case_id, current, "Schön, dann schließe ich den Fall.")

    assert stale["status"] == "rejected"
    assert stale["reason"] == "stale"
    assert "customer wrote again" in stale["message"]
    assert fresh["status"] == "applied"
    with engine.connect() as conn:
        outgoing = conn.execute(
            select(messages.c.body_text).where(
                messages.c.case_id == case_id, messages.c.direction == "out"
            )
        ).scalars()
        assert list(outgoing) == ["Schön, dann schließe ich den Fall."]


def test_a_second_reply_without_news_from_the_customer_is_not_stale(
    hub_server_each_db: RunningHub,
) -> None:
    case_id = assigned_case(hub_server_each_db.engine, "petra", "email")
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        first = reply(petra, case_id, 1)
        # Written offline against version 1, sent after the first went out.
        second = reply(petra, case_id, 1, "Nachtrag: der Link fehlte.")
    assert [first["status"], second["status"]] == ["applied", "applied"]


def test_after_a_reassignment_every_mutation_is_not_assignee(
    hub_server_each_db: RunningHub,
) -> None:
    engine = hub_server_each_db.engine
    case_id = assigned_case(engine, "petra", "email")
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        admin.reassign_case(engine, case_id, "amira")
        answers = [
            petra.act(kind, case_id=case_id, **payload) for kind, payload in OWN_CASE_MUTATIONS
        ]
    for answer in answers:
        assert (answer["status"], answer["reason"]) == ("rejected", "not_assignee"), answer
        assert answer["message"] == "The case is assigned to another expert now."
    with engine.connect() as conn:
        row = conn.execute(select(cases).where(cases.c.id == case_id)).one()
        message_count = conn.execute(
            select(func.count()).where(messages.c.case_id == case_id)
        ).scalar_one()
    assert (row.status, row.version, message_count) == ("open", 2, 1)


def test_on_a_closed_case_only_notes_and_tags_are_applied(hub_server_each_db: RunningHub) -> None:
    case_id = assigned_case(hub_server_each_db.engine, "petra", "email")
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        assert petra.act("close", case_id=case_id, outcome="not_solvable")["status"] == "applied"
        answers = {
            kind: petra.act(kind, case_id=case_id, **payload)
            for kind, payload in OWN_CASE_MUTATIONS
        }
        claim = petra.claim(case_id)

    assert {kind: answer.get("reason") for kind, answer in answers.items()} == {
        "renew_claim": "closed",
        "reply": "closed",
        "note": None,
        "tag": None,
        "close": "closed",
        "release": "closed",
    }
    assert answers["reply"]["message"] == "The case is closed."
    assert claim["reason"] == "closed"


def test_cases_the_expert_never_saw_are_not_found(hub_server_each_db: RunningHub) -> None:
    engine = hub_server_each_db.engine
    # An accounting case: amira serves only the headphone brand.
    case_id = assigned_case(engine, "petra", "email")
    with http_client(hub_server_each_db) as http:
        amira = login(http, "amira")
        answers = [
            amira.act(kind, case_id=case_id, **payload) for kind, payload in OWN_CASE_MUTATIONS
        ]
        missing = amira.act("note", case_id=10_000_000, body="Hallo")
    for answer in [*answers, missing]:
        assert (answer["reason"], answer["message"]) == ("not_found", "No such case.")


def test_every_mutation_type_is_applied_once_however_often_it_is_sent(
    clocked_hub_each_db: RunningHub, manual_clock: ManualClock
) -> None:
    engine = clocked_hub_each_db.engine
    cases_by_type = {
        kind: assigned_case(engine, "petra", "email") for kind, _ in OWN_CASE_MUTATIONS
    }
    batch = [
        mutation(kind, case_id=cases_by_type[kind], **payload)
        for kind, payload in OWN_CASE_MUTATIONS
    ]
    with http_client(clocked_hub_each_db) as http:
        petra = login(http, "petra")
        # A lease that is due for renewal, so that renew_claim writes too.
        assert petra.claim(cases_by_type["renew_claim"])["status"] == "applied"
        manual_clock.advance(timedelta(minutes=2))
        first = petra.mutate(batch).json()["results"]
        state_after_first = snapshot(engine, list(cases_by_type.values()))
        again = petra.mutate(batch).json()["results"]
        one_by_one = [petra.apply(item) for item in reversed(batch)][::-1]
        state_after_replays = snapshot(engine, list(cases_by_type.values()))

    assert [answer["status"] for answer in first] == ["applied"] * len(batch), first
    assert first[0]["result"]["case_version"] == 3  # created, claimed, renewed
    assert again == first
    assert one_by_one == first
    assert state_after_replays == state_after_first
    with engine.connect() as conn:
        stored = conn.execute(
            select(func.count()).where(applied_mutations.c.id.in_([m["id"] for m in batch]))
        ).scalar_one()
    assert stored == len(batch)


def test_a_rejected_mutation_is_replayed_as_rejected_even_after_the_conflict_is_gone(
    hub_server_each_db: RunningHub,
) -> None:
    engine = hub_server_each_db.engine
    case_id = assigned_case(engine, "petra", "email")
    held = mutation(
        "reply", case_id=case_id, based_on_version=1, subject="Re: Frage", body="Guten Tag"
    )
    with http_client(hub_server_each_db) as http:
        petra = login(http, "petra")
        admin.reassign_case(engine, case_id, "amira")
        first = petra.apply(held)
        admin.reassign_case(engine, case_id, "petra")
        replay = petra.apply(held)
    assert first["reason"] == "not_assignee"
    assert replay == first


def snapshot(engine: Any, case_ids: list[int]) -> list[Any]:
    with engine.connect() as conn:
        return [
            conn.execute(select(cases).where(cases.c.id.in_(case_ids)).order_by(cases.c.id)).all(),
            conn.execute(
                select(messages).where(messages.c.case_id.in_(case_ids)).order_by(messages.c.id)
            ).all(),
            conn.execute(
                select(case_tags)
                .where(case_tags.c.case_id.in_(case_ids))
                .order_by(case_tags.c.case_id, case_tags.c.tag)
            ).all(),
        ]
