"""Booking and cancelling shift windows through the outbox, and what became of them.

The mutation is written to the outbox first, so a booking made offline is sent when the
hub is reachable again. Which windows still wait for the hub is read from the outbox
itself (so it survives a restart); the hub's answer arrives as an outbox event, and a
refusal is turned into a sentence about the window as the expert saw it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from workstation.domain import mutations
from workstation.domain.models import OutboxState
from workstation.domain.mutations import MutationType
from workstation.domain.outbox import OutboxItem
from workstation.domain.windows import ShiftWindow
from workstation.sync.outbox_sender import OutboxEvent
from workstation.ui.outbox.controller import OutboxController
from workstation.ui.schedule.texts import refusal_text
from workstation.ui.tasks import TaskSet

translate = QCoreApplication.translate

_SCHEDULE_TYPES = (MutationType.BOOK_WINDOW, MutationType.CANCEL_BOOKING)
_WAITING = (OutboxState.QUEUED, OutboxState.SENDING)


class WindowBooking(QObject):
    """``answered(window_id, refused, sentence)`` follows each booking or cancellation of
    this session; ``pendingChanged(frozenset)`` names the windows still on their way."""

    answered = Signal(int, bool, str)
    pendingChanged = Signal(object)

    def __init__(
        self,
        outbox: OutboxController,
        tasks: TaskSet,
        *,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._tasks = tasks
        self._clock = clock
        # Item id -> the window as the expert saw it when acting, for the refusal wording.
        self._mine: dict[str, ShiftWindow] = {}
        self._pending: frozenset[int] = frozenset()
        outbox.changed.connect(self._on_outbox_event)

    @property
    def pending(self) -> frozenset[int]:
        return self._pending

    async def book(self, window: ShiftWindow) -> OutboxItem:
        return await self._enqueue(mutations.book_window(window.id, now=self._clock()), window)

    async def cancel(self, window: ShiftWindow) -> OutboxItem:
        return await self._enqueue(mutations.cancel_booking(window.id, now=self._clock()), window)

    async def refresh_pending(self) -> None:
        items = await self._outbox.outbox.outbox_items()
        pending = frozenset(
            int(item.payload["window_id"])
            for item in items
            if item.type in _SCHEDULE_TYPES and item.state in _WAITING
        )
        if pending != self._pending:
            self._pending = pending
            self.pendingChanged.emit(pending)

    async def _enqueue(self, mutation: mutations.NewMutation, window: ShiftWindow) -> OutboxItem:
        item = await self._outbox.outbox.enqueue(mutation)
        self._mine[item.id] = window
        await self.refresh_pending()
        return item

    def _on_outbox_event(self, event: OutboxEvent) -> None:
        answered = (event.sent_ids | event.held_ids) & self._mine.keys()
        if answered or event.item_ids:
            self._tasks.spawn(self._after(answered), name="schedule-outbox-answer")

    async def _after(self, answered: frozenset[str]) -> None:
        for item_id in sorted(answered):
            window = self._mine.pop(item_id, None)
            item = await self._outbox.outbox.item(item_id)
            if window is None or item is None:
                continue
            if item.state is OutboxState.HELD:
                sentence = refusal_text(item.held_reason, item.type, window, item.held_message)
                self.answered.emit(window.id, True, sentence)
            else:
                self.answered.emit(window.id, False, _confirmation(item.type))
        await self.refresh_pending()


def _confirmation(kind: MutationType) -> str:
    if kind is MutationType.BOOK_WINDOW:
        return translate("WindowBooking", "Booked. The window is yours.")
    return translate("WindowBooking", "Booking cancelled. The seat is free again.")
