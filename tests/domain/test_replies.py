"""Channel reply rules, mirrored from the hub, with problem codes instead of sentences."""

from __future__ import annotations

import pytest

from workstation.domain.models import CallOutcome, Channel, Visibility
from workstation.domain.personal_data import PersonalDataKind
from workstation.domain.replies import (
    MAX_TWEET_CHARS,
    CallLog,
    Problem,
    ProblemCode,
    ReplyContent,
    channel_rules,
    character_count,
    is_public,
    personal_data_in_public_reply,
    remaining_characters,
    validate_note,
    validate_reply,
)


def codes(channel: Channel, content: ReplyContent) -> list[ProblemCode]:
    return [problem.code for problem in validate_reply(channel, content)]


def test_a_tweet_may_have_exactly_280_characters_counted_as_code_points() -> None:
    # Emoji and umlauts count one each, as the hub counts them.
    tweet = "ä😀" * 140
    content = ReplyContent(body=tweet, visibility=Visibility.PUBLIC)

    assert character_count(tweet) == MAX_TWEET_CHARS
    assert remaining_characters(Channel.TWITTER, tweet) == 0
    assert validate_reply(Channel.TWITTER, content) == []
    too_long = ReplyContent(body=tweet + "!", visibility=Visibility.PUBLIC)
    assert validate_reply(Channel.TWITTER, too_long) == [
        Problem(ProblemCode.BODY_TOO_LONG, "body", limit=280, actual=281)
    ]


def test_twitter_and_facebook_need_a_visibility() -> None:
    assert codes(Channel.TWITTER, ReplyContent(body="Hallo")) == [ProblemCode.VISIBILITY_MISSING]
    assert codes(Channel.FACEBOOK, ReplyContent(body="Hallo")) == [ProblemCode.VISIBILITY_MISSING]
    assert codes(Channel.FORUM, ReplyContent(body="Hallo")) == []


def test_an_email_needs_a_subject() -> None:
    assert codes(Channel.EMAIL, ReplyContent(body="Hallo")) == [ProblemCode.SUBJECT_EMPTY]
    assert codes(Channel.EMAIL, ReplyContent(body="Hallo", subject="  ")) == [
        ProblemCode.SUBJECT_EMPTY
    ]
    assert codes(Channel.EMAIL, ReplyContent(body="Hallo", subject="x" * 501)) == [
        ProblemCode.SUBJECT_TOO_LONG
    ]
    assert codes(Channel.EMAIL, ReplyContent(body="Hallo", subject="Re: Rechnung")) == []


@pytest.mark.parametrize("body", ["", "   ", "\n\t"])
def test_white_space_alone_is_an_empty_reply(body: str) -> None:
    assert codes(Channel.CHAT, ReplyContent(body=body)) == [ProblemCode.BODY_EMPTY]
    assert [problem.code for problem in validate_note(body)] == [ProblemCode.BODY_EMPTY]


def test_a_phone_callback_is_a_call_log_not_text() -> None:
    assert codes(Channel.PHONE, ReplyContent(body="Hallo")) == [ProblemCode.CALL_LOG_MISSING]
    assert codes(Channel.PHONE, ReplyContent(call_log=CallLog(notes="x" * 20_001))) == [
        ProblemCode.CALL_OUTCOME_MISSING,
        ProblemCode.CALL_DURATION_INVALID,
        ProblemCode.CALL_NOTES_TOO_LONG,
    ]
    assert codes(
        Channel.PHONE, ReplyContent(call_log=CallLog(CallOutcome.REACHED, 86_401, ""))
    ) == [ProblemCode.CALL_DURATION_INVALID]
    assert codes(Channel.PHONE, ReplyContent(call_log=CallLog(CallOutcome.VOICEMAIL, 0))) == []


def test_an_active_dialogue_opening_needs_the_approach_decision() -> None:
    assert codes(Channel.SOCIAL_MENTION, ReplyContent(body="Hallo")) == [
        ProblemCode.APPROACH_MISSING
    ]
    assert codes(Channel.SOCIAL_MENTION, ReplyContent(body="Hallo", approach=True)) == []
    assert codes(Channel.SOCIAL_MENTION, ReplyContent(body="x" * 1001, approach=True)) == [
        ProblemCode.BODY_TOO_LONG
    ]


def test_the_composer_shape_per_channel() -> None:
    assert channel_rules(Channel.EMAIL).takes_subject
    assert channel_rules(Channel.TWITTER).max_body_chars == 280
    assert channel_rules(Channel.PHONE).takes_call_log
    assert not channel_rules(Channel.PHONE).takes_body
    assert channel_rules(Channel.SOCIAL_MENTION).needs_approach


@pytest.mark.parametrize(
    ("channel", "visibility", "public"),
    [
        (Channel.FORUM, None, True),
        (Channel.SOCIAL_MENTION, None, True),
        (Channel.FACEBOOK, Visibility.PUBLIC, True),
        (Channel.FACEBOOK, None, True),
        (Channel.FACEBOOK, Visibility.PRIVATE, False),
        (Channel.TWITTER, Visibility.PRIVATE, False),
        (Channel.EMAIL, None, False),
        (Channel.CHAT, None, False),
        (Channel.PHONE, None, False),
    ],
)
def test_which_replies_are_public(
    channel: Channel, visibility: Visibility | None, public: bool
) -> None:
    assert is_public(channel, visibility) is public


def test_personal_data_is_reported_only_for_public_replies() -> None:
    body = "Schreiben Sie mir an petra@example.de"

    public = personal_data_in_public_reply(Channel.FORUM, ReplyContent(body=body))
    direct = personal_data_in_public_reply(
        Channel.TWITTER, ReplyContent(body=body, visibility=Visibility.PRIVATE)
    )

    assert [finding.kind for finding in public] == [PersonalDataKind.EMAIL]
    assert direct == []
    assert personal_data_in_public_reply(Channel.EMAIL, ReplyContent(body=body)) == []
