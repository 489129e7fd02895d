"""Monthly statements (the basis of the expert's credit note, "Gutschrift"): the month's
approved, resolved and paid entries not yet on a statement, with net, VAT and total.

VAT is 19 % when the expert charges it (a VAT id and not a small business); under §19
UStG (small business) no VAT is shown and the credit note carries the note instead.
"""

from __future__ import annotations

from datetime import datetime

import orjson
from sqlalchemy import insert, select

from hub.earnings.ledger import change_entry
from hub.schema import expert_billing, experts, hub_settings, ledger_entries, statements
from hub.sequence import WriteTransaction

VAT_PERCENT = 19
STATEMENT_STATUSES = ("approved", "resolved", "paid")
OPERATOR_KEYS = ("operator_name", "operator_address", "operator_vat_id")


def vat_cents(net_cents: int, percent: int) -> int:
    """VAT rounded half up to the cent (negative nets round symmetrically)."""
    magnitude = (abs(net_cents) * percent + 50) // 100
    return magnitude if net_cents >= 0 else -magnitude


def _parties(tx: WriteTransaction, expert_id: int) -> tuple[dict[str, object], bool]:
    settings = dict(
        tx.conn.execute(
            select(hub_settings.c.key, hub_settings.c.value).where(
                hub_settings.c.key.in_(OPERATOR_KEYS)
            )
        ).all()
    )
    issuer = {
        "name": settings.get("operator_name", ""),
        "address": settings.get("operator_address", ""),
        "vat_id": settings.get("operator_vat_id"),
    }
    billing = tx.conn.execute(
        select(expert_billing).where(expert_billing.c.expert_id == expert_id)
    ).first()
    if billing is None:
        name = tx.conn.execute(
            select(experts.c.display_name).where(experts.c.id == expert_id)
        ).scalar_one()
        recipient: dict[str, object] = {
            "name": name,
            "address": "",
            "tax_number": None,
            "vat_id": None,
            "small_business": True,
        }
    else:
        recipient = {
            "name": billing.legal_name,
            "address": billing.address,
            "tax_number": billing.tax_number,
            "vat_id": billing.vat_id,
            "small_business": bool(billing.small_business),
        }
    charges_vat = not recipient["small_business"] and bool(recipient["vat_id"])
    return {"issuer": issuer, "recipient": recipient}, charges_vat


def issue_statement(
    tx: WriteTransaction, expert_id: int, year: int, month: int, now: datetime
) -> int | None:
    """The expert's statement for the month, or ``None`` when nothing is left to state."""
    start = datetime(year, month, 1)
    end = datetime(year + (month == 12), month % 12 + 1, 1)
    rows = tx.conn.execute(
        select(ledger_entries.c.id, ledger_entries.c.amount_cents).where(
            ledger_entries.c.expert_id == expert_id,
            ledger_entries.c.status.in_(STATEMENT_STATUSES),
            ledger_entries.c.statement_id.is_(None),
            ledger_entries.c.earned_at >= start,
            ledger_entries.c.earned_at < end,
        )
    ).all()
    if not rows:
        return None
    parties, charges_vat = _parties(tx, expert_id)
    net = sum(amount for _id, amount in rows)
    percent = VAT_PERCENT if charges_vat else 0
    vat = vat_cents(net, percent)
    serial = tx.conn.execute(
        select(statements.c.id).where(
            statements.c.expert_id == expert_id, statements.c.period_start == start
        )
    ).all()
    number = f"GS-{year}{month:02d}-{expert_id:04d}-{len(serial) + 1}"
    statement_id = int(
        tx.conn.execute(
            insert(statements)
            .values(
                number=number,
                expert_id=expert_id,
                period_start=start,
                period_end=end,
                issued_at=now,
                net_cents=net,
                vat_rate_percent=percent,
                vat_cents=vat,
                total_cents=net + vat,
                parties=orjson.dumps(parties).decode(),
                seq=tx.next_seq(),
            )
            .returning(statements.c.id)
        ).scalar_one()
    )
    for entry_id, _amount in rows:
        change_entry(tx, entry_id, {"statement_id": statement_id}, now)
    return statement_id
