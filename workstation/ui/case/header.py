"""The case header: subject, a minimal customer card, the facts an expert checks first,
and the live SLA countdown.

Everything here is plain text: subjects, names and contacts come from customers and must
never be interpreted as markup.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.models import CaseDetail, CaseStatus, Channel, Priority
from workstation.ui.case.sla_countdown import SlaCountdown
from workstation.ui.formatting import (
    channel_label,
    clock_time_text,
    full_timestamp_text,
    outcome_label,
    priority_label,
    status_label,
)
from workstation.ui.icons import IconLibrary
from workstation.ui.theme import Spacing

translate = QCoreApplication.translate

_URGENT_COLOR = "#b3261e"


def visible_contact(case: CaseDetail) -> str | None:
    """A callback number is personal data the expert only needs once the case is theirs."""
    if case.channel == Channel.PHONE and not case.assigned_to_me:
        return None
    return case.customer_contact or None


class CustomerCard(QFrame):
    """Who the customer is and how to reach them; nothing more."""

    # The contact went to the clipboard (case id): an access the audit log records.
    contactCopied = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = _plain_label()
        name_font = QFont(self.name.font())
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.contact = _plain_label()
        # Not selectable: the copy button is the one way to copy it, and it is audited.
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.copy_contact = QToolButton()
        self.copy_contact.setObjectName("copy_contact")
        self.copy_contact.setAutoRaise(True)
        self.copy_contact.clicked.connect(self._copy_contact)
        self.contact_hint = _plain_label()
        self.contact_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.contact_hint.setWordWrap(True)
        self.language = _plain_label()
        self.language.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.MEDIUM, Spacing.SMALL, Spacing.MEDIUM, Spacing.SMALL)
        layout.setSpacing(2)
        layout.addWidget(self.name)
        contact_row = QHBoxLayout()
        contact_row.setSpacing(Spacing.SMALL)
        contact_row.addWidget(self.contact, 1)
        contact_row.addWidget(self.copy_contact)
        layout.addLayout(contact_row)
        layout.addWidget(self.contact_hint)
        layout.addWidget(self.language)
        self._case: CaseDetail | None = None

    def show_case(self, case: CaseDetail) -> None:
        self._case = case
        self.name.setText(case.customer_name)
        contact = visible_contact(case)
        self.contact.setText(contact or "")
        self.contact.setVisible(bool(contact))
        self.copy_contact.setVisible(bool(contact))
        self.copy_contact.setText(translate("CaseHeader", "Copy"))
        self.copy_contact.setToolTip(translate("CaseHeader", "Copy the contact to the clipboard"))
        self.copy_contact.setAccessibleName(translate("CaseHeader", "Copy contact"))
        hidden_number = case.channel == Channel.PHONE and contact is None
        self.contact_hint.setVisible(hidden_number)
        self.contact_hint.setText(
            translate("CaseHeader", "The callback number is shown once you claim the case.")
            if hidden_number
            else ""
        )
        self.language.setText(
            translate("CaseHeader", "Writes in: {language}").format(
                language=_language_name(case.language)
            )
        )
        self.setAccessibleName(translate("CaseHeader", "Customer"))

    def _copy_contact(self) -> None:
        case = self._case
        contact = visible_contact(case) if case is not None else None
        clipboard = QGuiApplication.clipboard()
        if case is None or contact is None or clipboard is None:
            return
        clipboard.setText(contact)
        self.contactCopied.emit(case.id)


class CaseHeader(QWidget):
    def __init__(
        self,
        icons: IconLibrary,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._icons = icons
        self._case: CaseDetail | None = None
        self.subject = _plain_label()
        subject_font = QFont(self.subject.font())
        subject_font.setPointSizeF(subject_font.pointSizeF() * 1.25)
        subject_font.setBold(True)
        self.subject.setFont(subject_font)
        self.subject.setWordWrap(True)

        self._channel_icon = QLabel()
        self.people = _plain_label()
        self.people.setWordWrap(True)
        self.facts = _plain_label()
        self.facts.setWordWrap(True)
        self.tags = _plain_label()
        self.tags.setWordWrap(True)
        self.tags.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.claim = _plain_label()
        self.claim.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.due = SlaCountdown(clock=clock)
        # Filled by the time tracker (workstation.ui.tracking.case_time).
        self.time_spent = _plain_label()
        self.time_spent.setObjectName("case_time_spent")
        self.time_spent.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.customer = CustomerCard()

        channel_row = QHBoxLayout()
        channel_row.setSpacing(Spacing.SMALL)
        channel_row.addWidget(self._channel_icon)
        channel_row.addWidget(self.people, 1)

        # The deadline, the claim and the time spent get a row of their own below the
        # facts, so that channel, client and status keep the pane's full width beside
        # the customer card instead of wrapping word by word.
        timing_row = QHBoxLayout()
        timing_row.setSpacing(Spacing.MEDIUM)
        timing_row.addWidget(self.due)
        timing_row.addWidget(self.claim)
        timing_row.addStretch(1)
        timing_row.addWidget(self.time_spent)

        facts = QVBoxLayout()
        facts.setSpacing(2)
        facts.addLayout(channel_row)
        facts.addWidget(self.facts)
        facts.addWidget(self.tags)
        facts.addLayout(timing_row)

        left = QVBoxLayout()
        left.setSpacing(Spacing.TIGHT)
        left.addWidget(self.subject)
        left.addLayout(facts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(Spacing.LARGE, Spacing.MEDIUM, Spacing.LARGE, Spacing.MEDIUM)
        layout.setSpacing(Spacing.LARGE)
        layout.addLayout(left, 1)
        layout.addWidget(self.customer, 0, Qt.AlignmentFlag.AlignTop)

    def show_case(self, case: CaseDetail) -> None:
        self._case = case
        self.subject.setText(case.subject)
        channel = channel_label(case.channel)
        self._channel_icon.setPixmap(self._icons.channel(case.channel).pixmap(20, 20))
        self._channel_icon.setToolTip(channel)
        self._channel_icon.setAccessibleName(channel)
        self.people.setText(
            translate("CaseHeader", "{channel} · {client}").format(
                channel=channel, client=case.client_name
            )
        )
        facts = [status_label(case.status), priority_label(case.priority)]
        if case.status == CaseStatus.CLOSED and case.outcome is not None:
            facts.append(outcome_label(case.outcome))
        if case.assigned_to_me and case.status != CaseStatus.CLOSED:
            facts.append(translate("CaseHeader", "assigned to you"))
        if case.pending_changes:
            facts.append(translate("CaseHeader", "changes not yet sent"))
        self.facts.setText(" · ".join(facts))
        self.facts.setStyleSheet(
            f"color: {_URGENT_COLOR};" if case.priority == Priority.URGENT else ""
        )
        self.tags.setText(
            translate("CaseHeader", "Tags: {tags}").format(tags=", ".join(case.tags))
            if case.tags
            else ""
        )
        self.tags.setVisible(bool(case.tags))
        self._show_claim(case)
        self.due.set_due(None if case.status == CaseStatus.CLOSED else case.sla_due)
        self.customer.show_case(case)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._case is not None:
            self.show_case(self._case)
        super().changeEvent(event)

    def _show_claim(self, case: CaseDetail) -> None:
        expires = case.claim_expires_at
        if not case.assigned_to_me or expires is None or case.status == CaseStatus.CLOSED:
            self.claim.setText("")
            self.claim.setToolTip("")
            return
        self.claim.setText(
            translate("CaseHeader", "Your claim runs until {time}").format(
                time=clock_time_text(expires)
            )
        )
        self.claim.setToolTip(full_timestamp_text(expires))


def _language_name(code: str) -> str:
    match code:
        case "de":
            return translate("CaseHeader", "German")
        case "en":
            return translate("CaseHeader", "English")
        case _:
            return code


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
