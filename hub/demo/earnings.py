"""Demo earnings: rate cards, the operator and petra's billing data, about three months
of petra's ledger (paid, approved, pending and one disputed entry), a statement for last
month and contributions in every hub status."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update

from hub.earnings import contributions as contribution_writes
from hub.earnings import statements as statement_writes
from hub.earnings import workflow
from hub.earnings.admin import set_operator
from hub.earnings.ledger import NewEntry, insert_entry
from hub.earnings.rates import stamp_rate_card, window_amount
from hub.schema import (
    CASE_COMPLEXITIES,
    CHANNELS,
    case_rates,
    cases,
    contribution_rates,
    expert_billing,
    ledger_entries,
)
from hub.sequence import WriteTransaction

DEMO_EXPERT = "petra"
_CASE_CENTS = {"simple": 450, "standard": 750, "complex": 1250}
_CHANNEL_EXTRA_CENTS = {"phone": 150, "chat": 0, "email": 50}
_CONTRIBUTION_CENTS = {"article": 6000, "forum_answer": 1500}
_DEMO_CONTRIBUTIONS = (
    ("demo-contribution-1", "article", "DATEV-Export: Schritt für Schritt", "accept"),
    ("demo-contribution-2", "forum_answer", "Bluetooth-Kopfhörer koppeln unter Linux", "accept"),
    ("demo-contribution-3", "article", "Belege per App erfassen", "reject"),
    ("demo-contribution-4", "forum_answer", "Umsatzsteuer-Voranmeldung korrigieren", "submit"),
)


def seed_demo_earnings(
    tx: WriteTransaction, client_ids: dict[str, int], expert_ids: dict[str, int], now: datetime
) -> None:
    set_operator(
        tx.conn,
        name="Expert Hub Services GmbH",
        address="Friedrichstraße 123\n10117 Berlin",
        vat_id="DE123456789",
    )
    for client_id in client_ids.values():
        tx.conn.execute(
            insert(case_rates),
            [
                {
                    "client_id": client_id,
                    "channel": channel,
                    "complexity": complexity,
                    "amount_cents": cents + _CHANNEL_EXTRA_CENTS.get(channel, 0),
                }
                for channel in CHANNELS
                for complexity, cents in _CASE_CENTS.items()
                if complexity in CASE_COMPLEXITIES
            ],
        )
        tx.conn.execute(
            insert(contribution_rates),
            [
                {"client_id": client_id, "kind": kind, "amount_cents": cents}
                for kind, cents in _CONTRIBUTION_CENTS.items()
            ],
        )
        stamp_rate_card(tx, client_id)
    petra = expert_ids[DEMO_EXPERT]
    tx.conn.execute(
        insert(expert_billing).values(
            expert_id=petra,
            legal_name="Petra Schneider",
            address="Lindenweg 7\n50667 Köln",
            tax_number="217/5555/1234",
            vat_id=None,
            small_business=1,
        )
    )
    _seed_ledger(tx, petra, now)
    _seed_contributions(tx, petra, list(client_ids.values()), now)
    last_month = now.replace(day=1) - timedelta(days=1)
    statement_writes.issue_statement(tx, petra, last_month.year, last_month.month, now)


def _seed_ledger(tx: WriteTransaction, petra: int, now: datetime) -> None:
    randomness = random.Random(6)
    solved = tx.conn.execute(
        select(cases.c.id, cases.c.client_id, cases.c.channel)
        .where(cases.c.assigned_expert_id == petra, cases.c.status == "closed")
        .order_by(cases.c.id)
    ).all()
    start = (now.replace(day=1) - timedelta(days=62)).replace(hour=0, minute=0, second=0)
    span_days = (now - start).days
    for index, row in enumerate(solved):
        complexity = CASE_COMPLEXITIES[index % 3]
        rate = _CASE_CENTS[complexity] + _CHANNEL_EXTRA_CENTS.get(row.channel, 0)
        earned = start + timedelta(
            days=index * span_days // max(len(solved), 1), hours=randomness.randint(8, 18)
        )
        insert_entry(
            tx,
            NewEntry(
                expert_id=petra,
                client_id=row.client_id,
                source="case",
                description=f"Case #{row.id} ({row.channel}, {complexity})",
                quantity=1,
                rate_cents=rate,
                amount_cents=rate,
                earned_at=min(earned, now - timedelta(hours=1)),
                case_id=row.id,
            ),
            now,
        )
    client_id = solved[0].client_id if solved else None
    if client_id is not None:
        for week in range(9):
            begin = start + timedelta(days=week * 7 + 2, hours=17)
            seconds = randomness.choice((3 * 3600, 2 * 3600 + 1800, 4 * 3600))
            insert_entry(
                tx,
                NewEntry(
                    expert_id=petra,
                    client_id=client_id,
                    source="window",
                    description=f"Window {begin:%Y-%m-%d %H:%M} UTC",
                    quantity=seconds,
                    rate_cents=2800,
                    amount_cents=window_amount(seconds, 2800),
                    earned_at=begin,
                    status="approved",
                ),
                now,
            )
    # Up to the middle of last month is paid, the rest of it approved, this month pending.
    this_month = now.replace(day=1, hour=0, minute=0, second=0).date()
    workflow.approve_earnings(tx, petra, this_month - timedelta(days=1), now)
    last_month_start = (this_month - timedelta(days=1)).replace(day=1)
    workflow.pay(tx, petra, last_month_start + timedelta(days=14), now)
    disputed = tx.conn.execute(
        select(ledger_entries.c.id)
        .where(
            ledger_entries.c.expert_id == petra,
            ledger_entries.c.status == "approved",
            ledger_entries.c.source == "case",
        )
        .order_by(ledger_entries.c.id.desc())
        .limit(1)
    ).scalar()
    if disputed is not None:
        workflow.dispute(
            tx, petra, disputed, "Der Fall war komplex (vier Antworten), nicht einfach.", now
        )
    tx.conn.execute(
        update(ledger_entries)
        .where(ledger_entries.c.expert_id == petra, ledger_entries.c.source == "case")
        .where(ledger_entries.c.id % 4 == 0)
        .values(qa_rating=5)
    )


def _seed_contributions(
    tx: WriteTransaction, petra: int, client_ids: list[int], now: datetime
) -> None:
    for index, (contribution_id, kind, title, decision) in enumerate(_DEMO_CONTRIBUTIONS):
        submitted = now - timedelta(days=20 - index * 4)
        contribution_writes.submit(
            tx,
            contribution_id=contribution_id,
            expert_id=petra,
            client_id=client_ids[index % len(client_ids)],
            kind=kind,
            title=title,
            body=f"# {title}\n\nSo gehen Sie vor:\n\n1. Öffnen Sie die Einstellungen.\n"
            "2. Wählen Sie **Export**.\n3. Prüfen Sie das Ergebnis.\n",
            now=submitted,
        )
        if decision == "accept":
            contribution_writes.accept(tx, contribution_id, submitted + timedelta(days=2))
        elif decision == "reject":
            contribution_writes.reject(
                tx,
                contribution_id,
                "Bitte ergänzen Sie Screenshots und kürzen Sie die Einleitung.",
                submitted + timedelta(days=1),
            )
