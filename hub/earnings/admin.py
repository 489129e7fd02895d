"""Operations' earnings actions over an engine, one write transaction each (``hub admin``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from hub.admin import expert_id as expert_id_of
from hub.clock import utc_now
from hub.earnings import contributions as contribution_writes
from hub.earnings import statements as statement_writes
from hub.earnings import workflow
from hub.earnings.rates import stamp_rate_card
from hub.schema import (
    case_rates,
    contribution_rates,
    contributions,
    expert_billing,
    experts,
    hub_settings,
    ledger_entries,
)
from hub.sequence import write_transaction


def approve_earnings(
    engine: Engine, username: str, until: date, now: datetime | None = None
) -> int:
    expert = expert_id_of(engine, username)
    with write_transaction(engine) as tx:
        return workflow.approve_earnings(tx, expert, until, now or utc_now())


def entries_in_qa_review(
    engine: Engine, username: str, until: date, now: datetime | None = None
) -> list[workflow.HeldEntry]:
    expert = expert_id_of(engine, username)
    with write_transaction(engine) as tx:
        return workflow.entries_in_qa_review(tx, expert, until, now or utc_now())


def pay(engine: Engine, username: str, until: date, now: datetime | None = None) -> tuple[int, int]:
    expert = expert_id_of(engine, username)
    with write_transaction(engine) as tx:
        return workflow.pay(tx, expert, until, now or utc_now())


def resolve_dispute(
    engine: Engine,
    entry_id: int,
    resolution: str,
    *,
    corrected_cents: int | None = None,
    now: datetime | None = None,
) -> int | None:
    with write_transaction(engine) as tx:
        return workflow.resolve(
            tx, entry_id, resolution, now or utc_now(), corrected_cents=corrected_cents
        )


def adjust(
    engine: Engine,
    username: str,
    client_id: int,
    amount_cents: int,
    reason: str,
    now: datetime | None = None,
) -> int:
    expert = expert_id_of(engine, username)
    with write_transaction(engine) as tx:
        return workflow.adjust(
            tx,
            expert_id=expert,
            client_id=client_id,
            amount_cents=amount_cents,
            reason=reason,
            now=now or utc_now(),
        )


def rate_case(engine: Engine, case_id: int, rating: int, now: datetime | None = None) -> int:
    with write_transaction(engine) as tx:
        return workflow.rate_case(tx, case_id, rating, now or utc_now())


def accept_contribution(
    engine: Engine,
    contribution_id: str,
    *,
    fee_cents: int | None = None,
    now: datetime | None = None,
) -> int:
    with write_transaction(engine) as tx:
        return contribution_writes.accept(
            tx, contribution_id, now or utc_now(), fee_cents=fee_cents
        )


def reject_contribution(
    engine: Engine, contribution_id: str, feedback: str, now: datetime | None = None
) -> None:
    with write_transaction(engine) as tx:
        contribution_writes.reject(tx, contribution_id, feedback, now or utc_now())


def issue_statements(
    engine: Engine,
    year: int,
    month: int,
    *,
    username: str | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Statements for the month: of one expert, or of every expert with entries to state."""
    with write_transaction(engine) as tx:
        if username is None:
            expert_ids = list(
                tx.conn.execute(select(experts.c.id).order_by(experts.c.id)).scalars()
            )
        else:
            expert_ids = [expert_id_of(engine, username)]
        issued = [
            statement_writes.issue_statement(tx, expert, year, month, now or utc_now())
            for expert in expert_ids
        ]
    return [statement_id for statement_id in issued if statement_id is not None]


def set_case_rate(
    engine: Engine, client_id: int, channel: str, complexity: str, cents: int
) -> None:
    with write_transaction(engine) as tx:
        tx.conn.execute(
            delete(case_rates).where(
                case_rates.c.client_id == client_id,
                case_rates.c.channel == channel,
                case_rates.c.complexity == complexity,
            )
        )
        tx.conn.execute(
            insert(case_rates).values(
                client_id=client_id, channel=channel, complexity=complexity, amount_cents=cents
            )
        )
        stamp_rate_card(tx, client_id)


def set_contribution_rate(engine: Engine, client_id: int, kind: str, cents: int) -> None:
    with write_transaction(engine) as tx:
        tx.conn.execute(
            delete(contribution_rates).where(
                contribution_rates.c.client_id == client_id, contribution_rates.c.kind == kind
            )
        )
        tx.conn.execute(
            insert(contribution_rates).values(client_id=client_id, kind=kind, amount_cents=cents)
        )
        stamp_rate_card(tx, client_id)


def set_billing(
    engine: Engine,
    username: str,
    *,
    legal_name: str,
    address: str,
    tax_number: str | None,
    vat_id: str | None,
    small_business: bool,
) -> None:
    expert = expert_id_of(engine, username)
    with write_transaction(engine) as tx:
        tx.conn.execute(delete(expert_billing).where(expert_billing.c.expert_id == expert))
        tx.conn.execute(
            insert(expert_billing).values(
                expert_id=expert,
                legal_name=legal_name,
                address=address,
                tax_number=tax_number,
                vat_id=vat_id,
                small_business=int(small_business),
            )
        )


def set_operator(conn: Connection, *, name: str, address: str, vat_id: str | None) -> None:
    """The platform operator named on every credit note as the issuing party."""
    values = {"operator_name": name, "operator_address": address, "operator_vat_id": vat_id}
    conn.execute(delete(hub_settings).where(hub_settings.c.key.in_(list(values))))
    conn.execute(
        insert(hub_settings),
        [{"key": key, "value": value} for key, value in values.items() if value is not None],
    )


def ledger_of(engine: Engine, username: str) -> list[dict[str, Any]]:
    expert = expert_id_of(engine, username)
    with engine.connect() as conn:
        rows = conn.execute(
            select(ledger_entries)
            .where(ledger_entries.c.expert_id == expert)
            .order_by(ledger_entries.c.earned_at, ledger_entries.c.id)
        ).all()
    return [dict(row._mapping) for row in rows]


def contributions_of(engine: Engine, username: str | None = None) -> list[dict[str, Any]]:
    statement = select(contributions, experts.c.username).join(
        experts, experts.c.id == contributions.c.expert_id
    )
    if username is not None:
        statement = statement.where(experts.c.username == username)
    with engine.connect() as conn:
        rows = conn.execute(statement.order_by(contributions.c.submitted_at)).all()
    return [dict(row._mapping) for row in rows]
