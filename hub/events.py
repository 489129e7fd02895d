"""What ``GET /events`` tells one expert: hints that something changed, never the data.

Sequence events are derived from the same rows as ``/sync/changes`` and carry the
sequence number that stamped them as their id, so a stream resumed with
``Last-Event-ID: n`` replays exactly the changes after ``n`` that the expert can see
(a case that changed twice meanwhile is announced once, at its newest number: the client
pulls the newest state anyway). Timed events (a claim about to run out, a booked window
about to start) depend on the clock rather than on a write; they carry the stream's
current position as id and are announced again after a reconnect while still due, so
clients recognize them by ``(type, case_id, due)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import orjson
from sqlalchemy import Connection, select

from hub.changes import JSON_OPTIONS
from hub.schema import cases, tombstones
from hub.visibility import ExpertProfile, qualifying_offer_clause

NEW_OFFER = "new_offer"
CASE_UPDATED = "case_updated"
CASE_REMOVED = "case_removed"
CLAIM_EXPIRING = "claim_expiring"
WINDOW_STARTING = "window_starting"

# How long before a lease runs out the assignee is warned.
CLAIM_WARNING = timedelta(minutes=2)
# How long before a booked window starts the expert is told.
WINDOW_WARNING = timedelta(minutes=5)
# How many sequence events one query reads at most; the stream loops for more.
BATCH = 500


@dataclass(frozen=True, slots=True)
class HubEvent:
    type: str
    seq: int
    case_id: int | None = None
    channel: str | None = None
    client_id: int | None = None
    due: datetime | None = None

    def data(self) -> bytes:
        body: dict[str, Any] = {
            "type": self.type,
            "seq": self.seq,
            "case_id": self.case_id,
            "channel": self.channel,
            "client_id": self.client_id,
        }
        if self.due is not None:
            body["due"] = self.due
        return orjson.dumps(body, option=JSON_OPTIONS)


@dataclass(frozen=True, slots=True)
class DueItem:
    """Something timed that is about to happen: a lease running out, a window starting."""

    type: str
    key: int
    due: datetime
    case_id: int | None = None
    channel: str | None = None
    client_id: int | None = None


class WindowSchedule(Protocol):
    """Booked shift windows of an expert that start before ``until`` (the hub's own is
    ``hub.window_schedule.BookedWindowSchedule``)."""

    def starting(
        self, conn: Connection, expert_id: int, now: datetime, until: datetime
    ) -> Sequence[DueItem]: ...


def sequence_events(
    conn: Connection, profile: ExpertProfile, *, after: int, up_to: int
) -> list[HubEvent]:
    """The expert's events with ``after < seq <= up_to``, ascending, at most ``BATCH``."""
    columns = (cases.c.seq, cases.c.id, cases.c.channel, cases.c.client_id)
    in_range = (cases.c.seq > after, cases.c.seq <= up_to)
    found: list[HubEvent] = []
    for kind, condition in (
        (CASE_UPDATED, cases.c.assigned_expert_id == profile.id),
        (NEW_OFFER, qualifying_offer_clause(profile)),
    ):
        rows = conn.execute(
            select(*columns).where(condition, *in_range).order_by(cases.c.seq).limit(BATCH)
        )
        found.extend(
            HubEvent(type=kind, seq=seq, case_id=case_id, channel=channel, client_id=client_id)
            for seq, case_id, channel, client_id in rows
        )
    removed = conn.execute(
        select(tombstones.c.seq, tombstones.c.case_id)
        .where(tombstones.c.expert_id == profile.id, tombstones.c.seq > after)
        .where(tombstones.c.seq <= up_to)
        .order_by(tombstones.c.seq)
        .limit(BATCH)
    )
    found.extend(HubEvent(type=CASE_REMOVED, seq=seq, case_id=case_id) for seq, case_id in removed)
    found.sort(key=lambda item: item.seq)
    return found[:BATCH]


def expiring_claims(conn: Connection, expert_id: int, now: datetime) -> list[DueItem]:
    """The expert's open cases whose lease runs out within ``CLAIM_WARNING``."""
    rows = conn.execute(
        select(cases.c.id, cases.c.claim_expires_at, cases.c.channel, cases.c.client_id).where(
            cases.c.assigned_expert_id == expert_id,
            cases.c.status == "open",
            cases.c.claim_expires_at.is_not(None),
            cases.c.claim_expires_at <= now + CLAIM_WARNING,
            cases.c.claim_expires_at > now,
        )
    )
    return [
        DueItem(
            type=CLAIM_EXPIRING,
            key=case_id,
            due=due,
            case_id=case_id,
            channel=channel,
            client_id=client_id,
        )
        for case_id, due, channel, client_id in rows
    ]
