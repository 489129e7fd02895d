"""Puts the Schedule space (calendar and timesheet) into the main window."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine

from workstation.store.tracker import TrackerStore
from workstation.store.worker import DbWorker
from workstation.ui.icons import IconLibrary
from workstation.ui.main_window import MainWindow
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.schedule.page import SchedulePage
from workstation.ui.sync_controller import SyncController
from workstation.ui.tasks import TaskSet
from workstation.ui.timesheet.panel import TimesheetPanel

SPACE_KEY = "schedule"


def schedule_title() -> str:
    return QCoreApplication.translate("ScheduleSpace", "Schedule")


def install_schedule(
    window: MainWindow,
    *,
    engine: Engine,
    worker: DbWorker,
    outbox: OutboxController,
    tracker: TrackerStore,
    sync: SyncController,
    tasks: TaskSet,
    icons: IconLibrary,
    hub_url: str,
    clock: Callable[[], float] = time.time,
) -> SchedulePage:
    """The space, refreshed after every sync; the .ics and CSV exports also go into the
    File menu."""
    timesheet = TimesheetPanel(
        tracker=tracker,
        engine=engine,
        worker=worker,
        outbox=outbox,
        tasks=tasks,
        clock=clock,
    )
    page = SchedulePage(
        engine=engine,
        worker=worker,
        outbox=outbox,
        tasks=tasks,
        # Calendar UIDs stay apart between hubs and stable across exports.
        uid_domain=urlsplit(hub_url).hostname or "expert-workstation",
        timesheet=timesheet,
        clock=clock,
    )
    window.add_space(SPACE_KEY, schedule_title, icons.named("calendar"), page)
    sync.syncCompleted.connect(lambda _result: _refresh_if_shown(page))
    exports = [page.export_action, timesheet.export_action]
    actions = window.file_menu.actions()
    if actions:
        window.file_menu.insertActions(actions[0], exports)
        window.file_menu.insertSeparator(actions[0])
    else:
        window.file_menu.addActions(exports)
    return page


def _refresh_if_shown(page: SchedulePage) -> None:
    # A hidden page reads its week when it is shown again.
    if page.isVisible():
        page.refresh()
        if page.timesheet is not None:
            page.timesheet.refresh()
