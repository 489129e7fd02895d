"""The composer below the conversation: a reply shaped by the case's channel, and
internal notes.

The reply form follows the channel's rules (`domain/replies.py`): a subject on e-mail, a
public/private choice on Facebook and X, a character counter where the channel has a
limit, Markdown with a preview on the forum, a call log instead of text for a phone
callback, and for a social mention the explicit decision to approach the person first.
Send stays disabled while the hub would refuse the reply, and the reason is said in words.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import (
    CaseDetail,
    CaseStatus,
    Channel,
    Direction,
    Template,
    Visibility,
)
from workstation.domain.replies import (
    MAX_LONG_TEXT_CHARS,
    ChannelRules,
    Problem,
    ProblemCode,
    ReplyContent,
    channel_rules,
    character_count,
    validate_note,
    validate_reply,
)
from workstation.domain.templates import TemplateContext, fill_template, unfilled_variables
from workstation.ui.case_details import CaseDetails
from workstation.ui.composer.approach_panel import ApproachPanel
from workstation.ui.composer.call_log_form import CallLogForm
from workstation.ui.composer.texts import problem_text
from workstation.ui.theme import Spacing
from workstation.ui.thread_view import OfflineTextBrowser

translate = QCoreApplication.translate

_OVER_LIMIT_COLOR = "#b3261e"
_ATTENTION_COLOR = "#9a5b00"
_TOO_LONG = frozenset(
    {ProblemCode.BODY_TOO_LONG, ProblemCode.SUBJECT_TOO_LONG, ProblemCode.CALL_NOTES_TOO_LONG}
)


class ComposerTab(IntEnum):
    REPLY = 0
    NOTE = 1


class _ReplyPage(IntEnum):
    UNAVAILABLE = 0
    APPROACH = 1
    FORM = 2


class _BodyPage(IntEnum):
    TEXT = 0
    CALL_LOG = 1
    PREVIEW = 2


class Composer(QWidget):
    replyEdited = Signal()
    noteEdited = Signal()
    sendReplyRequested = Signal()
    addNoteRequested = Signal()
    claimRequested = Signal()
    declineRequested = Signal()
    approachChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._details: CaseDetails | None = None
        self._approached = False
        self._loading = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("composer_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_reply_tab(), "")
        self.tabs.addTab(self._build_note_tab(), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.LARGE, Spacing.SMALL, Spacing.LARGE, Spacing.MEDIUM)
        layout.addWidget(self.tabs)
        self._retranslate()

    # Building ------------------------------------------------------------------------------

    def _build_reply_tab(self) -> QWidget:
        self.reply_stack = QStackedWidget()

        unavailable = QWidget()
        self.unavailable_text = QLabel()
        self.unavailable_text.setWordWrap(True)
        self.claim_button = QPushButton()
        self.claim_button.setObjectName("composer_claim_button")
        self.claim_button.clicked.connect(self.claimRequested)
        unavailable_layout = QVBoxLayout(unavailable)
        unavailable_layout.setContentsMargins(0, Spacing.SMALL, 0, 0)
        unavailable_layout.addWidget(self.unavailable_text)
        unavailable_layout.addWidget(self.claim_button, 0, Qt.AlignmentFlag.AlignLeft)
        unavailable_layout.addStretch(1)

        self.approach_panel = ApproachPanel()
        self.approach_panel.approachChosen.connect(self._on_approach)
        self.approach_panel.declineChosen.connect(self.declineRequested)

        self.reply_stack.addWidget(unavailable)
        self.reply_stack.addWidget(self.approach_panel)
        self.reply_stack.addWidget(self._build_reply_form())
        return self.reply_stack

    def _build_reply_form(self) -> QWidget:
        self.template_button = QToolButton()
        self.template_button.setObjectName("template_button")
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.template_menu = QMenu(self.template_button)
        self.template_button.setMenu(self.template_menu)

        self.public_button = QRadioButton()
        self.public_button.setObjectName("visibility_public")
        self.private_button = QRadioButton()
        self.private_button.setObjectName("visibility_private")
        self._visibility = QButtonGroup(self)
        self._visibility.addButton(self.public_button)
        self._visibility.addButton(self.private_button)
        self._visibility.buttonToggled.connect(lambda _button, _on: self._on_reply_edited())

        self.preview_button = QToolButton()
        self.preview_button.setObjectName("markdown_preview")
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._toggle_preview)

        tools = QHBoxLayout()
        tools.setSpacing(Spacing.MEDIUM)
        tools.addWidget(self.template_button)
        tools.addWidget(self.public_button)
        tools.addWidget(self.private_button)
        tools.addStretch(1)
        tools.addWidget(self.preview_button)

        self.subject_label = QLabel()
        self.subject = QLineEdit()
        self.subject.setObjectName("reply_subject")
        self.subject_label.setBuddy(self.subject)
        self.subject.textEdited.connect(lambda _text: self._on_reply_edited())
        subject_row = QHBoxLayout()
        subject_row.setSpacing(Spacing.SMALL)
        subject_row.addWidget(self.subject_label)
        subject_row.addWidget(self.subject, 1)
        self.subject_row = QWidget()
        self.subject_row.setLayout(subject_row)
        subject_row.setContentsMargins(0, 0, 0, 0)

        self.body = QPlainTextEdit()
        self.body.setObjectName("reply_body")
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._on_reply_edited)
        self.call_log = CallLogForm()
        self.call_log.edited.connect(self._on_reply_edited)
        self.preview = OfflineTextBrowser()
        self.preview.setObjectName("markdown_preview_view")
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self.body)
        self.body_stack.addWidget(self.call_log)
        self.body_stack.addWidget(self.preview)

        self.reply_info = QLabel()
        self.reply_info.setObjectName("reply_info")
        self.reply_info.setWordWrap(True)
        self.reply_info.setTextFormat(Qt.TextFormat.PlainText)
        self.reply_info.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.counter = QLabel()
        self.counter.setObjectName("character_counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        counter_font = QFont(self.counter.font())
        counter_font.setFeature(QFont.Tag("tnum"), 1)
        self.counter.setFont(counter_font)
        self.send_button = QPushButton()
        self.send_button.setObjectName("send_button")
        self.send_button.setDefault(False)
        self.send_button.clicked.connect(self.sendReplyRequested)
        footer = QHBoxLayout()
        footer.setSpacing(Spacing.MEDIUM)
        footer.addWidget(self.reply_info, 1)
        footer.addWidget(self.counter)
        footer.addWidget(self.send_button)

        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, Spacing.SMALL, 0, 0)
        layout.setSpacing(Spacing.SMALL)
        layout.addLayout(tools)
        layout.addWidget(self.subject_row)
        layout.addWidget(self.body_stack, 1)
        layout.addLayout(footer)
        return form

    def _build_note_tab(self) -> QWidget:
        self.note = QPlainTextEdit()
        self.note.setObjectName("note_body")
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._on_note_edited)
        self.note_info = QLabel()
        self.note_info.setWordWrap(True)
        self.note_info.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_note_button = QPushButton()
        self.add_note_button.setObjectName("add_note_button")
        self.add_note_button.clicked.connect(self.addNoteRequested)
        footer = QHBoxLayout()
        footer.addWidget(self.note_info, 1)
        footer.addWidget(self.add_note_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, Spacing.SMALL, 0, 0)
        layout.setSpacing(Spacing.SMALL)
        layout.addWidget(self.note, 1)
        layout.addLayout(footer)
        return page

    # Public API ----------------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self._details.case_id if self._details is not None else None

    @property
    def case(self) -> CaseDetail | None:
        return self._details.detail if self._details is not None else None

    def set_case(self, details: CaseDetails) -> None:
        """Shape the composer for the case. The texts are loaded (from the drafts) only when
        the case changes, so a refresh of the same case never touches what is being typed."""
        new_case = self.case_id != details.case_id
        self._details = details
        if new_case:
            self._load_texts(details)
        self._shape(details)

    def clear_case(self) -> None:
        self._details = None
        self._approached = False
        self._loading = True
        try:
            self.body.clear()
            self.subject.clear()
            self.note.clear()
            self.call_log.set_call_log(None)
        finally:
            self._loading = False

    def reply_content(self) -> ReplyContent:
        case = self.case
        rules = channel_rules(case.channel) if case is not None else None
        visibility = None
        if self.public_button.isChecked():
            visibility = Visibility.PUBLIC
        elif self.private_button.isChecked():
            visibility = Visibility.PRIVATE
        return ReplyContent(
            body=self.body.toPlainText(),
            subject=self.subject.text() if rules is not None and rules.takes_subject else None,
            visibility=visibility if rules is not None and rules.takes_visibility else None,
            call_log=self.call_log.call_log()
            if rules is not None and rules.takes_call_log
            else None,
            approach=self._approached,
        )

    def reply_draft(self) -> Draft | None:
        if self.case_id is None:
            return None
        return Draft(self.case_id, DraftKind.REPLY, self.reply_content())

    def note_draft(self) -> Draft | None:
        if self.case_id is None:
            return None
        return Draft(self.case_id, DraftKind.NOTE, ReplyContent(body=self.note.toPlainText()))

    def note_text(self) -> str:
        return self.note.toPlainText()

    def reply_problems(self) -> list[Problem]:
        case = self.case
        if case is None:
            return []
        return validate_reply(case.channel, self.reply_content())

    def can_send_reply(self) -> bool:
        return (
            self.case is not None
            and self.reply_stack.currentIndex() == _ReplyPage.FORM
            and not self.reply_problems()
        )

    def can_add_note(self) -> bool:
        case = self.case
        return (
            case is not None
            and case.assigned_to_me
            and case.status is not CaseStatus.OFFERED
            and not validate_note(self.note.toPlainText())
        )

    def clear_reply(self) -> None:
        """After the reply went to the outbox: an empty form (a social mention stays
        approached, its first message is on its way)."""
        self._loading = True
        try:
            self.body.clear()
            self.call_log.set_call_log(None)
            self.preview_button.setChecked(False)
        finally:
            self._loading = False
        self._update_reply_state()

    def clear_note(self) -> None:
        self._loading = True
        try:
            self.note.clear()
        finally:
            self._loading = False
        self._update_note_state()

    def load_reply_draft(self, draft: Draft) -> None:
        """Put a draft (e.g. a held reply copied back) into the reply form."""
        if self._details is None or draft.case_id != self.case_id:
            return
        self._fill_reply(self._details, draft.content)
        self.tabs.setCurrentIndex(ComposerTab.REPLY)

    def focus_reply(self) -> None:
        self.tabs.setCurrentIndex(ComposerTab.REPLY)
        page = self.reply_stack.currentIndex()
        if page == _ReplyPage.APPROACH:
            self.approach_panel.approach_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif page == _ReplyPage.UNAVAILABLE:
            target = self.claim_button if self.claim_button.isVisible() else self.tabs.tabBar()
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self.body_stack.currentIndex() == _BodyPage.CALL_LOG:
            self.call_log.outcome.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.preview_button.setChecked(False)
            self.body.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_note(self) -> None:
        self.tabs.setCurrentIndex(ComposerTab.NOTE)
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_tab(self) -> ComposerTab:
        return ComposerTab(self.tabs.currentIndex())

    def insert_template(self, template: Template) -> None:
        context = self._details.template_context if self._details else TemplateContext()
        filled = fill_template(template.body, context)
        if self.body_stack.currentIndex() == _BodyPage.CALL_LOG:
            self.call_log.notes.insertPlainText(filled)
            return
        self.preview_button.setChecked(False)
        self.body.insertPlainText(filled)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    # Shaping -------------------------------------------------------------------------------

    def _load_texts(self, details: CaseDetails) -> None:
        draft = details.reply_draft
        content = draft.content if draft is not None else ReplyContent()
        self._approached = content.approach or (
            details.detail.channel is Channel.SOCIAL_MENTION and details.has_outgoing_reply
        )
        self._fill_reply(details, content)
        self._loading = True
        try:
            note = details.note_draft
            self.note.setPlainText(note.content.body if note is not None else "")
        finally:
            self._loading = False
        self.tabs.setCurrentIndex(ComposerTab.REPLY)

    def _fill_reply(self, details: CaseDetails, content: ReplyContent) -> None:
        case = details.detail
        self._loading = True
        try:
            self.preview_button.setChecked(False)
            self.body.setPlainText(content.body)
            self.subject.setText(
                content.subject if content.subject is not None else _reply_subject(case.subject)
            )
            visibility = content.visibility or _last_visibility(details)
            self._visibility.setExclusive(False)
            self.public_button.setChecked(visibility is Visibility.PUBLIC)
            self.private_button.setChecked(visibility is Visibility.PRIVATE)
            self._visibility.setExclusive(True)
            self.call_log.set_call_log(content.call_log)
            self._approached = self._approached or content.approach
        finally:
            self._loading = False

    def _shape(self, details: CaseDetails) -> None:
        case = details.detail
        rules = channel_rules(case.channel)
        self.subject_row.setVisible(rules.takes_subject)
        self.public_button.setVisible(rules.takes_visibility)
        self.private_button.setVisible(rules.takes_visibility)
        self.preview_button.setVisible(case.channel is Channel.FORUM)
        self.template_button.setEnabled(bool(details.templates))
        self._fill_template_menu(details.templates)
        if not self.preview_button.isChecked():
            self.body_stack.setCurrentIndex(
                _BodyPage.CALL_LOG if rules.takes_call_log else _BodyPage.TEXT
            )
        self.reply_stack.setCurrentIndex(self._reply_page(case, rules))
        self._update_unavailable_text(case)
        self._update_reply_state()
        self._update_note_state()

    def _reply_page(self, case: CaseDetail, rules: ChannelRules) -> _ReplyPage:
        if case.status is CaseStatus.CLOSED:
            return _ReplyPage.UNAVAILABLE
        if rules.needs_approach and not self._approached:
            # The decision comes first, on an offer too: approaching claims the case.
            return _ReplyPage.APPROACH
        if not case.assigned_to_me:
            return _ReplyPage.UNAVAILABLE
        return _ReplyPage.FORM

    def _update_unavailable_text(self, case: CaseDetail) -> None:
        offered = case.status is CaseStatus.OFFERED
        self.claim_button.setVisible(offered)
        if case.status is CaseStatus.CLOSED:
            text = translate("Composer", "This case is closed.")
        elif offered:
            text = translate("Composer", "Claim this case to reply to the customer.")
        else:
            text = translate("Composer", "This case is not assigned to you.")
        self.unavailable_text.setText(text)

    def _fill_template_menu(self, templates: list[Template]) -> None:
        self.template_menu.clear()
        for template in templates:
            action = self.template_menu.addAction(template.title)
            action.triggered.connect(
                lambda _checked=False, chosen=template: self.insert_template(chosen)
            )

    # Editing -------------------------------------------------------------------------------

    def _on_approach(self) -> None:
        self._approached = True
        case = self.case
        if case is not None:
            self.reply_stack.setCurrentIndex(self._reply_page(case, channel_rules(case.channel)))
        self.approachChosen.emit()
        self._on_reply_edited()
        self.focus_reply()

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.preview.setMarkdown(self.body.toPlainText())
            self.body_stack.setCurrentIndex(_BodyPage.PREVIEW)
        else:
            self.body_stack.setCurrentIndex(_BodyPage.TEXT)
        self._retranslate_preview()

    def _on_reply_edited(self) -> None:
        self._update_reply_state()
        if not self._loading and self._details is not None:
            self.replyEdited.emit()

    def _on_note_edited(self) -> None:
        self._update_note_state()
        if not self._loading and self._details is not None:
            self.noteEdited.emit()

    def _update_reply_state(self) -> None:
        case = self.case
        if case is None:
            self.send_button.setEnabled(False)
            return
        rules = channel_rules(case.channel)
        content = self.reply_content()
        problems = validate_reply(case.channel, content)
        self.send_button.setEnabled(
            self.reply_stack.currentIndex() == _ReplyPage.FORM and not problems
        )
        self._show_counter(rules, content.body)
        self._show_reply_info(problems, content)

    def _show_counter(self, rules: ChannelRules, body: str) -> None:
        limited = rules.takes_body and rules.max_body_chars < MAX_LONG_TEXT_CHARS
        self.counter.setVisible(limited)
        if not limited:
            return
        used = character_count(body)
        left = rules.max_body_chars - used
        self.counter.setText(f"{used} / {rules.max_body_chars}")
        self.counter.setAccessibleName(
            translate("Composer", "%n character(s) left", None, left)
            if left >= 0
            else translate("Composer", "%n character(s) too many", None, -left)
        )
        self.counter.setStyleSheet(
            f"color: {_OVER_LIMIT_COLOR}; font-weight: bold;" if left < 0 else ""
        )

    def _show_reply_info(self, problems: list[Problem], content: ReplyContent) -> None:
        # An empty text needs no telling; every other reason Send is disabled does.
        shown = [problem for problem in problems if problem.code is not ProblemCode.BODY_EMPTY]
        if shown:
            self.reply_info.setText(" ".join(problem_text(problem) for problem in shown))
            # What is still missing is a hint; only text that is too long is an error.
            too_long = any(problem.code in _TOO_LONG for problem in shown)
            # A hint takes the palette's quiet colour, so it reads in dark mode too.
            self.reply_info.setStyleSheet(f"color: {_OVER_LIMIT_COLOR};" if too_long else "")
            return
        gaps = unfilled_variables(content.body)
        if gaps:
            self.reply_info.setText(
                translate("Composer", "Still to fill in: {names}").format(
                    names=", ".join(f"{{{name}}}" for name in gaps)
                )
            )
            self.reply_info.setStyleSheet(f"color: {_ATTENTION_COLOR};")
            return
        self.reply_info.setText("")
        self.reply_info.setStyleSheet("")

    def _update_note_state(self) -> None:
        case = self.case
        allowed = case is not None and case.assigned_to_me and case.status is not CaseStatus.OFFERED
        self.note.setEnabled(allowed)
        self.add_note_button.setEnabled(self.can_add_note())
        if case is not None and not allowed:
            self.note_info.setText(translate("Composer", "Claim the case to add internal notes."))
        else:
            self.note_info.setText(
                translate("Composer", "Internal notes are seen by experts and operations only.")
            )

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tabs.setTabText(ComposerTab.REPLY, translate("Composer", "Reply"))
        self.tabs.setTabText(ComposerTab.NOTE, translate("Composer", "Internal note"))
        self.template_button.setText(translate("Composer", "&Template"))
        self.template_button.setToolTip(
            translate("Composer", "Insert one of the client's templates, names filled in")
        )
        self.public_button.setText(translate("Composer", "P&ublic reply"))
        self.private_button.setText(translate("Composer", "Private &message"))
        self.subject_label.setText(translate("Composer", "Su&bject:"))
        self.body.setPlaceholderText(translate("Composer", "Write your reply…"))
        self.note.setPlaceholderText(
            translate("Composer", "A note for yourself and operations; the customer never sees it")
        )
        self.send_button.setText(translate("Composer", "Send"))
        self.send_button.setToolTip(translate("Composer", "Send the reply (Ctrl+Enter)"))
        self.add_note_button.setText(translate("Composer", "Add note"))
        self.add_note_button.setToolTip(translate("Composer", "Add the internal note (Ctrl+Enter)"))
        self.claim_button.setText(translate("Composer", "C&laim this case"))
        self.body.setAccessibleName(translate("Composer", "Reply text"))
        self.note.setAccessibleName(translate("Composer", "Internal note text"))
        self._retranslate_preview()
        if self._details is not None:
            self._update_unavailable_text(self._details.detail)
            self._update_reply_state()
            self._update_note_state()

    def _retranslate_preview(self) -> None:
        self.preview_button.setText(
            translate("Composer", "Edit")
            if self.preview_button.isChecked()
            else translate("Composer", "Preview")
        )
        self.preview_button.setToolTip(
            translate("Composer", "Forum posts are Markdown: **bold**, *italic*, - lists")
        )


def _reply_subject(subject: str) -> str:
    stripped = subject.strip()
    if stripped.lower().startswith(("re:", "aw:")):
        return stripped
    return f"Re: {stripped}" if stripped else ""


def _last_visibility(details: CaseDetails) -> Visibility | None:
    """The visibility of the expert's last reply on the case: the conversation usually
    stays where it is."""
    for message in reversed(details.messages):
        if message.direction is Direction.OUT and message.visibility is not None:
            return message.visibility
    return None
