"""Adds the Earnings and Contributions spaces to the main window and keeps them current:
they re-read the cache after every sync and after the expert's own outbox items."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget
from sqlalchemy import Engine

from workstation.domain.earnings import LedgerEntry
from workstation.store.cache import CaseCache
from workstation.store.contributions import ContributionStore
from workstation.store.earnings import EarningsQueries
from workstation.store.worker import DbWorker
from workstation.ui.earnings.contributions_page import ContributionsPage
from workstation.ui.earnings.page import EarningsPage
from workstation.ui.icons import IconLibrary
from workstation.ui.main_window import MainWindow, translate
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.sync_controller import SyncController
from workstation.ui.tasks import TaskSet

EARNINGS_SPACE = "earnings"
CONTRIBUTIONS_SPACE = "contributions"
SCHEDULE_SPACE = "schedule"


@dataclass(frozen=True, slots=True)
class EarningsSpaces:
    earnings: EarningsPage
    contributions: ContributionsPage


def install_earnings(
    window: MainWindow,
    *,
    engine: Engine,
    reader: Engine,
    worker: DbWorker,
    outbox: OutboxController,
    sync: SyncController,
    tasks: TaskSet,
    icons: IconLibrary,
    clock: Callable[[], float] = time.time,
) -> EarningsSpaces:
    view_cache = CaseCache(reader, clock=clock)
    contributions = ContributionsPage(
        listing=ContributionStore(reader, clock=clock),
        writer=ContributionStore(engine, clock=clock),
        clients=view_cache.clients,
        worker=worker,
        outbox=outbox,
        tasks=tasks,
        clock=clock,
    )

    def open_entry(entry: LedgerEntry) -> None:
        if entry.case_id is not None:
            window.open_case(entry.case_id)
        elif entry.contribution_id is not None:
            window.show_space(CONTRIBUTIONS_SPACE)
            contributions.show_contribution(entry.contribution_id)
        elif entry.window_id is not None and SCHEDULE_SPACE in window.spaces.keys:
            window.show_space(SCHEDULE_SPACE)

    earnings = EarningsPage(
        queries=EarningsQueries(reader),
        worker_queries=EarningsQueries(engine),
        last_sync_at=view_cache.last_sync_at,
        worker=worker,
        outbox=outbox,
        tasks=tasks,
        open_entry=open_entry,
        clock=clock,
    )
    window.add_space(
        EARNINGS_SPACE,
        lambda: translate("MainWindow", "Earnings"),
        icons.named("earnings"),
        _scrollable(earnings),
    )
    window.add_space(
        CONTRIBUTIONS_SPACE,
        lambda: translate("MainWindow", "Editorial"),
        icons.named("contributions"),
        _scrollable(contributions),
    )

    def on_synced(_result: object) -> None:
        earnings.refresh()
        contributions.refresh()

    sync.syncCompleted.connect(on_synced)
    outbox.changed.connect(lambda _event: earnings.refresh())
    return EarningsSpaces(earnings=earnings, contributions=contributions)


def _scrollable(page: QWidget) -> QScrollArea:
    """The page in a scroll area, so that its minimum size never forces the main window to
    grow beyond what the expert chose."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
