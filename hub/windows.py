"""Shift windows: creating and removing them, and their documents in the change feed.

A window reaches every expert who serves its client. Its ``seq`` is drawn again whenever a
booking changes, so the seats left reach every one of them; the ``booked`` flag of a
document is the reading expert's own. A removed window leaves a tombstone per expert who
served its client, like a deleted template.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from hub.clock import to_naive_utc
from hub.schema import expert_clients, window_bookings, window_skills, window_tombstones, windows
from hub.sequence import WriteTransaction


@dataclass(frozen=True, slots=True)
class NewWindow:
    client_id: int
    starts_at: datetime
    ends_at: datetime
    hourly_rate_cents: int
    capacity: int
    cutoff_minutes: int = 60
    # (kind, value) pairs, e.g. ("language", "de"); every one is required to book.
    required_skills: tuple[tuple[str, str], ...] = field(default=())


class WindowNotFound(LookupError):
    pass


def insert_windows(tx: WriteTransaction, new_windows: Sequence[NewWindow]) -> list[int]:
    ids: list[int] = []
    for window, seq in zip(new_windows, tx.take_seqs(len(new_windows)), strict=True):
        window_id = tx.conn.execute(
            insert(windows)
            .values(
                client_id=window.client_id,
                starts_at=to_naive_utc(window.starts_at),
                ends_at=to_naive_utc(window.ends_at),
                hourly_rate_cents=window.hourly_rate_cents,
                capacity=window.capacity,
                cutoff_minutes=window.cutoff_minutes,
                seq=seq,
            )
            .returning(windows.c.id)
        ).scalar_one()
        if window.required_skills:
            tx.conn.execute(
                insert(window_skills),
                [
                    {"window_id": window_id, "kind": kind, "value": value}
                    for kind, value in sorted(set(window.required_skills))
                ],
            )
        ids.append(int(window_id))
    return ids


def restamp_window(tx: WriteTransaction, window_id: int) -> None:
    """Give the window a new sequence number so its seats left reach every expert."""
    tx.conn.execute(update(windows).where(windows.c.id == window_id).values(seq=tx.next_seq()))


def remove_window(tx: WriteTransaction, window_id: int) -> None:
    client_id = tx.conn.execute(
        select(windows.c.client_id).where(windows.c.id == window_id)
    ).scalar()
    if client_id is None:
        raise WindowNotFound(window_id)
    expert_ids = tx.conn.execute(
        select(expert_clients.c.expert_id).where(expert_clients.c.client_id == client_id)
    ).scalars()
    seq = tx.next_seq()
    rows = [
        {"expert_id": expert_id, "window_id": window_id, "seq": seq} for expert_id in expert_ids
    ]
    if rows:
        tx.conn.execute(
            delete(window_tombstones).where(
                window_tombstones.c.window_id == window_id,
                window_tombstones.c.expert_id.in_([row["expert_id"] for row in rows]),
            )
        )
        tx.conn.execute(insert(window_tombstones), rows)
    tx.conn.execute(delete(windows).where(windows.c.id == window_id))


def required_skills(conn: Connection, window_ids: Iterable[int]) -> dict[int, list[dict[str, str]]]:
    skills: dict[int, list[dict[str, str]]] = {}
    rows = conn.execute(
        select(window_skills.c.window_id, window_skills.c.kind, window_skills.c.value)
        .where(window_skills.c.window_id.in_(list(window_ids)))
        .order_by(window_skills.c.window_id, window_skills.c.kind, window_skills.c.value)
    )
    for window_id, kind, value in rows:
        skills.setdefault(window_id, []).append({"kind": kind, "value": value})
    return skills


def booked_count(conn: Connection, window_id: int) -> int:
    return int(
        conn.execute(
            select(func.count()).where(window_bookings.c.window_id == window_id)
        ).scalar_one()
    )


def window_documents(
    conn: Connection, expert_id: int, window_ids: Sequence[int]
) -> dict[int, dict[str, Any]]:
    """The change-feed documents of ``window_ids`` as the expert sees them."""
    if not window_ids:
        return {}
    taken = (
        select(window_bookings.c.window_id, func.count().label("taken"))
        .where(window_bookings.c.window_id.in_(list(window_ids)))
        .group_by(window_bookings.c.window_id)
        .subquery()
    )
    mine = set(
        conn.execute(
            select(window_bookings.c.window_id).where(
                window_bookings.c.expert_id == expert_id,
                window_bookings.c.window_id.in_(list(window_ids)),
            )
        ).scalars()
    )
    skills = required_skills(conn, window_ids)
    rows = conn.execute(
        select(
            windows.c.id,
            windows.c.client_id,
            windows.c.starts_at,
            windows.c.ends_at,
            windows.c.hourly_rate_cents,
            windows.c.capacity,
            windows.c.cutoff_minutes,
            func.coalesce(taken.c.taken, 0).label("taken"),
        )
        .outerjoin(taken, taken.c.window_id == windows.c.id)
        .where(windows.c.id.in_(list(window_ids)))
    )
    return {
        row.id: {
            "id": row.id,
            "client_id": row.client_id,
            "starts_at": row.starts_at,
            "ends_at": row.ends_at,
            "hourly_rate_cents": row.hourly_rate_cents,
            "capacity": row.capacity,
            "seats_left": max(row.capacity - int(row.taken), 0),
            "cutoff_minutes": row.cutoff_minutes,
            "required_skills": skills.get(row.id, []),
            "booked": row.id in mine,
        }
        for row in rows
    }


def hide_client_windows(tx: WriteTransaction, expert_id: int, client_id: int) -> None:
    """The expert stops serving the client: its windows leave their view (tombstones) and
    their bookings of them are cancelled, which frees the seats for everyone else."""
    window_ids = sorted(
        tx.conn.execute(select(windows.c.id).where(windows.c.client_id == client_id)).scalars()
    )
    if not window_ids:
        return
    booked = sorted(
        tx.conn.execute(
            select(window_bookings.c.window_id).where(
                window_bookings.c.expert_id == expert_id,
                window_bookings.c.window_id.in_(window_ids),
            )
        ).scalars()
    )
    if booked:
        tx.conn.execute(
            delete(window_bookings).where(
                window_bookings.c.expert_id == expert_id,
                window_bookings.c.window_id.in_(booked),
            )
        )
        for window_id in booked:
            restamp_window(tx, window_id)
    tx.conn.execute(
        delete(window_tombstones).where(
            window_tombstones.c.expert_id == expert_id,
            window_tombstones.c.window_id.in_(window_ids),
        )
    )
    tx.conn.execute(
        insert(window_tombstones),
        [
            {"expert_id": expert_id, "window_id": window_id, "seq": seq}
            for window_id, seq in zip(window_ids, tx.take_seqs(len(window_ids)), strict=True)
        ],
    )
