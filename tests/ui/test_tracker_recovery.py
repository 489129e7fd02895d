"""The recovery dialog at start: a stretch a crash left open comes back ending at its last
heartbeat; the expert confirms it (possibly ending it earlier) or discards it, and only a
confirmed entry goes to the outbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import RunAsync, wait_until
from tests.ui.tracker_rig import tracker_rig
from workstation.domain.tracking import EntryKind, Location, RunningEntry
from workstation.ui.tracking.prompts import RecoveryPrompt


@pytest.mark.parametrize("choice", ["confirm_earlier", "discard"])
def test_a_recovered_entry_is_confirmed_with_an_earlier_end_or_discarded(
    choice: str, qtbot: QtBot, tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    async def scenario() -> None:
        with tracker_rig(tmp_path) as rig:
            start = int(rig.clocks.wall)
            # What a process that died 40 minutes into its stretch left behind.
            rig.store.heartbeat(
                RunningEntry("lost", EntryKind.WORK, Location.REMOTE, start, 2400.0, ((5, 2400),))
            )
            unconfirmed = await rig.controller.start()
            assert [entry.id for entry in unconfirmed] == ["lost"]
            assert unconfirmed[0].ends_at == start + 2400
            parent = QWidget()
            qtbot.addWidget(parent)
            prompt = RecoveryPrompt(rig.controller, dialog_parent=parent, tasks=rig.tasks)
            recorded: list[bool] = []
            rig.controller.recorded.connect(lambda: recorded.append(True))
            prompt.ask(unconfirmed)
            await wait_until(lambda: prompt.dialog is not None and prompt.dialog.isVisible())
            dialog = prompt.dialog
            assert dialog is not None
            assert rig.outbox.items() == []
            if choice == "discard":
                qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
                await wait_until(lambda: rig.store.entry("lost") is None)
                assert rig.outbox.items() == []
            else:
                dialog.end_edit.setDateTime(QDateTime.fromSecsSinceEpoch(start + 1800))
                qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
                await wait_until(lambda: bool(recorded))
                assert len(rig.outbox.items()) == 1
                entry = rig.store.entry("lost")
                assert entry is not None and not entry.needs_confirmation
                assert (entry.ends_at, entry.cases, entry.version) == (
                    start + 1800, ((5, 1800),), 1,
                )  # fmt: skip
                assert rig.woken
            await wait_until(lambda: prompt.dialog is None)
            await rig.tasks.close()

    run_async(scenario())
