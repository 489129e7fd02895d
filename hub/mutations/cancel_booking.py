"""``cancel_booking``: give a booked seat back, until the window's cut-off.

Refused with ``not_found``, ``not_booked`` or ``cutoff``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete

from hub.mutations.base import MutationContext, Rejected
from hub.mutations.payload import require_only
from hub.mutations.window_rules import load_visible_window, refuse_after_cutoff
from hub.schema import window_bookings
from hub.windows import booked_count, restamp_window


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    window = load_visible_window(context, payload)
    require_only(payload, ("window_id",), "cancel_booking")
    refuse_after_cutoff(window, context.now, "cancelled")
    removed = context.tx.conn.execute(
        delete(window_bookings).where(
            window_bookings.c.window_id == window.id,
            window_bookings.c.expert_id == context.expert.id,
        )
    ).rowcount
    if not removed:
        raise Rejected("not_booked", "You have not booked this window.")
    restamp_window(context.tx, window.id)
    seats_left = max(window.capacity - booked_count(context.tx.conn, window.id), 0)
    return {"window_id": window.id, "booked": False, "seats_left": seats_left}
