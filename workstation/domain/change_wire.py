"""The fast path for a change page in the hub's usual shape: typed decoding with msgspec.

A first sync pushes every case document through the page decoder. Decoding the JSON into
dicts and checking each field in Python (``changes.parse_change_page``) cost about 20 ms
per 1,000 cases on the ``DbWorker``, the sync's busiest thread. msgspec decodes straight
from the bytes into the structs below and checks types, ranges and lengths in C on the
way; building the rows from them takes about half the time in all (docs/performance.md).

The structs hold the reference validator's rules or stricter ones: no field they do not
know, integers within SQLite's range, the values of each enumeration. Whatever they refuse
is not an error here: ``decode_usual_page`` returns None, and the reference validator
decides and names the problem. So both paths accept the same pages and produce the same
rows (``tests/domain/test_change_wire.py`` compares them on malformed input).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Final, Union

import msgspec
import orjson
from msgspec import UNSET, Meta, Struct, UnsetType

from workstation.domain.attachments import (
    MAX_ATTACHMENT_NAME_CHARS,
    MAX_ATTACHMENTS_PER_MESSAGE,
    MAX_MEDIA_TYPE_CHARS,
    AttachmentRow,
)
from workstation.domain.changes import (
    CALL_OUTCOMES,
    CHANGE_KINDS,
    CHANNELS,
    DIRECTIONS,
    MAX_BODY_CHARS,
    MAX_CALL_SECONDS,
    MAX_CONTACT_CHARS,
    MAX_CURSOR_CHARS,
    MAX_INTEGER,
    MAX_LANGUAGE_CHARS,
    MAX_MESSAGES_PER_CASE,
    MAX_NAME_CHARS,
    MAX_SUBJECT_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS_PER_CASE,
    MAX_TOPIC_CHARS,
    OUTCOMES,
    PRIORITIES,
    STATUSES,
    VISIBILITIES,
    CaseRow,
    ChangePage,
    FieldError,
    MessageRow,
    PageBuilder,
    epoch_seconds,
    search_row,
)

_Id = Annotated[int, Meta(ge=1, le=MAX_INTEGER)]
_Count = Annotated[int, Meta(ge=0, le=MAX_INTEGER)]
_Name = Annotated[str, Meta(max_length=MAX_NAME_CHARS)]
_Subject = Annotated[str, Meta(max_length=MAX_SUBJECT_CHARS)]
_Body = Annotated[str, Meta(max_length=MAX_BODY_CHARS)]
_Tag = Annotated[str, Meta(min_length=1, max_length=MAX_TAG_CHARS)]


class _Strict(Struct, forbid_unknown_fields=True, gc=False):
    """A field the structs do not know sends the page to the reference validator: msgspec
    would skip its value without checking it the way the reference decoder does."""


class _CallLog(_Strict):
    outcome: str
    duration_seconds: Annotated[int, Meta(ge=0, le=MAX_CALL_SECONDS)]


class _Attachment(_Strict):
    id: _Id
    name: Annotated[str, Meta(min_length=1, max_length=MAX_ATTACHMENT_NAME_CHARS)]
    media_type: Annotated[str, Meta(min_length=1, max_length=MAX_MEDIA_TYPE_CHARS)]
    size: _Count


class _Message(_Strict):
    id: _Id
    direction: str
    author: _Name
    body_text: _Body
    created_at: str
    body_html: _Body | None = None
    case_version: _Id | None = None
    subject: _Subject | None = None
    visibility: str | None = None
    call_log: _CallLog | None = None
    attachments: (
        Annotated[list[_Attachment], Meta(max_length=MAX_ATTACHMENTS_PER_MESSAGE)] | None
    ) = None


class _Case(_Strict):
    id: _Id
    client_id: _Id
    channel: str
    subject: _Subject
    customer_name: _Name
    language: Annotated[str, Meta(min_length=1, max_length=MAX_LANGUAGE_CHARS)]
    status: str
    priority: str
    version: _Id
    created_at: str
    updated_at: str
    messages: Annotated[list[_Message], Meta(max_length=MAX_MESSAGES_PER_CASE)]
    customer_contact: Annotated[str, Meta(max_length=MAX_CONTACT_CHARS)] | None = None
    topic: Annotated[str, Meta(max_length=MAX_TOPIC_CHARS)] | None = None
    sla_due: str | None = None
    assigned_expert_id: _Id | None = None
    claim_expires_at: str | None = None
    outcome: str | None = None
    # Absent from a hub that predates tags; null is malformed, hence not ``None``.
    tags: Annotated[list[_Tag], Meta(max_length=MAX_TAGS_PER_CASE)] | UnsetType = UNSET


class _Change(_Strict, tag_field="type"):
    seq: _Id


class _CaseChange(_Change, tag="case"):
    data: _Case


class _OtherChange(_Change):
    """A change of a kind that is rare in a page: its data is checked by the reference
    validator's own field checks (``PageBuilder.add``)."""

    data: dict[str, Any]


# One struct per rarer kind, told apart by the "type" tag (which msgspec requires).
_OTHER_CHANGES: Final = tuple(
    msgspec.defstruct(f"_Change_{kind}", [], bases=(_OtherChange,), tag=kind)
    for kind in CHANGE_KINDS
    if kind != "case"
)
if TYPE_CHECKING:
    _AnyChange = _CaseChange | _OtherChange
else:
    _AnyChange = Union[(_CaseChange, *_OTHER_CHANGES)]  # built at run time from the kinds


class _Page(_Strict):
    cursor: Annotated[str, Meta(min_length=1, max_length=MAX_CURSOR_CHARS)]
    has_more: bool
    changes: list[_AnyChange]
    remaining: _Count | None = None
    server_time: str | None = None


_DECODER: Final = msgspec.json.Decoder(_Page)


class _Unusual(Exception):
    """A value the structs let through but the reference validator would refuse."""


def decode_usual_page(raw: bytes, *, expert_id: int | None) -> ChangePage | None:
    """The page's rows, or None if the page is not in the usual shape (malformed or
    not): then ``parse_change_page`` is the one to judge it."""
    try:
        page = _DECODER.decode(raw)
        builder = PageBuilder(expert_id)
        times = _EpochSeconds()
        for change in page.changes:
            builder.check_seq(change.seq)
            if type(change) is _CaseChange:
                _add_case(builder, change.data, expert_id, times)
            else:
                assert isinstance(change, _OtherChange)
                builder.add(change.__struct_config__.tag, change.data)
        return builder.page(
            cursor=page.cursor,
            has_more=page.has_more,
            remaining=page.remaining,
            server_time=None if page.server_time is None else times[page.server_time],
            change_count=len(page.changes),
        )
    # ValueError: bytes that are not UTF-8, which msgspec reports as such.
    except (msgspec.DecodeError, ValueError, FieldError, _Unusual):
        return None


def _add_case(
    builder: PageBuilder, case: _Case, expert_id: int | None, times: _EpochSeconds
) -> None:
    case_id = case.id
    created_at = times[case.created_at]
    last_message_at = created_at
    messages: list[MessageRow] = []
    attachments: list[AttachmentRow] = []
    for message in case.messages:
        visibility = message.visibility
        if message.direction not in DIRECTIONS or (
            visibility is not None and visibility not in VISIBILITIES
        ):
            raise _Unusual
        call_log = message.call_log
        call_outcome = call_duration = None
        if call_log is not None:
            if call_log.outcome not in CALL_OUTCOMES:
                raise _Unusual
            call_outcome, call_duration = call_log.outcome, call_log.duration_seconds
        message_at = times[message.created_at]
        last_message_at = max(last_message_at, message_at)
        messages.append(
            (
                message.id,
                case_id,
                message.direction,
                message.author,
                message.body_text,
                message.body_html,
                message_at,
                message.subject,
                visibility,
                call_outcome,
                call_duration,
            )
        )
        if message.attachments:
            attachments.extend(
                (item.id, case_id, message.id, item.name, item.media_type, item.size)
                for item in message.attachments
            )
    outcome = case.outcome
    if (
        case.channel not in CHANNELS
        or case.status not in STATUSES
        or case.priority not in PRIORITIES
        or (outcome is not None and outcome not in OUTCOMES)
    ):
        raise _Unusual
    assigned = case.assigned_expert_id
    assigned_to_me = int(assigned is not None if expert_id is None else assigned == expert_id)
    tags = "[]" if case.tags is UNSET else orjson.dumps(sorted(set(case.tags))).decode()
    row: CaseRow = (
        case_id,
        case.client_id,
        case.channel,
        case.subject,
        case.customer_name,
        case.customer_contact,
        case.language,
        case.topic,
        case.status,
        case.priority,
        None if case.sla_due is None else times[case.sla_due],
        assigned_to_me,
        None if case.claim_expires_at is None else times[case.claim_expires_at],
        case.version,
        created_at,
        times[case.updated_at],
        last_message_at,
        tags,
        outcome,
    )
    builder.add_case((row, messages, search_row(row, messages)), attachments)


class _EpochSeconds(dict[str, int]):
    """Times of a page by their text: about half of a page's times occur more than once
    (a case's creation and its first message, say)."""

    def __missing__(self, value: str) -> int:
        # The reference validator's conversion, so both agree on every format.
        seconds = self[value] = epoch_seconds("", value)
        return seconds
