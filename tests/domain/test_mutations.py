"""Mutation constructors: payloads exactly as the hub takes them, ids fixed at creation."""

from __future__ import annotations

import itertools
import uuid

import pytest

from workstation.domain import mutations
from workstation.domain.models import CallOutcome, CaseOutcome, Channel, Visibility
from workstation.domain.mutations import InvalidMutation, MutationType
from workstation.domain.replies import CallLog, ProblemCode, ReplyContent

NOW = 1_795_521_600.7  # 2026-11-24T12:00:00.7Z


def test_each_constructor_makes_the_hubs_payload() -> None:
    assert mutations.claim(7, now=NOW).payload == {"case_id": 7}
    assert mutations.release(7, now=NOW).payload == {"case_id": 7}
    assert mutations.renew_claim(7, now=NOW).type is MutationType.RENEW_CLAIM
    assert mutations.close(7, CaseOutcome.ESCALATED, now=NOW).payload == {
        "case_id": 7,
        "outcome": "escalated",
    }
    assert mutations.note(7, "intern", now=NOW).payload == {"case_id": 7, "body": "intern"}
    assert mutations.tag(7, add=[" vip ", "vip", "rückruf"], remove=["alt"], now=NOW).payload == {
        "case_id": 7,
        "add": ["rückruf", "vip"],
        "remove": ["alt"],
    }


@pytest.mark.parametrize(
    ("channel", "content", "fields"),
    [
        (Channel.EMAIL, ReplyContent(body="Hallo", subject="Re: x", visibility=Visibility.PUBLIC),
         {"body": "Hallo", "subject": "Re: x"}),
        (Channel.FORUM, ReplyContent(body="Hallo", subject="ignored"), {"body": "Hallo"}),
        (Channel.CHAT, ReplyContent(body="Hallo"), {"body": "Hallo"}),
        (Channel.TWITTER, ReplyContent(body="Hallo", visibility=Visibility.PRIVATE),
         {"body": "Hallo", "visibility": "private"}),
        (Channel.FACEBOOK, ReplyContent(body="Hallo", visibility=Visibility.PUBLIC),
         {"body": "Hallo", "visibility": "public"}),
        (Channel.SOCIAL_MENTION, ReplyContent(body="Hallo", approach=True),
         {"body": "Hallo", "approach": True}),
        (Channel.PHONE,
         ReplyContent(body="ignored", call_log=CallLog(CallOutcome.REACHED, 95, "Erreicht")),
         {"call_log": {"outcome": "reached", "duration_seconds": 95, "notes": "Erreicht"}}),
    ],
)  # fmt: skip
def test_a_reply_carries_exactly_its_channels_fields(
    channel: Channel, content: ReplyContent, fields: dict[str, object]
) -> None:
    mutation = mutations.reply(4711, channel=channel, based_on_version=7, content=content, now=NOW)

    assert mutation.payload == {"case_id": 4711, "based_on_version": 7, **fields}
    assert mutations.reply_content_of(mutation.payload).body in ("Hallo", "")


def test_invalid_input_raises_with_the_problem_codes() -> None:
    with pytest.raises(InvalidMutation) as raised:
        mutations.reply(
            1, channel=Channel.TWITTER, based_on_version=1, content=ReplyContent(), now=NOW
        )
    assert [problem.code for problem in raised.value.problems] == [
        ProblemCode.BODY_EMPTY,
        ProblemCode.VISIBILITY_MISSING,
    ]
    with pytest.raises(InvalidMutation, match="tags_empty"):
        mutations.tag(1, add=[], now=NOW)
    with pytest.raises(InvalidMutation, match="tag_invalid"):
        mutations.tag(1, add=["zwei\nzeilen"], now=NOW)
    with pytest.raises(InvalidMutation, match="tag_invalid"):
        mutations.tag(1, add=["x" * 41], now=NOW)
    with pytest.raises(ValueError, match="positive case id"):
        mutations.claim(0, now=NOW)


def test_the_wire_form_has_the_id_type_payload_and_an_iso_time() -> None:
    mutation = mutations.claim(7, now=NOW)

    assert uuid.UUID(mutation.id).version == 4
    assert mutation.to_wire() == {
        "id": mutation.id,
        "type": "claim",
        "payload": {"case_id": 7},
        "created_at": "2026-11-24T12:00:00Z",
    }


def test_a_reissued_reply_has_a_new_id_and_the_reviewed_version() -> None:
    numbers = itertools.count(1)

    def ids() -> str:
        return f"id-{next(numbers)}"

    original = mutations.reply(
        9,
        channel=Channel.CHAT,
        based_on_version=3,
        content=ReplyContent(body="Hallo"),
        now=NOW,
        new_id=ids,
    )
    again = mutations.reissued(original, based_on_version=5, now=NOW + 60, new_id=ids)

    assert (original.id, again.id) == ("id-1", "id-2")
    assert again.payload == {"case_id": 9, "based_on_version": 5, "body": "Hallo"}
    assert original.payload["based_on_version"] == 3
    assert again.created_at == int(NOW) + 60
