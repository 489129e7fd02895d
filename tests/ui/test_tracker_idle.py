"""Idle detection: after the configured time without input the tracker stops giving time
to the open case, and on return a dialog offers keep, discard or book as break. The idle
source and the clocks are driven by the test, never by sleeping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import RunAsync, wait_until
from tests.ui.tracker_rig import tracker_rig
from workstation.domain.tracking import EntryKind, IdleChoice
from workstation.ui.tracking.idle import InAppIdleSource
from workstation.ui.tracking.idle_monitor import IdleMonitor
from workstation.ui.tracking.prompts import IdlePrompt

THRESHOLD_S = 300.0


class SettableIdleSource:
    def __init__(self) -> None:
        self.reading = 0.0

    async def idle_seconds(self) -> float:
        return self.reading

    async def aclose(self) -> None:
        return None


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (IdleChoice.KEEP, [(EntryKind.WORK, 900)]),
        (IdleChoice.DISCARD, [(EntryKind.WORK, 290)]),
        (IdleChoice.BREAK, [(EntryKind.WORK, 290), (EntryKind.BREAK, 610)]),
    ],
)
def test_the_idle_dialog_keeps_discards_or_books_a_break(
    choice: IdleChoice,
    expected: list[tuple[EntryKind, int]],
    qtbot: QtBot,
    tmp_path: Path,
    run_async: RunAsync[Any],
) -> None:
    async def scenario() -> None:
        with tracker_rig(tmp_path) as rig:
            controller = rig.controller
            source = SettableIdleSource()
            monitor = IdleMonitor(
                source,
                threshold_seconds=lambda: THRESHOLD_S,
                monotonic=rig.clocks.monotonic,
                tasks=rig.tasks,
            )
            parent = QWidget()
            qtbot.addWidget(parent)
            prompt = IdlePrompt(
                controller,
                monitor,
                dialog_parent=parent,
                monotonic=rig.clocks.monotonic,
                tasks=rig.tasks,
            )
            await controller.start()
            controller.clock_in()
            controller.open_case(3)

            # 600 s in, the last input was 310 s ago: away since second 290.
            rig.clocks.advance(600)
            source.reading = 310
            await monitor.check()
            assert monitor.idle and prompt.dialog is None
            rig.clocks.advance(300)
            source.reading = 0.5
            await monitor.check()
            assert not monitor.idle
            await wait_until(lambda: prompt.dialog is not None and prompt.dialog.isVisible())
            dialog = prompt.dialog
            assert dialog is not None
            button = {
                IdleChoice.KEEP: dialog.keep_button,
                IdleChoice.DISCARD: dialog.discard_button,
                IdleChoice.BREAK: dialog.break_button,
            }[choice]
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: prompt.dialog is None)
            controller.clock_out()
            await controller.flush()

            entries = rig.store.entries_between(0, 2**40)
            assert [(e.kind, e.seconds) for e in entries] == expected
            await rig.tasks.close()

    run_async(scenario())


def test_no_dialog_when_the_expert_was_not_working(
    qtbot: QtBot, tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    async def scenario() -> None:
        with tracker_rig(tmp_path) as rig:
            source = SettableIdleSource()
            monitor = IdleMonitor(
                source, threshold_seconds=lambda: 60, monotonic=rig.clocks.monotonic,
                tasks=rig.tasks,
            )  # fmt: skip
            parent = QWidget()
            qtbot.addWidget(parent)
            prompt = IdlePrompt(
                rig.controller, monitor, dialog_parent=parent, monotonic=rig.clocks.monotonic,
                tasks=rig.tasks,
            )  # fmt: skip
            rig.clocks.advance(200)
            source.reading = 200
            await monitor.check()
            source.reading = 0
            await monitor.check()
            assert prompt.dialog is None
            await rig.tasks.close()

    run_async(scenario())


def test_in_app_idle_counts_from_the_last_input_event(
    qapp: QApplication, qtbot: QtBot, run_async: RunAsync[Any]
) -> None:
    now = [50.0]
    source = InAppIdleSource(qapp, monotonic=lambda: now[0])
    widget = QWidget()
    qtbot.addWidget(widget)
    now[0] = 80.0
    assert run_async(source.idle_seconds()) == 30.0
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(1, 1),
        QPointF(1, 1),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, move)
    now[0] = 90.0
    assert run_async(source.idle_seconds()) == 10.0
    run_async(source.aclose())
