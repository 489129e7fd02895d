"""Earnings documents as the hub sends them, for the workstation-side tests."""

from __future__ import annotations

from typing import Any

from tests.store.builders import iso


def ledger_change(entry_id: int, cents: int, earned_at: int, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entry_id,
        "client_id": fields.pop("client_id", 1),
        "source": fields.pop("source", "case"),
        "case_id": fields.pop("case_id", entry_id),
        "contribution_id": None,
        "window_id": None,
        "adjusts_entry_id": None,
        "description": fields.pop("description", f"Case #{entry_id} (email, simple)"),
        "quantity": 1,
        "rate_cents": cents,
        "amount_cents": cents,
        "status": fields.pop("status", "pending"),
        "earned_at": iso(earned_at),
        "qa_rating": None,
        "reason": None,
        "dispute_reason": None,
        "resolution": None,
        "statement_id": fields.pop("statement_id", None),
        "paid_at": None,
    }
    data.update(fields)
    return {"type": "ledger_entry", "data": data}


def statement_change(
    statement_id: int, start: int, end: int, net: int, **fields: Any
) -> dict[str, Any]:
    small_business = fields.pop("small_business", True)
    rate = 0 if small_business else 19
    vat = (net * rate + 50) // 100
    return {
        "type": "statement",
        "data": {
            "id": statement_id,
            "number": f"GS-TEST-{statement_id}",
            "period_start": iso(start),
            "period_end": iso(end),
            "issued_at": iso(end + 86_400),
            "net_cents": net,
            "vat_rate_percent": rate,
            "vat_cents": vat,
            "total_cents": net + vat,
            "issuer": {
                "name": "Expert Hub Services GmbH",
                "address": "Friedrichstraße 123\n10117 Berlin",
                "vat_id": "DE123456789",
            },
            "recipient": {
                "name": "Petra Schneider",
                "address": "Lindenweg 7\n50667 Köln",
                "tax_number": "217/5555/1234",
                "vat_id": None if small_business else "DE999999999",
                "small_business": small_business,
            },
        },
    }
