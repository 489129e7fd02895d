"""The expert's earnings in the change feed: ledger entries, statements and contributions,
each keyed by ``(expert_id, seq)`` and turned into plain documents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, Select, select

from hub.schema import contributions, ledger_entries, payouts, statements

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
