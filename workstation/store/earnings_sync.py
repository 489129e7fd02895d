"""Writes the earnings parts of a change page (ledger entries, statements, contributions)
inside the page's transaction. The expert's pending disputes and submissions are shown over
these hub rows at read time (``store/earnings.py``, ``store/contributions.py``), so a
refused or confirmed item never leaves a stale local effect behind."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from workstation.domain.changes import ChangePage

if TYPE_CHECKING:
    from sqlalchemy import Connection

_LEDGER_COLUMNS: Final = (
    "id, client_id, source, case_id, contribution_id, window_id, adjusts_entry_id, "
    "description, quantity, rate_cents, amount_cents, status, earned_at, qa_rating, reason, "
    "dispute_reason, resolution, statement_id, paid_at, qa_hold_until"
)
_STATEMENT_COLUMNS: Final = (
    "id, number, period_start, period_end, issued_at, net_cents, vat_rate_percent, "
    "vat_cents, total_cents, issuer, recipient"
)
CONTRIBUTION_COLUMNS: Final = (
    "id, client_id, kind, title, body, status, feedback, fee_cents, submitted_at, decided_at"
)


def _replace(table: str, columns: str) -> str:
    marks = ", ".join("?" for _ in columns.split(","))
    return f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})"


def apply_earnings(connection: Connection, page: ChangePage) -> bool:
    """Store the page's earnings rows; True if there were any."""
    if page.ledger_entries:
        connection.exec_driver_sql(_replace("ledger_entries", _LEDGER_COLUMNS), page.ledger_entries)
    if page.statements:
        connection.exec_driver_sql(_replace("statements", _STATEMENT_COLUMNS), page.statements)
    if page.contributions:
        connection.exec_driver_sql(
            _replace("contributions", CONTRIBUTION_COLUMNS), page.contributions
        )
    if page.rate_cards:
        connection.exec_driver_sql(
            _replace("rate_cards", "client_id, cases, contributions"), page.rate_cards
        )
    return bool(page.ledger_entries or page.statements or page.contributions or page.rate_cards)


def reset_earnings(connection: Connection) -> None:
    """Forget the synced earnings for a full resync; drafts are the expert's and stay."""
    for table in ("ledger_entries", "statements", "contributions", "rate_cards"):
        connection.exec_driver_sql(f"DELETE FROM {table}")
