"""The period's ledger entries as CSV for bookkeeping software: UTF-8 with a byte order
mark (spreadsheets then read umlauts right), amounts as exact decimals with a point."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Final

from workstation.domain.earnings import LedgerEntry, decimal_text

HEADER: Final = (
    "date",
    "entry_id",
    "client",
    "type",
    "description",
    "status",
    "quantity",
    "rate_eur",
    "amount_eur",
    "currency",
    "case_id",
    "contribution_id",
    "window_id",
    "reason",
)


def write_earnings_csv(path: Path, entries: Iterable[LedgerEntry]) -> int:
    """Write the entries (atomically: a crash leaves the old file or none); returns the
    number of rows."""
    partial = path.with_name(path.name + ".part")
    count = 0
    with partial.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for entry in entries:
            writer.writerow(_row(entry))
            count += 1
    partial.replace(path)
    return count


def _row(entry: LedgerEntry) -> list[str]:
    def optional(value: object) -> str:
        return "" if value is None else str(value)

    return [
        datetime.fromtimestamp(entry.earned_at).date().isoformat(),
        str(entry.id),
        entry.client_name,
        entry.source,
        entry.description,
        entry.status,
        str(entry.quantity),
        decimal_text(entry.rate_cents),
        decimal_text(entry.amount_cents),
        "EUR",
        optional(entry.case_id),
        optional(entry.contribution_id),
        optional(entry.window_id),
        entry.reason or entry.dispute_reason or "",
    ]
