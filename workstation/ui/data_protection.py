"""Wiring of the data-protection features into the running app.

- the audit log: opened cases, copied contacts and saved attachments are recorded here;
  replies and calls by the outbox; uploads after every sync;
- the retention purge on the DbWorker at start and every 30 minutes;
- the hub's policy (auto-lock minutes, attachment limit), fetched after syncs;
- the app lock, with its idle monitor and password check;
- attachments of the shown case: listed, fetched on demand, checked, saved on request.
"""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog

from workstation.domain.attachments import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    SaveVerdict,
    check_save,
    safe_file_name,
)
from workstation.domain.audit import AuditAction
from workstation.store.attachments import AttachmentSizeMismatch, AttachmentStore
from workstation.store.audit import AuditStore
from workstation.store.cache import CaseCache
from workstation.store.retention import PurgeReport, RetentionPurge
from workstation.store.worker import DbWorker
from workstation.sync.audit import AuditLog
from workstation.sync.client import HubError
from workstation.sync.engine import SyncResult
from workstation.sync.session import Session
from workstation.sync.unlock import UnlockChecker
from workstation.ui.async_dialog import run_dialog
from workstation.ui.lock.controller import AppLock
from workstation.ui.lock.idle import IdleMonitor
from workstation.ui.main_window import MainWindow
from workstation.ui.sync_controller import SyncController
from workstation.ui.tasks import TaskSet

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate

PURGE_INTERVAL_MS: Final = 30 * 60 * 1000
DEFAULT_AUTO_LOCK_MINUTES: Final = 10
DEVICE_ID_KEY: Final = "device_id"
AUTO_LOCK_KEY: Final = "policy_auto_lock_minutes"
MAX_ATTACHMENT_KEY: Final = "policy_max_attachment_bytes"


def device_id(cache: CaseCache) -> str:
    """This installation's id for audit events: the host name and a random id kept in the
    cache (device binding, where the hub has it, names the device itself)."""
    stored = cache.get_meta(DEVICE_ID_KEY)
    if stored is None:
        stored = f"{platform.node() or 'workstation'}/{uuid.uuid4().hex[:12]}"
        cache.set_meta(DEVICE_ID_KEY, stored)
    return stored


class DataProtection(QObject):
    def __init__(
        self,
        *,
        window: MainWindow,
        session: Session,
        cache: CaseCache,
        worker: DbWorker,
        sync: SyncController,
        tasks: TaskSet,
        device: str,
        idle_clock: Callable[[], float] = time.monotonic,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._session = session
        self._cache = cache
        self._worker = worker
        self._tasks = tasks
        self._max_attachment_bytes = DEFAULT_MAX_ATTACHMENT_BYTES
        self.audit = AuditLog(
            AuditStore(cache.engine), worker, device_id=device, session=session, clock=clock
        )
        self.attachments = AttachmentStore(cache.engine)
        self.purge = RetentionPurge(cache.engine, clock=clock)
        self.unlock_checker = UnlockChecker(lambda: self._session, cache, worker)
        self.idle = IdleMonitor(DEFAULT_AUTO_LOCK_MINUTES * 60, clock=idle_clock, parent=self)
        self.lock = AppLock(
            window,
            user_name=session.expert.display_name,
            check_password=self.unlock_checker.check,
            idle=self.idle,
            tasks=tasks,
            parent=self,
        )
        window.file_menu.insertAction(window.quit_action, self.lock.lock_action)
        self._purge_timer = QTimer(self)
        self._purge_timer.setInterval(PURGE_INTERVAL_MS)
        self._purge_timer.timeout.connect(self.purge_soon)

        pane = window.case_pane
        pane.caseOpened.connect(self._on_case_opened)
        pane.caseShown.connect(self._on_case_shown)
        pane.header.customer.contactCopied.connect(self._on_contact_copied)
        pane.attachments.saveRequested.connect(self._on_save_requested)
        sync.syncCompleted.connect(self._on_sync_completed)

    def start(self) -> None:
        self.lock.start()
        self._purge_timer.start()
        self.purge_soon()
        self._tasks.spawn(self._load_policy(), name="policy")

    def stop(self) -> None:
        self._purge_timer.stop()
        self.lock.stop()

    def replace_session(self, session: Session) -> None:
        self._session = session
        self.audit.replace_session(session)

    # -- audit -------------------------------------------------------------------------

    def _on_case_opened(self, case_id: int) -> None:
        self._tasks.spawn(self._record(AuditAction.OPEN_CASE, case_id), name="audit")

    def _on_contact_copied(self, case_id: int) -> None:
        self._tasks.spawn(self._record(AuditAction.COPY_CONTACT, case_id), name="audit")

    async def _record(self, action: AuditAction, case_id: int, detail: str | None = None) -> None:
        await self.audit.record(action, case_id=case_id, detail=detail)
        await self.audit.upload_pending()

    def _on_sync_completed(self, result: SyncResult) -> None:
        self._tasks.spawn(self._after_sync(), name="after-sync")
        if result.removed_case_ids:
            # The sync deleted them; the purge's checkpoint clears their traces in the WAL.
            self.purge_soon()

    async def _after_sync(self) -> None:
        await self.audit.upload_pending()
        await self._load_policy()

    # -- policy ------------------------------------------------------------------------

    async def _load_policy(self) -> None:
        stored = await self._worker.run(self._cache.get_meta, AUTO_LOCK_KEY)
        limit = await self._worker.run(self._cache.get_meta, MAX_ATTACHMENT_KEY)
        session = self._session
        try:
            policy = await session.call(session.client.policy)
        except HubError as error:
            logger.info("The hub's policy is not available (%s); keeping the last", error.code)
        else:
            minutes, max_bytes = policy.get("auto_lock_minutes"), policy.get("max_attachment_bytes")
            if type(minutes) is int and minutes > 0:
                stored = str(minutes)
                await self._worker.run(self._cache.set_meta, AUTO_LOCK_KEY, stored)
            if type(max_bytes) is int and max_bytes > 0:
                limit = str(max_bytes)
                await self._worker.run(self._cache.set_meta, MAX_ATTACHMENT_KEY, limit)
        if stored is not None:
            self.lock.set_idle_minutes(int(stored))
        if limit is not None:
            self._max_attachment_bytes = int(limit)

    # -- retention ---------------------------------------------------------------------

    def purge_soon(self) -> None:
        self._tasks.spawn(self._purge(), name="retention-purge")

    async def _purge(self) -> PurgeReport:
        report = await self._worker.run(self.purge.purge)
        if report.removed_case_ids:
            self._window.cases_removed_locally(report.removed_case_ids)
        return report

    # -- attachments -------------------------------------------------------------------

    def _on_case_shown(self, case_id: int) -> None:
        self._tasks.spawn(self._list_attachments(case_id), name="attachments")

    async def _list_attachments(self, case_id: int) -> None:
        listed = await self._worker.run(self.attachments.attachments_of_case, case_id)
        if self._window.case_pane.case_id == case_id:
            self._window.case_pane.attachments.show_attachments(listed)

    def _on_save_requested(self, attachment_id: int) -> None:
        self._tasks.spawn(self.save_attachment(attachment_id), name="save-attachment")

    async def save_attachment(self, attachment_id: int, target: Path | None = None) -> bool:
        """Fetch (if needed), check and save one attachment; ``target`` skips the file
        dialog (tests). Returns whether a file was written."""
        listing = self._window.case_pane.attachments
        case_id = self._window.case_pane.case_id
        attachment = await self._worker.run(self.attachments.attachment, attachment_id)
        if attachment is None:
            return False
        if attachment.size > self._max_attachment_bytes:
            listing.show_status(_verdict_text(SaveVerdict.TOO_LARGE))
            return False
        content = await self._worker.run(self.attachments.content, attachment_id)
        if content is None:
            listing.show_status(translate("AttachmentList", "Downloading…"))
            session = self._session
            try:
                content = await session.call(
                    partial(session.client.attachment, attachment_id=attachment_id)
                )
                await self._worker.run(self.attachments.store_content, attachment_id, content)
            except (HubError, AttachmentSizeMismatch) as error:
                logger.info("An attachment could not be fetched: %s", type(error).__name__)
                listing.show_status(
                    translate(
                        "AttachmentList",
                        "The attachment could not be downloaded. Check the connection "
                        "and try again.",
                    )
                )
                return False
        verdict, _sniffed = check_save(
            attachment.name, attachment.media_type, content, max_bytes=self._max_attachment_bytes
        )
        if verdict is not SaveVerdict.ALLOWED:
            listing.show_status(_verdict_text(verdict))
            return False
        if target is None:
            target = await self._ask_for_target(safe_file_name(attachment.name))
            if target is None:
                listing.show_status("")
                return False
        try:
            await asyncio.to_thread(_write_private_file, target, content)
        except OSError as error:
            listing.show_status(
                translate("AttachmentList", "The file could not be written: {reason}").format(
                    reason=error.strerror or type(error).__name__
                )
            )
            return False
        if case_id is not None:
            await self._record(AuditAction.EXPORT, case_id, "attachment saved")
        listing.show_status(
            translate("AttachmentList", "Saved as {path}. It was not opened.").format(
                path=str(target)
            )
        )
        return True

    async def _ask_for_target(self, suggested: str) -> Path | None:
        dialog = QFileDialog(self._window, translate("AttachmentList", "Save attachment"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(suggested)
        try:
            accepted = await run_dialog(dialog) == QDialog.DialogCode.Accepted
            files = dialog.selectedFiles()
        finally:
            dialog.deleteLater()
        return Path(files[0]) if accepted and files else None


def _write_private_file(target: Path, content: bytes) -> None:
    """Write without the execute bit and readable by the owner only."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(content)


def _verdict_text(verdict: SaveVerdict) -> str:
    match verdict:
        case SaveVerdict.TOO_LARGE:
            return translate(
                "AttachmentList", "The attachment is larger than the limit your hub allows."
            )
        case SaveVerdict.BLOCKED_TYPE:
            return translate(
                "AttachmentList",
                "This attachment is a program or script. It cannot be saved, to protect "
                "this computer.",
            )
        case SaveVerdict.TYPE_MISMATCH:
            return translate(
                "AttachmentList",
                "The attachment's content does not match its name or type, so it may be "
                "disguised. It cannot be saved.",
            )
        case _:
            return translate(
                "AttachmentList",
                "The attachment's type cannot be recognized, so it cannot be saved.",
            )
