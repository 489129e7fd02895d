"""The expert's earnings in the change feed: ledger entries, statements and contributions,
each keyed by ``(expert_id, seq)`` and turned into plain documents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, Select, case, select

from hub.schema import (
    case_rates,
    contribution_rates,
    contributions,
    expert_clients,
    ledger_entries,
    payouts,
    rate_card_stamps,
    statements,
)

_ENTRY_KEYS = (
    "id",
    "client_id",
    "source",
    "case_id",
    "contribution_id",
    "window_id",
    "adjusts_entry_id",
    "description",
    "quantity",
    "rate_cents",
    "amount_cents",
    "status",
    "earned_at",
    "qa_rating",
    "reason",
    "dispute_reason",
    "resolution",
    "statement_id",
    "qa_hold_until",
)
_CONTRIBUTION_KEYS = (
    "id",
    "client_id",
    "kind",
    "title",
    "body",
    "status",
    "feedback",
    "fee_cents",
    "submitted_at",
    "decided_at",
)
_STATEMENT_KEYS = (
    "id",
    "number",
    "period_start",
    "period_end",
    "issued_at",
    "net_cents",
    "vat_rate_percent",
    "vat_cents",
    "total_cents",
)


def ledger_keys(expert_id: int, after: int) -> Select[Any]:
    return select(ledger_entries.c.seq, ledger_entries.c.id).where(
        ledger_entries.c.expert_id == expert_id, ledger_entries.c.seq > after
    )


def statement_keys(expert_id: int, after: int) -> Select[Any]:
    return select(statements.c.seq, statements.c.id).where(
        statements.c.expert_id == expert_id, statements.c.seq > after
    )


def contribution_keys(expert_id: int, after: int) -> Select[Any]:
    return select(contributions.c.seq, contributions.c.id).where(
        contributions.c.expert_id == expert_id, contributions.c.seq > after
    )


def ledger_documents(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    columns = [ledger_entries.c[key] for key in _ENTRY_KEYS]
    rows = conn.execute(
        select(*columns, payouts.c.paid_at)
        .outerjoin(payouts, payouts.c.id == ledger_entries.c.payout_id)
        .where(ledger_entries.c.id.in_(list(ids)))
    )
    documents: dict[int, dict[str, Any]] = {}
    for row in rows:
        document = dict(zip(_ENTRY_KEYS, row[:-1], strict=True))
        document["paid_at"] = row[-1]
        documents[document["id"]] = document
    return documents


def statement_documents(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    columns = [statements.c[key] for key in _STATEMENT_KEYS]
    documents: dict[int, dict[str, Any]] = {}
    for row in conn.execute(
        select(*columns, statements.c.parties).where(statements.c.id.in_(list(ids)))
    ):
        document = dict(zip(_STATEMENT_KEYS, row[:-1], strict=True))
        parties = orjson.loads(row[-1])
        document["issuer"] = parties["issuer"]
        document["recipient"] = parties["recipient"]
        documents[document["id"]] = document
    return documents


def contribution_documents(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    columns = [contributions.c[key] for key in _CONTRIBUTION_KEYS]
    rows = conn.execute(select(*columns).where(contributions.c.id.in_(list(ids))))
    return {row[0]: dict(zip(_CONTRIBUTION_KEYS, row, strict=True)) for row in rows}


def rate_card_keys(expert_id: int, after: int) -> Select[Any]:
    """A served client's rate card reaches the expert when it changes and when the expert
    starts serving the client."""
    seq = case(
        (rate_card_stamps.c.seq > expert_clients.c.seq, rate_card_stamps.c.seq),
        else_=expert_clients.c.seq,
    )
    return (
        select(seq.label("seq"), rate_card_stamps.c.client_id)
        .join(expert_clients, expert_clients.c.client_id == rate_card_stamps.c.client_id)
        .where(expert_clients.c.expert_id == expert_id, seq > after)
    )


def rate_card_documents(conn: Connection, client_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not client_ids:
        return {}
    ids = list(client_ids)
    documents: dict[int, dict[str, Any]] = {
        client_id: {"client_id": client_id, "cases": [], "contributions": []} for client_id in ids
    }
    for client_id, channel, complexity, cents in conn.execute(
        select(
            case_rates.c.client_id,
            case_rates.c.channel,
            case_rates.c.complexity,
            case_rates.c.amount_cents,
        )
        .where(case_rates.c.client_id.in_(ids))
        .order_by(case_rates.c.client_id, case_rates.c.channel, case_rates.c.complexity)
    ):
        documents[client_id]["cases"].append(
            {"channel": channel, "complexity": complexity, "amount_cents": cents}
        )
    for client_id, kind, cents in conn.execute(
        select(
            contribution_rates.c.client_id,
            contribution_rates.c.kind,
            contribution_rates.c.amount_cents,
        )
        .where(contribution_rates.c.client_id.in_(ids))
        .order_by(contribution_rates.c.client_id, contribution_rates.c.kind)
    ):
        documents[client_id]["contributions"].append({"kind": kind, "amount_cents": cents})
    return documents
