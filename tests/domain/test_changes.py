"""Validation of change pages: good pages become rows, every malformed field a clear error."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.domain.documents import (
    EPOCH_NOON,
    case_document,
    change,
    message_document,
    numbered,
    page_document,
    template_document,
)
from workstation.domain.changes import (
    CASE_COLUMNS,
    MAX_BODY_CHARS,
    MAX_SUBJECT_CHARS,
    MESSAGE_COLUMNS,
    TEMPLATE_COLUMNS,
    ProtocolError,
    decode_change_page,
    parse_change_page,
)

CANARY = "CANARY-Jürgen-Weber-4711"


def _case_row(page_rows: list[tuple[Any, ...]], case_id: int) -> dict[str, Any]:
    (row,) = [row for row in page_rows if row[0] == case_id]
    return dict(zip(CASE_COLUMNS, row, strict=True))


def test_a_good_page_becomes_rows_ready_for_the_cache() -> None:
    document = case_document(
        7,
        messages=[
            message_document(70, created_at="2026-11-24T12:00:00Z", body_text="erste"),
            message_document(
                71,
                direction="out",
                author="Petra",
                body_text="zweite",
                body_html="<p>zweite</p>",
                created_at="2026-11-24T13:00:00+01:00",
                subject="Re: Rechnung",
                case_version=3,
            ),
            message_document(72, body_text="dritte", created_at="2026-11-24T12:30:00Z"),
        ],
    )
    payload = page_document(
        numbered(
            [
                change("client", {"id": 1, "name": "Buchhalter Software AG"}),
                change("case", document),
                change("case_removed", {"id": 99}),
            ]
        ),
        cursor="18231",
        has_more=True,
        remaining=42,
    )

    page = parse_change_page(payload, expert_id=1)

    assert (page.cursor, page.has_more, page.remaining, page.server_time) == (
        "18231",
        True,
        42,
        EPOCH_NOON,
    )
    assert page.change_count == 3
    assert page.clients == [(1, "Buchhalter Software AG")]
    assert page.case_ids == [7]
    assert page.removed_case_ids == [99]
    row = _case_row(page.cases, 7)
    assert row == {
        "id": 7,
        "client_id": 1,
        "channel": "email",
        "subject": "Rechnung doppelt gebucht 7",
        "customer_name": "Jürgen Weber",
        "customer_contact": "j.weber@example.de",
        "language": "de",
        "topic": "billing",
        "status": "open",
        "priority": "high",
        "sla_due": EPOCH_NOON + 6 * 3600,
        "assigned_to_me": 1,
        "claim_expires_at": None,
        "version": 7,
        "created_at": EPOCH_NOON - 2 * 3600,
        "updated_at": EPOCH_NOON - 3600,
        # The newest message, whatever its position in the list.
        "last_message_at": EPOCH_NOON + 1800,
        "tags": "[]",
        "outcome": None,
    }
    messages = [dict(zip(MESSAGE_COLUMNS, row, strict=True)) for row in page.messages]
    assert [message["id"] for message in messages] == [70, 71, 72]
    assert messages[1] == {
        "id": 71,
        "case_id": 7,
        "direction": "out",
        "author": "Petra",
        "body_text": "zweite",
        "body_html": "<p>zweite</p>",
        "created_at": EPOCH_NOON,  # 13:00 at +01:00 is noon UTC
        "subject": "Re: Rechnung",
        "visibility": None,
        "call_outcome": None,
        "call_duration_seconds": None,
    }
    assert page.fts_rows == [
        (
            7,
            "Rechnung doppelt gebucht 7",
            "Jürgen Weber j.weber@example.de",
            "erste\nzweite\ndritte",
        )
    ]


def test_assigned_to_me_compares_with_the_syncing_expert() -> None:
    payload = page_document(
        numbered(
            [
                change("case", case_document(1, assigned_expert_id=1)),
                change("case", case_document(2, assigned_expert_id=None, status="offered")),
                change("case", case_document(3, assigned_expert_id=2)),
            ]
        )
    )

    mine = parse_change_page(payload, expert_id=1)
    trusting_the_hub = parse_change_page(payload)

    assert [_case_row(mine.cases, i)["assigned_to_me"] for i in (1, 2, 3)] == [1, 0, 0]
    assert [_case_row(trusting_the_hub.cases, i)["assigned_to_me"] for i in (1, 2, 3)] == [1, 0, 1]


def test_an_unclaimed_phone_case_comes_without_its_callback_number() -> None:
    document = case_document(5, channel="phone", customer_contact=None, status="offered")

    page = parse_change_page(page_document([change("case", document)]))

    assert _case_row(page.cases, 5)["customer_contact"] is None
    assert page.fts_rows[0][2] == "Jürgen Weber"


def test_the_last_change_of_a_case_within_a_page_wins() -> None:
    payload = page_document(
        numbered(
            [
                change("case", case_document(1, version=1)),
                change("case_removed", {"id": 1}),
                change("case_removed", {"id": 2}),
                change("case", case_document(2, version=3)),
                change("case", case_document(3, version=1)),
                change("case", case_document(3, version=2)),
            ]
        )
    )

    page = parse_change_page(payload)

    assert page.removed_case_ids == [1]
    assert sorted(page.case_ids) == [2, 3]
    assert _case_row(page.cases, 3)["version"] == 2
    assert len(page.cases) == len(page.fts_rows) == 2
    assert sorted(row[1] for row in page.messages) == [2, 3]


def test_tags_outcome_and_the_parts_of_an_experts_reply_are_kept() -> None:
    document = case_document(
        8,
        status="closed",
        outcome="escalated",
        tags=["vip", "rückruf", "vip"],
        messages=[
            message_document(80, direction="out", subject="Re: x", visibility="private"),
            message_document(
                81,
                direction="out",
                body_text="Notizen",
                call_log={"outcome": "voicemail", "duration_seconds": 42},
            ),
        ],
    )

    page = parse_change_page(page_document([change("case", document)]))

    row = _case_row(page.cases, 8)
    assert (row["tags"], row["outcome"]) == ('["rückruf","vip"]', "escalated")
    messages = [dict(zip(MESSAGE_COLUMNS, row, strict=True)) for row in page.messages]
    assert [
        (m["subject"], m["visibility"], m["call_outcome"], m["call_duration_seconds"])
        for m in messages
    ] == [("Re: x", "private", None, None), (None, None, "voicemail", 42)]


def test_a_hub_that_predates_tags_and_outcomes_sends_neither() -> None:
    document = case_document(9)
    del document["tags"], document["outcome"]

    row = _case_row(parse_change_page(page_document([change("case", document)])).cases, 9)

    assert (row["tags"], row["outcome"]) == ("[]", None)


def test_templates_and_their_removal_become_rows() -> None:
    payload = page_document(
        numbered(
            [
                change("template", template_document(1, channel=None)),
                change("template", template_document(2)),
                change("template_removed", {"id": 2}),
                change("template_removed", {"id": 3}),
                change("template", template_document(3, title="neu")),
            ]
        )
    )

    page = parse_change_page(payload)

    assert [dict(zip(TEMPLATE_COLUMNS, row, strict=True)) for row in page.templates] == [
        {
            "id": 1,
            "client_id": 1,
            "channel": None,
            "language": "de",
            "title": "Vorlage 1",
            "body": "Guten Tag {customer_name},\n\nViele Grüße\n{expert_name}",
            "updated_at": EPOCH_NOON,
        },
        {
            "id": 3,
            "client_id": 1,
            "channel": "email",
            "language": "de",
            "title": "neu",
            "body": "Guten Tag {customer_name},\n\nViele Grüße\n{expert_name}",
            "updated_at": EPOCH_NOON,
        },
    ]
    assert page.removed_template_ids == [2]
    assert page.change_count == 5


def test_an_empty_page_means_up_to_date() -> None:
    page = parse_change_page({"cursor": "5", "has_more": False, "changes": []})

    assert page.change_count == 0
    assert (page.remaining, page.server_time) == (None, None)
    assert page.cases == page.messages == page.fts_rows == []


def test_a_case_may_share_its_sequence_number_with_others_of_its_transaction() -> None:
    changes = [change("case", case_document(1), seq=5), change("case", case_document(2), seq=5)]

    assert len(parse_change_page(page_document(changes)).cases) == 2


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(payload: dict[str, Any]) -> None:
        target: Any = payload
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(payload: dict[str, Any]) -> None:
        target: Any = payload
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


CASE = ("changes", 1, "data")
MESSAGE = (*CASE, "messages", 0)

MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("cursor missing", _delete(("cursor",)), "'cursor': is missing"),
    ("cursor not text", _set(("cursor",), 18231), "'cursor': must be a string"),
    ("cursor empty", _set(("cursor",), ""), "'cursor': must not be empty"),
    ("cursor huge", _set(("cursor",), "9" * 201), "'cursor': must be at most 200"),
    ("has_more text", _set(("has_more",), "yes"), "'has_more': must be true or false"),
    ("remaining negative", _set(("remaining",), -1), "'remaining': must be a non-negative"),
    ("server_time naive", _set(("server_time",), "2026-11-24T12:00:00"), "UTC offset"),
    ("changes not a list", _set(("changes",), {"a": 1}), "'changes': must be a list"),
    ("change not an object", _set(("changes", 1), [1, 2]), "change 1: field 'change'"),
    ("unknown type", _set(("changes", 1, "type"), CANARY), "'type' must be one of case"),
    ("seq missing", _delete(("changes", 1, "seq")), "'seq' is missing"),
    ("seq going back", _set(("changes", 1, "seq"), 1), "'seq' must not be lower"),
    ("seq boolean", _set(("changes", 1, "seq"), True), "'seq' must be a positive integer"),
    ("data not an object", _set(("changes", 1, "data"), CANARY), "'data' must be a JSON object"),
    ("id zero", _set((*CASE, "id"), 0), "field 'id' must be a positive integer"),
    ("id text", _set((*CASE, "id"), "4711"), "field 'id' must be a positive integer"),
    ("id boolean", _set((*CASE, "id"), True), "field 'id' must be a positive integer"),
    ("client_id float", _set((*CASE, "client_id"), 1.0), "'client_id' must be a positive"),
    ("channel unknown", _set((*CASE, "channel"), CANARY), "'channel' must be one of chat, email"),
    ("status unknown", _set((*CASE, "status"), "archived"), "'status' must be one of closed"),
    ("priority missing", _delete((*CASE, "priority")), "'priority' is missing"),
    (
        "subject too long",
        _set((*CASE, "subject"), CANARY * 100),
        f"'subject' must be at most {MAX_SUBJECT_CHARS} characters",
    ),
    ("subject null", _set((*CASE, "subject"), None), "'subject' must be a string"),
    ("customer name number", _set((*CASE, "customer_name"), 5), "'customer_name' must be a str"),
    ("contact number", _set((*CASE, "customer_contact"), 5), "'customer_contact' must be a str"),
    ("language empty", _set((*CASE, "language"), ""), "'language' must not be empty"),
    ("topic number", _set((*CASE, "topic"), 3), "'topic' must be a string or null"),
    ("sla_due not a time", _set((*CASE, "sla_due"), CANARY), "'sla_due' must be an ISO 8601"),
    ("sla_due number", _set((*CASE, "sla_due"), 1795521600), "'sla_due' must be an ISO 8601"),
    ("created_at naive", _set((*CASE, "created_at"), "2026-11-24T10:00:00"), "UTC offset"),
    ("updated_at missing", _delete((*CASE, "updated_at")), "'updated_at' is missing"),
    ("assignee text", _set((*CASE, "assigned_expert_id"), "1"), "'assigned_expert_id' must be"),
    ("version zero", _set((*CASE, "version"), 0), "'version' must be a positive integer"),
    ("messages missing", _delete((*CASE, "messages")), "'messages' is missing"),
    ("messages object", _set((*CASE, "messages"), {}), "'messages' must be a list"),
    ("message not an object", _set(MESSAGE, CANARY), "'messages[0]' must be a JSON object"),
    ("message id", _set((*MESSAGE, "id"), -3), "'messages[0].id' must be a positive integer"),
    ("direction", _set((*MESSAGE, "direction"), "sideways"), "'messages[0].direction' must be"),
    (
        "body too long",
        _set((*MESSAGE, "body_text"), "x" * (MAX_BODY_CHARS + 1)),
        f"'messages[0].body_text' must be at most {MAX_BODY_CHARS}",
    ),
    ("html number", _set((*MESSAGE, "body_html"), 1), "'messages[0].body_html' must be a string"),
    ("message time", _set((*MESSAGE, "created_at"), "gestern"), "'messages[0].created_at'"),
    ("removed id", _set(("changes", 2, "data", "id"), None), "'id' must be a positive integer"),
    ("client name", _set(("changes", 0, "data", "name"), ["x"]), "'name' must be a string"),
    ("tags object", _set((*CASE, "tags"), {"a": 1}), "'tags' must be a list"),
    ("tag number", _set((*CASE, "tags"), ["ok", 5]), "'tags' must hold strings of 1 to 100"),
    ("tag empty", _set((*CASE, "tags"), [""]), "'tags' must hold strings"),
    ("tags many", _set((*CASE, "tags"), [f"t{n}" for n in range(101)]), "at most 100 tags"),
    ("outcome unknown", _set((*CASE, "outcome"), "happy"), "'outcome' must be null or one of"),
    ("case_version", _set((*MESSAGE, "case_version"), 0), "'messages[0].case_version' must"),
    ("reply subject", _set((*MESSAGE, "subject"), 3), "'messages[0].subject' must be a string"),
    ("visibility", _set((*MESSAGE, "visibility"), "secret"), "'messages[0].visibility' must be"),
    ("call log text", _set((*MESSAGE, "call_log"), "ok"), "'messages[0].call_log' must be a JSON"),
    (
        "call outcome",
        _set((*MESSAGE, "call_log"), {"outcome": "busy", "duration_seconds": 5}),
        "'messages[0].call_log.outcome' must be one of not_reached",
    ),
    (
        "call duration",
        _set((*MESSAGE, "call_log"), {"outcome": "reached", "duration_seconds": -1}),
        "'messages[0].call_log.duration_seconds' must be a whole number",
    ),
    (
        "call duration missing",
        _set((*MESSAGE, "call_log"), {"outcome": "reached"}),
        "'messages[0].call_log.duration_seconds' is missing",
    ),
    ("template title", _set(("changes", 3, "data", "title"), ""), "'title' must not be empty"),
    ("template channel", _set(("changes", 3, "data", "channel"), "fax"), "'channel' must be null"),
    ("template body", _set(("changes", 3, "data", "body"), None), "'body' must be a string"),
    ("template time", _set(("changes", 3, "data", "updated_at"), 5), "'updated_at' must be an ISO"),
    ("template client", _delete(("changes", 3, "data", "client_id")), "'client_id' is missing"),
    ("template removed", _set(("changes", 4, "data", "id"), "7"), "'id' must be a positive"),
]


def _good_payload() -> dict[str, Any]:
    return page_document(
        numbered(
            [
                change("client", {"id": 1, "name": "Buchhalter Software AG"}),
                change("case", case_document(4711)),
                change("case_removed", {"id": 12}),
                change("template", template_document(3)),
                change("template_removed", {"id": 4}),
            ],
            first_seq=10,
        )
    )


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [pytest.param(mutate, expected, id=name) for name, mutate, expected in MALFORMED],
)
def test_every_malformed_field_is_named_and_no_value_is_echoed(
    mutate: Callable[[dict[str, Any]], None], expected: str
) -> None:
    payload = _good_payload()
    mutate(payload)

    with pytest.raises(ProtocolError) as raised:
        parse_change_page(payload)

    message = str(raised.value)
    assert expected in message
    assert CANARY not in message
    assert "Jürgen" not in message


def test_errors_name_the_change_and_its_id() -> None:
    payload = _good_payload()
    payload["changes"][1]["data"]["channel"] = "fax"

    with pytest.raises(ProtocolError, match=r"change 1 \(case 4711\): field 'channel'"):
        parse_change_page(payload)


@pytest.mark.parametrize("payload", [None, [], "page", 5, True])
def test_a_page_that_is_not_an_object_is_rejected(payload: object) -> None:
    with pytest.raises(ProtocolError, match="not a JSON object"):
        parse_change_page(payload)


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"<html>502 Bad Gateway</html>", b'{"cursor": "1",', b"\xff\xfe"]
)
def test_undecodable_json_is_a_protocol_error(raw: bytes) -> None:
    with pytest.raises(ProtocolError, match="not valid JSON"):
        decode_change_page(raw)


def test_decoding_and_parsing_agree() -> None:
    payload = _good_payload()

    assert decode_change_page(orjson.dumps(payload)) == parse_change_page(payload)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)


# Every field of a page, a change, a case and a message of ``_good_payload``.
FIELD_PATHS: list[tuple[Any, ...]] = [
    ("cursor",),
    ("has_more",),
    ("changes",),
    ("changes", 1),
    ("changes", 1, "type"),
    ("changes", 1, "seq"),
    *[(*CASE, field) for field in case_document(1)],
    *[(*MESSAGE, field) for field in message_document(1)],
]


@settings(max_examples=300, deadline=None)
@given(path_choice=st.sampled_from(FIELD_PATHS), value=json_values)
def test_any_value_in_any_field_parses_or_raises_a_protocol_error(
    path_choice: tuple[Any, ...], value: Any
) -> None:
    payload = copy.deepcopy(_good_payload())
    _set(path_choice, value)(payload)

    try:
        page = parse_change_page(payload)
    except ProtocolError:
        return
    # Whatever got through must still be well-formed rows.
    assert all(len(row) == len(CASE_COLUMNS) for row in page.cases)
    assert all(type(row[0]) is int and row[0] > 0 for row in page.cases)


case_strategy = st.builds(
    lambda case_id, subject, name, sla, status, messages: case_document(
        case_id,
        subject=subject,
        customer_name=name,
        sla_due=sla,
        status=status,
        messages=[
            message_document(case_id * 1000 + index, body_text=text)
            for index, text in enumerate(messages)
        ],
    ),
    case_id=st.integers(min_value=1, max_value=2**53),
    subject=st.text(max_size=MAX_SUBJECT_CHARS),
    name=st.text(max_size=50),
    sla=st.none() | st.datetimes(timezones=st.just(UTC)).map(lambda moment: moment.isoformat()),
    status=st.sampled_from(["offered", "open", "waiting", "closed"]),
    messages=st.lists(st.text(max_size=200), max_size=4),
)


@settings(max_examples=100, deadline=None)
@given(document=case_strategy)
def test_valid_case_documents_keep_their_values(document: dict[str, Any]) -> None:
    page = parse_change_page(page_document([change("case", document)]))

    row = _case_row(page.cases, document["id"])
    assert row["subject"] == document["subject"]
    assert row["customer_name"] == document["customer_name"]
    assert row["status"] == document["status"]
    assert (row["sla_due"] is None) == (document["sla_due"] is None)
    assert [message[4] for message in page.messages] == [
        message["body_text"] for message in document["messages"]
    ]
    assert page.fts_rows[0][3] == "\n".join(m["body_text"] for m in document["messages"])
