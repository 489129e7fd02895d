"""Scenario 4, a crash mid-shift: a tracking process on the app's encrypted cache is killed
with SIGKILL (as a dying battery stops it), the app starts again, recovers the running
entry ending at its last heartbeat and asks; confirming sends it to the hub exactly once,
and the draft written before is intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hub.schema import time_entries
from tests.support.hub_server import RunningHub
from tests.tracking.tracking_child import KEY_VARIABLE
from tests.ui.app_driver import run_app
from tests.ui.conftest import wait_until
from tests.ui.process_keyring import ProcessKeyring
from tests.ui.work_driver import (
    memory_workstation,
    open_my_first_email_case,
)
from workstation.store.paths import account_dir
from workstation.store.secrets import CACHE_KEY, SecretStore, account_name
from workstation.ui.cache_opening import CACHE_FILE_NAME
from workstation.ui.formatting import clock_time_text, full_timestamp_text
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation

ROOT = Path(__file__).resolve().parents[2]
DRAFT = "Guten Abend, ich pruefe die Umsatzsteuer-Voranmeldung gleich morgen frueh."
HEARTBEAT_S = 0.2
# The child pauses at random beats; with this seed it works on through its first 15, so the
# stretch it is killed in is long enough to leave an entry.
SEED_WITHOUT_PAUSES = "0"


def hub_entries(hub: RunningHub, prefix: str) -> dict[str, tuple[int, int]]:
    """Entry id → (version, seconds) of the hub's entries whose id starts with ``prefix``."""
    with hub.engine.connect() as connection:
        rows = connection.execute(
            select(
                time_entries.c.id,
                time_entries.c.version,
                time_entries.c.starts_at,
                time_entries.c.ends_at,
            ).where(time_entries.c.id.startswith(prefix))
        ).all()
    return {row[0]: (row[1], int((row[3] - row[2]).total_seconds())) for row in rows}


def test_a_killed_tracker_is_recovered_confirmed_and_sent_once(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    hub_server: RunningHub,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    data_dir = tmp_path / "data"
    secrets = SecretStore(backend=ProcessKeyring())
    chosen: list[int] = []

    async def write_a_draft(ws: Workstation) -> None:
        window, case_id = await open_my_first_email_case(ws, qtbot)
        chosen.append(case_id)
        qtbot.keyClick(window.inbox, Qt.Key.Key_R)
        composer = window.case_pane.composer
        await wait_until(composer.body.hasFocus)
        qtbot.keyClicks(composer.body, DRAFT)
        await wait_until(lambda: not window.case.autosave.pending, timeout=3)

    first = memory_workstation(hub_server.url, data_dir, icons, secrets=secrets)
    assert run_app(qapp, first, write_a_draft) == 0

    # The tracking process: clocked in on the same cache, killed mid-shift.
    cache_file = account_dir(data_dir, hub_server.url, "petra") / CACHE_FILE_NAME
    key = secrets.get(account_name("petra", hub_server.url), CACHE_KEY)
    assert key
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.tracking.tracking_child", str(cache_file),
         str(HEARTBEAT_S), "crash", SEED_WITHOUT_PAUSES],
        cwd=ROOT, env={**os.environ, KEY_VARIABLE: key}, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    ready = child.stdout.readline().split()
    assert ready and ready[0] == "READY", ready
    time.sleep(2.5)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    child.stdout.close()

    seen: dict[str, object] = {}

    async def confirm(ws: Workstation) -> None:
        await wait_until(lambda: ws.tracking is not None)
        tracking = ws.tracking
        assert tracking is not None
        await wait_until(
            lambda: tracking.recovery.dialog is not None and tracking.recovery.dialog.isVisible()
        )
        dialog = tracking.recovery.dialog
        assert dialog is not None
        entry = dialog.entry
        seen["entry"] = entry
        assert entry.needs_confirmation
        # Times in the expert's locale: the start with its date, the end as a clock time.
        message = dialog.message.text()
        assert full_timestamp_text(entry.starts_at) in message
        assert clock_time_text(entry.ends_at) in message
        assert dialog.ends_at == entry.ends_at
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: entry.id in hub_entries(hub_server, "crash-"))
        window = ws.main_window
        assert window is not None
        await wait_until(lambda: window.outbox_panel.counts() == (0, 0))
        # The draft survived the crash of the other process.
        window.open_case(chosen[0])
        composer = window.case_pane.composer
        await wait_until(lambda: composer.case_id == chosen[0])
        assert composer.body.toPlainText() == DRAFT
        seen["cache"] = await tracking.controller._worker.run(
            tracking.store.entries_between, 0, 2**40
        )

    # The session resumes from the keyring: no login this time.
    second = memory_workstation(hub_server.url, data_dir, icons, secrets=secrets)
    assert run_app(qapp, second, confirm) == 0

    recovered = seen["entry"]
    at_hub = hub_entries(hub_server, "crash-")
    cached = [e for e in seen["cache"] if e.id.startswith("crash-")]  # type: ignore[attr-defined]
    # Every entry of the killed process, the recovered one included, reached the hub once.
    assert sorted(at_hub) == sorted(e.id for e in cached)
    assert all(version == 1 for version, _seconds in at_hub.values())
    assert at_hub[recovered.id][1] == recovered.seconds  # type: ignore[attr-defined]
    assert not any(e.needs_confirmation for e in cached)
