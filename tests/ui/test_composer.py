"""The composer shaped per channel: counter and length limit, subject, public/private,
call log, the approach decision, templates, Markdown preview, and drafts that stay put."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.builders import NOW, detail, details, message
from workstation.domain.drafts import Draft, DraftKind
from workstation.domain.models import (
    CallOutcome,
    CaseStatus,
    Channel,
    Direction,
    Template,
    Visibility,
)
from workstation.domain.personal_data import find_personal_data
from workstation.domain.replies import CallLog, ReplyContent
from workstation.ui.composer.approach_panel import tact_guidelines
from workstation.ui.composer.call_log_form import CallLogForm
from workstation.ui.composer.composer import Composer
from workstation.ui.composer.personal_data_dialog import PersonalDataDialog


@pytest.fixture
def composer(qtbot: QtBot) -> Composer:
    widget = Composer()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_x_counts_characters_and_blocks_more_than_280(qtbot: QtBot, composer: Composer) -> None:
    composer.set_case(details(detail(channel=Channel.TWITTER, customer_contact="@jweber")))
    assert composer.counter.isVisible()
    assert not composer.subject_row.isVisible()

    composer.body.setPlainText("x" * 280)
    assert composer.counter.text() == "280 / 280"
    # No visibility chosen yet: a reply on X is public or a DM, and the expert says which.
    assert not composer.send_button.isEnabled()
    assert "public" in composer.reply_info.text()

    qtbot.mouseClick(composer.public_button, Qt.MouseButton.LeftButton)
    assert composer.send_button.isEnabled()
    assert composer.reply_content().visibility is Visibility.PUBLIC

    composer.body.setPlainText("x" * 281)
    assert composer.counter.text() == "281 / 280"
    assert "#b3261e" in composer.counter.styleSheet()
    assert not composer.send_button.isEnabled()
    assert not composer.can_send_reply()
    # Without the English catalog (plural forms) Qt shows the source's "character(s)".
    assert composer.reply_info.text().startswith("1 character")
    assert "too long" in composer.reply_info.text()
    assert "too many" in composer.counter.accessibleName()


def test_an_email_reply_has_a_subject_prefilled_from_the_case(composer: Composer) -> None:
    composer.set_case(details(detail(subject="Rechnung doppelt")))
    assert composer.subject_row.isVisible()
    assert composer.subject.text() == "Re: Rechnung doppelt"
    assert not composer.counter.isVisible()

    composer.body.setPlainText("Guten Tag Herr Weber, …")
    assert composer.send_button.isEnabled()
    composer.subject.setText("  ")
    composer.body.setPlainText("Guten Tag Herr Weber, …!")
    assert not composer.send_button.isEnabled()
    assert composer.reply_info.text() == "The e-mail needs a subject."


def test_a_phone_callback_is_logged_not_written(qtbot: QtBot, composer: Composer) -> None:
    composer.set_case(details(detail(channel=Channel.PHONE, customer_contact="+49 30 1234567")))
    form = composer.call_log
    assert form.isVisible() and not composer.body.isVisible()
    assert not composer.send_button.isEnabled()
    assert composer.reply_info.text() == "Choose how the call went."

    form.outcome.setCurrentIndex(list(CallOutcome).index(CallOutcome.REACHED))
    form.minutes.setValue(4)
    form.seconds.setValue(12)
    form.notes.setPlainText("Kündigungsfrist erklärt.")
    assert composer.send_button.isEnabled()
    assert composer.reply_content().call_log == CallLog(
        CallOutcome.REACHED, 4 * 60 + 12, "Kündigungsfrist erklärt."
    )


def test_the_call_timer_measures_the_duration(qtbot: QtBot) -> None:
    moment = [100.0]
    form = CallLogForm(clock=lambda: moment[0])
    qtbot.addWidget(form)
    form.timer_button.click()
    assert form.timer_button.text() == "Stop call timer"
    moment[0] += 125
    form.timer_button.click()
    assert (form.minutes.value(), form.seconds.value()) == (2, 5)
    assert form.call_log().duration_seconds == 125


def test_a_social_mention_asks_for_the_approach_decision_first(
    qtbot: QtBot, composer: Composer
) -> None:
    offer = detail(channel=Channel.SOCIAL_MENTION, status=CaseStatus.OFFERED, assigned_to_me=False)
    composer.set_case(details(offer))
    panel = composer.approach_panel
    assert panel.isVisible() and not composer.body.isVisible()
    shown = panel.guidelines.text()
    assert all(guideline.split(":")[0] in shown for guideline in tact_guidelines())

    with qtbot.waitSignal(composer.declineRequested):
        panel.decline_button.click()

    with qtbot.waitSignal(composer.approachChosen):
        panel.approach_button.click()
    # Approaching an offer claims it; the form opens once the case is the expert's.
    composer.set_case(details(detail(channel=Channel.SOCIAL_MENTION)))
    assert composer.body.isVisible()
    composer.body.setPlainText("Hallo! Darf ich kurz einen Tipp geben?")
    assert composer.reply_content().approach is True
    assert composer.send_button.isEnabled()


def test_a_social_mention_already_approached_opens_the_form(composer: Composer) -> None:
    case = detail(channel=Channel.SOCIAL_MENTION)
    composer.set_case(details(case, [message(1, Direction.IN, "Kopfhörer?"),
                                     message(2, Direction.OUT, "Gern!")]))  # fmt: skip
    assert composer.body.isVisible()
    assert not composer.approach_panel.isVisible()


def test_a_template_is_filled_in_and_gaps_are_pointed_out(composer: Composer) -> None:
    template = Template(
        id=1,
        client_id=1,
        channel=None,
        language="de",
        title="Begrüßung",
        body="Hallo {customer_first_name},\n\n{platzhalter}\n\nViele Grüße\n{expert_name}",
        updated_at=NOW,
    )
    composer.set_case(details(templates=[template]))
    assert composer.template_button.isEnabled()
    composer.template_menu.actions()[0].trigger()
    assert composer.body.toPlainText() == (
        "Hallo Jürgen,\n\n{platzhalter}\n\nViele Grüße\nPetra Schneider"
    )
    assert composer.reply_info.text() == "Still to fill in: {platzhalter}"


def test_forum_markdown_can_be_previewed(composer: Composer) -> None:
    composer.set_case(details(detail(channel=Channel.FORUM)))
    composer.body.setPlainText("**Schritt 1:** Menü *Extras*")
    composer.preview_button.click()
    assert composer.preview.isVisible()
    assert "Schritt 1:" in composer.preview.toPlainText()
    assert "**" not in composer.preview.toPlainText()
    composer.preview_button.click()
    assert composer.body.isVisible()


def test_a_refresh_of_the_same_case_keeps_what_is_being_typed(composer: Composer) -> None:
    draft = Draft(7, DraftKind.REPLY, ReplyContent(body="Aus dem Entwurf", subject="Re: X"))
    composer.set_case(details(reply_draft=draft))
    assert composer.body.toPlainText() == "Aus dem Entwurf"
    composer.body.setPlainText("Weiter getippt")
    composer.set_case(details(detail(version=4), reply_draft=draft))
    assert composer.body.toPlainText() == "Weiter getippt"


def test_an_offer_needs_a_claim_before_a_reply(qtbot: QtBot, composer: Composer) -> None:
    composer.set_case(details(detail(status=CaseStatus.OFFERED, assigned_to_me=False)))
    assert composer.claim_button.isVisible()
    assert not composer.body.isVisible()
    assert not composer.note.isEnabled()
    with qtbot.waitSignal(composer.claimRequested):
        composer.claim_button.click()


def test_the_personal_data_warning_lists_what_it_found(qapp: QApplication) -> None:
    text = "Schreiben Sie an j.weber@example.de oder rufen Sie 030 1234567 an."
    dialog = PersonalDataDialog(text, find_personal_data(text))
    listed = dialog.informativeText()
    assert "E-mail address: j.weber@example.de" in listed
    assert "Phone number: 030 1234567" in listed
    # Editing is what Enter and Esc choose; sending needs the deliberate button.
    assert dialog.defaultButton() is dialog.edit_button
    assert dialog.escapeButton() is dialog.edit_button
    dialog.deleteLater()
