"""Builds one page of ``GET /sync/changes`` for one expert, serialized with orjson.

Hot path: one key query per change source (own cases, offers, served clients, templates
and both kinds of tombstones), a merge by sequence number, then per case source one query
each for the page's case rows, their messages and their tags. Rows become plain dicts; no
per-row model objects.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Connection, Select, and_, case, func, select

from hub.attachments import add_attachment_lists
from hub.earnings.feed import (
    contribution_documents,
    contribution_keys,
    ledger_documents,
    ledger_keys,
    rate_card_documents,
    rate_card_keys,
    statement_documents,
    statement_keys,
)
from hub.policies import add_client_policies
from hub.schema import (
    case_tags,
    cases,
    clients,
    expert_clients,
    messages,
    template_tombstones,
    templates,
    time_entries,
    tombstones,
    window_tombstones,
    windows,
)
from hub.sequence import current_seq
from hub.time_entries import entry_documents
from hub.visibility import ExpertProfile, qualifying_offer_clause
from hub.windows import window_documents

DEFAULT_LIMIT = 500
MAX_LIMIT = 2000
JSON_OPTIONS = orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z | orjson.OPT_OMIT_MICROSECONDS

_CASE_COLUMNS = (
    cases.c.id,
    cases.c.client_id,
    cases.c.channel,
    cases.c.subject,
    cases.c.customer_name,
    cases.c.customer_contact,
    cases.c.language,
    cases.c.topic,
    cases.c.status,
    cases.c.priority,
    cases.c.sla_due,
    cases.c.assigned_expert_id,
    cases.c.claim_expires_at,
    cases.c.version,
    cases.c.created_at,
    cases.c.updated_at,
    cases.c.outcome,
)
# str() because column names are str subclasses, and orjson wants exact str keys.
_CASE_KEYS = tuple(str(column.name) for column in _CASE_COLUMNS)
_MESSAGE_COLUMNS = (
    messages.c.case_id,
    messages.c.id,
    messages.c.direction,
    messages.c.author,
    messages.c.body_text,
    messages.c.body_html,
    messages.c.created_at,
    messages.c.case_version,
    messages.c.subject,
    messages.c.visibility,
)
_MESSAGE_KEYS = tuple(str(column.name) for column in _MESSAGE_COLUMNS[1:])
_CALL_COLUMNS = (messages.c.call_outcome, messages.c.call_duration_seconds)
_TEMPLATE_COLUMNS = (
    templates.c.id,
    templates.c.client_id,
    templates.c.channel,
    templates.c.language,
    templates.c.title,
    templates.c.body,
    templates.c.updated_at,
)
_TEMPLATE_KEYS = tuple(str(column.name) for column in _TEMPLATE_COLUMNS)

# Kinds of change; the merge orders by (seq, kind, id), and seq alone is unique per expert.
_CLIENT = 0
_CASE = 1
_REMOVED = 2
_TEMPLATE = 3
_TEMPLATE_REMOVED = 4
_WINDOW = 5
_WINDOW_REMOVED = 6
_TIME_ENTRY = 7
_LEDGER_ENTRY = 8
_STATEMENT = 9
_CONTRIBUTION = 10
_RATE_CARD = 11


class InvalidCursor(ValueError):
    pass


def parse_cursor(raw: str | None) -> int:
    """The sequence number a cursor stands for; ``InvalidCursor`` if the hub did not issue it."""
    if raw is None or raw == "":
        return 0
    if not raw.isascii() or not raw.isdigit() or len(raw) > 19:
        raise InvalidCursor(raw)
    return int(raw)


def _client_seq() -> Any:
    # A client reaches an expert when it changes or when the expert starts serving it.
    return case((clients.c.seq > expert_clients.c.seq, clients.c.seq), else_=expert_clients.c.seq)


def _served_clients(profile: ExpertProfile, after: int) -> Select[Any]:
    client_seq = _client_seq()
    return (
        select(client_seq.label("seq"), clients.c.id, clients.c.name)
        .join(expert_clients, expert_clients.c.client_id == clients.c.id)
        .where(expert_clients.c.expert_id == profile.id, client_seq > after)
    )


def _case_conditions(profile: ExpertProfile) -> tuple[ColumnElement[bool], ...]:
    """The two disjoint ways a case is visible: assigned to the expert, or a qualifying
    offer. Each one matches an index on (assigned_expert_id, seq) or (status, seq)."""
    return (cases.c.assigned_expert_id == profile.id, qualifying_offer_clause(profile))


def _case_keys(condition: ColumnElement[bool], after: int) -> Select[Any]:
    return select(cases.c.seq, cases.c.id).where(condition, cases.c.seq > after)


def _tombstones(profile: ExpertProfile, after: int) -> Select[Any]:
    return select(tombstones.c.seq, tombstones.c.case_id).where(
        tombstones.c.expert_id == profile.id, tombstones.c.seq > after
    )


def _served_templates(profile: ExpertProfile) -> ColumnElement[bool]:
    return templates.c.client_id.in_(sorted(profile.client_ids))


def _template_keys(profile: ExpertProfile, after: int) -> Select[Any]:
    return select(templates.c.seq, templates.c.id).where(
        _served_templates(profile), templates.c.seq > after
    )


def _template_tombstones(profile: ExpertProfile, after: int) -> Select[Any]:
    return select(template_tombstones.c.seq, template_tombstones.c.template_id).where(
        template_tombstones.c.expert_id == profile.id, template_tombstones.c.seq > after
    )


def _window_keys(profile: ExpertProfile, after: int) -> Select[Any]:
    return select(windows.c.seq, windows.c.id).where(
        windows.c.client_id.in_(sorted(profile.client_ids)), windows.c.seq > after
    )


def _window_tombstones(profile: ExpertProfile, after: int) -> Select[Any]:
    return select(window_tombstones.c.seq, window_tombstones.c.window_id).where(
        window_tombstones.c.expert_id == profile.id, window_tombstones.c.seq > after
    )


def _time_entry_keys(profile: ExpertProfile, after: int) -> Select[Any]:
    return select(time_entries.c.seq, time_entries.c.id).where(
        time_entries.c.expert_id == profile.id, time_entries.c.seq > after
    )


def read_changes(
    conn: Connection, profile: ExpertProfile, *, after: int, limit: int, now: datetime
) -> bytes:
    """One page of changes after sequence number ``after``, as response bytes.

    ``conn`` must be in a read transaction so that all queries see one snapshot.
    """
    head = current_seq(conn)
    if after > head:
        raise InvalidCursor(str(after))
    fetch = limit + 1

    def first(statement: Select[Any]) -> Any:
        return conn.execute(statement.order_by("seq").limit(fetch)).all()

    case_conditions = _case_conditions(profile)
    client_rows = first(_served_clients(profile, after))
    sources: list[Iterable[tuple[int, int, Any]]] = [
        ((row.seq, _CLIENT, (row.id, row.name)) for row in client_rows),
        ((seq, _REMOVED, case_id) for seq, case_id in first(_tombstones(profile, after))),
        ((seq, _TEMPLATE, key) for seq, key in first(_template_keys(profile, after))),
        ((seq, _TEMPLATE_REMOVED, key) for seq, key in first(_template_tombstones(profile, after))),
        ((seq, _WINDOW, key) for seq, key in first(_window_keys(profile, after))),
        ((seq, _WINDOW_REMOVED, key) for seq, key in first(_window_tombstones(profile, after))),
        ((seq, _TIME_ENTRY, key) for seq, key in first(_time_entry_keys(profile, after))),
        ((seq, _LEDGER_ENTRY, key) for seq, key in first(ledger_keys(profile.id, after))),
        ((seq, _STATEMENT, key) for seq, key in first(statement_keys(profile.id, after))),
        ((seq, _CONTRIBUTION, key) for seq, key in first(contribution_keys(profile.id, after))),
        ((seq, _RATE_CARD, key) for seq, key in first(rate_card_keys(profile.id, after))),
    ]
    for condition in case_conditions:
        keys = first(_case_keys(condition, after))
        sources.append((seq, _CASE, case_id) for seq, case_id in keys)
    merged = list(heapq.merge(*sources))[:fetch]
    has_more = len(merged) > limit
    page = merged[:limit]

    last = page[-1][0] if page else after
    case_docs = _case_documents(conn, profile, case_conditions, after, last) if page else {}
    template_docs = (
        _template_documents(conn, profile, after, last)
        if any(kind == _TEMPLATE for _seq, kind, _item in page)
        else {}
    )
    window_docs = window_documents(
        conn, profile.id, [item for _seq, kind, item in page if kind == _WINDOW]
    )
    entry_docs = entry_documents(conn, [item for _seq, kind, item in page if kind == _TIME_ENTRY])
    earnings_docs = _earnings_documents(conn, page)
    changes: list[dict[str, Any]] = []
    for seq, kind, item in page:
        if kind == _CASE:
            changes.append({"seq": seq, "type": "case", "data": case_docs[item]})
        elif kind == _REMOVED:
            changes.append({"seq": seq, "type": "case_removed", "data": {"id": item}})
        elif kind == _TEMPLATE:
            changes.append({"seq": seq, "type": "template", "data": template_docs[item]})
        elif kind == _TEMPLATE_REMOVED:
            changes.append({"seq": seq, "type": "template_removed", "data": {"id": item}})
        elif kind == _WINDOW:
            changes.append({"seq": seq, "type": "window", "data": window_docs[item]})
        elif kind == _WINDOW_REMOVED:
            changes.append({"seq": seq, "type": "window_removed", "data": {"id": item}})
        elif kind == _TIME_ENTRY:
            changes.append({"seq": seq, "type": "time_entry", "data": entry_docs[item]})
        elif kind in _EARNINGS_TYPES:
            data = earnings_docs[kind][item]
            changes.append({"seq": seq, "type": _EARNINGS_TYPES[kind], "data": data})
        else:
            changes.append({"seq": seq, "type": "client", "data": {"id": item[0], "name": item[1]}})

    add_client_policies(conn, changes)
    if has_more:
        cursor = page[-1][0]
        remaining = _count_after(conn, profile, cursor)
    else:
        # Every change up to ``head`` is committed and was visible to this snapshot, so
        # the next request can start from there.
        cursor = max(head, page[-1][0]) if page else head
        remaining = 0
    return orjson.dumps(
        {
            "cursor": str(cursor),
            "has_more": has_more,
            "remaining": remaining,
            "server_time": now,
            "changes": changes,
        },
        option=JSON_OPTIONS,
    )


def _case_documents(
    conn: Connection,
    profile: ExpertProfile,
    conditions: tuple[ColumnElement[bool], ...],
    after: int,
    last: int,
) -> dict[int, dict[str, Any]]:
    """Documents of the page's cases: the visible cases with ``after < seq <= last``.

    Selecting by sequence range instead of an id list keeps the statements small (no
    thousands of bound parameters) and is exact because the page was read in the same
    snapshot.
    """
    documents: dict[int, dict[str, Any]] = {}
    for condition in conditions:
        in_page = and_(condition, cases.c.seq > after, cases.c.seq <= last)
        for case_row in conn.execute(select(*_CASE_COLUMNS).where(in_page)):
            document = dict(zip(_CASE_KEYS, case_row, strict=True))
            if document["channel"] == "phone" and document["assigned_expert_id"] != profile.id:
                # The callback number is personal data needed only once the case is claimed.
                document["customer_contact"] = None
            document["tags"] = []
            document["messages"] = []
            documents[document["id"]] = document
        message_rows = conn.execute(
            select(*_MESSAGE_COLUMNS, *_CALL_COLUMNS)
            .join(cases, cases.c.id == messages.c.case_id)
            .where(in_page)
            .order_by(messages.c.case_id, messages.c.id)
        )
        plain = len(_MESSAGE_COLUMNS)
        for row in message_rows:
            message = dict(zip(_MESSAGE_KEYS, row[1:plain], strict=True))
            call_outcome, call_duration = row[plain:]
            message["call_log"] = (
                None
                if call_outcome is None
                else {"outcome": call_outcome, "duration_seconds": call_duration}
            )
            documents[row[0]]["messages"].append(message)
        tag_rows = conn.execute(
            select(case_tags.c.case_id, case_tags.c.tag)
            .join(cases, cases.c.id == case_tags.c.case_id)
            .where(in_page)
        )
        tagged: set[int] = set()
        for case_id, tag in tag_rows:
            documents[case_id]["tags"].append(tag)
            tagged.add(case_id)
        # Sorted here, by code point: a database's collation would depend on its locale.
        for case_id in tagged:
            documents[case_id]["tags"].sort()
        add_attachment_lists(conn, documents, in_page)
    return documents


def _template_documents(
    conn: Connection, profile: ExpertProfile, after: int, last: int
) -> dict[int, dict[str, Any]]:
    rows = conn.execute(
        select(*_TEMPLATE_COLUMNS).where(
            _served_templates(profile), templates.c.seq > after, templates.c.seq <= last
        )
    )
    return {row[0]: dict(zip(_TEMPLATE_KEYS, row, strict=True)) for row in rows}


def _count_after(conn: Connection, profile: ExpertProfile, after: int) -> int:
    total = 0
    for statement in (
        _served_clients(profile, after),
        _tombstones(profile, after),
        _template_keys(profile, after),
        _template_tombstones(profile, after),
        _window_keys(profile, after),
        _window_tombstones(profile, after),
        _time_entry_keys(profile, after),
        ledger_keys(profile.id, after),
        statement_keys(profile.id, after),
        contribution_keys(profile.id, after),
        rate_card_keys(profile.id, after),
        *(_case_keys(condition, after) for condition in _case_conditions(profile)),
    ):
        total += int(
            conn.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
        )
    return total


_EARNINGS_TYPES = {
    _LEDGER_ENTRY: "ledger_entry",
    _STATEMENT: "statement",
    _CONTRIBUTION: "contribution",
    _RATE_CARD: "rate_card",
}


def _earnings_documents(conn: Connection, page: list[Any]) -> dict[int, dict[Any, Any]]:
    def of(wanted: int) -> list[Any]:
        return [item for _seq, kind, item in page if kind == wanted]

    return {
        _LEDGER_ENTRY: ledger_documents(conn, of(_LEDGER_ENTRY)),
        _STATEMENT: statement_documents(conn, of(_STATEMENT)),
        _CONTRIBUTION: contribution_documents(conn, of(_CONTRIBUTION)),
        _RATE_CARD: rate_card_documents(conn, of(_RATE_CARD)),
    }
