"""Working cases through the running app against a real hub: views and filters, search,
claim and reply, the personal-data warning, call logs, keyboard shortcuts."""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.hub_server import RunningHub
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import SyncedCache, wait_until
from tests.ui.work_driver import (
    hub_case,
    hub_count_of_text,
    hub_messages,
    memory_workstation,
    open_first_case,
    show_view,
)
from workstation.domain.models import CallOutcome, CaseStatus, Channel
from workstation.store.queries import CaseView, InboxQuery
from workstation.ui.composer.personal_data_dialog import PersonalDataDialog
from workstation.ui.icons import IconLibrary
from workstation.ui.main_window import MainWindow
from workstation.ui.search.results import HIGHLIGHT_STYLE, hit_html
from workstation.ui.shortcuts_dialog import ShortcutsDialog
from workstation.ui.startup import Workstation
from workstation.ui.views_sidebar import SIDEBAR_VIEWS

CTRL = Qt.KeyboardModifier.ControlModifier


def send_keys(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key press on whatever has the focus, as a user's typing arrives."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


Scenario = Callable[[MainWindow, Workstation], Coroutine[Any, Any, None]]
RunLoggedIn = Callable[[str, Scenario], None]


@pytest.fixture
def run_logged_in(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    tmp_path: Path,
    app_logs: pytest.LogCaptureFixture,
) -> RunLoggedIn:
    """Runs the app against a hub, logs petra in, waits for the first sync, then plays the
    scenario on the main window; errors the app logs fail the test."""

    def run(hub_url: str, scenario: Scenario) -> None:
        async def user(ws: Workstation) -> None:
            window = await log_in(ws, qtbot)
            await wait_for_sync(window, ws)
            await scenario(window, ws)

        workstation = memory_workstation(hub_url, tmp_path / "data", icons)
        assert run_app(qapp, workstation, user) == 0

    return run


async def wait_for_dialog(kind: type) -> object:
    found: list[object] = []

    def visible() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    await wait_until(visible)
    return found[0]


def test_views_and_filters_show_the_right_cases(
    qtbot: QtBot,
    synced_cache: SyncedCache,
    run_logged_in: RunLoggedIn,
) -> None:
    store = synced_cache.view

    async def user(window: MainWindow, ws: Workstation) -> None:
        due_until = InboxQuery.due_until_for(time.time())
        expected = store.view_counts(due_until=due_until)
        await wait_until(lambda: window.sidebar.count_of(CaseView.OFFERS) is not None)
        for view in SIDEBAR_VIEWS:
            await show_view(window, view)
            model = window.inbox_model
            assert model.rowCount() == expected[view], view
            # The counts are read on the database worker and arrive a moment later.
            await wait_until(lambda: window.sidebar.count_of(view) == expected[view])  # noqa: B023
            rows = [model.summary_at(row) for row in range(min(model.rowCount(), 50))]
            if view is CaseView.OFFERS:
                assert all(row and row.status is CaseStatus.OFFERED for row in rows)
            if view is CaseView.MY_CASES:
                assert all(
                    row and row.assigned_to_me and row.status is CaseStatus.OPEN for row in rows
                )
            if view is CaseView.RECENTLY_CLOSED:
                assert all(row and row.status is CaseStatus.CLOSED for row in rows)

        await show_view(window, CaseView.MY_CASES, Channel.FORUM)
        model = window.inbox_model
        forum_mine = store.count_cases(
            InboxQuery.for_view(CaseView.MY_CASES, channel=Channel.FORUM)
        )
        assert 0 < model.rowCount() == forum_mine
        channels = {model.summary_at(row) for row in range(model.rowCount())}
        assert {summary.channel for summary in channels if summary is not None} == {Channel.FORUM}
        await wait_until(lambda: window.sidebar.count_of(CaseView.MY_CASES) == forum_mine)

        # Ctrl+2 shows the offers; the channel filter stays.
        send_keys(qtbot, window, Qt.Key.Key_2, CTRL)
        await wait_until(lambda: window.inbox_model.query.view is CaseView.OFFERS)
        assert window.inbox_model.query.channel is Channel.FORUM

    run_logged_in(synced_cache.hub.url, user)


def test_search_finds_cases_with_highlighted_hits(
    qtbot: QtBot,
    synced_cache: SyncedCache,
    run_logged_in: RunLoggedIn,
) -> None:
    case = synced_cache.view.case_window(InboxQuery(), 0, 1)[0]
    word = max(case.subject.split(), key=len).strip(":,.?!")

    async def user(window: MainWindow, ws: Workstation) -> None:
        window.inbox.setFocus()
        send_keys(qtbot, window, Qt.Key.Key_Slash)
        await wait_until(window.search_box.hasFocus)
        qtbot.keyClicks(window.search_box, word[:-1].lower())  # a prefix, in lower case
        await wait_until(lambda: window.search_active and window.search_model.rowCount() > 0)
        found = [window.search_model.hit_at(row) for row in range(window.search_model.rowCount())]
        ids = [hit.case_id for hit in found if hit is not None]
        assert case.id in ids
        hit = window.search_model.hit_at(ids.index(case.id))
        assert hit is not None and "<mark>" in hit.subject_html
        rendered = hit_html(hit, "#666666")
        assert HIGHLIGHT_STYLE in rendered and "<mark>" not in rendered
        window.search_results.grab()  # the delegate paints the hits

        # Enter goes to the results and opens the first; Esc comes back to the inbox.
        send_keys(qtbot, window, Qt.Key.Key_Return)
        await wait_until(lambda: window.case_pane.case_id == ids[0])
        assert window.search_results.hasFocus()
        send_keys(qtbot, window, Qt.Key.Key_Escape)
        await wait_until(lambda: not window.search_active)
        assert window.search_box.text() == ""

    run_logged_in(synced_cache.hub.url, user)


def test_claim_and_reply_by_keyboard_reach_the_hub_once(
    qtbot: QtBot,
    hub_server: RunningHub,
    run_logged_in: RunLoggedIn,
) -> None:
    text = "Guten Tag, ich habe mir das angesehen: die Buchung ist doppelt. Ich korrigiere sie."

    async def user(window: MainWindow, ws: Workstation) -> None:
        await show_view(window, CaseView.OFFERS, Channel.EMAIL)
        await wait_until(lambda: window.sidebar.count_of(CaseView.OFFERS) is not None)
        offers = window.sidebar.count_of(CaseView.OFFERS)
        case_id = await open_first_case(window, qtbot)

        send_keys(qtbot, window, Qt.Key.Key_C)
        # At once, before the hub answered: the case is the expert's and left the offers.
        await wait_until(lambda: window.case_pane.details.detail.assigned_to_me)  # type: ignore[union-attr]
        await wait_until(lambda: window.sidebar.count_of(CaseView.OFFERS) == (offers or 0) - 1)
        await wait_until(lambda: hub_case(hub_server.engine, case_id)[1] == "petra")

        send_keys(qtbot, window, Qt.Key.Key_R)
        composer = window.case_pane.composer
        await wait_until(composer.body.hasFocus)
        qtbot.keyClicks(composer.body, text)
        assert composer.subject.text().startswith("Re: ")
        send_keys(qtbot, window, Qt.Key.Key_Return, CTRL)
        await wait_until(lambda: composer.body.toPlainText() == "")
        await wait_until(lambda: text in window.case_pane.conversation_text())
        await wait_until(lambda: hub_count_of_text(hub_server.engine, text) == 1)
        # The hub's copy replaces the echo: no state line remains.
        await wait_until(
            lambda: "Sent" not in window.case_pane.conversation_text().split(text)[1][:40]
        )
        reply = [m for m in hub_messages(hub_server.engine, case_id) if m.body_text == text]
        assert reply[0].subject is not None and reply[0].subject.startswith("Re: ")
        await wait_until(lambda: window.outbox_panel.counts() == (0, 0))

    run_logged_in(hub_server.url, user)
    assert hub_count_of_text(hub_server.engine, text) == 1


def test_a_public_forum_reply_with_personal_data_asks_first(
    qtbot: QtBot,
    hub_server: RunningHub,
    run_logged_in: RunLoggedIn,
) -> None:
    text = "Schicken Sie mir die Datei gern an petra.schneider@example.de, dann prüfe ich das."

    async def user(window: MainWindow, ws: Workstation) -> None:
        await show_view(window, CaseView.MY_CASES, Channel.FORUM)
        await open_first_case(window, qtbot)
        send_keys(qtbot, window, Qt.Key.Key_R)
        composer = window.case_pane.composer
        await wait_until(composer.body.hasFocus)
        composer.body.setPlainText(text)

        send_keys(qtbot, window, Qt.Key.Key_Return, CTRL)
        dialog = await wait_for_dialog(PersonalDataDialog)
        assert isinstance(dialog, PersonalDataDialog)
        assert "E-mail address: petra.schneider@example.de" in dialog.informativeText()
        dialog.edit_button.click()
        await wait_until(composer.body.hasFocus)
        assert composer.body.toPlainText() == text
        assert window.outbox_panel.counts() == (0, 0)

        send_keys(qtbot, window, Qt.Key.Key_Return, CTRL)
        dialog = await wait_for_dialog(PersonalDataDialog)
        assert isinstance(dialog, PersonalDataDialog)
        dialog.send_button.click()
        await wait_until(lambda: hub_count_of_text(hub_server.engine, text) == 1)

    run_logged_in(hub_server.url, user)


def test_a_phone_callback_is_logged_with_outcome_and_duration(
    qtbot: QtBot,
    hub_server: RunningHub,
    run_logged_in: RunLoggedIn,
) -> None:
    notes = "Rückruf erledigt: Preiserhöhung erklärt, Kundin ist einverstanden."

    async def user(window: MainWindow, ws: Workstation) -> None:
        await show_view(window, CaseView.MY_CASES, Channel.PHONE)
        case_id = await open_first_case(window, qtbot)
        pane = window.case_pane
        assert pane.header.customer.contact.isVisible()  # claimed: the number is shown
        send_keys(qtbot, window, Qt.Key.Key_R)
        form = pane.composer.call_log
        await wait_until(form.outcome.hasFocus)
        form.outcome.setCurrentIndex(list(CallOutcome).index(CallOutcome.REACHED))
        form.minutes.setValue(6)
        form.seconds.setValue(30)
        form.notes.setFocus()
        # QTest types ASCII only; the umlauts arrive as an input method would insert them.
        form.notes.insertPlainText(notes)
        send_keys(qtbot, window, Qt.Key.Key_Return, CTRL)
        await wait_until(lambda: hub_count_of_text(hub_server.engine, notes) == 1)
        logged = next(m for m in hub_messages(hub_server.engine, case_id) if m.body_text == notes)
        assert (logged.call_outcome, logged.call_duration_seconds) == ("reached", 390)

    run_logged_in(hub_server.url, user)


def test_every_case_action_works_by_keyboard(
    qtbot: QtBot,
    hub_server: RunningHub,
    run_logged_in: RunLoggedIn,
) -> None:
    note = "Kunde ist Stammkunde, bitte freundlich bleiben."

    async def user(window: MainWindow, ws: Workstation) -> None:

        # F1 lists the shortcuts.
        send_keys(qtbot, window, Qt.Key.Key_F1)
        shortcuts = await wait_for_dialog(ShortcutsDialog)
        assert isinstance(shortcuts, ShortcutsDialog)
        listed = dict(shortcuts.entries())
        for keys in ("J", "K", "C", "R", "/", "Esc", "Ctrl+Return / Ctrl+Enter"):
            assert keys in listed, keys
        shortcuts.reject()

        await show_view(window, CaseView.MY_CASES, Channel.EMAIL)
        first = await open_first_case(window, qtbot)
        send_keys(qtbot, window, Qt.Key.Key_J)
        await wait_until(lambda: window.case_pane.case_id not in (None, first))
        second = window.case_pane.case_id
        send_keys(qtbot, window, Qt.Key.Key_K)
        await wait_until(lambda: window.case_pane.case_id == first)

        # n: an internal note, sent with Ctrl+Enter; Esc goes back to the list.
        send_keys(qtbot, window, Qt.Key.Key_N)
        composer = window.case_pane.composer
        await wait_until(composer.note.hasFocus)
        qtbot.keyClicks(composer.note, note)
        send_keys(qtbot, window, Qt.Key.Key_Return, CTRL)
        await wait_until(lambda: hub_count_of_text(hub_server.engine, note) == 1)
        send_keys(qtbot, window, Qt.Key.Key_Escape)
        await wait_until(window.inbox.hasFocus)

        # t: tags; x: close as solved (Enter takes the default).
        send_keys(qtbot, window, Qt.Key.Key_T)
        await wait_until(lambda: _visible_named("tag_dialog") is not None)
        tag_dialog = _visible_named("tag_dialog")
        assert tag_dialog is not None
        field = tag_dialog.findChild(type(window.search_box).__mro__[1], "tag_field")
        assert field is not None
        qtbot.keyClicks(field, "stammkunde")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        await wait_until(lambda: "stammkunde" in window.case_pane.header.tags.text())

        send_keys(qtbot, window, Qt.Key.Key_X)
        await wait_until(lambda: _visible_named("close_case_dialog") is not None)
        close_dialog = _visible_named("close_case_dialog")
        assert close_dialog is not None
        qtbot.keyClick(close_dialog, Qt.Key.Key_Return)
        await wait_until(
            lambda: hub_case(hub_server.engine, first) == ("closed", "petra", "solved")
        )

        # Shift+C releases the other case back to the pool.
        window.open_case(second)  # type: ignore[arg-type]
        await wait_until(lambda: window.case_pane.case_id == second)
        window.inbox.setFocus()
        send_keys(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
        await wait_until(lambda: hub_case(hub_server.engine, second)[0] == "offered")  # type: ignore[arg-type]

    run_logged_in(hub_server.url, user)


def _visible_named(name: str) -> QApplication | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget  # type: ignore[return-value]
    return None
