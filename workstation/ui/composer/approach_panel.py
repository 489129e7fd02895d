"""Before an opening message on a social mention: the tact guidelines, and the explicit
decision to approach the person or to leave them alone."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.ui.theme import Spacing

translate = QCoreApplication.translate


def tact_guidelines() -> list[str]:
    return [
        translate(
            "ApproachPanel",
            "This person did not ask the company for help. Write only if you can really "
            "help with what they wrote.",
        ),
        translate("ApproachPanel", "Say who you are and on whose behalf you write."),
        translate(
            "ApproachPanel", "Be brief and friendly: no sales pitch, no links they did not ask for."
        ),
        translate(
            "ApproachPanel",
            "If they do not want contact, leave them alone and never write to them again "
            "uninvited.",
        ),
        translate("ApproachPanel", "Never mention anything about them you found elsewhere."),
    ]


class ApproachPanel(QWidget):
    approachChosen = Signal()
    declineChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approach_panel")
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.guidelines = QLabel()
        self.guidelines.setObjectName("tact_guidelines")
        self.guidelines.setTextFormat(Qt.TextFormat.RichText)
        self.guidelines.setWordWrap(True)
        self.approach_button = QPushButton()
        self.approach_button.setObjectName("approach_button")
        self.approach_button.clicked.connect(self.approachChosen)
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("decline_button")
        self.decline_button.clicked.connect(self.declineChosen)

        buttons = QHBoxLayout()
        buttons.setSpacing(Spacing.SMALL)
        buttons.addWidget(self.approach_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Spacing.SMALL)
        layout.addWidget(self.title)
        layout.addWidget(self.guidelines)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(
            translate("ApproachPanel", "An active dialogue: decide first whether to approach")
        )
        items = "".join(f"<li>{html.escape(text)}</li>" for text in tact_guidelines())
        self.guidelines.setText(f'<ul style="margin-left:-20px;">{items}</ul>')
        self.approach_button.setText(translate("ApproachPanel", "&Approach this person"))
        self.approach_button.setToolTip(
            translate("ApproachPanel", "Open the composer for a first, tactful message")
        )
        self.decline_button.setText(translate("ApproachPanel", "&Decline"))
        self.decline_button.setToolTip(
            translate(
                "ApproachPanel",
                "Do not contact this person; the case leaves your inbox and stays on offer "
                "to others",
            )
        )
