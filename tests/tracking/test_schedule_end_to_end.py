"""Booking and time entries end to end: outbox, sender and sync engine against the real
hub. Refused bookings are held with the hub's reason; time entries recorded offline reach
the hub exactly once and come back with the hub's unpaid flag."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from datetime import UTC, timedelta

from sqlalchemy import func, select

from hub import admin
from hub.clock import utc_now
from hub.schema import time_entries
from hub.windows import NewWindow
from tests.reliability.faults import MUTATIONS_PATH, Fault, FaultyTransport
from tests.support.hub_server import RunningHub
from tests.sync.helpers import OutboxRig, outbox_rig
from workstation.domain import mutations
from workstation.domain.models import OutboxState
from workstation.domain.tracking import EntryKind, FinishedEntry, Location
from workstation.store.tracker import TrackerStore
from workstation.store.windows import WindowQueries

ACCOUNTING = 1


def run(
    hub: RunningHub,
    scenario: Callable[[OutboxRig], Awaitable[None]],
    transport: FaultyTransport | None = None,
) -> None:
    async def main() -> None:
        rig = await outbox_rig(hub.url, transport=transport)
        try:
            await scenario(rig)
        finally:
            await rig.close()

    asyncio.run(main())


def window(
    hub: RunningHub,
    starts_in: timedelta,
    *,
    hours: int = 2,
    capacity: int = 2,
    skills: tuple[tuple[str, str], ...] = (),
) -> int:
    start = utc_now() + starts_in
    return admin.create_window(
        hub.engine,
        NewWindow(
            client_id=ACCOUNTING,
            starts_at=start,
            ends_at=start + timedelta(hours=hours),
            hourly_rate_cents=2600,
            capacity=capacity,
            cutoff_minutes=60,
            required_skills=skills,
        ),
    )


def test_bookings_are_applied_or_held_with_the_hubs_reason(hub_server: RunningHub) -> None:
    far = timedelta(days=30)
    booked_first = window(hub_server, far)
    fine = window(hub_server, far + timedelta(days=1))
    overlapping = window(hub_server, far + timedelta(hours=1))
    full = window(hub_server, far + timedelta(days=2), capacity=1)
    admin.book_expert(hub_server.engine, "jonas", full)
    too_late = window(hub_server, timedelta(minutes=30))
    unskilled = window(hub_server, far + timedelta(days=3), skills=(("topic", "firmware"),))

    async def scenario(rig: OutboxRig) -> None:
        windows = WindowQueries(rig.rig.engine)
        assert windows.window(full) is not None and windows.window(full).seats_left == 0  # type: ignore[union-attr]
        first = await rig.outbox.enqueue(mutations.book_window(booked_first, now=rig.clock()))
        assert (await rig.outbox.send_now()).sent == [first.id]
        assert windows.window(booked_first).booked  # type: ignore[union-attr]

        items = {
            reason: await rig.outbox.enqueue(mutations.book_window(window_id, now=rig.clock()))
            for reason, window_id in (
                ("ok", fine),
                ("overlap", overlapping),
                ("capacity", full),
                ("cutoff", too_late),
                ("missing_skill", unskilled),
            )
        }
        report = await rig.outbox.send_now()

        assert report.sent == [items["ok"].id]
        held = {item.id: item for item in await rig.outbox.held_items()}
        for reason in ("overlap", "capacity", "cutoff", "missing_skill"):
            item = held[items[reason].id]
            assert (item.state, item.held_reason) == (OutboxState.HELD, reason)
            assert item.held_message
        assert "topic firmware" in held[items["missing_skill"].id].held_message  # type: ignore[operator]
        assert [w.id for w in windows.booked_between(0, 2**40) if w.id in (fine, booked_first)] == [
            booked_first,
            fine,
        ]

        cancel = await rig.outbox.enqueue(mutations.cancel_booking(fine, now=rig.clock()))
        assert (await rig.outbox.send_now()).sent == [cancel.id]
        assert not windows.window(fine).booked  # type: ignore[union-attr]

    run(hub_server, scenario)


def test_time_entries_recorded_offline_reach_the_hub_once_and_come_back_flagged(
    hub_server: RunningHub,
) -> None:
    start = (utc_now() - timedelta(days=1)).replace(minute=0, second=0)
    shift = window(hub_server, start - utc_now(), hours=2)
    admin.book_expert(hub_server.engine, "petra", shift)
    begin = int(start.replace(tzinfo=UTC).timestamp())
    network = FaultyTransport(paths=frozenset({MUTATIONS_PATH}))

    async def scenario(rig: OutboxRig) -> None:
        ids = (f"m-{number}" for number in itertools.count(1))
        tracker_store = TrackerStore(
            rig.rig.engine, rig.store, clock=rig.clock, new_id=lambda: next(ids)
        )
        entries = [
            FinishedEntry("inside", EntryKind.WORK, Location.REMOTE, begin, begin + 3600, ()),
            FinishedEntry(
                "spill", EntryKind.WORK, Location.ON_SITE, begin + 3600, begin + 9000, ((1, 60),)
            ),
        ]
        network.plan([Fault.DROP_REQUEST, Fault.DROP_RESPONSE])
        tracker_store.finish(entries, None)

        offline = await rig.outbox.send_now()
        assert offline.error is not None and offline.sent == []
        # Back online: the first resend's answer is lost, the second one gets through.
        for _ in range(2):
            due = rig.store.next_due_at()
            assert due is not None
            rig.clock.advance(max(due - rig.clock(), 0))
            await rig.outbox.send_now()
        assert rig.store.next_due_at() is None

        sent = [item for item in rig.store.items() if item.state is OutboxState.SENT]
        assert sorted(str(item.payload["entry_id"]) for item in sent) == ["inside", "spill"]
        with hub_server.engine.connect() as conn:
            counts: dict[str, int] = dict(
                conn.execute(
                    select(time_entries.c.id, func.count()).group_by(time_entries.c.id)
                ).all()
            )
        assert counts == {"inside": 1, "spill": 1}

        await rig.rig.sync.sync()
        inside = tracker_store.entry("inside")
        spill = tracker_store.entry("spill")
        assert inside is not None and (inside.unpaid_seconds, inside.synced) == (0, True)
        assert spill is not None and spill.unpaid_seconds == 9000 - 7200

    run(hub_server, scenario, network)
