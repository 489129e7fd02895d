"""One expert's Server-Sent Events stream: sequence events, timed events, heartbeats.

The stream sleeps on the shared ``SequenceWatch`` and reads the database only when the
sequence moved, when a timed check is due (every ``timed_check_s``), never in a tight loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from hub.db import read_transaction
from hub.events import (
    BATCH,
    WINDOW_WARNING,
    DueItem,
    HubEvent,
    WindowSchedule,
    expiring_claims,
    sequence_events,
)
from hub.sequence_watch import SequenceWatch
from hub.visibility import load_profile

HEARTBEAT = b": ping\n\n"
# Reconnection delay suggested to EventSource-style clients, in milliseconds.
RETRY_MS = 2000
DEFAULT_HEARTBEAT_S = 15.0
DEFAULT_TIMED_CHECK_S = 5.0


@dataclass(frozen=True, slots=True)
class EventStreamSettings:
    heartbeat_s: float = DEFAULT_HEARTBEAT_S
    timed_check_s: float = DEFAULT_TIMED_CHECK_S


class ExpertGone(Exception):
    """The expert was deleted while the stream was open."""


def format_event(event: HubEvent, event_id: int) -> bytes:
    return b"id: %d\nevent: %s\ndata: %s\n\n" % (event_id, event.type.encode(), event.data())


class EventStream:
    def __init__(
        self,
        *,
        engine: Engine,
        watch: SequenceWatch,
        now: Callable[[], datetime],
        expert_id: int,
        start_after: int,
        settings: EventStreamSettings,
        windows: WindowSchedule | None,
        ends_at: datetime | None = None,
    ) -> None:
        self._engine = engine
        self._watch = watch
        self._now = now
        self._expert_id = expert_id
        self._position = start_after
        self._settings = settings
        self._windows = windows
        # The access token's expiry: the stream ends there and the client reconnects with
        # a refreshed token and ``Last-Event-ID``.
        self._ends_at = ends_at
        # Timed items already announced on this connection, so each is sent once per stream.
        self._announced: set[tuple[str, int, datetime]] = set()

    async def frames(self) -> AsyncIterator[bytes]:
        yield b"retry: %d\n\n" % RETRY_MS
        monotonic = time.monotonic
        next_heartbeat = monotonic() + self._settings.heartbeat_s
        next_timed_check = monotonic()
        while not self._expired():
            if self._watch.head > self._position:
                try:
                    frames = await asyncio.to_thread(self._read_sequence_events)
                except ExpertGone:
                    return  # the account was deleted: end the stream; a reconnect gets 401
                for frame in frames:
                    yield frame
            if monotonic() >= next_timed_check:
                for frame in await asyncio.to_thread(self._read_timed_events):
                    yield frame
                next_timed_check = monotonic() + self._settings.timed_check_s
            if monotonic() >= next_heartbeat:
                yield HEARTBEAT
                next_heartbeat = monotonic() + self._settings.heartbeat_s
            wait_s = max(0.0, min(next_heartbeat, next_timed_check) - monotonic())
            await self._watch.wait_beyond(self._position, min(wait_s, self._seconds_left()))

    def _expired(self) -> bool:
        return self._ends_at is not None and self._now() >= self._ends_at

    def _seconds_left(self) -> float:
        if self._ends_at is None:
            return float("inf")
        return max(0.0, (self._ends_at - self._now()).total_seconds())

    def _read_sequence_events(self) -> list[bytes]:
        frames: list[bytes] = []
        up_to = self._watch.head
        with read_transaction(self._engine) as conn:
            profile = load_profile(conn, self._expert_id)
            if profile is None:
                raise ExpertGone(self._expert_id)
            while self._position < up_to:
                events = sequence_events(conn, profile, after=self._position, up_to=up_to)
                frames.extend(format_event(event, event.seq) for event in events)
                full = len(events) == BATCH
                self._position = events[-1].seq if full else up_to
        return frames

    def _read_timed_events(self) -> list[bytes]:
        now = self._now()
        with read_transaction(self._engine) as conn:
            due = expiring_claims(conn, self._expert_id, now)
            if self._windows is not None:
                until = now + WINDOW_WARNING
                due.extend(self._windows.starting(conn, self._expert_id, now, until))
        frames: list[bytes] = []
        for item in due:
            identity = (item.type, item.key, item.due)
            if identity in self._announced:
                continue
            self._announced.add(identity)
            frames.append(format_event(_timed_event(item, self._position), self._position))
        return frames


def _timed_event(item: DueItem, position: int) -> HubEvent:
    return HubEvent(
        type=item.type,
        seq=position,
        case_id=item.case_id,
        channel=item.channel,
        client_id=item.client_id,
        due=item.due,
    )
