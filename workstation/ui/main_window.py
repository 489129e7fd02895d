"""The main window: views and filters on the left, the case list (or search results) in
the middle, the case being worked on the right, the outbox below.

Everything is reachable by keyboard: j/k move through the list, / searches, c claims, r
replies, Ctrl+Enter sends, Esc goes back; Help > Keyboard shortcuts lists them all.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Collection, Iterable
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import Client, ExpertIdentity
from workstation.store.cache import CaseCache
from workstation.store.queries import CaseView, InboxQuery
from workstation.store.search import SearchHit
from workstation.store.worker import DbWorker
from workstation.sync.outbox_sender import OutboxEvent
from workstation.ui.async_dialog import run_dialog
from workstation.ui.case.actions import CaseActions, ShortcutEntry
from workstation.ui.case.controller import CaseController, CaseLoader
from workstation.ui.case.pane import CasePane
from workstation.ui.case_work import CaseWork
from workstation.ui.desktop.geometry import LayoutKeeper
from workstation.ui.icons import IconLibrary
from workstation.ui.inbox_model import InboxColumn, InboxModel
from workstation.ui.inbox_view import InboxView
from workstation.ui.notice_bar import NoticeBar
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.outbox.orphan_draft_dialog import OrphanDraftChoice, review_orphan_draft
from workstation.ui.outbox.panel import OutboxPanel, held_text_of
from workstation.ui.search.box import SearchBox
from workstation.ui.search.results import SearchResultsModel, SearchResultsView
from workstation.ui.settings.dialog import SettingsDialog
from workstation.ui.settings.settings import Settings
from workstation.ui.shortcuts_dialog import ShortcutsDialog
from workstation.ui.spaces import SpacesBar
from workstation.ui.sync_controller import SyncController
from workstation.ui.sync_status_bar import SyncStatusBar
from workstation.ui.tasks import TaskSet
from workstation.ui.views_sidebar import SIDEBAR_VIEWS, ViewsSidebar, view_title

translate = QCoreApplication.translate

# While the first sync pours in thousands of cases, the inbox re-counts at most this often.
_PROGRESSIVE_REFRESH_SECONDS: Final = 1.0
# Bursts of changes (an answered batch, a sync page) refresh the lists once.
_LIST_REFRESH_DELAY_MS: Final = 80
_DEFAULT_SIZE: Final = QSize(1440, 900)
_PROBLEM_MESSAGE_MS: Final = 15_000
_NOTICE_MS: Final = 6_000
# Long enough to read where the kept draft is found.
_ORPHAN_NOTICE_MS: Final = 15_000
LAYOUT_KEY: Final = "main_window"
INBOX_SPACE: Final = "inbox"
_SINGLE_STATUS_VIEWS: Final = frozenset(
    {CaseView.OFFERS, CaseView.MY_CASES, CaseView.WAITING, CaseView.RECENTLY_CLOSED}
)


class MainWindow(QMainWindow):
    quitRequested = Signal()

    def __init__(
        self,
        *,
        expert: ExpertIdentity,
        inbox_model: InboxModel,
        store: CaseCache,
        worker: DbWorker,
        load_case: CaseLoader,
        work: CaseWork,
        outbox: OutboxController,
        sync: SyncController,
        icons: IconLibrary,
        tasks: TaskSet,
        last_sync_at: int | None,
        settings: Settings,
        memory_only_notice: Callable[[], str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self._model = inbox_model
        self._store = store
        self._worker = worker
        self._sync = sync
        self._outbox = outbox
        self._tasks = tasks
        self._clock = clock
        self._settings = settings
        self._expert = expert
        self._memory_only_notice = memory_only_notice
        self._last_progressive_refresh = 0.0
        self._search_task: asyncio.Task[None] | None = None
        self._counts_task: asyncio.Task[None] | None = None
        self._reselect_row: int | None = None
        self._outbox_counts = (0, 0)
        self.settings_dialog: SettingsDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        # Parts added beside the inbox (e.g. the time tracker) list their shortcuts here.
        self.extra_shortcut_entries: list[Callable[[], list[ShortcutEntry]]] = []

        self.setObjectName("main_window")
        self.setWindowIcon(icons.app())

        # Widgets ---------------------------------------------------------------------------
        self.sidebar = ViewsSidebar(icons)
        self.inbox = InboxView(inbox_model)
        self.inbox.setObjectName("inbox")
        self.search_model = SearchResultsModel(self)
        self.search_results = SearchResultsView(self.search_model, icons)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.inbox)
        self.list_stack.addWidget(self.search_results)
        self.case_pane = CasePane(icons, clock=clock)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("inbox_thread_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.case_pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        self.splitter = splitter

        self.space_stack = QStackedWidget()
        self.space_stack.setObjectName("space_stack")
        self.spaces = SpacesBar(self.space_stack)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice_bar: NoticeBar | None = None
        if memory_only_notice is not None:
            self.notice_bar = NoticeBar(memory_only_notice())
            layout.addWidget(self.notice_bar)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.spaces)
        body.addWidget(self.space_stack, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.outbox_panel = OutboxPanel(outbox, self._case_subjects, tasks)
        self.outbox_dock = QDockWidget()
        self.outbox_dock.setObjectName("outbox_dock")
        self.outbox_dock.setWidget(self.outbox_panel)
        self.outbox_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.outbox_dock)
        self.outbox_dock.hide()

        self.status = SyncStatusBar()
        self.setStatusBar(self.status)
        self.status.set_last_sync(last_sync_at)
        self.status.set_case_count(inbox_model.rowCount())
        self.outbox_status = QPushButton()
        self.outbox_status.setObjectName("outbox_status")
        self.outbox_status.setFlat(True)
        self.outbox_status.hide()
        self.status.addPermanentWidget(self.outbox_status)

        # Actions ---------------------------------------------------------------------------
        self.case_actions = CaseActions(self)
        self.case = CaseController(
            self.case_pane,
            self.case_actions,
            work,
            load_case,
            tasks,
            dialog_parent=self,
            clock=clock,
            parent=self,
        )
        self.sync_action = QAction(icons.sync(), "", self)
        self.sync_action.setShortcuts(
            _with_f5(QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh))
        )
        self.sync_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.sync_action.triggered.connect(sync.sync_now)
        self.settings_action = QAction("", self)
        self.settings_action.setShortcuts(_settings_shortcuts())
        self.settings_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quitRequested)
        self.outbox_action = self.outbox_dock.toggleViewAction()
        self.outbox_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        # Drafts whose case left the inbox (reassigned while away): kept, and listed here.
        self.orphaned_drafts_action = QAction("", self)
        self.orphaned_drafts_action.triggered.connect(self.review_orphaned_drafts)
        self.shortcuts_action = QAction("", self)
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.view_actions: list[QAction] = []
        for number, view in enumerate(SIDEBAR_VIEWS, start=1):
            action = QAction("", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, chosen=view: self._choose_view(chosen))
            self.view_actions.append(action)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.sync_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        actions = self.case_actions
        self.case_menu = self.menuBar().addMenu("")
        case_entries: list[QAction | None] = [
            actions.claim,
            actions.release,
            None,
            actions.reply,
            actions.note,
            actions.send,
            actions.tag,
            None,
            actions.close_case,
            actions.escalate,
        ]
        for entry in case_entries:
            self._add_to_menu(self.case_menu, entry)
        self.go_menu = self.menuBar().addMenu("")
        self._spaces_end = self.go_menu.addSeparator()
        self.add_space(
            INBOX_SPACE, lambda: translate("MainWindow", "Inbox"), icons.named("inbox"), splitter
        )
        go_entries: list[QAction | None] = [
            actions.next_case,
            actions.previous_case,
            actions.search,
            actions.back,
            None,
            *self.view_actions,
            None,
            self.outbox_action,
            self.orphaned_drafts_action,
        ]
        for entry in go_entries:
            self._add_to_menu(self.go_menu, entry)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.shortcuts_action)

        self.search_box = SearchBox()
        toolbar = QToolBar()
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.sync_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        # Wiring ----------------------------------------------------------------------------
        self.inbox.caseActivated.connect(self.open_case)
        self.search_results.caseActivated.connect(self.open_case)
        self.sidebar.filtersChanged.connect(self._on_filters_changed)
        self.search_box.searchRequested.connect(self._on_search_requested)
        self.search_box.leaveRequested.connect(self._focus_list)
        actions.next_case.triggered.connect(lambda: self._move_in_list(1))
        actions.previous_case.triggered.connect(lambda: self._move_in_list(-1))
        actions.search.triggered.connect(self.focus_search)
        actions.back.triggered.connect(self.go_back)
        self.case.changed.connect(lambda _cases: self._refresh_lists_soon())
        self.case.notice.connect(lambda text: self.status.showMessage(text, _NOTICE_MS))
        self.case.caseDone.connect(self._on_case_done)
        self.outbox_panel.openCaseRequested.connect(self.open_case)
        self.outbox_panel.draftCopied.connect(self._on_draft_copied)
        self.outbox_panel.countsChanged.connect(self._on_outbox_counts)
        self.outbox_status.clicked.connect(self.show_outbox)
        outbox.changed.connect(self._on_outbox_event)

        self._list_refresh = QTimer(self)
        self._list_refresh.setSingleShot(True)
        self._list_refresh.setInterval(_LIST_REFRESH_DELAY_MS)
        self._list_refresh.timeout.connect(self._refresh_lists)

        self._never_synced = last_sync_at is None
        sync.syncStarted.connect(self._on_sync_started)
        sync.syncProgress.connect(self._on_sync_progress)
        sync.syncFinished.connect(self._on_sync_finished)
        sync.syncFailed.connect(self._on_sync_failed)
        sync.onlineChanged.connect(self._on_online_changed)
        self.status.set_online(sync.online)

        self._retranslate()
        self.layout_keeper = LayoutKeeper(self, settings, LAYOUT_KEY)
        if not self.layout_keeper.restored:
            self._apply_default_size()
        self.inbox.setFocus()

    def read_side_data(self) -> None:
        """Reads what the window shows beside the inbox: the views' counts, the clients
        and the outbox. Not in the constructor: the start calls it after the first
        paint, which needs only the inbox's first page."""
        self._refresh_counts()
        self._refresh_clients()
        self.outbox_panel.refresh()

    def add_space(
        self, key: str, title: Callable[[], str], icon: QIcon, widget: QWidget
    ) -> QAction:
        """Adds a page (Schedule, Earnings, …) beside the inbox, with a Go menu entry."""
        action = self.spaces.add_space(key, title, icon, widget)
        self.go_menu.insertAction(self._spaces_end, action)
        return action

    def show_space(self, key: str) -> None:
        self.spaces.show_space(key)

    @staticmethod
    def _add_to_menu(menu: QMenu, action: QAction | None) -> None:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)

    def _apply_default_size(self) -> None:
        available = self.screen().availableGeometry()
        width = min(_DEFAULT_SIZE.width(), int(available.width() * 0.92))
        height = min(_DEFAULT_SIZE.height(), int(available.height() * 0.92))
        self.resize(width, height)
        sidebar = 200
        # The list gets half: its subjects need the room more than the thread's lines do.
        self.splitter.setSizes([sidebar, (width - sidebar) // 2, (width - sidebar) // 2])

    # Cases ---------------------------------------------------------------------------------

    @property
    def inbox_model(self) -> InboxModel:
        return self._model

    def open_case(self, case_id: int) -> None:
        """Show `case_id` in the case pane; a newer request replaces a pending one."""
        self.spaces.show_space(INBOX_SPACE)
        # The expert chose the next case already: a list refresh still to come (e.g. from
        # a pushed sync) must not jump to the row of the case that was done before.
        self._reselect_row = None
        self.case.open_case(case_id)

    async def flush_drafts(self) -> None:
        """Store every draft typed so far (at quit, before the database closes)."""
        await self.case.flush_drafts()

    def _current_list(self) -> InboxView | SearchResultsView:
        return self.search_results if self.search_active else self.inbox

    def _move_in_list(self, step: int) -> None:
        view = self._current_list()
        model = view.model()
        count = model.rowCount()
        if count == 0:
            return
        current = view.currentIndex().row()
        row = 0 if current < 0 else min(max(current + step, 0), count - 1)
        view.select_row(row)

    def _focus_list(self) -> None:
        view = self._current_list()
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid():
            self._move_in_list(1)

    def go_back(self) -> None:
        """Esc: from the composer back to the list; from the list out of the search."""
        focus = QApplication.focusWidget()
        if self.search_active and focus in (self._current_list(), self.search_box):
            self.clear_search()
        self._focus_list()

    def _on_case_done(self, _case_id: int) -> None:
        # The list refreshes without the case; the next one takes its row.
        self._reselect_row = self._current_list().currentIndex().row()

    def review_orphaned_drafts(self) -> None:
        self._tasks.spawn(self._review_orphaned_drafts(), name="orphaned-drafts")

    async def _review_orphaned_drafts(self) -> None:
        """Each draft of a case that left the inbox, one after the other: copy its text,
        discard it, or keep it for later."""
        drafts = await self.case.work.orphaned_drafts()
        if not drafts:
            self.status.showMessage(
                translate("MainWindow", "There are no drafts of cases that left your inbox."),
                _NOTICE_MS,
            )
            return
        discarded = 0
        for draft in drafts:
            choice = await review_orphan_draft(self, held_text_of(draft))
            if choice is OrphanDraftChoice.DISCARD:
                await self.case.work.discard_draft(draft.case_id, draft.kind)
                discarded += 1
        kept = len(drafts) - discarded
        self.status.showMessage(
            translate("MainWindow", "Drafts discarded: {discarded}, kept: {kept}.").format(
                discarded=discarded, kept=kept
            ),
            _NOTICE_MS,
        )

    async def _tell_about_orphaned_drafts(self, removed: Collection[int]) -> None:
        drafts = await self.case.work.orphaned_drafts()
        if any(draft.case_id in removed for draft in drafts):
            self.status.showMessage(
                translate(
                    "MainWindow",
                    "A case you had a draft for left your inbox. The draft is kept: "
                    "Go ▸ Drafts of cases no longer here.",
                ),
                _ORPHAN_NOTICE_MS,
            )

    def _on_draft_copied(self, draft: Draft) -> None:
        self._tasks.spawn(self._show_copied_draft(draft), name="show-copied-draft")

    async def _show_copied_draft(self, draft: Draft) -> None:
        cached = await self._worker.run(self._store.case_summary, draft.case_id)
        if cached is None:
            # The case left the expert's cases (reassigned, say): its draft cannot be
            # opened in the pane, so it is shown on its own until the expert decides.
            choice = await review_orphan_draft(self, held_text_of(draft))
            if choice is OrphanDraftChoice.DISCARD:
                await self.case.work.discard_draft(draft.case_id, draft.kind)
                self.status.showMessage(
                    translate("MainWindow", "The draft is discarded."), _NOTICE_MS
                )
            return
        if draft.kind is DraftKind.REPLY and self.case_pane.case_id == draft.case_id:
            self.case_pane.composer.load_reply_draft(draft)
        else:
            self.open_case(draft.case_id)
        self.status.showMessage(
            translate("MainWindow", "The held text is now a draft of its case."), _NOTICE_MS
        )

    # Views and filters ---------------------------------------------------------------------

    def current_query(self) -> InboxQuery:
        view = self.sidebar.current_view()
        return InboxQuery.for_view(
            view,
            channel=self.sidebar.channel(),
            client_id=self.sidebar.client_id(),
            due_until=InboxQuery.due_until_for(self._clock())
            if view is CaseView.DUE_SOON
            else None,
        )

    def _choose_view(self, view: CaseView) -> None:
        self.sidebar.select_view(view)
        if self.search_active:
            self.clear_search()
        self._focus_list()

    def _on_filters_changed(self) -> None:
        # A view of one status needs no column repeating it on every row.
        self.inbox.setColumnHidden(
            InboxColumn.STATUS, self.sidebar.current_view() in _SINGLE_STATUS_VIEWS
        )
        self._refresh_lists()

    def _refresh_lists_soon(self) -> None:
        self._list_refresh.start()

    def _refresh_lists(self) -> None:
        self._list_refresh.stop()
        self._model.refresh(self.current_query())
        self.status.set_case_count(self._model.rowCount())
        if self._reselect_row is not None:
            row, self._reselect_row = self._reselect_row, None
            if self._model.rowCount():
                self.inbox.select_row(min(max(row, 0), self._model.rowCount() - 1))
        self._refresh_counts()
        if self.search_active:
            self._on_search_requested(self.search_model.query)

    @property
    def counts_loading(self) -> bool:
        """Whether the sidebar's counts are being read again (for the current filters)."""
        return self._counts_task is not None and not self._counts_task.done()

    def _refresh_counts(self) -> None:
        if self._counts_task is not None and not self._counts_task.done():
            self._counts_task.cancel()
        self._counts_task = self._tasks.spawn(self._load_counts(), name="view-counts")

    async def _load_counts(self) -> None:
        query = self.current_query()
        counts = await self._worker.run(
            lambda: self._store.view_counts(
                due_until=InboxQuery.due_until_for(self._clock()),
                channel=query.channel,
                client_id=query.client_id,
            )
        )
        self.sidebar.set_counts(counts)

    def _refresh_clients(self) -> None:
        self._tasks.spawn(self._load_clients(), name="clients")

    async def _load_clients(self) -> None:
        clients: list[Client] = await self._worker.run(self._store.clients)
        self.sidebar.set_clients(clients)
        self.inbox.show_client_column(len(clients) != 1)

    async def _case_subjects(self, case_ids: Iterable[int]) -> dict[int, str]:
        wanted = list(case_ids)

        def read() -> dict[int, str]:
            subjects: dict[int, str] = {}
            for case_id in wanted:
                summary = self._store.case_summary(case_id)
                if summary is not None:
                    subjects[case_id] = summary.subject
            return subjects

        return await self._worker.run(read)

    # Search --------------------------------------------------------------------------------

    @property
    def search_active(self) -> bool:
        return self.list_stack.currentWidget() is self.search_results

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        self.search_box.clear()
        self._on_search_requested("")

    def _on_search_requested(self, text: str) -> None:
        if self._search_task is not None and not self._search_task.done():
            self._search_task.cancel()
        if not text:
            self.search_model.set_hits("", [])
            self.list_stack.setCurrentWidget(self.inbox)
            return
        self._search_task = self._tasks.spawn(self._search(text), name="search")

    async def _search(self, text: str) -> None:
        hits: list[SearchHit] = await self._worker.run(self._store.search, text)
        if self.search_box.text().strip() != text:
            return  # the user typed on; a newer search follows
        self.search_model.set_hits(text, hits)
        self.list_stack.setCurrentWidget(self.search_results)
        self.status.showMessage(
            translate("MainWindow", "%n case(s) found", None, len(hits)), _NOTICE_MS
        )

    # Outbox --------------------------------------------------------------------------------

    def show_outbox(self) -> None:
        self.outbox_dock.show()
        self.outbox_dock.raise_()
        self.outbox_panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_outbox_event(self, event: OutboxEvent) -> None:
        if event.sync_result is not None:
            result = event.sync_result
            self._apply_sync_changes(result.changed_case_ids, result.removed_case_ids)
            return
        if event.case_ids:
            self._refresh_lists_soon()
            self.case.refresh_if_shown(event.case_ids)

    def _on_outbox_counts(self, queued: int, held: int) -> None:
        newly_held = held > self._outbox_counts[1]
        self._outbox_counts = (queued, held)
        self._show_outbox_status()
        if newly_held:
            # A held item needs a decision; it is shown, never dropped silently.
            self.outbox_dock.show()

    def _show_outbox_status(self) -> None:
        queued, held = self._outbox_counts
        parts: list[str] = []
        if held:
            parts.append(translate("MainWindow", "%n held – needs your decision", None, held))
        if queued and self._sync.online is not True:
            parts.append(translate("MainWindow", "%n waiting to be sent", None, queued))
        elif queued:
            parts.append(translate("MainWindow", "%n being sent", None, queued))
        self.outbox_status.setText(" · ".join(parts))
        self.outbox_status.setVisible(bool(parts))
        self.outbox_status.setStyleSheet("color: #b3261e; font-weight: bold;" if held else "")

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
            self._refresh_lists()

    def _on_sync_finished(self, changed: Collection[int], removed: Collection[int]) -> None:
        first = self._never_synced
        self._never_synced = False
        self.status.hide_progress()
        self.status.clear_problem()
        self.status.set_last_sync(int(self._clock()))
        if self._last_progressive_refresh or first:
            self._last_progressive_refresh = 0.0
            self._refresh_clients()
            self._refresh_lists()
        self._apply_sync_changes(changed, removed)

    def cases_removed_locally(self, removed: Collection[int]) -> None:
        """Cases the cache deleted on its own (the retention purge): lists and the reading
        pane follow as after a sync that removed them."""
        self._apply_sync_changes((), removed)

    def _apply_sync_changes(self, changed: Collection[int], removed: Collection[int]) -> None:
        if changed or removed:
            self._refresh_lists_soon()
        if removed:
            self._tasks.spawn(
                self._tell_about_orphaned_drafts(frozenset(removed)), name="orphaned-drafts-notice"
            )
        shown = self.case.case_id
        if shown is None:
            return
        if shown in removed:
            self.case.clear()
            self.status.showMessage(
                translate(
                    "MainWindow",
                    "The case you were reading is no longer assigned or offered to you.",
                ),
                10_000,
            )
        else:
            self.case.refresh_if_shown(changed)

    def _on_sync_failed(self, text: str) -> None:
        self.status.hide_progress()
        self.status.show_problem(text)

    def _on_online_changed(self, online: bool) -> None:
        self.status.set_online(online)
        self._show_outbox_status()
        if online:
            # Items waiting for their back-off go out now that the hub answers again.
            self._tasks.spawn(self._outbox.outbox.retry_now(), name="outbox-retry")

    # Desktop -------------------------------------------------------------------------------

    def open_settings(self) -> None:
        """The settings dialog, window-modal; opened once and raised when already open."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        dialog = SettingsDialog(self._settings, self)
        dialog.set_tray_available(QSystemTrayIcon.isSystemTrayAvailable())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _on_settings_closed(self, _result: int) -> None:
        self.settings_dialog = None

    def open_shortcuts(self) -> None:
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.raise_()
            return
        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_entries(), self)
        self._tasks.spawn(self._show_shortcuts(self.shortcuts_dialog), name="shortcuts")

    async def _show_shortcuts(self, dialog: ShortcutsDialog) -> None:
        try:
            await run_dialog(dialog)
        finally:
            self.shortcuts_dialog = None
            dialog.deleteLater()

    def shortcut_entries(self) -> list[ShortcutEntry]:
        def keys(action: QAction) -> str:
            return " / ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            )

        window_entries = [
            ShortcutEntry(
                translate("MainWindow", "Ctrl+1 … Ctrl+6"),
                translate(
                    "MainWindow", "Show a view: all, offers, mine, waiting, due soon, closed"
                ),
            ),
            ShortcutEntry(
                keys(self.outbox_action), translate("MainWindow", "Show or hide the outbox")
            ),
            ShortcutEntry(keys(self.sync_action), translate("MainWindow", "Sync now")),
            ShortcutEntry(keys(self.settings_action), translate("MainWindow", "Settings")),
            ShortcutEntry(keys(self.shortcuts_action), translate("MainWindow", "This overview")),
            ShortcutEntry(
                translate("MainWindow", "Tab / Shift+Tab"),
                translate("MainWindow", "Move between the panes and controls"),
            ),
            ShortcutEntry(keys(self.quit_action), translate("MainWindow", "Quit")),
        ]
        extra = [entry for entries in self.extra_shortcut_entries for entry in entries()]
        return [*self.case_actions.shortcut_entries(), *window_entries, *extra]

    def show_problem_message(self, text: str) -> None:
        self.status.showMessage(text, _PROBLEM_MESSAGE_MS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(
            translate("MainWindow", "{name} – Expert Workstation").format(
                name=self._expert.display_name
            )
        )
        self.sync_action.setText(translate("MainWindow", "&Sync now"))
        self.sync_action.setToolTip(
            translate("MainWindow", "Fetch new and changed cases from the hub (F5)")
        )
        self.settings_action.setText(translate("MainWindow", "S&ettings…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.outbox_action.setText(translate("MainWindow", "&Outbox"))
        self.orphaned_drafts_action.setText(
            translate("MainWindow", "&Drafts of cases no longer here…")
        )
        self.outbox_dock.setWindowTitle(translate("MainWindow", "Outbox"))
        self.shortcuts_action.setText(translate("MainWindow", "&Keyboard shortcuts"))
        for action, view in zip(self.view_actions, SIDEBAR_VIEWS, strict=True):
            action.setText(view_title(view))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.case_menu.setTitle(translate("MainWindow", "&Case"))
        self.go_menu.setTitle(translate("MainWindow", "&Go"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        self.outbox_status.setToolTip(translate("MainWindow", "Show the outbox (Ctrl+Shift+O)"))
        if self.notice_bar is not None and self._memory_only_notice is not None:
            self.notice_bar.label.setText(self._memory_only_notice())
        self.spaces.retranslate()
        self.case_actions.retranslate()
        self._model.retranslate()
        self._show_outbox_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.quitRequested.emit()


def _settings_shortcuts() -> list[QKeySequence]:
    """The platform's preferences key (Cmd+, on macOS) and Ctrl+, everywhere."""
    shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    ctrl_comma = QKeySequence("Ctrl+,")
    return [*shortcuts, ctrl_comma] if ctrl_comma not in shortcuts else shortcuts


def _with_f5(shortcuts: list[QKeySequence]) -> list[QKeySequence]:
    # F5 is not a standard refresh key everywhere (e.g. on macOS), so add it explicitly.
    f5 = QKeySequence("F5")
    return shortcuts if f5 in shortcuts else [*shortcuts, f5]
