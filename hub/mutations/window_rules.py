"""What booking and cancelling share: loading a window the expert may see, and the cut-off."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from hub.mutations.base import MutationContext, Rejected, require_id
from hub.schema import windows


@dataclass(frozen=True, slots=True)
class VisibleWindow:
    id: int
    client_id: int
    starts_at: datetime
    ends_at: datetime
    capacity: int
    cutoff_minutes: int

    @property
    def booking_closes_at(self) -> datetime:
        return self.starts_at - timedelta(minutes=self.cutoff_minutes)


def load_visible_window(context: MutationContext, payload: Mapping[str, Any]) -> VisibleWindow:
    """The window named by ``payload["window_id"]``; ``not_found`` also for windows of clients
    the expert does not serve, so foreign ids are not confirmed."""
    window_id = require_id(payload, "window_id")
    row = context.tx.conn.execute(
        select(
            windows.c.id,
            windows.c.client_id,
            windows.c.starts_at,
            windows.c.ends_at,
            windows.c.capacity,
            windows.c.cutoff_minutes,
        ).where(windows.c.id == window_id)
    ).first()
    if row is None or row.client_id not in context.expert.client_ids:
        raise Rejected("not_found", "No such window.")
    return VisibleWindow(*row)


def refuse_after_cutoff(window: VisibleWindow, now: datetime, action: str) -> None:
    if now >= window.booking_closes_at:
        raise Rejected(
            "cutoff",
            f"This window can no longer be {action}: changes close {window.cutoff_minutes}"
            " minutes before it starts.",
        )
