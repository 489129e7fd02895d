"""A case created at the hub ends up as a real desktop notification (dunst on a private
bus and display), revealing no more than the privacy level allows; clicking it opens it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.events.cases import SECRET_CUSTOMER, SECRET_SUBJECT, new_offer_for_petra
from tests.events.hub_runner import running_event_hub
from tests.sync.helpers import SyncRig, cached_versions, rig
from tests.tray.desktop_session import NotificationDesktop, notification_desktop
from workstation.domain.notifications import (
    NotificationPreferences,
    PrivacyLevel,
    Situation,
)
from workstation.sync.events import EventListener, HubEvent, ListenerState
from workstation.ui.notifications.center import NotificationCenter, load_case_facts
from workstation.ui.notifications.desktop_server import DesktopNotificationServer
from workstation.ui.notifications.notifier import Notifier
from workstation.ui.notifications.selection import connect_backend

WAIT_S = 10.0


async def eventually(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def displayed_count(desktop: NotificationDesktop) -> int:
    return await asyncio.to_thread(desktop.displayed_count)


async def wait_for_display(desktop: NotificationDesktop) -> int:
    deadline = time.monotonic() + WAIT_S
    while (count := await displayed_count(desktop)) == 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    return count


def text_of(entry: dict[str, Any], field: str) -> str:
    value = entry[field]["data"]
    assert isinstance(value, str)
    return value


def at_work() -> Situation:
    return Situation(now=datetime.now(UTC), in_booked_window=True)


def wire(petra: SyncRig, notifier: Notifier, privacy: PrivacyLevel) -> NotificationCenter:
    async def load(case_ids: Sequence[int]) -> list[Any]:
        return await petra.worker.run(load_case_facts, petra.cache, case_ids)

    return NotificationCenter(
        load,
        notifier,
        preferences=lambda: NotificationPreferences(privacy=privacy),
        situation=at_work,
    )


@pytest.mark.parametrize("privacy", [PrivacyLevel.CHANNEL_CLIENT, PrivacyLevel.FULL])
def test_a_new_case_becomes_a_desktop_notification_within_the_privacy_level(
    qapp: QApplication, seeded_sqlite_url: str, tmp_path: Path, privacy: PrivacyLevel
) -> None:
    opened: list[int] = []

    async def scenario(desktop: NotificationDesktop, hub_url: str, hub_engine: Any) -> None:
        petra = await rig(hub_url, cache_path=tmp_path / "cache.db")
        notifier = Notifier()
        notifier.case_requested.connect(opened.append)
        # No tray here (offscreen), so the notifier must pick the notification server.
        server = await connect_backend(notifier, None, bus_address=desktop.bus_address)
        assert isinstance(server, DesktopNotificationServer)
        center = wire(petra, notifier, privacy)
        states: list[ListenerState] = []

        async def sync_and_notify(_batch: Sequence[HubEvent]) -> None:
            await center.after_sync(await petra.sync.sync())

        listener = EventListener(petra.session, sync_and_notify, states.append)
        try:
            await petra.sync.sync()
            await center.prime(sorted(cached_versions(petra.engine)))
            listener.start()
            await eventually(lambda: ListenerState.CONNECTED in states, "the event stream")
            await asyncio.sleep(0.3)  # the catch-up sync after connecting finds nothing new
            assert await displayed_count(desktop) == 0

            case_id = new_offer_for_petra(hub_engine)
            assert await wait_for_display(desktop) == 1
            entry = await asyncio.to_thread(desktop.close_all_and_read_newest)

            summary, body = text_of(entry, "summary"), text_of(entry, "body")
            assert "new offer" in summary
            assert text_of(entry, "appname") == "Expert Workstation"
            assert body.startswith("E-mail · Buchhalter Software AG")
            assert SECRET_CUSTOMER not in summary + body
            assert (SECRET_SUBJECT in body) is (privacy is PrivacyLevel.FULL)

            second = new_offer_for_petra(hub_engine)
            assert await wait_for_display(desktop) == 1
            await asyncio.to_thread(desktop.click_newest)
            await eventually(lambda: opened == [second], "the click to open the case")
            assert case_id != second
        finally:
            await listener.aclose()
            await server.aclose()
            await petra.close()

    with (
        notification_desktop(tmp_path) as desktop,
        running_event_hub(seeded_sqlite_url) as hub,
    ):
        asyncio.run(scenario(desktop, hub.url, hub.engine))


def test_without_tray_and_notification_server_nothing_is_pretended(
    qapp: QApplication, tmp_path: Path
) -> None:
    notifier = Notifier()
    no_bus = f"unix:path={tmp_path / 'no-such-bus'}"
    backend = asyncio.run(connect_backend(notifier, None, bus_address=no_bus))
    assert backend is None
