"""Await a dialog from a coroutine without a nested event loop.

`QDialog.exec()` starts a nested Qt event loop, which qasync cannot run coroutines inside
(qasync issue #59). Instead the dialog is shown window-modal or application-modal with
`open()`, and the coroutine awaits a future that its `finished` signal resolves.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def run_dialog(dialog: QDialog) -> int:
    """Show `dialog` and return its result code once the user closes it.

    Cancelling the awaiting task closes the dialog with `reject()`.
    """
    loop = asyncio.get_running_loop()
    finished: asyncio.Future[int] = loop.create_future()

    def on_finished(result: int) -> None:
        if not finished.done():
            finished.set_result(result)

    dialog.finished.connect(on_finished)
    dialog.open()
    try:
        return await finished
    finally:
        dialog.finished.disconnect(on_finished)
        if dialog.isVisible():
            dialog.reject()
        # The keyboard goes back to the window the dialog came from (window managers do
        # this on their own, some platforms do not), so its shortcuts work at once.
        parent = dialog.parentWidget()
        if parent is not None and parent.isVisible():
            parent.window().activateWindow()
