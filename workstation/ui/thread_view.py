"""The reading pane: one case's header and its conversation."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.models import CaseStatus, CaseSummary, Channel, Message, Priority
from workstation.ui.formatting import (
    SlaUrgency,
    answer_due_text,
    channel_label,
    direction_label,
    full_timestamp_text,
    message_time_text,
    priority_label,
    sla_urgency,
    status_label,
)
from workstation.ui.icons import IconLibrary
from workstation.ui.thread_html import thread_html

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


class CaseHeader(QWidget):
    """Subject, customer and the facts an expert checks first. All of it is plain text:
    subjects and names come from customers and must never be interpreted as markup."""

    def __init__(self, icons: IconLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = icons
        self.subject = _plain_label()
        subject_font = QFont(self.subject.font())
        subject_font.setPointSizeF(subject_font.pointSizeF() * 1.25)
        subject_font.setBold(True)
        self.subject.setFont(subject_font)
        self.subject.setWordWrap(True)

        self._channel_icon = QLabel()
        self.people = _plain_label()
        self.people.setWordWrap(True)
        people_row = QHBoxLayout()
        people_row.setSpacing(8)
        people_row.addWidget(self._channel_icon)
        people_row.addWidget(self.people, 1)

        self.facts = _plain_label()
        self.facts.setWordWrap(True)
        self.due = _plain_label()

        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts, 1)
        facts_row.addWidget(self.due)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.subject)
        layout.addLayout(people_row)
        layout.addLayout(facts_row)

    def show_case(self, case: CaseSummary, contact: str | None, now: float) -> None:
        self.subject.setText(case.subject)
        self._channel_icon.setPixmap(self._icons.channel(case.channel).pixmap(20, 20))
        self._channel_icon.setToolTip(channel_label(case.channel))
        self._channel_icon.setAccessibleName(channel_label(case.channel))
        customer = f"{case.customer_name} <{contact}>" if contact else case.customer_name
        self.people.setText(
            translate("ThreadView", "{customer} · {channel} · {client}").format(
                customer=customer, channel=channel_label(case.channel), client=case.client_name
            )
        )
        facts = [status_label(case.status), priority_label(case.priority)]
        if case.assigned_to_me:
            facts.append(translate("ThreadView", "assigned to you"))
        self.facts.setText(" · ".join(facts))
        self.facts.setStyleSheet("color: #b3261e;" if case.priority == Priority.URGENT else "")
        self._show_due(case, now)

    def _show_due(self, case: CaseSummary, now: float) -> None:
        if case.sla_due is None or case.status == CaseStatus.CLOSED:
            self.due.setText(translate("ThreadView", "No answer due"))
            self.due.setToolTip("")
            self.due.setStyleSheet("")
            return
        self.due.setText(answer_due_text(case.sla_due, now))
        self.due.setToolTip(full_timestamp_text(case.sla_due))
        urgency = sla_urgency(case.sla_due, now)
        color = {SlaUrgency.OVERDUE: "#b3261e", SlaUrgency.SOON: "#9a5b00"}.get(urgency)
        self.due.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")


class ThreadView(QStackedWidget):
    """Shows a placeholder until a case is chosen, then its header and conversation."""

    def __init__(
        self,
        icons: IconLibrary,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.case_id: int | None = None

        self.placeholder = QLabel(
            translate("ThreadView", "Select a case to read its conversation.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.header = CaseHeader(icons)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.browser = OfflineTextBrowser()
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setAccessibleName(translate("ThreadView", "Conversation"))
        self.browser.document().setDocumentMargin(16)
        case_page = QWidget()
        case_layout = QVBoxLayout(case_page)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.setSpacing(0)
        case_layout.addWidget(self.header)
        case_layout.addWidget(rule)
        case_layout.addWidget(self.browser, 1)

        self.addWidget(self.placeholder)
        self.addWidget(case_page)
        self._case_page = case_page

    def show_case(
        self, case: CaseSummary, contact: str | None, messages: Sequence[Message]
    ) -> None:
        same_case = self.case_id == case.id
        scroll = self.browser.verticalScrollBar().value() if same_case else 0
        self.case_id = case.id
        self.header.show_case(case, _visible_contact(case, contact), self._clock())
        self.browser.setHtml(
            thread_html(messages, direction_text=direction_label, time_text=message_time_text)
        )
        self.browser.verticalScrollBar().setValue(scroll)
        self.setCurrentWidget(self._case_page)

    def clear(self) -> None:
        self.case_id = None
        self.browser.clear()
        self.setCurrentWidget(self.placeholder)

    def conversation_text(self) -> str:
        return self.browser.toPlainText()


def _visible_contact(case: CaseSummary, contact: str | None) -> str | None:
    # A callback number is personal data the expert only needs once the case is theirs.
    if case.channel == Channel.PHONE and not case.assigned_to_me:
        return None
    return contact


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
