"""The conversation of one case, rendered in a browser that never loads anything."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from workstation.domain.models import Message, OutboxState
from workstation.ui.formatting import (
    call_duration_text,
    call_outcome_label,
    direction_label,
    message_time_text,
    visibility_label,
)
from workstation.ui.thread_html import DARK_THREAD_COLORS, ThreadColors, thread_html

translate = QCoreApplication.translate


class OfflineTextBrowser(QTextBrowser):
    """A text browser that never loads anything: no network, no local files, no links.

    Customer HTML is sanitized before it gets here; this is the second wall. A tracking
    pixel or a `file:` reference that slipped through still resolves to nothing, and a
    clicked link only emits `anchorClicked` for the app to handle deliberately.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, resource_type: int, name: QUrl | str, /) -> Any:
        # Never None or a null image: for those QTextDocument falls back to reading local
        # files itself (and the image handler to loading the file name directly).
        if resource_type == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return QByteArray()


class ConversationView(OfflineTextBrowser):
    """The thread, oldest first, with replies and notes not yet confirmed by the hub
    marked as such."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(16)
        self._messages: Sequence[Message] = ()
        self._case_id: int | None = None
        self._retranslate()

    def show_messages(self, case_id: int, messages: Sequence[Message]) -> None:
        """Keeps the scroll position while the same case is refreshed."""
        scroll = self.verticalScrollBar().value() if case_id == self._case_id else 0
        self._case_id = case_id
        self._messages = messages
        self.setHtml(
            thread_html(
                messages,
                direction_text=direction_label,
                time_text=message_time_text,
                details_text=message_details_text,
                state_text=pending_state_text,
                colors=self._colors(),
            )
        )
        self.verticalScrollBar().setValue(scroll)

    def clear_messages(self) -> None:
        self._case_id = None
        self._messages = ()
        self.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif (
            event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            and self._case_id is not None
        ):
            # Light or dark mode switched: the message boxes follow.
            self.show_messages(self._case_id, self._messages)
        super().changeEvent(event)

    def _colors(self) -> ThreadColors:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return DARK_THREAD_COLORS if dark else ThreadColors()

    def _retranslate(self) -> None:
        self.setAccessibleName(translate("ThreadView", "Conversation"))
        if self._case_id is not None:
            self.show_messages(self._case_id, self._messages)


def message_details_text(message: Message) -> str:
    """The facts of a message besides its text: subject, visibility, call outcome."""
    parts: list[str] = []
    if message.subject:
        parts.append(translate("ThreadView", "Subject: {subject}").format(subject=message.subject))
    if message.visibility is not None:
        parts.append(visibility_label(message.visibility))
    if message.call_outcome is not None:
        call = translate("ThreadView", "Call: {outcome}").format(
            outcome=call_outcome_label(message.call_outcome)
        )
        if message.call_duration_seconds is not None:
            call += f", {call_duration_text(message.call_duration_seconds)}"
        parts.append(call)
    return " · ".join(parts)


def pending_state_text(message: Message) -> str:
    match message.outbox_state:
        case None | OutboxState.RESOLVED:
            return ""
        case OutboxState.QUEUED:
            return translate("ThreadView", "Waiting to be sent")
        case OutboxState.SENDING:
            return translate("ThreadView", "Sending…")
        case OutboxState.SENT:
            return translate("ThreadView", "Sent")
        case OutboxState.HELD:
            return translate(
                "ThreadView", "Not sent: held in the outbox until you decide what to do."
            )
