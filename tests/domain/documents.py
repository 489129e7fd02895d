"""Builders for protocol documents (change pages, case documents) as the hub sends them."""

from __future__ import annotations

from typing import Any

ISO_NOON = "2026-11-24T12:00:00Z"
EPOCH_NOON = 1795521600  # 2026-11-24T12:00:00Z


def message_document(message_id: int, **overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": message_id,
        "direction": "in",
        "author": "Jürgen Weber",
        "body_text": f"Guten Tag, Nachricht {message_id}.",
        "body_html": None,
        "created_at": ISO_NOON,
        "case_version": 1,
        "subject": None,
        "visibility": None,
        "call_log": None,
    }
    document.update(overrides)
    return document


def case_document(case_id: int, **overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": case_id,
        "client_id": 1,
        "channel": "email",
        "subject": f"Rechnung doppelt gebucht {case_id}",
        "customer_name": "Jürgen Weber",
        "customer_contact": "j.weber@example.de",
        "language": "de",
        "topic": "billing",
        "status": "open",
        "priority": "high",
        "sla_due": "2026-11-24T18:00:00Z",
        "assigned_expert_id": 1,
        "claim_expires_at": None,
        "outcome": None,
        "tags": [],
        "version": 7,
        "created_at": "2026-11-24T10:00:00Z",
        "updated_at": "2026-11-24T11:00:00Z",
        "messages": [message_document(case_id * 10)],
    }
    document.update(overrides)
    return document


def template_document(template_id: int, **overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": template_id,
        "client_id": 1,
        "channel": "email",
        "language": "de",
        "title": f"Vorlage {template_id}",
        "body": "Guten Tag {customer_name},\n\nViele Grüße\n{expert_name}",
        "updated_at": ISO_NOON,
    }
    document.update(overrides)
    return document


def change(kind: str, data: dict[str, Any], seq: int = 1) -> dict[str, Any]:
    return {"seq": seq, "type": kind, "data": data}


def page_document(
    changes: list[dict[str, Any]],
    *,
    cursor: str = "100",
    has_more: bool = False,
    remaining: int | None = 0,
) -> dict[str, Any]:
    return {
        "cursor": cursor,
        "has_more": has_more,
        "remaining": remaining,
        "server_time": ISO_NOON,
        "changes": changes,
    }


def numbered(changes: list[dict[str, Any]], first_seq: int = 1) -> list[dict[str, Any]]:
    """The same changes with ascending ``seq`` numbers."""
    return [{**item, "seq": first_seq + index} for index, item in enumerate(changes)]
