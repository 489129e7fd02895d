"""What a reply may look like on each channel, mirroring the hub's rules
(docs/sync-protocol.md, "reply" and "note").

Validation returns problem codes, never sentences: the UI translates them (``ProblemCode``
values are stable identifiers). Lengths count
Unicode code points, as the hub counts them, and text of only white space is empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from workstation.domain.models import CallOutcome, Channel, Visibility
from workstation.domain.personal_data import PersonalDataFinding, find_personal_data

MAX_LONG_TEXT_CHARS: Final = 100_000
MAX_SUBJECT_CHARS: Final = 500
MAX_FACEBOOK_CHARS: Final = 8_000
MAX_TWEET_CHARS: Final = 280
MAX_CHAT_CHARS: Final = 2_000
MAX_OPENING_CHARS: Final = 1_000
MAX_CALL_NOTES_CHARS: Final = 20_000
MAX_CALL_SECONDS: Final = 24 * 60 * 60
MAX_NOTE_CHARS: Final = 20_000


class ProblemCode(StrEnum):
    BODY_EMPTY = "body_empty"
    BODY_TOO_LONG = "body_too_long"
    SUBJECT_EMPTY = "subject_empty"
    SUBJECT_TOO_LONG = "subject_too_long"
    VISIBILITY_MISSING = "visibility_missing"
    APPROACH_MISSING = "approach_missing"
    CALL_LOG_MISSING = "call_log_missing"
    CALL_OUTCOME_MISSING = "call_outcome_missing"
    CALL_DURATION_INVALID = "call_duration_invalid"
    CALL_NOTES_TOO_LONG = "call_notes_too_long"
    TAG_INVALID = "tag_invalid"
    TAGS_EMPTY = "tags_empty"


@dataclass(frozen=True, slots=True)
class Problem:
    """``limit`` and ``actual`` are character counts (or seconds) where they apply."""

    code: ProblemCode
    field: str
    limit: int | None = None
    actual: int | None = None


@dataclass(frozen=True, slots=True)
class CallLog:
    outcome: CallOutcome | None = None
    duration_seconds: int | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ReplyContent:
    """What the composer holds. Fields the case's channel does not take are ignored."""

    body: str = ""
    subject: str | None = None
    visibility: Visibility | None = None
    call_log: CallLog | None = None
    approach: bool = False


@dataclass(frozen=True, slots=True)
class ChannelRules:
    """The shape of the composer on one channel."""

    channel: Channel
    takes_body: bool
    max_body_chars: int
    takes_subject: bool
    takes_visibility: bool
    takes_call_log: bool
    needs_approach: bool
    always_public: bool


_RULES: Final = {
    Channel.EMAIL: ChannelRules(
        Channel.EMAIL, True, MAX_LONG_TEXT_CHARS, True, False, False, False, False
    ),
    Channel.FORUM: ChannelRules(
        Channel.FORUM, True, MAX_LONG_TEXT_CHARS, False, False, False, False, True
    ),
    Channel.FACEBOOK: ChannelRules(
        Channel.FACEBOOK, True, MAX_FACEBOOK_CHARS, False, True, False, False, False
    ),
    Channel.TWITTER: ChannelRules(
        Channel.TWITTER, True, MAX_TWEET_CHARS, False, True, False, False, False
    ),
    Channel.CHAT: ChannelRules(
        Channel.CHAT, True, MAX_CHAT_CHARS, False, False, False, False, False
    ),
    # An opening message in someone else's social network thread is read by everyone there.
    Channel.SOCIAL_MENTION: ChannelRules(
        Channel.SOCIAL_MENTION, True, MAX_OPENING_CHARS, False, False, False, True, True
    ),
    Channel.PHONE: ChannelRules(
        Channel.PHONE, False, MAX_CALL_NOTES_CHARS, False, False, True, False, False
    ),
}


def channel_rules(channel: Channel) -> ChannelRules:
    return _RULES[channel]


def character_count(text: str) -> int:
    """Characters as the hub counts them (code points), e.g. for the X/Twitter counter."""
    return len(text)


def remaining_characters(channel: Channel, body: str) -> int:
    """How many characters the body may still grow by (negative when it is too long)."""
    return channel_rules(channel).max_body_chars - character_count(body)


def is_public(channel: Channel, visibility: Visibility | None) -> bool:
    """Whether a reply would be readable by anyone. Facebook and X replies are public
    unless the expert chose a private message; until they choose, assume public."""
    rules = channel_rules(channel)
    if rules.always_public:
        return True
    if rules.takes_visibility:
        return visibility is not Visibility.PRIVATE
    return False


def personal_data_in_public_reply(
    channel: Channel, content: ReplyContent
) -> list[PersonalDataFinding]:
    """Personal data in the body of a reply that would be public; empty when the reply is
    private (e-mail, chat, phone, direct messages)."""
    if not is_public(channel, content.visibility):
        return []
    return find_personal_data(content.body)


def validate_reply(channel: Channel, content: ReplyContent) -> list[Problem]:
    """Every reason the hub would refuse this reply as ``invalid_payload``; empty if none."""
    rules = channel_rules(channel)
    problems: list[Problem] = []
    if rules.takes_call_log:
        problems.extend(_call_log_problems(content.call_log))
        return problems
    problems.extend(_text_problems(content.body, "body", rules.max_body_chars, _BODY_CODES))
    if rules.takes_subject:
        problems.extend(
            _text_problems(content.subject or "", "subject", MAX_SUBJECT_CHARS, _SUBJECT_CODES)
        )
    if rules.takes_visibility and content.visibility is None:
        problems.append(Problem(ProblemCode.VISIBILITY_MISSING, "visibility"))
    if rules.needs_approach and not content.approach:
        problems.append(Problem(ProblemCode.APPROACH_MISSING, "approach"))
    return problems


def validate_note(body: str) -> list[Problem]:
    return _text_problems(body, "body", MAX_NOTE_CHARS, _BODY_CODES)


_BODY_CODES: Final = (ProblemCode.BODY_EMPTY, ProblemCode.BODY_TOO_LONG)
_SUBJECT_CODES: Final = (ProblemCode.SUBJECT_EMPTY, ProblemCode.SUBJECT_TOO_LONG)


def _text_problems(
    text: str, field: str, limit: int, codes: tuple[ProblemCode, ProblemCode]
) -> list[Problem]:
    empty, too_long = codes
    if not text.strip():
        return [Problem(empty, field)]
    count = character_count(text)
    if count > limit:
        return [Problem(too_long, field, limit=limit, actual=count)]
    return []


def _call_log_problems(call_log: CallLog | None) -> list[Problem]:
    if call_log is None:
        return [Problem(ProblemCode.CALL_LOG_MISSING, "call_log")]
    problems: list[Problem] = []
    if call_log.outcome is None:
        problems.append(Problem(ProblemCode.CALL_OUTCOME_MISSING, "call_log.outcome"))
    duration = call_log.duration_seconds
    if duration is None or not 0 <= duration <= MAX_CALL_SECONDS:
        problems.append(
            Problem(
                ProblemCode.CALL_DURATION_INVALID,
                "call_log.duration_seconds",
                limit=MAX_CALL_SECONDS,
                actual=duration,
            )
        )
    notes = character_count(call_log.notes)
    if notes > MAX_CALL_NOTES_CHARS:
        problems.append(
            Problem(
                ProblemCode.CALL_NOTES_TOO_LONG,
                "call_log.notes",
                limit=MAX_CALL_NOTES_CHARS,
                actual=notes,
            )
        )
    return problems
