"""An editorial contribution's life through the UI against a real hub: a draft saves
itself, is submitted through the outbox, rejected with feedback, reworked, accepted, and
its fee shows in the contribution and in the earnings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hub.earnings import admin as earnings_admin
from hub.schema import contributions
from tests.support.hub_server import RunningHub
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import wait_until
from tests.ui.work_driver import memory_workstation
from workstation.domain.earnings import PeriodKind
from workstation.ui.earnings.money import money_text
from workstation.ui.icons import IconLibrary
from workstation.ui.startup import Workstation

translate = QCoreApplication.translate
BODY = "# Belege scannen\n\nÖffnen Sie **Belege** und tippen Sie auf *Scannen*.\n\n![x](https://tracker.example/x.png)"


def test_a_contribution_from_draft_to_fee(
    qtbot: QtBot, qapp: QApplication, icons: IconLibrary, hub_server: RunningHub, tmp_path: Path
) -> None:
    def hub_row(contribution_id: str) -> str | None:
        with hub_server.engine.connect() as conn:
            status = conn.execute(
                select(contributions.c.status).where(contributions.c.id == contribution_id)
            ).scalar()
        return None if status is None else str(status)

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        assert ws.earnings is not None and ws.sync is not None
        page = ws.earnings.contributions
        window.show_space("contributions")
        demo_rows = page.model.rowCount()
        assert demo_rows == 4  # the demo's submitted, accepted and rejected contributions

        page.new_article_button.click()
        await wait_until(lambda: page.current is not None)
        draft = page.current
        assert draft is not None and page.model.rowCount() == demo_rows + 1
        page.title_edit.setText("Belege scannen")
        page.title_edit.textEdited.emit("Belege scannen")
        page.body_edit.setPlainText(BODY)
        assert "Belege" in page.preview.toPlainText()
        assert page.preview.requested_resources and not page.preview.document().resource(
            2, page.preview.requested_resources[0]
        )
        await wait_until(
            lambda: (stored := page.model._store.load(draft.id)) is not None and stored.body == BODY
        )
        await wait_until(
            lambda: page.saved_label.text() == translate("ContributionsPage", "Draft saved")
        )

        page.submit_button.click()
        await wait_until(lambda: page.current is not None and page.current.status == "submitted")
        assert not page.body_edit.isEnabled()
        await wait_until(lambda: hub_row(draft.id) == "submitted")

        earnings_admin.reject_contribution(hub_server.engine, draft.id, "Bitte mit Screenshots.")
        await wait_until(lambda: ws.sync is not None and not ws.sync.syncing)
        ws.sync.sync_now()
        await wait_until(lambda: page.current is not None and page.current.status == "rejected")
        assert page.feedback_label.text().endswith("Bitte mit Screenshots.")
        assert page.body_edit.isEnabled()

        page.body_edit.setPlainText(BODY + "\n\nMit Screenshots.")
        page.submit_button.click()
        await wait_until(lambda: hub_row(draft.id) == "submitted")
        fee = earnings_admin.accept_contribution(hub_server.engine, draft.id)
        await wait_until(lambda: ws.sync is not None and not ws.sync.syncing)
        ws.sync.sync_now()
        await wait_until(lambda: page.current is not None and page.current.status == "accepted")
        assert money_text(fee) in page.status_label.text()

        earnings = ws.earnings.earnings
        earnings.picker.choose(PeriodKind.THIS_MONTH)
        await wait_until(
            lambda: any(
                (entry := earnings.model.entry_at(row)) is not None
                and entry.contribution_id == draft.id
                and entry.amount_cents == fee
                for row in range(earnings.model.rowCount())
            )
        )
        window.close()

    assert run_app(qapp, memory_workstation(hub_server.url, tmp_path, icons), user) == 0


def test_typing_right_before_quitting_is_saved(
    qtbot: QtBot, qapp: QApplication, icons: IconLibrary, hub_server: RunningHub, tmp_path: Path
) -> None:
    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        assert ws.earnings is not None
        page = ws.earnings.contributions
        page.new_answer_button.click()
        await wait_until(lambda: page.current is not None)
        page.body_edit.setPlainText("Letzte Zeile vor dem Beenden")
        assert page._autosave.isActive()
        await page.flush()
        current = page.current
        assert current is not None
        stored = page.model._store.load(current.id)
        assert stored is not None and stored.body == "Letzte Zeile vor dem Beenden"
        window.close()

    assert run_app(qapp, memory_workstation(hub_server.url, tmp_path, icons), user) == 0
