"""Working the case in the case pane: loading it, the case actions, sending replies and
notes, the approach decision, and keeping drafts saved while the expert types.

Every action goes to the outbox first (`CaseWork`), whose transaction also shows its
effect in the cache, so `changed` fires at once and the views move the case where it now
belongs; the hub's answer arrives later through the outbox's own events.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Collection
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import CaseOutcome, CaseStatus
from workstation.domain.mutations import InvalidMutation
from workstation.domain.replies import personal_data_in_public_reply
from workstation.ui.async_dialog import run_dialog
from workstation.ui.case.actions import CaseActions
from workstation.ui.case.dialogs import ask_close_outcome, ask_tags, confirm_escalation
from workstation.ui.case.pane import CasePane
from workstation.ui.case_details import CaseDetails
from workstation.ui.case_work import CaseWork
from workstation.ui.composer.autosave import DraftAutosave
from workstation.ui.composer.composer import ComposerTab
from workstation.ui.composer.personal_data_dialog import PersonalDataDialog
from workstation.ui.composer.texts import problem_text
from workstation.ui.tasks import TaskSet

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

CaseLoader = Callable[[int], Awaitable[CaseDetails | None]]

# While the expert types on a claimed case whose lease runs out within this time, the app
# renews the claim (the hub renews leases on sent actions only).
RENEW_WHEN_LEFT_S: Final = 5 * 60
RENEW_AT_MOST_EVERY_S: Final = 60


class CaseController(QObject):
    # The cases whose rows or threads changed through a local action.
    changed = Signal(object)
    # A short message for the status bar.
    notice = Signal(str)
    # The case left the expert's working views on purpose (declined, closed, released).
    caseDone = Signal(int)

    def __init__(
        self,
        pane: CasePane,
        actions: CaseActions,
        work: CaseWork,
        load_case: CaseLoader,
        tasks: TaskSet,
        *,
        dialog_parent: QWidget,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self._actions = actions
        self.work = work
        self._load_case = load_case
        self._tasks = tasks
        self._dialog_parent = dialog_parent
        self._clock = clock
        self._load_task: asyncio.Task[None] | None = None
        self._wanted: int | None = None
        self._sending = False
        self._last_renewal = 0.0
        self.autosave = DraftAutosave(work.save_draft, tasks, parent=self)

        composer = pane.composer
        composer.replyEdited.connect(self._on_reply_edited)
        composer.noteEdited.connect(self._on_note_edited)
        composer.sendReplyRequested.connect(self.send_reply)
        composer.addNoteRequested.connect(self.add_note)
        composer.claimRequested.connect(self.claim)
        composer.approachChosen.connect(self._on_approach)
        composer.declineRequested.connect(self.decline)

        actions.claim.triggered.connect(self.claim)
        actions.release.triggered.connect(self.release)
        actions.reply.triggered.connect(self.focus_reply)
        actions.note.triggered.connect(self.focus_note)
        actions.send.triggered.connect(self.send)
        actions.tag.triggered.connect(self.edit_tags)
        actions.close_case.triggered.connect(self.close_case)
        actions.escalate.triggered.connect(self.escalate)
        pane.set_actions(
            [
                actions.claim,
                actions.release,
                None,
                actions.reply,
                actions.note,
                actions.tag,
                None,
                actions.close_case,
                actions.escalate,
            ]
        )

    @property
    def case_id(self) -> int | None:
        """The case shown, or about to be shown when its loading has not finished."""
        return self._wanted if self._wanted is not None else self.pane.case_id

    # Loading ------------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        """Show `case_id`; a newer request replaces a pending one."""
        if self.pane.case_id == case_id and self._load_task is None:
            return
        self.reload(case_id)

    def reload(self, case_id: int | None = None) -> None:
        """Read the case again (default: the one shown or being opened), e.g. after a
        sync or an action."""
        wanted = case_id if case_id is not None else self.case_id
        if wanted is None:
            return
        self._wanted = wanted
        if self._load_task is not None:
            self._load_task.cancel()
        self._load_task = self._tasks.spawn(self._show(wanted), name="load-case")

    def refresh_if_shown(self, case_ids: Collection[int]) -> None:
        """Reload the case when it is among `case_ids`; a case the expert is opening
        meanwhile stays the one that opens."""
        wanted = self.case_id
        if wanted is not None and wanted in case_ids:
            self.reload(wanted)

    def clear(self) -> None:
        self._wanted = None
        if self._load_task is not None:
            # A reload started before must not bring the case back.
            self._load_task.cancel()
            self._load_task = None
        self.pane.clear()
        self._actions.update_for(None)

    async def _show(self, case_id: int) -> None:
        try:
            # A draft typed a moment ago must be stored before the case's drafts are read.
            await self.autosave.flush()
            details = await self._load_case(case_id)
        finally:
            if self._load_task is asyncio.current_task():
                self._load_task = None
        if details is None:
            if self.case_id == case_id:
                self.clear()
            return
        self.pane.show_case(details)
        self._actions.update_for(details.detail)

    # Actions ------------------------------------------------------------------------------

    def claim(self) -> None:
        details = self.pane.details
        if details is not None:
            self._act(self.work.claim(details.case_id), details.case_id, "claim")

    def release(self) -> None:
        details = self.pane.details
        if details is not None:
            self._act(self.work.release(details.case_id), details.case_id, "release")

    def close_case(self) -> None:
        if self.pane.details is not None:
            self._tasks.spawn(self._close(), name="close-case")

    def escalate(self) -> None:
        if self.pane.details is not None:
            self._tasks.spawn(self._escalate(), name="escalate-case")

    def edit_tags(self) -> None:
        if self.pane.details is not None:
            self._tasks.spawn(self._edit_tags(), name="tag-case")

    def decline(self) -> None:
        details = self.pane.details
        if details is not None:
            self._tasks.spawn(self._decline(details), name="decline-case")

    def focus_reply(self) -> None:
        if self.pane.details is not None:
            self.pane.composer.focus_reply()

    def focus_note(self) -> None:
        if self.pane.details is not None:
            self.pane.composer.focus_note()

    def send(self) -> None:
        """Ctrl+Enter: send what the composer's current tab holds."""
        if self.pane.composer.current_tab() is ComposerTab.NOTE:
            self.add_note()
        else:
            self.send_reply()

    def send_reply(self) -> None:
        # Decided and marked now, not when the task runs: a second Ctrl+Enter before the
        # first send has started must not send the same text twice.
        if self._sending or not self.pane.composer.can_send_reply():
            return
        self._sending = True
        self._tasks.spawn(self._send_reply(), name="send-reply")

    def add_note(self) -> None:
        if self._sending or not self.pane.composer.can_add_note():
            return
        self._sending = True
        self._tasks.spawn(self._add_note(), name="add-note")

    async def flush_drafts(self) -> None:
        await self.autosave.flush()

    # Action bodies ------------------------------------------------------------------------

    def _act(self, action: Awaitable[object], case_id: int, name: str) -> None:
        async def run() -> None:
            await action
            self._after_action(case_id)

        self._tasks.spawn(run(), name=name)

    def _after_action(self, case_id: int) -> None:
        self.changed.emit(frozenset({case_id}))
        self.refresh_if_shown({case_id})

    async def _close(self) -> None:
        details = self.pane.details
        assert details is not None
        outcome = await ask_close_outcome(self._dialog_parent, details.detail.subject)
        if outcome is None:
            return
        await self.work.close(details.case_id, outcome)
        self._after_action(details.case_id)
        self.caseDone.emit(details.case_id)

    async def _escalate(self) -> None:
        details = self.pane.details
        assert details is not None
        if not await confirm_escalation(self._dialog_parent, details.detail.subject):
            return
        await self.work.close(details.case_id, CaseOutcome.ESCALATED)
        self._after_action(details.case_id)
        self.caseDone.emit(details.case_id)

    async def _edit_tags(self) -> None:
        details = self.pane.details
        assert details is not None
        change = await ask_tags(self._dialog_parent, details.detail.tags)
        if change is None:
            return
        try:
            await self.work.tag(details.case_id, add=change.add, remove=change.remove)
        except InvalidMutation as invalid:
            self.notice.emit(" ".join(problem_text(problem) for problem in invalid.problems))
            return
        self._after_action(details.case_id)

    async def _decline(self, details: CaseDetails) -> None:
        await self.work.decline(details.detail)
        self.autosave.discard(details.case_id, DraftKind.REPLY)
        self.changed.emit(frozenset({details.case_id}))
        if self.pane.case_id == details.case_id:
            self.clear()
        self.notice.emit(
            translate(
                "CaseController",
                "Declined: the case is gone from your inbox and stays on offer to others.",
            )
        )
        self.caseDone.emit(details.case_id)

    def _on_approach(self) -> None:
        details = self.pane.details
        if details is None:
            return
        case = details.detail
        if not case.assigned_to_me and case.status is CaseStatus.OFFERED:
            self._act(self.work.claim(case.id), case.id, "claim")

    async def _send_reply(self) -> None:
        details = self.pane.details
        composer = self.pane.composer
        try:
            if details is None:
                return
            case = details.detail
            content = composer.reply_content()
            findings = personal_data_in_public_reply(case.channel, content)
            if findings:
                dialog = PersonalDataDialog(content.body, findings, self._dialog_parent)
                try:
                    await run_dialog(dialog)
                    confirmed = dialog.send_confirmed()
                finally:
                    dialog.deleteLater()
                if not confirmed:
                    # Back to the text, in the window the dialog came from.
                    self._dialog_parent.activateWindow()
                    composer.focus_reply()
                    return
            # No edits while the reply is written to the outbox: they would belong to a
            # draft that the outbox transaction deletes.
            composer.setEnabled(False)
            self.autosave.discard(case.id, DraftKind.REPLY)
            try:
                await self.work.reply(case, content)
            finally:
                composer.setEnabled(True)
            if self.pane.case_id == case.id:
                composer.clear_reply()
            self.notice.emit(
                translate("CaseController", "Reply queued; it is sent as soon as the hub answers.")
            )
            self._after_action(case.id)
        finally:
            self._sending = False

    async def _add_note(self) -> None:
        details = self.pane.details
        composer = self.pane.composer
        try:
            if details is None:
                return
            case_id = details.case_id
            body = composer.note_text()
            composer.setEnabled(False)
            self.autosave.discard(case_id, DraftKind.NOTE)
            try:
                await self.work.note(case_id, body)
            finally:
                composer.setEnabled(True)
            if self.pane.case_id == case_id:
                composer.clear_note()
            self._after_action(case_id)
        finally:
            self._sending = False

    # Drafts -------------------------------------------------------------------------------

    def _on_reply_edited(self) -> None:
        self._schedule(self.pane.composer.reply_draft())

    def _on_note_edited(self) -> None:
        self._schedule(self.pane.composer.note_draft())

    def _schedule(self, draft: Draft | None) -> None:
        if draft is None or self._sending:
            return
        self.autosave.schedule(draft)
        self._keep_claim_while_working()

    def _keep_claim_while_working(self) -> None:
        details = self.pane.details
        if details is None:
            return
        case = details.detail
        expires = case.claim_expires_at
        now = self._clock()
        if (
            case.assigned_to_me
            and case.status in (CaseStatus.OPEN, CaseStatus.WAITING)
            and expires is not None
            and expires - now < RENEW_WHEN_LEFT_S
            and now - self._last_renewal >= RENEW_AT_MOST_EVERY_S
        ):
            self._last_renewal = now
            self._act(self.work.renew_claim(case.id), case.id, "renew-claim")
