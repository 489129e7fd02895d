"""The typed fast path for change pages agrees with the reference validator.

``decode_change_page`` tries ``change_wire`` first and falls back to
``parse_change_page`` for anything the structs refuse. These tests hold the two to the
same result: the same rows for every page the fast path takes, and the reference
validator's own error for every page it does not.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.domain.documents import (
    case_document,
    change,
    message_document,
    numbered,
    page_document,
    template_document,
)
from tests.domain.test_changes import (
    CASE,
    FIELD_PATHS,
    MALFORMED,
    MESSAGE,
    _good_payload,
    _set,
    json_values,
)
from tests.earnings.builders import ledger_change
from tests.tracking.test_window_changes import window
from workstation.domain.change_wire import decode_usual_page
from workstation.domain.changes import (
    ChangePage,
    ProtocolError,
    decode_change_page,
    parse_change_page,
)

EXPERT_ID = 1


def _usual_payload() -> dict[str, Any]:
    """A page with every part a first sync meets: cases with replies, call logs,
    attachments and tags, offers, removals, a case changed twice, and the rarer kinds."""
    reply = message_document(
        41,
        direction="out",
        author="Petra Schneider",
        body_html="<p>Guten Tag</p>",
        subject="Re: Rechnung",
        visibility="private",
        created_at="2026-11-24T13:00:00+01:00",
        attachments=[
            {"id": 5, "name": "Rechnung.pdf", "media_type": "application/pdf", "size": 593}
        ],
    )
    call = message_document(
        42, direction="note", call_log={"outcome": "reached", "duration_seconds": 95}
    )
    return page_document(
        numbered(
            [
                change("client", {"id": 1, "name": "Buchhalter Software AG"}),
                change("case", case_document(4, messages=[message_document(40), reply, call])),
                change("case", case_document(5, tags=["rechnung", "mahnung", "rechnung"])),
                change(
                    "case",
                    case_document(
                        6,
                        channel="phone",
                        status="offered",
                        assigned_expert_id=None,
                        customer_contact=None,
                        sla_due=None,
                        topic=None,
                        messages=[],
                    ),
                ),
                change("case", case_document(7, outcome="solved", status="closed")),
                change("case_removed", {"id": 5}),
                change(
                    "case",
                    case_document(
                        4, version=8, subject="Neu", messages=[message_document(40), reply, call]
                    ),
                ),
                change("case", {k: v for k, v in case_document(8).items() if k != "tags"}),
                change("template", template_document(3)),
                change("template_removed", {"id": 2}),
                change("window", window()),
                change("window_removed", {"id": 9}),
                ledger_change(11, 1250, 1795521600),
            ],
            first_seq=10,
        ),
        has_more=True,
        remaining=1234,
    )


def _reference(payload: object) -> ChangePage | str:
    try:
        return parse_change_page(payload, expert_id=EXPERT_ID)
    except ProtocolError as error:
        return str(error)


def _decoded(raw: bytes) -> ChangePage | str:
    try:
        return decode_change_page(raw, expert_id=EXPERT_ID)
    except ProtocolError as error:
        return str(error)


def test_the_usual_page_takes_the_fast_path_with_the_reference_rows() -> None:
    payload = _usual_payload()
    raw = orjson.dumps(payload)

    fast = decode_usual_page(raw, expert_id=EXPERT_ID)

    assert fast is not None
    assert fast == parse_change_page(payload, expert_id=EXPERT_ID)
    assert fast.case_ids == [6, 7, 4, 8]
    assert fast.removed_case_ids == [5]
    assert len(fast.attachments) == 1
    assert len(fast.ledger_entries) == 1


def test_a_page_without_an_expert_counts_every_assigned_case_as_own() -> None:
    raw = orjson.dumps(_usual_payload())

    fast = decode_usual_page(raw, expert_id=None)

    assert fast == parse_change_page(orjson.loads(raw))


@pytest.mark.parametrize(
    "mutate",
    [pytest.param(mutate, id=name) for name, mutate, _expected in MALFORMED],
)
def test_a_malformed_page_gets_the_reference_validators_error(
    mutate: Callable[[dict[str, Any]], None],
) -> None:
    payload = _good_payload()
    mutate(payload)
    raw = orjson.dumps(payload)

    assert decode_usual_page(raw, expert_id=EXPERT_ID) is None
    reference = _reference(payload)
    assert isinstance(reference, str)
    assert _decoded(raw) == reference


UNUSUAL_BUT_VALID: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("field the structs do not know", lambda p: p["changes"][1]["data"].update(extra=1)),
    ("unknown message field", lambda p: p["changes"][1]["data"]["messages"][0].update(x=[1])),
    ("unknown page field", lambda p: p.update(server_region="eu")),
    ("unknown change field", lambda p: p["changes"][1].update(note="x")),
]


@pytest.mark.parametrize(
    "mutate", [pytest.param(mutate, id=name) for name, mutate in UNUSUAL_BUT_VALID]
)
def test_an_unusual_but_valid_page_is_decoded_by_the_reference_validator(
    mutate: Callable[[dict[str, Any]], None],
) -> None:
    payload = _usual_payload()
    mutate(payload)
    raw = orjson.dumps(payload)

    assert decode_usual_page(raw, expert_id=EXPERT_ID) is None
    assert decode_change_page(raw, expert_id=EXPERT_ID) == _reference(payload)


@pytest.mark.parametrize(
    "written", ["2026-11-24T10:00Z", "20261124T110000Z", "2026-11-24 11:00:00.5+01:00"]
)
def test_times_in_any_form_the_reference_reads_are_read_alike(written: str) -> None:
    payload = _usual_payload()
    payload["changes"][1]["data"]["created_at"] = written
    raw = orjson.dumps(payload)

    assert decode_usual_page(raw, expert_id=EXPERT_ID) == _reference(payload)


def _case_field(field: str, text: str) -> bytes:
    """The usual page with the raw JSON ``text`` as the first case's ``field``."""
    payload = _usual_payload()
    payload["changes"][1]["data"][field] = "PLACEHOLDER"
    return orjson.dumps(payload).replace(b'"PLACEHOLDER"', text.encode())


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (_case_field("created_at", '"2026-11-24T10:00:00z"'), "msgspec reads a lowercase z"),
        (
            _case_field("updated_at", '"2026-11-24T10:59:59.9999999Z"'),
            "msgspec would round 7 digits up to the next second",
        ),
        (_case_field("id", str(2**63)), "beyond SQLite's integers"),
        (_case_field("client_id", str(2**64)), "orjson reads it as a float"),
        (_case_field("topic", "1e999"), "out of range for a float"),
        (_case_field("tags", "null"), "null is not the absence of tags"),
        (_case_field("extra", '"\\ud800"'), "a lone surrogate"),
        (_case_field("extra", "1e999"), "msgspec skips unknown values unchecked"),
        (_case_field("id", '4, "id": 0'), "a repeated key: the last one counts"),
        (orjson.dumps(_usual_payload()).replace(b"Buchhalter", b"Buch\xffhalter"), "not UTF-8"),
        (b"\xef\xbb\xbf" + orjson.dumps(_usual_payload()), "a byte order mark"),
    ],
)
def test_where_msgspec_and_the_reference_decoder_differ_the_reference_decides(
    raw: bytes, why: str
) -> None:
    try:
        payload: object = orjson.loads(raw)
    except orjson.JSONDecodeError:
        with pytest.raises(ProtocolError, match="not valid JSON"):
            decode_change_page(raw, expert_id=EXPERT_ID)
        return
    assert _decoded(raw) == _reference(payload), why


@settings(max_examples=300, deadline=None)
@given(
    path=st.sampled_from(
        [
            *FIELD_PATHS,
            ("remaining",),
            ("server_time",),
            ("changes", 1, "data"),
            (*MESSAGE, "attachments"),
            (*CASE, "messages", 1, "attachments", 0, "size"),
            (*CASE, "messages", 2, "call_log", "duration_seconds"),
            ("changes", 10, "data", "capacity"),
            ("changes", 12, "data", "amount_cents"),
        ]
    ),
    value=json_values,
)
def test_any_value_in_any_field_gets_the_reference_result(
    path: tuple[Any, ...], value: Any
) -> None:
    payload = copy.deepcopy(_usual_payload())
    _set(path, value)(payload)
    try:
        raw = orjson.dumps(payload)
    except orjson.JSONEncodeError:
        assume(False)  # an integer JSON can hold but orjson cannot write
        raise

    assert _decoded(raw) == _reference(orjson.loads(raw))
