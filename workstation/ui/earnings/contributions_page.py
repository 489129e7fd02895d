"""The Contributions space: the expert's knowledge articles and forum answers, a Markdown
editor with a live preview whose drafts save themselves, and submission for review
through the outbox. A rejected contribution shows the editors' feedback and can be
reworked; an accepted one shows its fee, which is in the earnings."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.earnings import Contribution, ContributionKind, ContributionStatus
from workstation.domain.models import Client
from workstation.store.contributions import ContributionStore
from workstation.store.worker import DbWorker
from workstation.ui.earnings.contributions_model import ContributionsModel
from workstation.ui.earnings.labels import kind_text, status_text
from workstation.ui.earnings.markdown_preview import MarkdownPreview
from workstation.ui.earnings.money import money_text
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.tasks import TaskSet

translate = QCoreApplication.translate
AUTOSAVE_MS = 1500


class ContributionsPage(QWidget):
    def __init__(
        self,
        *,
        listing: ContributionStore,
        writer: ContributionStore,
        clients: Callable[[], list[Client]],
        worker: DbWorker,
        outbox: OutboxController,
        tasks: TaskSet,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.setObjectName("contributions_page")
        self._writer = writer
        self._clients = clients
        self._worker = worker
        self._outbox = outbox
        self._tasks = tasks
        self._clock = clock
        self.current: Contribution | None = None
        self.last_task: asyncio.Task[None] | None = None
        self._loading = False

        self.model = ContributionsModel(listing)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.new_article_button = QPushButton()
        self.new_answer_button = QPushButton()
        self.client_box = QComboBox()
        self.title_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.preview = MarkdownPreview()
        self.status_label = QLabel()
        self.status_label.setObjectName("contribution_status")
        self.feedback_label = QLabel()
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setObjectName("contribution_feedback")
        self.submit_button = QPushButton()
        self.discard_button = QPushButton()
        self.saved_label = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        new_buttons = QHBoxLayout()
        new_buttons.addWidget(self.new_article_button)
        new_buttons.addWidget(self.new_answer_button)
        left_layout.addLayout(new_buttons)
        left_layout.addWidget(self.list_view, 1)
        editor = QWidget()
        form = QFormLayout()
        self.client_label = QLabel()
        self.client_label.setBuddy(self.client_box)
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title_edit)
        form.addRow(self.client_label, self.client_box)
        form.addRow(self.title_label, self.title_edit)
        texts = QSplitter()
        texts.addWidget(self.body_edit)
        texts.addWidget(self.preview)
        actions = QHBoxLayout()
        actions.addWidget(self.saved_label, 1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.submit_button)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.status_label)
        editor_layout.addWidget(self.feedback_label)
        editor_layout.addLayout(form)
        editor_layout.addWidget(texts, 1)
        editor_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save)
        self.title_edit.textEdited.connect(lambda _text: self._edited())
        self.body_edit.textChanged.connect(self._on_body_changed)
        self.client_box.activated.connect(lambda _index: self._edited())
        self.list_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_row(current.row())
        )
        self.new_article_button.clicked.connect(
            lambda: self.start_new(ContributionKind.ARTICLE.value)
        )
        self.new_answer_button.clicked.connect(
            lambda: self.start_new(ContributionKind.FORUM_ANSWER.value)
        )
        self.submit_button.clicked.connect(self.submit)
        self.discard_button.clicked.connect(self.discard)
        self.retranslate()
        self.refresh()
        self._show(None)

    # -- list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.current.id if self.current is not None else None
        self.model.refresh()
        self._fill_clients()
        if chosen is not None:
            row = self.model.row_of(chosen)
            if row is not None:
                self.list_view.setCurrentIndex(self.model.index(row))
                # Only a new status (the hub decided, the submission went out) is shown;
                # the text being edited is never replaced by an older stored one.
                item = self.model.item_at(row)
                current = self.current
                if item is not None and current is not None and item.status != current.status:
                    self._show(item)

    def show_contribution(self, contribution_id: str) -> bool:
        row = self.model.row_of(contribution_id)
        if row is None:
            return False
        self.list_view.setCurrentIndex(self.model.index(row))
        return True

    def _fill_clients(self) -> None:
        current = self.client_box.currentData()
        self.client_box.clear()
        for client in self._clients():
            self.client_box.addItem(client.name, client.id)
        if current is not None:
            self.client_box.setCurrentIndex(max(0, self.client_box.findData(current)))

    def _show_row(self, row: int) -> None:
        item = self.model.item_at(row)
        if item is not None and self.current is not None and item.id == self.current.id:
            return
        self.save_now()
        self._show(item)

    # -- editing -------------------------------------------------------------------------

    def start_new(self, kind: str) -> None:
        self.save_now()
        client_id = self.client_box.currentData()
        if client_id is not None:
            self.last_task = self._tasks.spawn(
                self._start_new(int(client_id), kind), name="new contribution"
            )

    async def _start_new(self, client_id: int, kind: str) -> None:
        draft = await self._worker.run(partial(self._writer.new_draft, client_id, kind))
        self.model.refresh()
        self._show(draft)
        self.show_contribution(draft.id)
        self.title_edit.setFocus()

    def _show(self, item: Contribution | None) -> None:
        self._loading = True
        try:
            if item is None or self.current is None or item.id != self.current.id:
                self.saved_label.clear()
            self.current = item
            editable = item is not None and item.editable
            for widget in (self.title_edit, self.body_edit, self.client_box):
                widget.setEnabled(editable)
            self.title_edit.setText(item.title if item else "")
            self.body_edit.setPlainText(item.body if item else "")
            self.preview.setMarkdown(item.body if item else "")
            if item is not None:
                self.client_box.setCurrentIndex(max(0, self.client_box.findData(item.client_id)))
            self.status_label.setText(self._status_line(item))
            self.feedback_label.setText(
                translate("ContributionsPage", "Feedback from the editors: {text}").format(
                    text=item.feedback
                )
                if item is not None and item.feedback
                else ""
            )
            self.feedback_label.setVisible(bool(item is not None and item.feedback))
            self.submit_button.setEnabled(editable)
            self.discard_button.setEnabled(
                item is not None and item.status == ContributionStatus.DRAFT
            )
        finally:
            self._loading = False

    @staticmethod
    def _status_line(item: Contribution | None) -> str:
        if item is None:
            return translate("ContributionsPage", "Choose a contribution or start a new one.")
        line = f"{kind_text(item.kind)} · {status_text(item.status)}"
        if item.fee_cents is not None:
            line += " · " + translate("ContributionsPage", "Fee: {amount}").format(
                amount=money_text(item.fee_cents)
            )
        return line

    def _on_body_changed(self) -> None:
        self.preview.setMarkdown(self.body_edit.toPlainText())
        self._edited()

    def _edited(self) -> None:
        if not self._loading and self.current is not None and self.current.editable:
            self._autosave.start()

    def _edited_contribution(self) -> Contribution | None:
        if self.current is None:
            return None
        client_id = self.client_box.currentData()
        return replace(
            self.current,
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            client_id=int(client_id) if client_id is not None else self.current.client_id,
        )

    def save_now(self) -> None:
        """Store the text being edited at once (before switching, submitting, closing)."""
        if self._autosave.isActive():
            self._autosave.stop()
            self._save()

    async def flush(self) -> None:
        """Store the text being edited before the app quits."""
        edited = self._edited_contribution()
        if self._autosave.isActive() and edited is not None:
            self._autosave.stop()
            await self._store(edited)
        if self.last_task is not None and not self.last_task.done():
            await self.last_task

    def _save(self) -> None:
        edited = self._edited_contribution()
        if edited is not None:
            self.last_task = self._tasks.spawn(self._store(edited), name="save contribution")

    async def _store(self, edited: Contribution) -> None:
        # On the worker: the writing engine belongs to its thread.
        saved = await self._worker.run(partial(self._writer.save_draft, edited))
        if self.current is not None and self.current.id == saved.id:
            self.current = replace(self.current, status=saved.status)
            self.saved_label.setText(translate("ContributionsPage", "Draft saved"))

    def submit(self) -> None:
        edited = self._edited_contribution()
        if edited is None or not edited.editable:
            return
        if not edited.title.strip() or not edited.body.strip():
            self.saved_label.setText(
                translate("ContributionsPage", "A title and a text are needed to submit.")
            )
            return
        self._autosave.stop()
        self.submit_button.setEnabled(False)
        self.last_task = self._tasks.spawn(self._submit(edited), name="submit contribution")

    async def _submit(self, edited: Contribution) -> None:
        await self._worker.run(partial(self._writer.save_draft, edited))
        await self._worker.run(partial(self._writer.submit, edited.id))
        self._outbox.outbox.wake()
        self.refresh()
        row = self.model.row_of(edited.id)
        if row is not None:
            self.list_view.setCurrentIndex(self.model.index(row))
            self._show(self.model.item_at(row))

    def discard(self) -> None:
        if self.current is None or self.current.status != ContributionStatus.DRAFT:
            return
        self._autosave.stop()
        self.last_task = self._tasks.spawn(
            self._discard(self.current.id), name="discard contribution"
        )

    async def _discard(self, contribution_id: str) -> None:
        await self._worker.run(partial(self._writer.discard_draft, contribution_id))
        self.current = None
        self.refresh()
        self._show(None)

    # -- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_article_button.setText(translate("ContributionsPage", "New &article"))
        self.new_answer_button.setText(translate("ContributionsPage", "New forum &answer"))
        self.client_label.setText(translate("ContributionsPage", "C&lient:"))
        self.title_label.setText(translate("ContributionsPage", "&Title:"))
        self.body_edit.setAccessibleName(translate("ContributionsPage", "Text (Markdown)"))
        self.preview.setAccessibleName(translate("ContributionsPage", "Preview"))
        self.list_view.setAccessibleName(translate("ContributionsPage", "Contributions"))
        self.submit_button.setText(translate("ContributionsPage", "&Submit for review"))
        self.discard_button.setText(translate("ContributionsPage", "Discard draft"))
        self.status_label.setText(self._status_line(self.current))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
