"""Reminders and working-time warnings with a manual clock: a booked window starting in
five minutes (once, by the notification center's deadline key), a window that ended while
still clocked in, cases worked while clocked out, and the ArbZG warning in the bar."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.ui.conftest import RunAsync
from tests.ui.tracker_rig import ShownNotifications, TrackerRig, tracker_rig
from workstation.domain.tracking import EntryKind, FinishedEntry, Location
from workstation.ui.tracking.bar import TrackerBar
from workstation.ui.tracking.reminders import TrackerReminders


def reminders_of(
    rig: TrackerRig, desktop: ShownNotifications, *, warnings: bool = False
) -> TrackerReminders:
    center = rig.center(desktop)
    return TrackerReminders(
        rig.controller,
        store=rig.store,
        windows=rig.windows,
        cache=rig.cache,
        worker=rig.worker,
        tasks=rig.tasks,
        center=lambda: center,
        warnings_enabled=lambda: warnings,
        wall=rig.clocks.now,
    )


def test_window_and_clock_reminders_come_once_each(
    tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    async def scenario() -> None:
        with tracker_rig(tmp_path) as rig:
            desktop = ShownNotifications()
            reminders = reminders_of(rig, desktop)
            center = rig.center(desktop)
            await rig.controller.start()
            rig.add_window(1, rig.clocks.wall + 301, rig.clocks.wall + 301 + 3600)

            # Not yet within five minutes; then once, however often the timer asks.
            assert await center.check_deadlines([], await reminders.booked_windows()) == []
            rig.clocks.advance(2)
            shown = await center.check_deadlines([], await reminders.booked_windows())
            assert [n.kind.value for n in shown] == ["window_starting"]
            assert await center.check_deadlines([], await reminders.booked_windows()) == []
            assert desktop.shown[0][0].startswith("1 booked window")

            rig.clocks.advance(299)
            rig.controller.clock_in()
            await reminders.check()
            rig.clocks.advance(3600)
            await reminders.check()
            await reminders.check()
            assert [summary for summary, _body in desktop.shown[1:]] == [
                "Your booked window has ended"
            ]

            rig.controller.clock_out()
            await reminders.check()
            assert len(desktop.shown) == 2, "no case work yet: nothing to remind of"
            reminders.note_case_work()
            await reminders.check()
            await reminders.check()
            assert desktop.shown[2][0] == "You are not clocked in"
            assert len(desktop.shown) == 3
            await rig.controller.flush()
            await rig.tasks.close()

    run_async(scenario())


def test_a_working_time_warning_appears_in_the_bar_and_as_a_notification(
    qtbot: QtBot, tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    async def scenario() -> None:
        with tracker_rig(tmp_path) as rig:
            today = datetime.fromtimestamp(rig.clocks.wall).date()
            morning = int(datetime.combine(today, time(7, 0)).astimezone().timestamp())
            rig.clocks.wall = morning + 7 * 3600
            # 6 h 30 min without a break since 7:00.
            rig.store.finish(
                [
                    FinishedEntry(
                        "long", EntryKind.WORK, Location.REMOTE, morning, morning + 23_400, ()
                    )
                ],
                None,
            )
            desktop = ShownNotifications()
            enabled = [False]
            center = rig.center(desktop)
            reminders = TrackerReminders(
                rig.controller,
                store=rig.store,
                windows=rig.windows,
                cache=rig.cache,
                worker=rig.worker,
                tasks=rig.tasks,
                center=lambda: center,
                warnings_enabled=lambda: enabled[0],
                wall=rig.clocks.now,
            )
            await rig.controller.start()
            host = QMainWindow()
            bar = TrackerBar(rig.controller)
            host.addToolBar(bar)
            qtbot.addWidget(host)
            host.show()
            reminders.warningsChanged.connect(bar.show_warnings)

            # Opt-in: nothing while the setting is off.
            await reminders.check()
            assert not bar.warning_item.isVisible() and desktop.shown == []

            enabled[0] = True
            await reminders.check()
            assert bar.warning_item.isVisible()
            assert "6 h 30 min without a break" in bar.warning_label.toolTip()
            assert [summary for summary, _body in desktop.shown] == [
                "Working time",
                "Working time",
            ]
            assert "the law asks for 0 h 30 min" in desktop.shown[1][1]
            await reminders.check()
            assert len(desktop.shown) == 2, "each warning is announced once"
            host.close()
            await rig.tasks.close()

    run_async(scenario())
