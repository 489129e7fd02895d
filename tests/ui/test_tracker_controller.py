"""The tracker controller over a real encrypted cache: state changes and heartbeats are
written on the database worker, finished entries reach the outbox, time goes to the open
case only while the app is in use, and the bar shows it all, ticking from memory."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.ui.conftest import RunAsync, wait_until
from tests.ui.tracker_rig import tracker_rig
from workstation.domain.tracking import EntryKind, RunningEntry, TrackerState
from workstation.ui.tracking.bar import TrackerBar


def test_state_changes_and_heartbeats_are_saved_off_the_gui_thread(
    tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    async def scenario() -> None:
        with tracker_rig(tmp_path) as rig:
            threads: list[str] = []
            heartbeat = rig.store.heartbeat

            def recording_heartbeat(running: RunningEntry) -> None:
                threads.append(threading.current_thread().name)
                heartbeat(running)

            rig.store.heartbeat = recording_heartbeat  # type: ignore[method-assign]
            controller = rig.controller
            await controller.start()
            controller.clock_in()
            controller.open_case(7)
            await controller.flush()
            assert rig.store.running() is not None

            rig.clocks.advance(100)
            controller.heartbeat()
            await controller.flush()
            running = rig.store.running()
            assert running is not None and running.elapsed == pytest.approx(100)
            assert running.cases == ((7, 100),)
            assert threads and all(name.startswith("db-worker") for name in threads)

            # Away from the app: its time no longer goes to the case.
            controller.set_in_use(False)
            rig.clocks.advance(50)
            controller.pause()
            rig.clocks.advance(30)
            controller.resume()
            controller.set_in_use(True)
            rig.clocks.advance(20)
            controller.clock_out()
            await controller.flush()

            entries = rig.store.entries_between(0, 2**40)
            assert [(e.kind, e.seconds, e.cases) for e in entries] == [
                (EntryKind.WORK, 150, ((7, 100),)),
                (EntryKind.BREAK, 30, ()),
                (EntryKind.WORK, 20, ((7, 20),)),
            ]
            assert rig.store.running() is None
            assert len(rig.outbox.items()) == 3 and rig.woken
            assert rig.store.case_seconds(7) == 120
            snapshot = controller.snapshot()
            assert snapshot.state is TrackerState.CLOCKED_OUT
            assert snapshot.today_seconds == 170
            await rig.tasks.close()

    run_async(scenario())


def test_a_failed_save_keeps_the_entry_and_the_next_heartbeat_writes_it(
    tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    async def scenario() -> None:
        with tracker_rig(tmp_path) as rig:
            controller = rig.controller
            problems: list[str] = []
            controller.problem.connect(problems.append)
            finish = rig.store.finish
            failures = [OSError("disk full")]

            def failing_finish(*args: Any) -> Any:
                if failures:
                    raise failures.pop()
                return finish(*args)

            rig.store.finish = failing_finish  # type: ignore[method-assign,assignment]
            await controller.start()
            controller.clock_in()
            rig.clocks.advance(60)
            controller.clock_out()
            await controller.flush()
            assert problems and rig.store.entries_between(0, 2**40) == []
            assert controller.snapshot().today_seconds == 60

            controller.heartbeat()
            await controller.flush()
            assert [e.seconds for e in rig.store.entries_between(0, 2**40)] == [60]
            await rig.tasks.close()

    run_async(scenario())


def test_the_bar_shows_state_window_today_and_unpaid_time(
    qtbot: QtBot, tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    async def scenario() -> None:
        with tracker_rig(tmp_path) as rig:
            controller = rig.controller
            await controller.start()
            host = QMainWindow()
            bar = TrackerBar(controller)
            host.addToolBar(bar)
            qtbot.addWidget(host)
            host.show()
            assert "Clocked out" in bar.state_label.text()
            assert not bar.pause_action.isEnabled()

            # No booked window now: clocking in says the time is unpaid, without a modal.
            warned: list[bool] = []
            controller.unpaidWarning.connect(lambda: warned.append(True))
            bar.clock_action.trigger()
            await wait_until(lambda: bool(warned))
            bar.refresh()
            assert "Working" in bar.state_label.text()
            assert bar.unpaid_item.isVisible()
            rig.clocks.advance(65)
            bar.refresh()
            assert bar.today_label.text() == "Today: 0:01:05"
            bar.pause_action.trigger()
            assert "On a break" in bar.state_label.text()
            assert bar.pause_action.text() == "&Resume"
            bar.clock_action.trigger()
            await controller.flush()

            # Inside a booked window: its own clock, and no unpaid note.
            rig.add_window(1, rig.clocks.wall - 600, rig.clocks.wall + 3000)
            bar.clock_action.trigger()
            await controller.flush()
            await wait_until(lambda: controller.snapshot().window is not None)
            rig.clocks.advance(30)
            bar.refresh()
            assert bar.window_label.text().startswith("Window ")
            assert bar.window_label.text().endswith("0:01:35")  # 65 s before and 30 s now
            assert not bar.unpaid_item.isVisible()
            assert bar.today_label.text() == "Today: 0:01:35"
            # Keyboard: the shortcut clocks out wherever the focus is.
            qtbot.keyClick(
                host,
                Qt.Key.Key_T,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
            await wait_until(lambda: controller.state is TrackerState.CLOCKED_OUT)
            await controller.close()
            host.close()
            await rig.tasks.close()

    run_async(scenario())
