"""Rate cards per client: what a solved case (by channel and complexity) and an accepted
contribution (by kind) pay. A window hour pays the window's own rate."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from hub.schema import case_rates, contribution_rates, messages, rate_card_stamps
from hub.sequence import WriteTransaction

# Replies the expert wrote before a case counts as standard or complex work.
STANDARD_FROM_REPLIES = 2
COMPLEX_FROM_REPLIES = 4


def case_complexity(reply_count: int) -> str:
    """Complexity of a solved case from the number of replies it took."""
    if reply_count >= COMPLEX_FROM_REPLIES:
        return "complex"
    if reply_count >= STANDARD_FROM_REPLIES:
        return "standard"
    return "simple"


def reply_count(conn: Connection, case_id: int) -> int:
    return int(
        conn.execute(
            select(func.count()).where(messages.c.case_id == case_id, messages.c.direction == "out")
        ).scalar_one()
    )


def case_rate(conn: Connection, client_id: int, channel: str, complexity: str) -> int:
    """The fee in cents; 0 when the client's card has no line for it (operations sees it
    in the ledger and adjusts)."""
    found = conn.execute(
        select(case_rates.c.amount_cents).where(
            case_rates.c.client_id == client_id,
            case_rates.c.channel == channel,
            case_rates.c.complexity == complexity,
        )
    ).scalar()
    return int(found or 0)


def contribution_rate(conn: Connection, client_id: int, kind: str) -> int:
    found = conn.execute(
        select(contribution_rates.c.amount_cents).where(
            contribution_rates.c.client_id == client_id, contribution_rates.c.kind == kind
        )
    ).scalar()
    return int(found or 0)


def window_amount(seconds: int, hourly_rate_cents: int) -> int:
    """Pay for ``seconds`` at an hourly rate, rounded half up to the cent in integers."""
    return (seconds * hourly_rate_cents + 1800) // 3600


def stamp_rate_card(tx: WriteTransaction, client_id: int) -> None:
    """Give the client's rate card a new sequence number: the experts serving it re-sync."""
    seq = tx.next_seq()
    done = tx.conn.execute(
        update(rate_card_stamps).where(rate_card_stamps.c.client_id == client_id).values(seq=seq)
    )
    if done.rowcount == 0:
        tx.conn.execute(insert(rate_card_stamps).values(client_id=client_id, seq=seq))
