"""The read-only dialog for a draft whose case left the cache: copy, discard, or keep."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import RunAsync, wait_until
from workstation.ui.outbox.orphan_draft_dialog import (
    OrphanDraftChoice,
    OrphanDraftDialog,
    review_orphan_draft,
)

TEXT = "Guten Tag Frau Roth,\n\ndie Rechnung ist korrigiert."


def shown_dialog() -> OrphanDraftDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, OrphanDraftDialog) and widget.isVisible():
            return widget
    return None


def decide(run_async: RunAsync[Any], act: str) -> OrphanDraftChoice:
    parent = QWidget()
    parent.show()

    async def scenario() -> OrphanDraftChoice:
        review = asyncio.ensure_future(review_orphan_draft(parent, TEXT))
        await wait_until(lambda: shown_dialog() is not None)
        dialog = shown_dialog()
        assert dialog is not None
        assert dialog.text.isReadOnly()
        assert dialog.text.toPlainText() == TEXT
        if act == "copy, then keep":
            dialog.copy_button.click()
            clipboard = QGuiApplication.clipboard()
            assert clipboard is not None and clipboard.text() == TEXT
            assert dialog.isVisible()  # copying decides nothing
            dialog.close_button.click()
        else:
            dialog.discard_button.click()
        return await review

    try:
        return run_async(scenario())
    finally:
        parent.close()


def test_copying_keeps_the_draft_until_the_expert_decides(run_async: RunAsync[Any]) -> None:
    assert decide(run_async, "copy, then keep") is OrphanDraftChoice.KEEP


def test_discard_is_reported(run_async: RunAsync[Any]) -> None:
    assert decide(run_async, "discard") is OrphanDraftChoice.DISCARD
