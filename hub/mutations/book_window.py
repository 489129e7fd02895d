"""``book_window``: take a seat in a shift window.

Refused with ``not_found``, ``cutoff``, ``missing_skill``, ``overlap`` (another booked
window of the expert overlaps) or ``capacity``. Writers are serialized by the sequence
lock (hub/sequence.py), so the seat count read here cannot change before commit and
concurrent bookings never exceed the capacity.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, insert, select

from hub.mutations.base import MutationContext, Rejected
from hub.mutations.payload import require_only
from hub.mutations.window_rules import load_visible_window, refuse_after_cutoff
from hub.schema import window_bookings, windows
from hub.visibility import ExpertProfile
from hub.windows import booked_count, required_skills, restamp_window


def _has_skill(expert: ExpertProfile, kind: str, value: str) -> bool:
    held = {"channel": expert.channels, "language": expert.languages, "topic": expert.topics}
    return value in held.get(kind, frozenset())


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    window = load_visible_window(context, payload)
    require_only(payload, ("window_id",), "book_window")
    conn = context.tx.conn
    already = conn.execute(
        select(window_bookings.c.window_id).where(
            window_bookings.c.window_id == window.id,
            window_bookings.c.expert_id == context.expert.id,
        )
    ).first()
    if already is not None:
        # Booking twice (e.g. from two devices) is the state asked for, not an error.
        seats_left = _seats_left(context, window.id, window.capacity)
        return {"window_id": window.id, "booked": True, "seats_left": seats_left}
    refuse_after_cutoff(window, context.now, "booked")
    missing = [
        skill
        for skill in required_skills(conn, [window.id]).get(window.id, [])
        if not _has_skill(context.expert, skill["kind"], skill["value"])
    ]
    if missing:
        names = ", ".join(f"{skill['kind']} {skill['value']}" for skill in missing)
        raise Rejected("missing_skill", f"This window needs skills you do not have: {names}.")
    clash = conn.execute(
        select(windows.c.id)
        .join(window_bookings, window_bookings.c.window_id == windows.c.id)
        .where(
            window_bookings.c.expert_id == context.expert.id,
            and_(windows.c.starts_at < window.ends_at, windows.c.ends_at > window.starts_at),
        )
        .limit(1)
    ).scalar()
    if clash is not None:
        raise Rejected("overlap", f"You already booked window {clash}, which overlaps this one.")
    if booked_count(conn, window.id) >= window.capacity:
        raise Rejected("capacity", "This window is fully booked.")
    conn.execute(
        insert(window_bookings).values(
            window_id=window.id, expert_id=context.expert.id, booked_at=context.now
        )
    )
    restamp_window(context.tx, window.id)
    return {
        "window_id": window.id,
        "booked": True,
        "seats_left": _seats_left(context, window.id, window.capacity),
    }


def _seats_left(context: MutationContext, window_id: int, capacity: int) -> int:
    return max(capacity - booked_count(context.tx.conn, window_id), 0)
