"""The timesheet against a real hub: totals by day and week with case attribution, the CSV
export, and corrections that need a reason, keep a history and reach the hub."""

from __future__ import annotations

import csv
import io
import itertools
import time
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from hub import admin
from hub.clock import utc_now
from hub.schema import time_entries, time_entry_corrections
from tests.support.hub_server import RunningHub
from tests.ui.conftest import RunAsync, wait_until
from tests.ui.schedule.rig import ENGLISH, ScheduleRig, hub_window, schedule_rig
from workstation.domain.tracking import EntryKind, FinishedEntry, Location
from workstation.ui.schedule.week import week_containing
from workstation.ui.timesheet.correction_dialog import CorrectionDialog
from workstation.ui.timesheet.panel import WEEK_ROW

HOUR = 3600


def totals_row(rig: ScheduleRig, row: int) -> list[str]:
    timesheet = rig.page.timesheet
    assert timesheet is not None
    return [timesheet.totals.item(row, column).text() for column in range(5)]  # type: ignore[union-attr]


def first_case(engine: Engine) -> tuple[int, str]:
    with engine.connect() as connection:
        row = connection.exec_driver_sql("SELECT id, subject FROM cases ORDER BY id LIMIT 1").one()
    return int(row[0]), str(row[1])


async def open_correction(rig: ScheduleRig, qtbot: QtBot, entry_id: str) -> CorrectionDialog:
    timesheet = rig.page.timesheet
    assert timesheet is not None
    row = timesheet.entries_model.row_of(entry_id)
    assert row is not None
    timesheet.entries.selectRow(row)
    qtbot.mouseClick(timesheet.correct_button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: timesheet.open_dialog is not None and timesheet.open_dialog.isVisible()
    )
    assert timesheet.open_dialog is not None
    return timesheet.open_dialog


def save(dialog: CorrectionDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_totals_csv_and_corrections(
    hub_server: RunningHub, qtbot: QtBot, tmp_path: Path, run_async: RunAsync[Any]
) -> None:
    # Yesterday 09:00–11:00 UTC is booked; the work runs 09:00–10:00 and 10:30–12:00.
    nine = (utc_now() - timedelta(days=1)).replace(hour=9, minute=0, second=0)
    shift = hub_window(hub_server, nine, hours=2)
    admin.book_expert(hub_server.engine, "petra", shift)
    start = int(nine.replace(tzinfo=UTC).timestamp())
    target = tmp_path / "timesheet.csv"

    async def choose(*_args: object) -> Path:
        return target

    async def scenario() -> None:
        rig = await schedule_rig(
            hub_server, clock=time.time, with_timesheet=True, choose_save_path=choose
        )
        timesheet = rig.page.timesheet
        assert timesheet is not None
        rig.page.tabs.setCurrentWidget(timesheet)
        try:
            case_id, subject = await rig.in_cache(first_case, rig.outbox.rig.engine)
            ids = (f"entry-{n}" for n in itertools.count(1))
            await rig.in_cache(
                rig.tracker.finish,
                [
                    FinishedEntry(
                        next(ids),
                        EntryKind.WORK,
                        Location.REMOTE,
                        start,
                        start + HOUR,
                        ((case_id, 1500),),
                    ),
                    FinishedEntry(
                        next(ids), EntryKind.BREAK, Location.REMOTE, start + HOUR, start + 5400, ()
                    ),
                    FinishedEntry(
                        next(ids),
                        EntryKind.WORK,
                        Location.ON_SITE,
                        start + 5400,
                        start + 3 * HOUR,
                        ((case_id, 600),),
                    ),
                ],
                None,
            )
            report = await rig.outbox.outbox.send_now()
            assert len(report.sent) == 3, report
            rig.page.show_week(week_containing(start, ENGLISH))
            await wait_until(
                lambda: (
                    len(timesheet.sheet.entries) == 3
                    and all(e.synced for e in timesheet.sheet.entries)
                )
            )

            # Worked, paid, unpaid (outside the window), breaks, cases.
            assert totals_row(rig, WEEK_ROW) == [
                "2:30",
                "1:30",
                "1:00",
                "0:30",
                f"{subject} (0:35)",
            ]
            day = next(i for i, t in enumerate(timesheet.sheet.days) if t.work_seconds)
            assert totals_row(rig, day)[:4] == ["2:30", "1:30", "1:00", "0:30"]
            other_day = (day + 1) % 7
            timesheet.select_day(other_day)
            assert timesheet.entries_model.rowCount() == 0
            assert totals_row(rig, other_day)[:4] == ["0:00", "0:00", "0:00", "0:00"]
            timesheet.select_day(day)
            assert timesheet.entries_model.rowCount() == 3
            first_cases = timesheet.entries_model.index(0, 5).data()
            assert first_cases == f"{subject} (0:25)"

            timesheet.export_action.trigger()
            await wait_until(target.exists)

            # A correction without a reason is refused and changes nothing.
            dialog = await open_correction(rig, qtbot, "entry-3")
            dialog.end_edit.setDateTime(dialog.end_edit.dateTime().addSecs(-HOUR))
            save(dialog, qtbot)
            await wait_until(lambda: bool(dialog.problem_label.text()))
            assert "reason" in dialog.problem_label.text()
            assert dialog.isVisible()
            assert (await rig.in_cache(rig.tracker.entry, "entry-3")).version == 1  # type: ignore[union-attr]

            dialog.reason_edit.setPlainText("Left at eleven, forgot to clock out.")
            save(dialog, qtbot)
            await wait_until(lambda: timesheet.open_dialog is None)
            assert (await rig.in_cache(rig.tracker.entry, "entry-3")).ends_at == start + 2 * HOUR  # type: ignore[union-attr]
            await rig.outbox.outbox.send_now()
            await wait_until(
                lambda: (
                    timesheet.sheet.entries[-1].synced and timesheet.sheet.entries[-1].version == 2
                )
            )
            await wait_until(lambda: totals_row(rig, WEEK_ROW)[:3] == ["1:30", "1:30", "0:00"])

            dialog = await open_correction(rig, qtbot, "entry-3")
            history = [
                dialog.history_list.item(i).text() for i in range(dialog.history_list.count())
            ]
            assert len(history) == 1 and "Left at eleven, forgot to clock out." in history[0]
            assert "Version 2" in history[0]

            # The hub refuses a correction that overlaps another entry, in words.
            dialog.start_edit.setDateTime(dialog.start_edit.dateTime().addSecs(-HOUR))
            dialog.reason_edit.setPlainText("Started earlier.")
            save(dialog, qtbot)
            await wait_until(lambda: timesheet.open_dialog is None)
            await rig.outbox.outbox.send_now()
            await wait_until(lambda: "refused" in timesheet.notice_label.text())
            assert "overlaps" in timesheet.notice_label.text()
        finally:
            await rig.close()

    run_async(scenario())

    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0][:3] == ["Start", "End", "Hours"]
    assert [(row[2], row[3], row[4], row[6]) for row in rows[1:]] == [
        ("1.00", "work", "remote", "0.00"),
        ("0.50", "break", "remote", "0.00"),
        ("1.50", "work", "on_site", "1.00"),
    ]
    with hub_server.engine.connect() as conn:
        version = conn.execute(
            select(time_entries.c.version).where(time_entries.c.id == "entry-3")
        ).scalar_one()
        reasons = conn.execute(select(time_entry_corrections.c.reason)).scalars().all()
    assert version == 2
    assert "Left at eleven, forgot to clock out." in reasons
