"""A thin Qt adapter over the Qt-free `Outbox`: it only adds a Signal for its events."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from workstation.sync.outbox import Outbox
from workstation.sync.outbox_sender import OutboxEvent


class OutboxController(QObject):
    """`changed` carries every `OutboxEvent` (items that changed state, cases whose rows
    or threads may look different, and the result of the sender's own sync)."""

    changed = Signal(object)

    def __init__(self, outbox: Outbox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._remove_listener: Callable[[], None] = outbox.add_listener(self._on_event)

    @property
    def outbox(self) -> Outbox:
        return self._outbox

    def replace(self, outbox: Outbox) -> None:
        """Continue with another outbox (after a new login, with its own sender)."""
        self._remove_listener()
        self._outbox = outbox
        self._remove_listener = outbox.add_listener(self._on_event)

    def _on_event(self, event: OutboxEvent) -> None:
        self.changed.emit(event)
