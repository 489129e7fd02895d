"""The shape of a reply per channel (the channel table of docs/sync-protocol.md)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from hub.schema import messages
from tests.hub.helpers import Session, assigned_case
from tests.support.hub_server import RunningHub

CALL = {"outcome": "voicemail", "duration_seconds": 35, "notes": "Auf AB gesprochen."}

ACCEPTED: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "email",
        {"subject": "Re: Voranmeldung", "body": "Guten Tag Frau Roth, …"},
        {"subject": "Re: Voranmeldung", "body_text": "Guten Tag Frau Roth, …"},
    ),
    (
        "forum",
        {"body": "**Schritt 1:** Extras öffnen"},
        {"body_text": "**Schritt 1:** Extras öffnen"},
    ),
    (
        "facebook",
        {"body": "Wir schreiben Ihnen privat.", "visibility": "private"},
        {"visibility": "private"},
    ),
    ("twitter", {"body": "x" * 280, "visibility": "public"}, {"body_text": "x" * 280}),
    ("twitter", {"body": "ä" * 280, "visibility": "private"}, {"visibility": "private"}),
    ("chat", {"body": "Einen Moment bitte."}, {"body_text": "Einen Moment bitte."}),
    ("social_mention", {"body": "Hallo Ute, …", "approach": True}, {"subject": None}),
    (
        "phone",
        {"call_log": CALL},
        {
            "body_text": "Auf AB gesprochen.",
            "call_outcome": "voicemail",
            "call_duration_seconds": 35,
        },
    ),
    (
        "phone",
        {"call_log": {"outcome": "wrong_number", "duration_seconds": 0, "notes": ""}},
        {"body_text": "", "call_outcome": "wrong_number"},
    ),
]

REJECTED: list[tuple[str, dict[str, Any], str]] = [
    ("twitter", {"body": "x" * 281, "visibility": "public"}, "at most 280 characters; it has 281"),
    ("twitter", {"body": "Hallo"}, "'visibility' must be one of public, private"),
    ("email", {"body": "Guten Tag"}, "'subject' must be text"),
    ("email", {"subject": " ", "body": "Guten Tag"}, "'subject' must not be empty"),
    ("email", {"subject": "Re: Frage", "body": ""}, "'body' must not be empty"),
    ("email", {"subject": "Re: Frage\r\nBcc: x@example.org", "body": "Hi"}, "single line"),
    ("phone", {"body": "Ich rufe zurück."}, "A phone case takes no text reply"),
    ("phone", {"call_log": {**CALL, "duration_seconds": -1}}, "'duration_seconds' must be"),
    ("phone", {"call_log": {**CALL, "duration_seconds": 12.5}}, "'duration_seconds' must be"),
    ("phone", {"call_log": {**CALL, "outcome": "busy"}}, "'outcome' must be one of reached"),
    ("phone", {"call_log": "angerufen"}, "'call_log' must be an object"),
    ("phone", {"call_log": {**CALL, "mood": "gut"}}, "Unexpected field 'mood' for a call log"),
    ("chat", {"call_log": CALL}, "Only phone cases take a call log"),
    ("chat", {"body": "x" * 2001}, "at most 2000 characters"),
    ("forum", {"subject": "Re:", "body": "Hallo"}, "Unexpected field 'subject'"),
    ("facebook", {"body": "Hallo", "visibility": "friends"}, "'visibility' must be one of"),
    ("social_mention", {"body": "Hallo Ute"}, "'approach': true"),
    ("social_mention", {"body": "Hallo Ute", "approach": False}, "'approach': true"),
    ("social_mention", {"body": "Hallo Ute", "approach": "ja"}, "'approach' must be true"),
]


def new_case(hub: RunningHub, channel: str) -> int:
    return assigned_case(hub.engine, "petra", channel)


@pytest.mark.parametrize(("channel", "fields", "stored"), ACCEPTED)
def test_a_reply_that_fits_its_channel_is_applied(
    module_hub: RunningHub,
    module_petra: Session,
    channel: str,
    fields: dict[str, Any],
    stored: dict[str, Any],
) -> None:
    case_id = new_case(module_hub, channel)
    answer = module_petra.act("reply", case_id=case_id, based_on_version=1, **fields)
    assert answer["status"] == "applied", answer
    with module_hub.engine.connect() as conn:
        row = conn.execute(
            select(messages).where(messages.c.id == answer["result"]["message_id"])
        ).one()
    assert {name: getattr(row, name) for name in stored} == stored
    assert (row.direction, row.author, row.case_version) == ("out", "Petra Schneider", 2)


@pytest.mark.parametrize(("channel", "fields", "explanation"), REJECTED)
def test_a_reply_that_does_not_fit_its_channel_is_refused_clearly(
    module_hub: RunningHub,
    module_petra: Session,
    channel: str,
    fields: dict[str, Any],
    explanation: str,
) -> None:
    case_id = new_case(module_hub, channel)
    answer = module_petra.act("reply", case_id=case_id, based_on_version=1, **fields)
    assert answer["status"] == "rejected"
    assert answer["reason"] == "invalid_payload"
    assert explanation in answer["message"]
    # Customer text is never echoed back in an error.
    assert "Hallo" not in answer["message"] and "x" * 20 not in answer["message"]
    with module_hub.engine.connect() as conn:
        count = len(conn.execute(select(messages.c.id).where(messages.c.case_id == case_id)).all())
    assert count == 1


def test_only_the_first_message_of_an_active_dialogue_needs_the_approach_decision(
    module_hub: RunningHub, module_petra: Session
) -> None:
    case_id = new_case(module_hub, "social_mention")
    opening = module_petra.act(
        "reply", case_id=case_id, based_on_version=1, body="Hallo Ute, …", approach=True
    )
    followup = module_petra.act("reply", case_id=case_id, based_on_version=2, body="Gern!")
    assert [opening["status"], followup["status"]] == ["applied", "applied"]


@pytest.mark.parametrize("based_on_version", [0, "1", None, 99])
def test_the_version_a_reply_answers_must_be_one_the_case_had(
    module_hub: RunningHub, module_petra: Session, based_on_version: Any
) -> None:
    case_id = new_case(module_hub, "forum")
    answer = module_petra.act(
        "reply", case_id=case_id, based_on_version=based_on_version, body="Hallo"
    )
    assert answer["reason"] == "invalid_payload"
    assert "'based_on_version'" in answer["message"]
