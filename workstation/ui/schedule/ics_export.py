"""Exporting the booked windows as an iCalendar file. The texts are made on the GUI
thread (they are translated); reading the cache and writing the file happen on the
database worker and a worker thread, written to a temporary file first, so a failed
export never leaves half a calendar behind."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine

from workstation.domain.ics import calendar_bytes
from workstation.domain.windows import ShiftWindow, calendar_events
from workstation.store.schedule_reads import client_names
from workstation.store.windows import WindowQueries
from workstation.store.worker import DbWorker
from workstation.ui.schedule.files import write_atomically
from workstation.ui.schedule.texts import money_text, skills_text

translate = QCoreApplication.translate

# Every booked window the cache holds: the hub keeps the window list short.
_ALL_TIME: Final = (0, 2**62)


def booked_windows_and_clients(engine: Engine) -> tuple[list[ShiftWindow], dict[int, str]]:
    return WindowQueries(engine).booked_between(*_ALL_TIME), client_names(engine)


async def export_booked_windows(
    path: Path,
    *,
    engine: Engine,
    worker: DbWorker,
    uid_domain: str,
    clock: Callable[[], float] = time.time,
) -> int:
    """Write the booked windows to ``path``; returns how many. Raises ``OSError`` when the
    file cannot be written."""
    windows, clients = await worker.run(booked_windows_and_clients, engine)

    def summary(window: ShiftWindow) -> str:
        client = clients.get(window.client_id, f"#{window.client_id}")
        return translate("IcsExport", "Shift: {client}").format(client=client)

    def description(window: ShiftWindow) -> str:
        return translate(
            "IcsExport",
            "Hourly rate: {rate}. Required skills: {skills}. Booked in Expert Workstation.",
        ).format(rate=money_text(window.hourly_rate_cents), skills=skills_text(window))

    events = calendar_events(windows, summary=summary, description=description)
    content = calendar_bytes(events, uid_domain=uid_domain, now=int(clock()))
    await asyncio.to_thread(write_atomically, path, content)
    return len(events)
