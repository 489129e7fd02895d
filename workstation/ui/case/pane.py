"""The case pane: a placeholder until a case is chosen, then its header, the case actions,
and the conversation above the composer."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workstation.ui.case.attachment_list import AttachmentList
from workstation.ui.case.header import CaseHeader
from workstation.ui.case_details import CaseDetails
from workstation.ui.composer.composer import Composer
from workstation.ui.icons import IconLibrary
from workstation.ui.link_opening import LinkConfirmation
from workstation.ui.thread_view import ConversationView

translate = QCoreApplication.translate


class CasePane(QStackedWidget):
    # A case was opened (another case than the one shown before), and any case shown,
    # including a refresh of the current one.
    caseOpened = Signal(int)
    caseShown = Signal(int)

    def __init__(
        self,
        icons: IconLibrary,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("case_pane")
        self.details: CaseDetails | None = None

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.header = CaseHeader(icons, clock=clock)
        self.actions_bar = QToolBar()
        self.actions_bar.setObjectName("case_actions")
        self.actions_bar.setIconSize(QSize(16, 16))
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_bar.setMovable(False)
        self.conversation = ConversationView()
        self.links = LinkConfirmation(self.conversation)
        self.attachments = AttachmentList()
        self.composer = Composer()
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("thread_composer_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.conversation)
        self.splitter.addWidget(self.composer)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # The conversation gets the larger share until the expert moves the divider (the
        # window remembers it from then on).
        self.splitter.setSizes([600, 320])

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.actions_bar)
        layout.addWidget(rule)
        layout.addWidget(self.attachments)
        layout.addWidget(self.splitter, 1)
        self.addWidget(self.placeholder)
        self.addWidget(page)
        self._page = page
        self._retranslate()

    @property
    def case_id(self) -> int | None:
        return self.details.case_id if self.details is not None else None

    def set_actions(self, actions: Iterable[QAction | None]) -> None:
        """The buttons above the conversation (None: a separator)."""
        self.actions_bar.clear()
        for action in actions:
            if action is None:
                self.actions_bar.addSeparator()
            else:
                self.actions_bar.addAction(action)

    def show_case(self, details: CaseDetails) -> None:
        opened = self.case_id != details.case_id
        self.details = details
        self.header.show_case(details.detail)
        self.conversation.show_messages(details.case_id, details.messages)
        self.composer.set_case(details)
        self.setCurrentWidget(self._page)
        if opened:
            self.attachments.show_attachments(())
            self.caseOpened.emit(details.case_id)
        self.caseShown.emit(details.case_id)

    def clear(self) -> None:
        self.details = None
        self.conversation.clear_messages()
        self.header.due.set_due(None)
        self.composer.clear_case()
        self.attachments.show_attachments(())
        self.setCurrentWidget(self.placeholder)

    def conversation_text(self) -> str:
        return self.conversation.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.placeholder.setText(translate("ThreadView", "Select a case to read its conversation."))
        self.actions_bar.setWindowTitle(translate("CasePane", "Case actions"))
