"""Read side of the synced earnings: period figures aggregated in SQL, entry pages for
the lazy table, statements. Blocking; run on the ``DbWorker``.

The status shown is the hub's, except that an entry the expert disputed is shown as
disputed while the dispute is still on its way (queued, sending, or sent before the hub's
answer came back by sync).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Final

import orjson
from sqlalchemy import Connection, Engine

from workstation.domain.earnings import (
    CaseRate,
    ContributionRate,
    DayTotal,
    EarningsSummary,
    LedgerEntry,
    Party,
    Period,
    RateCard,
    Statement,
)

_ENTRIES: Final = """
WITH disputing AS (
    SELECT DISTINCT CAST(json_extract(payload, '$.entry_id') AS INTEGER) AS entry_id
    FROM outbox WHERE type = 'dispute' AND state IN ('queued', 'sending', 'sent')
)
SELECT e.id, e.client_id, COALESCE(c.name, '') AS client_name, e.source, e.case_id,
    e.contribution_id, e.window_id, e.description, e.quantity, e.rate_cents, e.amount_cents,
    CASE WHEN d.entry_id IS NOT NULL AND e.status IN ('pending', 'approved')
        THEN 'disputed' ELSE e.status END AS shown_status,
    e.earned_at, e.qa_rating, e.reason, e.dispute_reason, e.resolution, e.statement_id,
    e.paid_at, e.qa_hold_until
FROM ledger_entries e
LEFT JOIN clients c ON c.id = e.client_id
LEFT JOIN disputing d ON d.entry_id = e.id
"""
_IN_PERIOD: Final = "WHERE e.earned_at >= ? AND e.earned_at < ?"
_STATEMENT_COLUMNS: Final = (
    "id, number, period_start, period_end, issued_at, net_cents, vat_rate_percent, "
    "vat_cents, total_cents, issuer, recipient"
)


class EarningsQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def summary(self, period: Period) -> EarningsSummary:
        bounds = period.bounds()
        with self._engine.connect() as connection:
            total, count = connection.exec_driver_sql(
                f"SELECT COALESCE(SUM(amount_cents), 0), COUNT(*) FROM ({_ENTRIES} {_IN_PERIOD})",
                bounds,
            ).one()
            return EarningsSummary(
                period=period,
                total_cents=int(total),
                count=int(count),
                by_status=_split(connection, "shown_status", bounds),
                by_client=_split(connection, "client_name", bounds),
                by_source=_split(connection, "source", bounds),
                days=_days(connection, bounds),
            )

    def today_so_far(self, today: date) -> int:
        """Cents earned since local midnight (all statuses)."""
        start = Period(today, date.fromordinal(today.toordinal() + 1)).bounds()
        with self._engine.connect() as connection:
            return int(
                connection.exec_driver_sql(
                    "SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries "
                    "WHERE earned_at >= ? AND earned_at < ?",
                    start,
                ).scalar_one()
            )

    def count(self, period: Period) -> int:
        with self._engine.connect() as connection:
            return int(
                connection.exec_driver_sql(
                    "SELECT COUNT(*) FROM ledger_entries e " + _IN_PERIOD, period.bounds()
                ).scalar_one()
            )

    def entries(self, period: Period, offset: int, limit: int) -> list[LedgerEntry]:
        """One page of the period's entries, newest first."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"{_ENTRIES} {_IN_PERIOD} ORDER BY e.earned_at DESC, e.id DESC LIMIT ? OFFSET ?",
                (*period.bounds(), limit, offset),
            ).all()
        return [LedgerEntry(*row) for row in rows]

    def entry(self, entry_id: int) -> LedgerEntry | None:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(f"{_ENTRIES} WHERE e.id = ?", (entry_id,)).first()
        return None if row is None else LedgerEntry(*row)

    def rate_cards(self) -> list[RateCard]:
        """The rate cards of the clients the expert serves, by client name."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT r.client_id, COALESCE(c.name, ''), r.cases, r.contributions "
                "FROM rate_cards r LEFT JOIN clients c ON c.id = r.client_id "
                "ORDER BY c.name, r.client_id"
            ).all()
        return [
            RateCard(
                client_id=client_id,
                client_name=name,
                cases=tuple(CaseRate(**line) for line in orjson.loads(cases)),
                contributions=tuple(ContributionRate(**line) for line in orjson.loads(kinds)),
            )
            for client_id, name, cases, kinds in rows
        ]

    def statements(self) -> list[Statement]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {_STATEMENT_COLUMNS} FROM statements ORDER BY period_start DESC, id DESC"
            ).all()
        return [_statement(row) for row in rows]

    def statement_for(self, period: Period) -> Statement | None:
        """The newest statement whose period overlaps ``period``."""
        start, end = period.bounds()
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(
                f"SELECT {_STATEMENT_COLUMNS} FROM statements "
                "WHERE period_start < ? AND period_end > ? ORDER BY issued_at DESC, id DESC",
                (end, start),
            ).first()
        return None if row is None else _statement(row)

    def statement_lines(self, statement_id: int) -> list[LedgerEntry]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"{_ENTRIES} WHERE e.statement_id = ? ORDER BY e.earned_at, e.id",
                (statement_id,),
            ).all()
        return [LedgerEntry(*row) for row in rows]


def _split(connection: Connection, column: str, bounds: tuple[int, int]) -> dict[str, int]:
    rows = connection.exec_driver_sql(
        f"SELECT {column}, SUM(amount_cents) FROM ({_ENTRIES} {_IN_PERIOD}) "
        f"GROUP BY {column} ORDER BY {column}",
        bounds,
    ).all()
    return {str(key): int(cents) for key, cents in rows}


def _days(connection: Connection, bounds: tuple[int, int]) -> list[DayTotal]:
    # 'localtime': the expert's calendar day, the same one Period.bounds() starts from.
    rows = connection.exec_driver_sql(
        "SELECT date(earned_at, 'unixepoch', 'localtime') AS day, SUM(amount_cents), COUNT(*) "
        "FROM ledger_entries e " + _IN_PERIOD + " GROUP BY day ORDER BY day",
        bounds,
    ).all()
    return [DayTotal(date.fromisoformat(day), int(cents), int(count)) for day, cents, count in rows]


def _party(raw: str) -> Party:
    data: dict[str, Any] = orjson.loads(raw)
    return Party(
        name=str(data.get("name") or ""),
        address=str(data.get("address") or ""),
        vat_id=data.get("vat_id"),
        tax_number=data.get("tax_number"),
        small_business=bool(data.get("small_business")),
    )


def _statement(row: Sequence[Any]) -> Statement:
    return Statement(
        id=row[0],
        number=row[1],
        period_start=row[2],
        period_end=row[3],
        issued_at=row[4],
        net_cents=row[5],
        vat_rate_percent=row[6],
        vat_cents=row[7],
        total_cents=row[8],
        issuer=_party(row[9]),
        recipient=_party(row[10]),
    )
