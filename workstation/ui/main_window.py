"""The main window: the inbox on the left, the selected case's conversation on the right."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Collection

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.models import ExpertIdentity
from workstation.ui.case_details import CaseDetails
from workstation.ui.icons import IconLibrary
from workstation.ui.inbox_model import InboxModel
from workstation.ui.inbox_view import InboxView
from workstation.ui.notice_bar import NoticeBar
from workstation.ui.sync_controller import SyncController
from workstation.ui.sync_status_bar import SyncStatusBar
from workstation.ui.tasks import TaskSet
from workstation.ui.thread_view import ThreadView

translate = QCoreApplication.translate

# While the first sync pours in thousands of cases, the inbox re-counts at most this often.
_PROGRESSIVE_REFRESH_SECONDS = 1.0
_DEFAULT_SIZE = QSize(1440, 900)


CaseLoader = Callable[[int], Awaitable[CaseDetails | None]]


class MainWindow(QMainWindow):
    quitRequested = Signal()

    def __init__(
        self,
        *,
        expert: ExpertIdentity,
        inbox_model: InboxModel,
        load_case: CaseLoader,
        sync: SyncController,
        icons: IconLibrary,
        tasks: TaskSet,
        last_sync_at: int | None,
        memory_only_notice: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self._model = inbox_model
        self._load_case = load_case
        self._sync = sync
        self._tasks = tasks
        self._clock = clock
        self._case_task: asyncio.Task[None] | None = None
        self._last_progressive_refresh = 0.0

        self.setWindowTitle(
            translate("MainWindow", "{name} – Expert Workstation").format(name=expert.display_name)
        )
        self.setWindowIcon(icons.app())

        self.inbox = InboxView(inbox_model)
        self.thread_view = ThreadView(icons, clock=clock)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.inbox)
        splitter.addWidget(self.thread_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self._apply_default_size()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice_bar: NoticeBar | None = None
        if memory_only_notice:
            self.notice_bar = NoticeBar(memory_only_notice)
            layout.addWidget(self.notice_bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.status = SyncStatusBar()
        self.setStatusBar(self.status)
        self.status.set_last_sync(last_sync_at)
        self.status.set_case_count(inbox_model.rowCount())

        self.sync_action = QAction(icons.sync(), translate("MainWindow", "&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.sync_action.setToolTip(
            translate("MainWindow", "Fetch new and changed cases from the hub (F5)")
        )
        self.sync_action.triggered.connect(sync.sync_now)
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quitRequested)
        # F5 is not a standard refresh key everywhere (e.g. on macOS), so add it explicitly.
        if QKeySequence("F5") not in self.sync_action.shortcuts():
            self.sync_action.setShortcuts([*self.sync_action.shortcuts(), QKeySequence("F5")])

        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.sync_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        self.inbox.caseActivated.connect(self.open_case)
        self._never_synced = last_sync_at is None
        sync.syncStarted.connect(self._on_sync_started)
        sync.syncProgress.connect(self._on_sync_progress)
        sync.syncFinished.connect(self._on_sync_finished)
        sync.syncFailed.connect(self._on_sync_failed)
        sync.onlineChanged.connect(self.status.set_online)
        self.status.set_online(sync.online)

        self.inbox.setFocus()

    def _apply_default_size(self) -> None:
        available = self.screen().availableGeometry()
        width = min(_DEFAULT_SIZE.width(), int(available.width() * 0.92))
        height = min(_DEFAULT_SIZE.height(), int(available.height() * 0.92))
        self.resize(width, height)
        # The inbox gets the larger share: its columns need the room more than the text.
        self.splitter.setSizes([width * 3 // 5, width * 2 // 5])

    # Cases ---------------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        """Show `case_id` in the reading pane; a newer request replaces a pending one."""
        if self.thread_view.case_id == case_id and self._case_task is None:
            return
        self._show_case_soon(case_id)

    def _show_case_soon(self, case_id: int) -> None:
        if self._case_task is not None:
            self._case_task.cancel()
        self._case_task = self._tasks.spawn(self._show_case(case_id), name="load-case")

    async def _show_case(self, case_id: int) -> None:
        try:
            details = await self._load_case(case_id)
        finally:
            if self._case_task is asyncio.current_task():
                self._case_task = None
        if details is None:
            self.thread_view.clear()
            return
        self.thread_view.show_case(details.summary, details.contact, details.messages)

    # Sync ----------------------------------------------------------------------------------

    def _on_sync_started(self) -> None:
        # Only the first sync can take long enough to need an indication before its first
        # page arrives; later ones finish in a moment.
        if self._never_synced:
            self.status.show_sync_starting()

    def _on_sync_progress(self, received: int, remaining: int | None) -> None:
        if remaining is None or remaining > 0:
            self.status.show_progress(received, remaining)
        now = time.monotonic()
        if now - self._last_progressive_refresh >= _PROGRESSIVE_REFRESH_SECONDS:
            self._last_progressive_refresh = now
            self._refresh_inbox()

    def _on_sync_finished(self, changed: Collection[int], removed: Collection[int]) -> None:
        self._never_synced = False
        self.status.hide_progress()
        self.status.clear_problem()
        self.status.set_last_sync(int(self._clock()))
        if changed or removed or self._last_progressive_refresh:
            self._last_progressive_refresh = 0.0
            self._refresh_inbox()
        shown = self.thread_view.case_id
        if shown is None:
            return
        if shown in removed:
            self.thread_view.clear()
            self.status.showMessage(
                translate(
                    "MainWindow",
                    "The case you were reading is no longer assigned or offered to you.",
                ),
                10_000,
            )
        elif shown in changed:
            self._show_case_soon(shown)

    def _on_sync_failed(self, text: str) -> None:
        self.status.hide_progress()
        self.status.show_problem(text)

    def _refresh_inbox(self) -> None:
        self._model.refresh()
        self.status.set_case_count(self._model.rowCount())

    # Window --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.quitRequested.emit()
