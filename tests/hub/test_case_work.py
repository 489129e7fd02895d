"""Working a case through mutations: reply, note, close, tag, release, and what each one
does to the case document the experts sync."""

from __future__ import annotations

from sqlalchemy import select

from hub import admin
from hub.schema import cases
from tests.hub.helpers import (
    assigned_case,
    case_changes,
    http_client,
    login,
    removed_ids,
    shared_offer,
)
from tests.support.hub_server import RunningHub


def test_an_email_reply_hands_the_turn_to_the_customer(hub_server: RunningHub) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        before = petra.case(case_id)
        answer = petra.act(
            "reply",
            case_id=case_id,
            based_on_version=before["version"],
            subject="Re: Umsatzsteuer-Voranmeldung",
            body="Guten Tag Frau Roth,\n\nüber Extras > ELSTER.\n\nViele Grüße",
        )
        after = petra.case(case_id)

    assert answer["status"] == "applied", answer
    assert answer["result"]["case_version"] == before["version"] + 1
    assert after["version"] == before["version"] + 1
    assert after["status"] == "waiting"
    assert after["sla_due"] is None
    # Operations assigned the case: activity gives it no lease.
    assert after["claim_expires_at"] is None
    reply = after["messages"][-1]
    assert reply == {
        "id": answer["result"]["message_id"],
        "direction": "out",
        "author": "Petra Schneider",
        "body_text": "Guten Tag Frau Roth,\n\nüber Extras > ELSTER.\n\nViele Grüße",
        "body_html": None,
        "created_at": reply["created_at"],
        "case_version": after["version"],
        "subject": "Re: Umsatzsteuer-Voranmeldung",
        "visibility": None,
        "call_log": None,
    }
    assert after["messages"][0]["case_version"] == 1


def test_live_channels_stay_open_and_keep_their_shape(hub_server: RunningHub) -> None:
    engine = hub_server.engine
    chat = assigned_case(engine, "jonas", "chat", client_id=2, topic="firmware")
    tweet = assigned_case(engine, "jonas", "twitter", client_id=2, topic="firmware")
    call = assigned_case(engine, "petra", "phone")
    with http_client(hub_server) as http:
        jonas = login(http, "jonas")
        petra = login(http, "petra")
        chatted = jonas.act("reply", case_id=chat, based_on_version=1, body="Moment, ich schaue.")
        tweeted = jonas.act(
            "reply",
            case_id=tweet,
            based_on_version=1,
            body="Schick uns 'ne DM!",
            visibility="public",
        )
        logged = petra.act(
            "reply",
            case_id=call,
            based_on_version=1,
            call_log={"outcome": "reached", "duration_seconds": 420, "notes": "ELSTER erklärt."},
        )
        chat_doc, tweet_doc = jonas.case(chat), jonas.case(tweet)
        call_doc = petra.case(call)

    assert [a["status"] for a in (chatted, tweeted, logged)] == ["applied"] * 3
    assert chat_doc["status"] == "open"
    assert tweet_doc["status"] == "waiting"
    assert tweet_doc["messages"][-1]["visibility"] == "public"
    assert call_doc["status"] == "open"
    assert call_doc["customer_contact"] == "ute.roth@example.de"
    call_message = call_doc["messages"][-1]
    assert call_message["direction"] == "out"
    assert call_message["body_text"] == "ELSTER erklärt."
    assert call_message["call_log"] == {"outcome": "reached", "duration_seconds": 420}


def test_notes_are_internal_and_leave_the_status(hub_server: RunningHub) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "forum")
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        answer = petra.act("note", case_id=case_id, body="Kundin hat schon angerufen.")
        empty = petra.act("note", case_id=case_id, body="  \n ")
        document = petra.case(case_id)

    assert answer["status"] == "applied"
    assert empty["reason"] == "invalid_payload"
    assert "'body'" in empty["message"]
    assert document["status"] == "open"
    assert document["version"] == answer["result"]["case_version"] == 2
    note = document["messages"][-1]
    assert (note["direction"], note["author"], note["id"]) == (
        "note",
        "Petra Schneider",
        answer["result"]["message_id"],
    )


def test_closing_records_the_outcome_and_keeps_the_case_visible(hub_server: RunningHub) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        unknown = petra.act("close", case_id=case_id, outcome="gave_up")
        answer = petra.act("close", case_id=case_id, outcome="escalated")
        document = petra.case(case_id)

    assert unknown["reason"] == "invalid_payload"
    assert "solved, not_solvable, escalated" in unknown["message"]
    assert answer == {"id": answer["id"], "status": "applied", "result": {"case_version": 2}}
    assert document["status"] == "closed"
    assert document["outcome"] == "escalated"
    assert document["sla_due"] is None and document["claim_expires_at"] is None


def test_reopening_a_closed_case_forgets_its_outcome(hub_server: RunningHub) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        assert petra.act("close", case_id=case_id, outcome="solved")["status"] == "applied"
        admin.set_case_status(hub_server.engine, case_id, "open")
        document = petra.case(case_id)
    assert (document["status"], document["outcome"]) == ("open", None)


def test_tags_are_trimmed_sorted_and_bounded(hub_server: RunningHub) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        first = petra.act("tag", case_id=case_id, add=[" rückruf", "Erstattung", "elster"])
        second = petra.act("tag", case_id=case_id, add=["vip"], remove=["elster", "absent"])
        nothing = petra.act("tag", case_id=case_id, add=[], remove=[])
        too_long = petra.act("tag", case_id=case_id, add=["x" * 41])
        two_lines = petra.act("tag", case_id=case_id, add=["a\nb"])
        not_a_list = petra.act("tag", case_id=case_id, add="vip")
        too_many = petra.act("tag", case_id=case_id, add=[f"t{n}" for n in range(18)])
        document = petra.case(case_id)

    assert first["result"]["tags"] == ["Erstattung", "elster", "rückruf"]
    assert second["result"] == {"case_version": 3, "tags": ["Erstattung", "rückruf", "vip"]}
    for rejected in (nothing, too_long, two_lines, not_a_list, too_many):
        assert rejected["reason"] == "invalid_payload", rejected
    assert document["tags"] == ["Erstattung", "rückruf", "vip"]
    assert document["version"] == 3


def test_release_puts_the_case_back_into_every_qualified_pool(hub_server: RunningHub) -> None:
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        jonas = login(http, "jonas")
        petra_cursor, petra_all = petra.sync_all()
        jonas_cursor, jonas_all = jonas.sync_all()
        case_id = shared_offer(case_changes(petra_all), case_changes(jonas_all))
        assert petra.claim(case_id)["status"] == "applied"
        jonas_cursor, jonas_news = jonas.sync_all(jonas_cursor)
        assert removed_ids(jonas_news) == {case_id}

        released = petra.act("release", case_id=case_id)
        _c, petra_news = petra.sync_all(petra_cursor)
        _c, jonas_news = jonas.sync_all(jonas_cursor)
        again = petra.act("release", case_id=case_id)

    assert released["status"] == "applied"
    for news in (petra_news, jonas_news):
        offer = case_changes(news)[case_id]
        assert (offer["status"], offer["assigned_expert_id"]) == ("offered", None)
        assert offer["claim_expires_at"] is None
        assert removed_ids(news) == set()
    assert again["reason"] == "not_assignee"
    assert "pool" in again["message"]


def test_releasing_a_case_one_does_not_qualify_for_removes_it(hub_server: RunningHub) -> None:
    # Operations gave jonas an e-mail case, a channel he has no skill for.
    case_id = assigned_case(hub_server.engine, "jonas", "email")
    with http_client(hub_server) as http:
        jonas = login(http, "jonas")
        petra = login(http, "petra")
        jonas_cursor, _ = jonas.sync_all()
        petra_cursor, _ = petra.sync_all()
        assert jonas.act("release", case_id=case_id)["status"] == "applied"
        _c, jonas_news = jonas.sync_all(jonas_cursor)
        _c, petra_news = petra.sync_all(petra_cursor)
    assert [(c["type"], c["data"]["id"]) for c in jonas_news] == [("case_removed", case_id)]
    assert case_changes(petra_news)[case_id]["status"] == "offered"


def test_renewing_a_case_without_a_lease_changes_nothing(hub_server: RunningHub) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    with http_client(hub_server) as http:
        answer = login(http, "petra").act("renew_claim", case_id=case_id)
    assert answer["result"] == {"case_version": 1, "claim_expires_at": None}
    with hub_server.engine.connect() as conn:
        row = conn.execute(
            select(cases.c.version, cases.c.claim_expires_at).where(cases.c.id == case_id)
        ).one()
    assert tuple(row) == (1, None)


def test_unexpected_fields_are_refused_by_name(hub_server: RunningHub) -> None:
    case_id = assigned_case(hub_server.engine, "petra", "email")
    with http_client(hub_server) as http:
        petra = login(http, "petra")
        answers = [
            petra.act("release", case_id=case_id, reason="keine Zeit"),
            petra.act("note", case_id=case_id, body="x", visibility="public"),
            petra.act("close", case_id=case_id, outcome="solved", comment="x"),
        ]
    for answer in answers:
        assert answer["reason"] == "invalid_payload"
        assert answer["message"].startswith("Unexpected field '")
