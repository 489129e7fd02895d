"""Validation of one ``GET /sync/changes`` page into row tuples ready for the cache.

The parser is deliberately hand-written instead of model-based: a first sync pushes
hundreds of thousands of case documents through it, so each field is checked with a
plain type test and each row becomes a tuple that ``executemany`` takes as it is.

Every error message names the change and the field that is wrong but never repeats the
offending value, because values are customer data.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, TypeVar

import orjson

from workstation.domain.attachments import (
    AttachmentFormatError,
    AttachmentRow,
    parse_attachment_rows,
)
from workstation.domain.models import (
    CallOutcome,
    CaseOutcome,
    CaseStatus,
    Channel,
    Direction,
    Priority,
    Visibility,
)

MAX_CURSOR_CHARS: Final = 200
MAX_NAME_CHARS: Final = 300
MAX_CONTACT_CHARS: Final = 500
MAX_SUBJECT_CHARS: Final = 1000
MAX_LANGUAGE_CHARS: Final = 35
MAX_TOPIC_CHARS: Final = 100
MAX_BODY_CHARS: Final = 1024 * 1024
MAX_MESSAGES_PER_CASE: Final = 10_000
# Generous caps above the hub's own limits (40 characters, 20 tags): they guard against
# absurd data without turning a future hub relaxation into a protocol error.
MAX_TAG_CHARS: Final = 100
MAX_TAGS_PER_CASE: Final = 100
MAX_CALL_SECONDS: Final = 7 * 24 * 60 * 60
# SQLite's largest integer: a bigger id or amount could not be stored.
MAX_INTEGER: Final = 2**63 - 1

# Column order of the row tuples below; the cache builds its SQL from these names.
CLIENT_COLUMNS: Final = ("id", "name")
CASE_COLUMNS: Final = (
    "id",
    "client_id",
    "channel",
    "subject",
    "customer_name",
    "customer_contact",
    "language",
    "topic",
    "status",
    "priority",
    "sla_due",
    "assigned_to_me",
    "claim_expires_at",
    "version",
    "created_at",
    "updated_at",
    "last_message_at",
    "tags",
    "outcome",
)
MESSAGE_COLUMNS: Final = (
    "id",
    "case_id",
    "direction",
    "author",
    "body_text",
    "body_html",
    "created_at",
    "subject",
    "visibility",
    "call_outcome",
    "call_duration_seconds",
)
TEMPLATE_COLUMNS: Final = ("id", "client_id", "channel", "language", "title", "body", "updated_at")
FTS_COLUMNS: Final = ("rowid", "subject", "customer", "body")
WINDOW_COLUMNS: Final = (
    "id",
    "client_id",
    "starts_at",
    "ends_at",
    "hourly_rate_cents",
    "capacity",
    "seats_left",
    "cutoff_minutes",
    "required_skills",
    "booked",
)
TIME_ENTRY_COLUMNS: Final = (
    "id",
    "kind",
    "location",
    "starts_at",
    "ends_at",
    "cases",
    "status",
    "unpaid_seconds",
    "hub_version",
)
MAX_ENTRY_ID_CHARS: Final = 100
MAX_CASES_PER_ENTRY: Final = 1000
MAX_SKILLS_PER_WINDOW: Final = 50
MAX_SKILL_CHARS: Final = 100

ClientRow = tuple[int, str]
# ``tags`` is stored as a JSON array (text), sorted like the hub sends it.
CaseRow = tuple[
    int, int, str, str, str, str | None, str, str | None, str, str,
    int | None, int, int | None, int, int, int, int, str, str | None,
]  # fmt: skip
MessageRow = tuple[int, int, str, str, str, str | None, int, str | None, str | None, str | None,
                   int | None]  # fmt: skip
TemplateRow = tuple[int, int, str | None, str, str, str, int]
FtsRow = tuple[int, str, str, str]
# ``required_skills`` is a JSON array of {"kind", "value"} objects; ``booked`` is 0 or 1.
WindowRow = tuple[int, int, int, int, int, int, int, int, str, int]
# ``cases`` is a JSON array of [case id, seconds] pairs.
TimeEntryRow = tuple[str, str, str, int, int, str, str, int, int]
# Earnings rows, in the column order of the cache tables of the same names.
LedgerRow = tuple[Any, ...]
StatementRow = tuple[Any, ...]
ContributionRow = tuple[Any, ...]
RateCardRow = tuple[int, str, str]

CHANNELS: Final = frozenset(member.value for member in Channel)
STATUSES: Final = frozenset(member.value for member in CaseStatus)
PRIORITIES: Final = frozenset(member.value for member in Priority)
DIRECTIONS: Final = frozenset(member.value for member in Direction)
OUTCOMES: Final = frozenset(member.value for member in CaseOutcome)
VISIBILITIES: Final = frozenset(member.value for member in Visibility)
CALL_OUTCOMES: Final = frozenset(member.value for member in CallOutcome)
CHANGE_KINDS: Final = (
    "case",
    "case_removed",
    "client",
    "template",
    "template_removed",
    "window",
    "window_removed",
    "time_entry",
    "ledger_entry",
    "statement",
    "contribution",
    "rate_card",
)
_MISSING: Final = object()
_Key = TypeVar("_Key")
_Row = TypeVar("_Row")


class ProtocolError(Exception):
    """The hub's answer does not follow the sync protocol."""


@dataclass(frozen=True, slots=True)
class ChangePage:
    """One validated page. Case, message and search rows cover exactly ``case_ids``; a
    case both changed and removed within the page ends up where its last change put it."""

    cursor: str
    has_more: bool
    remaining: int | None
    server_time: int | None
    change_count: int
    clients: list[ClientRow]
    cases: list[CaseRow]
    messages: list[MessageRow]
    fts_rows: list[FtsRow]
    case_ids: list[int]
    removed_case_ids: list[int]
    templates: list[TemplateRow] = dataclasses.field(default_factory=list)
    removed_template_ids: list[int] = dataclasses.field(default_factory=list)
    windows: list[WindowRow] = dataclasses.field(default_factory=list)
    removed_window_ids: list[int] = dataclasses.field(default_factory=list)
    time_entries: list[TimeEntryRow] = dataclasses.field(default_factory=list)
    # Attachment rows cover exactly ``case_ids`` (like messages); client policies are
    # (client id, retention days or None) for every client change of the page.
    attachments: list[AttachmentRow] = dataclasses.field(default_factory=list)
    client_policies: list[tuple[int, int | None]] = dataclasses.field(default_factory=list)
    ledger_entries: list[LedgerRow] = dataclasses.field(default_factory=list)
    statements: list[StatementRow] = dataclasses.field(default_factory=list)
    contributions: list[ContributionRow] = dataclasses.field(default_factory=list)
    rate_cards: list[RateCardRow] = dataclasses.field(default_factory=list)


class FieldError(Exception):
    """Raised by the field checks; the page loop adds which change it happened in."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(field, problem)
        self.field = field
        self.problem = problem


def decode_change_page(raw: bytes, *, expert_id: int | None = None) -> ChangePage:
    """Decode a raw JSON answer and validate it; meant to run off the event loop.

    A page in the hub's usual shape takes the typed fast path (``change_wire``); anything
    else, malformed or merely unusual, goes through ``parse_change_page``, which decides
    and names what is wrong.
    """
    # Imported here: msgspec is needed with the first page, not before the first paint.
    from workstation.domain import change_wire

    page = change_wire.decode_usual_page(raw, expert_id=expert_id)
    if page is not None:
        return page
    try:
        payload = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise ProtocolError(
            f"The hub's change page is not valid JSON (at byte {error.pos})."
        ) from None
    return parse_change_page(payload, expert_id=expert_id)


def parse_change_page(payload: object, *, expert_id: int | None = None) -> ChangePage:
    """Validate a decoded change page: the reference validator, with an error message that
    names the change and field for anything malformed.

    ``expert_id`` is the syncing expert, used to tell their own cases from offers. Without
    it, every assigned case counts as the expert's own, which is what the hub's visibility
    rule guarantees (an expert sees no case assigned to someone else).
    """
    if not isinstance(payload, dict):
        raise ProtocolError("The hub's change page is not a JSON object.")
    try:
        cursor = _text(payload, "cursor", MAX_CURSOR_CHARS, allow_empty=False)
        has_more = _bool(payload, "has_more")
        remaining = _optional_count(payload, "remaining")
        server_time = _optional_time(payload, "server_time")
    except FieldError as error:
        raise ProtocolError(
            f"The hub's change page has a bad field '{error.field}': {error.problem}."
        ) from None
    changes = payload.get("changes", _MISSING)
    if not isinstance(changes, list):
        raise ProtocolError("The hub's change page has a bad field 'changes': must be a list.")

    builder = PageBuilder(expert_id)
    for index, change in enumerate(changes):
        kind: object = None
        try:
            if not isinstance(change, dict):
                raise FieldError("change", "must be a JSON object")
            kind = change.get("type")
            builder.check_seq(_positive_int(change, "seq"))
            data = change.get("data")
            if not isinstance(data, dict):
                raise FieldError("data", "must be a JSON object")
            builder.add(kind, data)
        except FieldError as error:
            raise ProtocolError(_describe(index, kind, change, error)) from None
    return builder.page(
        cursor=cursor,
        has_more=has_more,
        remaining=remaining,
        server_time=server_time,
        change_count=len(changes),
    )


class PageBuilder:
    """Collects a page's changes in their order into rows: a later change of an entity
    replaces an earlier one of the same page, and a removal drops it."""

    def __init__(self, expert_id: int | None) -> None:
        self._expert_id = expert_id
        self._previous_seq = 0
        self._clients: dict[int, ClientRow] = {}
        self._cases: dict[int, tuple[CaseRow, list[MessageRow], FtsRow]] = {}
        self._removed: dict[int, None] = {}
        self._templates: dict[int, TemplateRow] = {}
        self._removed_templates: dict[int, None] = {}
        self._windows: dict[int, WindowRow] = {}
        self._removed_windows: dict[int, None] = {}
        self._entries: dict[str, TimeEntryRow] = {}
        self._attachments: dict[int, list[AttachmentRow]] = {}
        self._policies: dict[int, int | None] = {}
        self._earnings: dict[str, dict[Any, Any]] = {kind: {} for kind in _EARNINGS_PARSERS}

    def check_seq(self, seq: int) -> None:
        if seq < self._previous_seq:
            raise FieldError("seq", "must not be lower than the previous change's")
        self._previous_seq = seq

    def add_case(
        self,
        rows: tuple[CaseRow, list[MessageRow], FtsRow],
        attachments: list[AttachmentRow],
    ) -> None:
        case_id = rows[0][0]
        self._removed.pop(case_id, None)
        _put_last(self._cases, case_id, rows)
        self._attachments[case_id] = attachments

    def add(self, kind: object, data: Mapping[str, Any]) -> None:
        """One change of any kind, its ``data`` a decoded JSON object."""
        if kind == "case":
            rows = _parse_case(data, self._expert_id)
            self.add_case(rows, _attachments_of_case(data, rows[0][0]))
        elif kind == "case_removed":
            case_id = _positive_int(data, "id")
            self._cases.pop(case_id, None)
            self._attachments.pop(case_id, None)
            self._removed[case_id] = None
        elif kind == "client":
            client_id = _positive_int(data, "id")
            self._clients[client_id] = (client_id, _text(data, "name", MAX_NAME_CHARS))
            self._policies[client_id] = _optional_positive_int(data, "retention_days")
        elif kind == "template":
            template = _parse_template(data)
            self._removed_templates.pop(template[0], None)
            _put_last(self._templates, template[0], template)
        elif kind == "template_removed":
            template_id = _positive_int(data, "id")
            self._templates.pop(template_id, None)
            self._removed_templates[template_id] = None
        elif kind == "window":
            window = _parse_window(data)
            self._removed_windows.pop(window[0], None)
            _put_last(self._windows, window[0], window)
        elif kind == "window_removed":
            window_id = _positive_int(data, "id")
            self._windows.pop(window_id, None)
            self._removed_windows[window_id] = None
        elif kind == "time_entry":
            entry = _parse_time_entry(data)
            _put_last(self._entries, entry[0], entry)
        elif isinstance(kind, str) and kind in _EARNINGS_PARSERS:
            row = _EARNINGS_PARSERS[kind](data)
            _put_last(self._earnings[kind], row[0], row)
        else:
            raise FieldError("type", "must be one of " + ", ".join(CHANGE_KINDS))

    def page(
        self,
        *,
        cursor: str,
        has_more: bool,
        remaining: int | None,
        server_time: int | None,
        change_count: int,
    ) -> ChangePage:
        case_rows: list[CaseRow] = []
        message_rows: list[MessageRow] = []
        fts_rows: list[FtsRow] = []
        for case_row, messages, fts_row in self._cases.values():
            case_rows.append(case_row)
            message_rows.extend(messages)
            fts_rows.append(fts_row)
        earnings = self._earnings
        return ChangePage(
            cursor=cursor,
            has_more=has_more,
            remaining=remaining,
            server_time=server_time,
            change_count=change_count,
            clients=list(self._clients.values()),
            cases=case_rows,
            messages=message_rows,
            fts_rows=fts_rows,
            case_ids=list(self._cases),
            removed_case_ids=list(self._removed),
            templates=list(self._templates.values()),
            removed_template_ids=list(self._removed_templates),
            windows=list(self._windows.values()),
            removed_window_ids=list(self._removed_windows),
            ledger_entries=list(earnings["ledger_entry"].values()),
            statements=list(earnings["statement"].values()),
            contributions=list(earnings["contribution"].values()),
            rate_cards=list(earnings["rate_card"].values()),
            time_entries=list(self._entries.values()),
            attachments=[row for rows in self._attachments.values() for row in rows],
            client_policies=list(self._policies.items()),
        )


def _put_last(entries: dict[_Key, _Row], key: _Key, row: _Row) -> None:
    """Store ``row`` as the newest entry: rows keep the order of their last change."""
    entries.pop(key, None)
    entries[key] = row


def _describe(index: int, kind: object, change: object, error: FieldError) -> str:
    where = f"change {index}"
    if kind in CHANGE_KINDS:
        where += f" ({kind}"
        data = change.get("data") if isinstance(change, dict) else None
        entity_id = data.get("id") if isinstance(data, dict) else None
        # Ids are not personal data and make the report traceable at the hub.
        if type(entity_id) is int:
            where += f" {entity_id}"
        where += ")"
    return f"The hub sent a malformed {where}: field '{error.field}' {error.problem}."


def _parse_case(
    data: Mapping[str, Any], expert_id: int | None
) -> tuple[CaseRow, list[MessageRow], FtsRow]:
    case_id = _positive_int(data, "id")
    subject = _text(data, "subject", MAX_SUBJECT_CHARS)
    customer_name = _text(data, "customer_name", MAX_NAME_CHARS)
    customer_contact = _optional_text(data, "customer_contact", MAX_CONTACT_CHARS)
    assigned_expert_id = _optional_positive_int(data, "assigned_expert_id")
    if expert_id is None:
        assigned_to_me = int(assigned_expert_id is not None)
    else:
        assigned_to_me = int(assigned_expert_id == expert_id)
    created_at = _time(data, "created_at")

    raw_messages = data.get("messages", _MISSING)
    if not isinstance(raw_messages, list):
        raise FieldError("messages", _missing_or("must be a list", raw_messages))
    if len(raw_messages) > MAX_MESSAGES_PER_CASE:
        raise FieldError("messages", f"must hold at most {MAX_MESSAGES_PER_CASE} messages")
    messages: list[MessageRow] = []
    last_message_at = created_at
    for position, raw_message in enumerate(raw_messages):
        try:
            message = _parse_message(raw_message, case_id)
        except FieldError as error:
            field = f"messages[{position}]" + (f".{error.field}" if error.field else "")
            raise FieldError(field, error.problem) from None
        messages.append(message)
        last_message_at = max(last_message_at, message[6])

    row: CaseRow = (
        case_id,
        _positive_int(data, "client_id"),
        _enum(data, "channel", CHANNELS),
        subject,
        customer_name,
        customer_contact,
        _text(data, "language", MAX_LANGUAGE_CHARS, allow_empty=False),
        _optional_text(data, "topic", MAX_TOPIC_CHARS),
        _enum(data, "status", STATUSES),
        _enum(data, "priority", PRIORITIES),
        _optional_time(data, "sla_due"),
        assigned_to_me,
        _optional_time(data, "claim_expires_at"),
        _positive_int(data, "version"),
        created_at,
        _time(data, "updated_at"),
        last_message_at,
        _tags(data),
        _optional_enum(data, "outcome", OUTCOMES),
    )
    return row, messages, search_row(row, messages)


def search_row(case: CaseRow, messages: list[MessageRow]) -> FtsRow:
    """The case's row of the search index: subject, customer and every message's text."""
    customer_name, customer_contact = case[4], case[5]
    customer = f"{customer_name} {customer_contact}" if customer_contact else customer_name
    return (case[0], case[3], customer, "\n".join(message[4] for message in messages))


def _attachments_of_case(data: Mapping[str, Any], case_id: int) -> list[AttachmentRow]:
    rows: list[AttachmentRow] = []
    for message in data.get("messages") or ():
        try:
            rows.extend(parse_attachment_rows(message, case_id))
        except AttachmentFormatError as error:
            raise FieldError(f"messages.{error.field}", error.problem) from None
    return rows


def _parse_window(data: Mapping[str, Any]) -> WindowRow:
    starts_at = _time(data, "starts_at")
    ends_at = _time(data, "ends_at")
    if ends_at <= starts_at:
        raise FieldError("ends_at", "must be after 'starts_at'")
    capacity = _positive_int(data, "capacity")
    seats_left = _count(data, "seats_left")
    if seats_left > capacity:
        raise FieldError("seats_left", "must not exceed 'capacity'")
    return (
        _positive_int(data, "id"),
        _positive_int(data, "client_id"),
        starts_at,
        ends_at,
        _count(data, "hourly_rate_cents"),
        capacity,
        seats_left,
        _count(data, "cutoff_minutes"),
        _skills(data),
        int(_bool(data, "booked")),
    )


def _parse_time_entry(data: Mapping[str, Any]) -> TimeEntryRow:
    starts_at = _time(data, "starts_at")
    ends_at = _time(data, "ends_at")
    if ends_at <= starts_at:
        raise FieldError("ends_at", "must be after 'starts_at'")
    raw_cases = data.get("cases", _MISSING)
    if type(raw_cases) is not list or len(raw_cases) > MAX_CASES_PER_ENTRY:
        raise FieldError("cases", _missing_or("must be a list", raw_cases))
    cases = [
        (_positive_int(item, "case_id"), _count(item, "seconds")) for item in _objects(raw_cases)
    ]
    return (
        _text(data, "id", MAX_ENTRY_ID_CHARS, allow_empty=False),
        _enum(data, "kind", frozenset({"work", "break"})),
        _enum(data, "location", frozenset({"remote", "on_site"})),
        starts_at,
        ends_at,
        orjson.dumps(cases).decode("utf-8"),
        _enum(data, "status", frozenset({"recorded", "approved"})),
        _count(data, "unpaid_seconds"),
        _positive_int(data, "version"),
    )


def _objects(items: list[Any]) -> list[Mapping[str, Any]]:
    if not all(isinstance(item, dict) for item in items):
        raise FieldError("cases", "must hold JSON objects")
    return items


def _count(data: Mapping[str, Any], field: str) -> int:
    value = data.get(field, _MISSING)
    if type(value) is not int or not 0 <= value <= MAX_INTEGER:
        raise FieldError(field, _missing_or("must be a non-negative integer", value))
    return value


def _skills(data: Mapping[str, Any]) -> str:
    raw = data.get("required_skills", _MISSING)
    if type(raw) is not list or len(raw) > MAX_SKILLS_PER_WINDOW:
        raise FieldError(
            "required_skills",
            _missing_or(f"must be a list of at most {MAX_SKILLS_PER_WINDOW} skills", raw),
        )
    skills: list[dict[str, str]] = []
    for item in raw:
        if not isinstance(item, dict):
            raise FieldError("required_skills", "must hold JSON objects")
        skill = {
            "kind": _text(item, "kind", MAX_SKILL_CHARS, allow_empty=False),
            "value": _text(item, "value", MAX_SKILL_CHARS, allow_empty=False),
        }
        skills.append(skill)
    return orjson.dumps(skills).decode("utf-8")


def _parse_message(raw: object, case_id: int) -> MessageRow:
    if not isinstance(raw, dict):
        raise FieldError("", "must be a JSON object")
    # Checked although the cache does not keep it: a bad value means a broken hub.
    _optional_positive_int(raw, "case_version")
    call_outcome, call_duration = _call_log(raw)
    return (
        _positive_int(raw, "id"),
        case_id,
        _enum(raw, "direction", DIRECTIONS),
        _text(raw, "author", MAX_NAME_CHARS),
        _text(raw, "body_text", MAX_BODY_CHARS),
        _optional_text(raw, "body_html", MAX_BODY_CHARS),
        _time(raw, "created_at"),
        _optional_text(raw, "subject", MAX_SUBJECT_CHARS),
        _optional_enum(raw, "visibility", VISIBILITIES),
        call_outcome,
        call_duration,
    )


def _call_log(raw: Mapping[str, Any]) -> tuple[str | None, int | None]:
    value = raw.get("call_log")
    if value is None:
        return None, None
    if not isinstance(value, dict):
        raise FieldError("call_log", "must be a JSON object or null")
    try:
        outcome = _enum(value, "outcome", CALL_OUTCOMES)
        duration = value.get("duration_seconds", _MISSING)
        if type(duration) is not int or not 0 <= duration <= MAX_CALL_SECONDS:
            raise FieldError(
                "duration_seconds",
                _missing_or(f"must be a whole number from 0 to {MAX_CALL_SECONDS}", duration),
            )
    except FieldError as error:
        raise FieldError(f"call_log.{error.field}", error.problem) from None
    return outcome, duration


def _parse_template(data: Mapping[str, Any]) -> TemplateRow:
    return (
        _positive_int(data, "id"),
        _positive_int(data, "client_id"),
        _optional_enum(data, "channel", CHANNELS),
        _text(data, "language", MAX_LANGUAGE_CHARS, allow_empty=False),
        _text(data, "title", MAX_SUBJECT_CHARS, allow_empty=False),
        _text(data, "body", MAX_BODY_CHARS),
        _time(data, "updated_at"),
    )


def _tags(data: Mapping[str, Any]) -> str:
    """The case's tags as a JSON array; a hub that predates tags sends none."""
    value = data.get("tags", _MISSING)
    if value is _MISSING:
        return "[]"
    if not isinstance(value, list):
        raise FieldError("tags", "must be a list")
    if len(value) > MAX_TAGS_PER_CASE:
        raise FieldError("tags", f"must hold at most {MAX_TAGS_PER_CASE} tags")
    for tag in value:
        if type(tag) is not str or not tag or len(tag) > MAX_TAG_CHARS:
            raise FieldError("tags", f"must hold strings of 1 to {MAX_TAG_CHARS} characters")
    return orjson.dumps(sorted(set(value))).decode()


def _positive_int(data: Mapping[str, Any], field: str) -> int:
    value = data.get(field, _MISSING)
    # ``type() is int`` on purpose: JSON booleans arrive as bool, a subclass of int.
    if type(value) is not int or not 0 < value <= MAX_INTEGER:
        raise FieldError(field, _missing_or("must be a positive integer", value))
    return value


def _optional_positive_int(data: Mapping[str, Any], field: str) -> int | None:
    value = data.get(field)
    if value is None:
        return None
    if type(value) is not int or not 0 < value <= MAX_INTEGER:
        raise FieldError(field, "must be a positive integer or null")
    return value


def _optional_count(data: Mapping[str, Any], field: str) -> int | None:
    value = data.get(field)
    if value is None:
        return None
    if type(value) is not int or not 0 <= value <= MAX_INTEGER:
        raise FieldError(field, "must be a non-negative integer or null")
    return value


def _bool(data: Mapping[str, Any], field: str) -> bool:
    value = data.get(field, _MISSING)
    if type(value) is not bool:
        raise FieldError(field, _missing_or("must be true or false", value))
    return value


def _text(data: Mapping[str, Any], field: str, max_chars: int, *, allow_empty: bool = True) -> str:
    value = data.get(field, _MISSING)
    if type(value) is not str:
        raise FieldError(field, _missing_or("must be a string", value))
    if len(value) > max_chars:
        raise FieldError(field, f"must be at most {max_chars} characters long")
    if not allow_empty and not value:
        raise FieldError(field, "must not be empty")
    return value


def _optional_text(data: Mapping[str, Any], field: str, max_chars: int) -> str | None:
    value = data.get(field)
    if value is None:
        return None
    if type(value) is not str:
        raise FieldError(field, "must be a string or null")
    if len(value) > max_chars:
        raise FieldError(field, f"must be at most {max_chars} characters long")
    return value


def _enum(data: Mapping[str, Any], field: str, allowed: frozenset[str]) -> str:
    value = data.get(field, _MISSING)
    if type(value) is not str or value not in allowed:
        raise FieldError(field, _missing_or("must be one of " + ", ".join(sorted(allowed)), value))
    return value


def _optional_enum(data: Mapping[str, Any], field: str, allowed: frozenset[str]) -> str | None:
    value = data.get(field)
    if value is None:
        return None
    if type(value) is not str or value not in allowed:
        raise FieldError(field, "must be null or one of " + ", ".join(sorted(allowed)))
    return value


def _time(data: Mapping[str, Any], field: str) -> int:
    value = data.get(field, _MISSING)
    if type(value) is not str:
        raise FieldError(field, _missing_or("must be an ISO 8601 time", value))
    return epoch_seconds(field, value)


def _optional_time(data: Mapping[str, Any], field: str) -> int | None:
    value = data.get(field)
    if value is None:
        return None
    if type(value) is not str:
        raise FieldError(field, "must be an ISO 8601 time or null")
    return epoch_seconds(field, value)


def epoch_seconds(field: str, value: str) -> int:
    """ISO 8601 time with an explicit offset -> integer epoch seconds (UTC)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise FieldError(field, "must be an ISO 8601 time such as 2026-11-24T17:30:00Z") from None
    if moment.tzinfo is None:
        raise FieldError(field, "must carry a UTC offset such as Z")
    return math.floor(moment.timestamp())


def _missing_or(problem: str, value: object) -> str:
    return "is missing" if value is _MISSING else problem


# -- earnings ---------------------------------------------------------------------------

_LEDGER_SOURCES: Final = frozenset({"case", "contribution", "window", "adjustment"})
_LEDGER_STATUSES: Final = frozenset({"pending", "approved", "paid", "disputed", "resolved"})
_CONTRIBUTION_KINDS: Final = frozenset({"article", "forum_answer"})
_CONTRIBUTION_STATUSES: Final = frozenset({"submitted", "accepted", "rejected"})
MAX_REASON_CHARS: Final = 10_000
MAX_CONTRIBUTION_CHARS: Final = 200_000


def _cents(data: Mapping[str, Any], field: str) -> int:
    """Money is an integer number of cents; a float (or anything else) is a broken hub."""
    value = data.get(field, _MISSING)
    if type(value) is not int or not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise FieldError(field, _missing_or("must be an integer number of cents", value))
    return value


def _optional_cents(data: Mapping[str, Any], field: str) -> int | None:
    return None if data.get(field) is None else _count(data, field)


def _party(data: Mapping[str, Any], field: str) -> str:
    raw = data.get(field, _MISSING)
    if not isinstance(raw, dict):
        raise FieldError(field, _missing_or("must be a JSON object", raw))
    party = {
        "name": _text(raw, "name", MAX_NAME_CHARS),
        "address": _text(raw, "address", MAX_CONTACT_CHARS),
        "vat_id": _optional_text(raw, "vat_id", MAX_NAME_CHARS),
        "tax_number": _optional_text(raw, "tax_number", MAX_NAME_CHARS),
        "small_business": bool(raw.get("small_business", False)),
    }
    return orjson.dumps(party).decode("utf-8")


def _parse_ledger_entry(data: Mapping[str, Any]) -> LedgerRow:
    return (
        _positive_int(data, "id"),
        _positive_int(data, "client_id"),
        _enum(data, "source", _LEDGER_SOURCES),
        _optional_positive_int(data, "case_id"),
        _optional_text(data, "contribution_id", MAX_ENTRY_ID_CHARS),
        _optional_positive_int(data, "window_id"),
        _optional_positive_int(data, "adjusts_entry_id"),
        _text(data, "description", MAX_SUBJECT_CHARS),
        _count(data, "quantity"),
        _cents(data, "rate_cents"),
        _cents(data, "amount_cents"),
        _enum(data, "status", _LEDGER_STATUSES),
        _time(data, "earned_at"),
        _optional_positive_int(data, "qa_rating"),
        _optional_text(data, "reason", MAX_REASON_CHARS),
        _optional_text(data, "dispute_reason", MAX_REASON_CHARS),
        _optional_text(data, "resolution", MAX_REASON_CHARS),
        _optional_positive_int(data, "statement_id"),
        _optional_time(data, "paid_at"),
        _optional_time(data, "qa_hold_until"),
    )


def _parse_statement(data: Mapping[str, Any]) -> StatementRow:
    return (
        _positive_int(data, "id"),
        _text(data, "number", MAX_NAME_CHARS, allow_empty=False),
        _time(data, "period_start"),
        _time(data, "period_end"),
        _time(data, "issued_at"),
        _cents(data, "net_cents"),
        _count(data, "vat_rate_percent"),
        _cents(data, "vat_cents"),
        _cents(data, "total_cents"),
        _party(data, "issuer"),
        _party(data, "recipient"),
    )


def _parse_contribution(data: Mapping[str, Any]) -> ContributionRow:
    return (
        _text(data, "id", MAX_ENTRY_ID_CHARS, allow_empty=False),
        _positive_int(data, "client_id"),
        _enum(data, "kind", _CONTRIBUTION_KINDS),
        _text(data, "title", MAX_SUBJECT_CHARS),
        _text(data, "body", MAX_CONTRIBUTION_CHARS),
        _enum(data, "status", _CONTRIBUTION_STATUSES),
        _optional_text(data, "feedback", MAX_REASON_CHARS),
        _optional_cents(data, "fee_cents"),
        _time(data, "submitted_at"),
        _optional_time(data, "decided_at"),
    )


MAX_RATE_LINES: Final = 500


def _rate_lines(data: Mapping[str, Any], field: str, keys: tuple[str, ...]) -> str:
    raw = data.get(field, _MISSING)
    if type(raw) is not list or len(raw) > MAX_RATE_LINES:
        raise FieldError(field, _missing_or(f"must be a list of at most {MAX_RATE_LINES}", raw))
    lines: list[dict[str, object]] = []
    for item in raw:
        if not isinstance(item, dict):
            raise FieldError(field, "must hold JSON objects")
        line: dict[str, object] = {key: _text(item, key, MAX_SKILL_CHARS) for key in keys}
        line["amount_cents"] = _count(item, "amount_cents")
        lines.append(line)
    return orjson.dumps(lines).decode("utf-8")


def _parse_rate_card(data: Mapping[str, Any]) -> RateCardRow:
    return (
        _positive_int(data, "client_id"),
        _rate_lines(data, "cases", ("channel", "complexity")),
        _rate_lines(data, "contributions", ("kind",)),
    )


_EARNINGS_PARSERS: Final[dict[str, Callable[[Mapping[str, Any]], tuple[Any, ...]]]] = {
    "ledger_entry": _parse_ledger_entry,
    "statement": _parse_statement,
    "contribution": _parse_contribution,
    "rate_card": _parse_rate_card,
}
