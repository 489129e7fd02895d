"""Debounced, durable draft saving: a draft is written a second after the last keystroke,
and never more than two seconds after the first unsaved one, so a crash loses at most the
last two seconds of typing."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.drafts import Draft, DraftKind
from workstation.ui.error_reporting import describe_without_message
from workstation.ui.tasks import TaskSet

logger = logging.getLogger(__name__)

QUIET_MS = 1000
MAX_WAIT_MS = 2000

DraftSaver = Callable[[Draft], Awaitable[Draft]]


class DraftAutosave(QObject):
    """`schedule()` on every edit; `discard()` once the text went to the outbox (whose
    transaction deletes the stored draft); `flush()` before the composer shows another
    case or the app quits."""

    saved = Signal(object)
    failed = Signal()

    def __init__(
        self,
        save: DraftSaver,
        tasks: TaskSet,
        *,
        quiet_ms: int = QUIET_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._tasks = tasks
        self._pending: dict[tuple[int, DraftKind], Draft] = {}
        self._quiet = _single_shot(self, quiet_ms, self._save_pending)
        self._deadline = _single_shot(self, max_wait_ms, self._save_pending)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, draft: Draft) -> None:
        self._pending[(draft.case_id, draft.kind)] = draft
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def discard(self, case_id: int, kind: DraftKind) -> None:
        self._pending.pop((case_id, kind), None)
        if not self._pending:
            self._stop_timers()

    async def flush(self) -> None:
        """Write every pending draft now and wait until it is stored."""
        drafts = self._take_pending()
        for draft in drafts:
            await self._write(draft)

    def _save_pending(self) -> None:
        drafts = self._take_pending()
        if drafts:
            self._tasks.spawn(self._write_all(drafts), name="save-drafts")

    async def _write_all(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            await self._write(draft)

    async def _write(self, draft: Draft) -> None:
        try:
            saved = await self._save(draft)
        except Exception as error:
            # Put it back so the next edit (or the flush at quit) tries again; the message
            # never carries the draft's text.
            logger.error("A draft could not be saved: %s", describe_without_message(error))
            self._pending.setdefault((draft.case_id, draft.kind), draft)
            self.failed.emit()
            return
        self.saved.emit(saved)

    def _take_pending(self) -> list[Draft]:
        drafts = list(self._pending.values())
        self._pending.clear()
        self._stop_timers()
        return drafts

    def _stop_timers(self) -> None:
        self._quiet.stop()
        self._deadline.stop()


def _single_shot(parent: QObject, interval_ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
