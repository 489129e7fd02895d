"""Writes the earnings parts of a change page (ledger entries, statements, contributions)
inside the page's transaction; the pending submissions of the expert stay visible over
the hub's rows until the hub has them."""

from __future__ import annotations

from typing import Final

import orjson
from sqlalchemy import Connection

from workstation.domain.changes import ChangePage

_LEDGER_COLUMNS: Final = (
    "id, client_id, source, case_id, contribution_id, window_id, adjusts_entry_id, "
    "description, quantity, rate_cents, amount_cents, status, earned_at, qa_rating, reason, "
    "dispute_reason, resolution, statement_id, paid_at"
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


_PENDING_SUBMISSIONS: Final = (
    "SELECT payload, created_at FROM outbox "
    "WHERE type = 'contribution_submit' AND state IN ('queued', 'sending') ORDER BY seq"
)


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
        reapply_pending_submissions(connection)
    return bool(page.ledger_entries or page.statements or page.contributions)


def show_submitted(connection: Connection, payload: dict[str, object], at: int) -> None:
    """The local effect of a submission: the contribution is listed as submitted."""
    connection.exec_driver_sql(
        _replace("contributions", CONTRIBUTION_COLUMNS),
        (
            payload["contribution_id"],
            payload["client_id"],
            payload["kind"],
            payload["title"],
            payload["body"],
            "submitted",
            None,
            None,
            at,
            None,
        ),
    )


def reapply_pending_submissions(connection: Connection) -> None:
    for payload, created_at in connection.exec_driver_sql(_PENDING_SUBMISSIONS).all():
        show_submitted(connection, orjson.loads(payload), int(created_at))


def reset_earnings(connection: Connection) -> None:
    """Forget the synced earnings for a full resync; drafts are the expert's and stay."""
    for table in ("ledger_entries", "statements", "contributions"):
        connection.exec_driver_sql(f"DELETE FROM {table}")
