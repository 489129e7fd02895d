"""What a reply looks like on each channel (the channel table of docs/sync-protocol.md)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hub.cases import CallLog
from hub.mutations.payload import (
    invalid,
    optional_bool,
    require_choice,
    require_int,
    require_object,
    require_only,
    require_text,
)
from hub.schema import CALL_OUTCOMES, VISIBILITIES

MAX_LONG_TEXT_CHARS = 100_000
MAX_SUBJECT_CHARS = 500
MAX_FACEBOOK_CHARS = 8_000
MAX_TWEET_CHARS = 280
MAX_CHAT_CHARS = 2_000
MAX_OPENING_CHARS = 1_000
MAX_CALL_NOTES_CHARS = 20_000
MAX_CALL_SECONDS = 24 * 60 * 60

_COMMON = ("case_id", "based_on_version")


@dataclass(frozen=True, slots=True)
class ReplyContent:
    body_text: str
    subject: str | None = None
    visibility: str | None = None
    call_log: CallLog | None = None
    approach: bool | None = None


def parse_reply(channel: str, payload: Mapping[str, Any]) -> ReplyContent:
    """The reply's content if it fits the channel, else ``Rejected(invalid_payload)``."""
    if channel == "phone":
        if "body" in payload:
            raise invalid(
                "A phone case takes no text reply: log the call with 'call_log' "
                "(outcome, duration_seconds, notes)."
            )
    elif "call_log" in payload:
        raise invalid(f"Only phone cases take a call log; a {channel} reply needs a 'body'.")
    return _PARSERS[channel](payload)


def _fields(payload: Mapping[str, Any], channel: str, *fields: str) -> None:
    require_only(payload, (*_COMMON, *fields), f"a reply on a {channel} case")


def _email(payload: Mapping[str, Any]) -> ReplyContent:
    _fields(payload, "email", "subject", "body")
    # One line: the subject becomes a mail header, where a line break would inject others.
    subject = require_text(
        payload, "subject", min_chars=1, max_chars=MAX_SUBJECT_CHARS, single_line=True
    )
    body = require_text(payload, "body", min_chars=1, max_chars=MAX_LONG_TEXT_CHARS)
    return ReplyContent(body_text=body, subject=subject)


def _forum(payload: Mapping[str, Any]) -> ReplyContent:
    _fields(payload, "forum", "body")
    return ReplyContent(
        body_text=require_text(payload, "body", min_chars=1, max_chars=MAX_LONG_TEXT_CHARS)
    )


def _facebook(payload: Mapping[str, Any]) -> ReplyContent:
    _fields(payload, "facebook", "body", "visibility")
    body = require_text(payload, "body", min_chars=1, max_chars=MAX_FACEBOOK_CHARS)
    return ReplyContent(
        body_text=body, visibility=require_choice(payload, "visibility", VISIBILITIES)
    )


def _twitter(payload: Mapping[str, Any]) -> ReplyContent:
    _fields(payload, "twitter", "body", "visibility")
    body = require_text(payload, "body", min_chars=1, max_chars=MAX_TWEET_CHARS)
    return ReplyContent(
        body_text=body, visibility=require_choice(payload, "visibility", VISIBILITIES)
    )


def _chat(payload: Mapping[str, Any]) -> ReplyContent:
    _fields(payload, "chat", "body")
    return ReplyContent(
        body_text=require_text(payload, "body", min_chars=1, max_chars=MAX_CHAT_CHARS)
    )


def _social_mention(payload: Mapping[str, Any]) -> ReplyContent:
    _fields(payload, "social_mention", "body", "approach")
    body = require_text(payload, "body", min_chars=1, max_chars=MAX_OPENING_CHARS)
    return ReplyContent(body_text=body, approach=optional_bool(payload, "approach"))


def _phone(payload: Mapping[str, Any]) -> ReplyContent:
    _fields(payload, "phone", "call_log")
    call = require_object(payload, "call_log")
    require_only(call, ("outcome", "duration_seconds", "notes"), "a call log")
    outcome = require_choice(call, "outcome", CALL_OUTCOMES)
    duration = require_int(call, "duration_seconds", minimum=0, maximum=MAX_CALL_SECONDS)
    notes = require_text(call, "notes", min_chars=0, max_chars=MAX_CALL_NOTES_CHARS)
    return ReplyContent(
        body_text=notes, call_log=CallLog(outcome=outcome, duration_seconds=duration)
    )


_PARSERS: Mapping[str, Callable[[Mapping[str, Any]], ReplyContent]] = {
    "email": _email,
    "forum": _forum,
    "facebook": _facebook,
    "twitter": _twitter,
    "chat": _chat,
    "social_mention": _social_mention,
    "phone": _phone,
}
