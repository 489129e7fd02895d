"""The outbox panel: what waits to be sent, what is on its way, what was sent today, and
every held item with the reason in words and the expert's choices.

A held reply or note keeps its whole text here until the expert decides: copy it into a
new draft of the case, retry it after reviewing the case, or discard it (after a
question). Nothing leaves this list without the hub's answer or the expert's decision.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.drafts import Draft
from workstation.domain.models import OutboxState
from workstation.domain.mutations import NO_CASE, MutationType, reply_content_of
from workstation.domain.outbox import HeldAction, OutboxItem
from workstation.domain.replies import ReplyContent
from workstation.store.outbox import DraftExists
from workstation.sync.outbox_sender import OutboxEvent
from workstation.ui.async_dialog import run_dialog
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.outbox.model import OutboxColumn, OutboxModel, OutboxRow
from workstation.ui.outbox.texts import held_reason_text
from workstation.ui.tasks import TaskSet
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex
SubjectLoader = Callable[[Iterable[int]], Awaitable[dict[int, str]]]

# Bursts of events (a batch of ten items answered) refresh the list once.
_REFRESH_DELAY_MS: Final = 100
_TEXT_TYPES: Final = frozenset({MutationType.REPLY, MutationType.NOTE})


def held_text(item: OutboxItem) -> str:
    """The text a held reply or note carries, as the expert wrote it."""
    return _content_text(reply_content_of(item.payload))


def held_text_of(draft: Draft) -> str:
    """The same for a draft a held item was copied into."""
    return _content_text(draft.content)


def _content_text(content: ReplyContent) -> str:
    parts: list[str] = []
    if content.subject:
        parts.append(translate("OutboxPanel", "Subject: {subject}").format(subject=content.subject))
    if content.call_log is not None:
        parts.append(content.call_log.notes)
    else:
        parts.append(content.body)
    return "\n\n".join(parts)


class OutboxPanel(QWidget):
    openCaseRequested = Signal(int)
    # A held item was copied back into a draft of its case.
    draftCopied = Signal(object)
    # The counts changed: (queued, held).
    countsChanged = Signal(int, int)

    def __init__(
        self,
        outbox: OutboxController,
        load_subjects: SubjectLoader,
        tasks: TaskSet,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_panel")
        self._outbox = outbox
        self._load_subjects = load_subjects
        self._tasks = tasks
        self._refresh_task: asyncio.Task[None] | None = None
        self.model = OutboxModel(self)

        self.table = QTableView()
        self.table.setObjectName("outbox_list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OutboxColumn.CASE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OutboxColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.reason = QLabel()
        self.reason.setObjectName("held_reason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        reason_font = QFont(self.reason.font())
        reason_font.setBold(True)
        self.reason.setFont(reason_font)
        self.text = QPlainTextEdit()
        self.text.setObjectName("held_text")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("held_copy")
        self.copy_button.clicked.connect(lambda: self._on_action(HeldAction.COPY_TO_DRAFT))
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("held_retry")
        self.retry_button.clicked.connect(lambda: self._on_action(HeldAction.RETRY))
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("held_discard")
        self.discard_button.clicked.connect(lambda: self._on_action(HeldAction.DISCARD))
        self.open_button = QPushButton()
        self.open_button.setObjectName("held_open_case")
        self.open_button.clicked.connect(self._open_selected_case)
        self.copy_text_button = QPushButton()
        self.copy_text_button.setObjectName("held_copy_text")
        self.copy_text_button.clicked.connect(self._copy_text_to_clipboard)

        buttons = QHBoxLayout()
        buttons.setSpacing(Spacing.SMALL)
        for button in (
            self.copy_button,
            self.retry_button,
            self.discard_button,
            self.open_button,
            self.copy_text_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.held_box = QFrame()
        self.held_box.setObjectName("held_box")
        self.held_box.setFrameShape(QFrame.Shape.StyledPanel)
        held_layout = QVBoxLayout(self.held_box)
        held_layout.setContentsMargins(Spacing.MEDIUM, Spacing.SMALL, Spacing.MEDIUM, Spacing.SMALL)
        held_layout.setSpacing(Spacing.SMALL)
        held_layout.addWidget(self.reason)
        held_layout.addWidget(self.text, 1)
        held_layout.addLayout(buttons)
        self.held_box.hide()

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(Spacing.SMALL, Spacing.SMALL, Spacing.SMALL, Spacing.SMALL)
        layout.setSpacing(Spacing.MEDIUM)
        list_side = QVBoxLayout()
        list_side.addWidget(self.table, 1)
        list_side.addWidget(self.empty_label)
        layout.addLayout(list_side, 3)
        layout.addWidget(self.held_box, 2)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(_REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        outbox.changed.connect(self._on_outbox_event)
        self._retranslate()

    def sizeHint(self) -> QSize:
        # A strip below the cases, not half the window.
        return QSize(super().sizeHint().width(), 200)

    # Public API ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._refresh_task is not None and not self._refresh_task.done():
            self._refresh_timer.start()
            return
        self._refresh_task = self._tasks.spawn(self._reload(), name="outbox-panel")

    def select_item(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def selected_item(self) -> OutboxItem | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.item if row is not None else None

    def counts(self) -> tuple[int, int]:
        counts = self.model.state_counts()
        return counts[OutboxState.QUEUED] + counts[OutboxState.SENDING], counts[OutboxState.HELD]

    # Loading -------------------------------------------------------------------------------

    def _on_outbox_event(self, _event: OutboxEvent) -> None:
        self._refresh_timer.start()

    async def _reload(self) -> None:
        items = await self._outbox.outbox.outbox_items()
        subjects = await self._load_subjects({item.case_id for item in items})
        selected = self.selected_item()
        self.model.set_rows([OutboxRow(item, subjects.get(item.case_id)) for item in items])
        self.table.resizeColumnToContents(OutboxColumn.STATE)
        self.table.resizeColumnToContents(OutboxColumn.ACTION)
        self.table.resizeColumnToContents(OutboxColumn.WRITTEN)
        if selected is None or not self.select_item(selected.id):
            self._show_item(None)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.countsChanged.emit(*self.counts())

    def _on_current_changed(self, current: AnyIndex, _previous: AnyIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._show_item(row.item if row is not None else None)

    def _show_item(self, item: OutboxItem | None) -> None:
        if item is None or item.state is not OutboxState.HELD:
            self.held_box.hide()
            return
        self.reason.setText(held_reason_text(item.held_reason, item.held_message))
        carries_text = item.type in _TEXT_TYPES
        self.text.setVisible(carries_text)
        self.text.setPlainText(held_text(item) if carries_text else "")
        actions = item.actions
        self.copy_button.setVisible(HeldAction.COPY_TO_DRAFT in actions)
        self.copy_text_button.setVisible(carries_text)
        self.retry_button.setVisible(HeldAction.RETRY in actions)
        self.discard_button.setVisible(HeldAction.DISCARD in actions)
        self.open_button.setVisible(item.case_id != NO_CASE)
        self.held_box.show()

    # Decisions -----------------------------------------------------------------------------

    def _on_action(self, action: HeldAction) -> None:
        item = self.selected_item()
        if item is not None and item.state is OutboxState.HELD:
            self._tasks.spawn(self.resolve(item, action), name="resolve-held")

    async def resolve(self, item: OutboxItem, action: HeldAction) -> None:
        """Carry out the expert's decision about a held item, asking first where the
        decision cannot be taken back."""
        if action is HeldAction.DISCARD and not await self._confirm_discard(item):
            return
        if action is HeldAction.RETRY and not await self._confirm_retry(item):
            return
        outbox = self._outbox.outbox
        try:
            resolved = await outbox.resolve_held(item.id, action)
        except DraftExists:
            if not await self._confirm_replace_draft():
                return
            resolved = await outbox.resolve_held(item.id, action, replace_draft=True)
        if resolved.draft is not None:
            self.draftCopied.emit(resolved.draft)
        self.refresh()

    async def _confirm_discard(self, item: OutboxItem) -> bool:
        text = (
            translate(
                "OutboxPanel", "Discard this held item? Its text is not sent and no longer shown."
            )
            if item.type in _TEXT_TYPES
            else translate("OutboxPanel", "Discard this held action? It is not sent.")
        )
        return await self._ask(text, translate("OutboxPanel", "&Discard"))

    async def _confirm_retry(self, item: OutboxItem) -> bool:
        text = translate(
            "OutboxPanel",
            "Send it again as it is? The hub refused it because: {reason}",
        ).format(reason=held_reason_text(item.held_reason, item.held_message))
        return await self._ask(text, translate("OutboxPanel", "&Send again"))

    async def _confirm_replace_draft(self) -> bool:
        return await self._ask(
            translate(
                "OutboxPanel",
                "The case already has a draft. Replace it with the held text?",
            ),
            translate("OutboxPanel", "&Replace the draft"),
        )

    async def _ask(self, text: str, confirm_label: str) -> bool:
        box = QMessageBox(self.window())
        box.setObjectName("outbox_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("OutboxPanel", "Outbox"))
        box.setText(text)
        confirm = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        try:
            await run_dialog(box)
            return box.clickedButton() is confirm
        finally:
            box.deleteLater()

    def _open_selected_case(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.openCaseRequested.emit(item.case_id)

    def _copy_text_to_clipboard(self) -> None:
        item = self.selected_item()
        clipboard = QGuiApplication.clipboard()
        if item is not None and clipboard is not None:
            clipboard.setText(held_text(item))

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.table.setAccessibleName(translate("OutboxPanel", "Outbox"))
        self.text.setAccessibleName(translate("OutboxPanel", "Held text"))
        self.copy_button.setText(translate("OutboxPanel", "Copy into a new draft"))
        self.retry_button.setText(translate("OutboxPanel", "Retry after review…"))
        self.discard_button.setText(translate("OutboxPanel", "Discard…"))
        self.open_button.setText(translate("OutboxPanel", "Open case"))
        self.copy_text_button.setText(translate("OutboxPanel", "Copy text"))
        self.empty_label.setText(translate("OutboxPanel", "Nothing waiting: everything is sent."))
        self.model.retranslate()
        item = self.selected_item()
        self._show_item(item)
