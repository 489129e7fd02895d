"""Runs the app's main coroutine on a qasync loop and makes every way of quitting go through
its asynchronous shutdown.

Qt's own ways of quitting (`QApplication.quit()`, the session manager, a tray menu) end
Qt's event loop at once. `aboutToQuit` then asks the app to shut down, and the loop is run
again until the shutdown has finished, so no task is left pending and no client unclosed.
"""

from __future__ import annotations

from typing import Protocol

import qasync
from PySide6.QtWidgets import QApplication

from workstation.ui.error_reporting import ErrorReporter


class QuittableApp(Protocol):
    async def run(self) -> int:
        """Runs until quit is requested and everything is shut down; returns the exit code."""
        ...

    def request_quit(self) -> None: ...


def run_until_quit(
    app: QApplication,
    runnable: QuittableApp,
    reporter: ErrorReporter,
) -> int:
    """Run `runnable.run()` on a fresh qasync loop over `app` until it returns."""
    loop = qasync.QEventLoop(app)
    reporter.install(loop)
    # aboutToQuit fires whenever Qt's event loop ends. If something other than our own
    # shutdown ended it, the request below makes the main coroutine finish its shutdown
    # when the loop is run again.
    app.aboutToQuit.connect(runnable.request_quit)
    try:
        main = loop.create_task(runnable.run(), name="workstation-main")
        main.add_done_callback(lambda _task: loop.stop())
        loop.run_forever()
        while not main.done():
            runnable.request_quit()
            loop.run_forever()
        return main.result()
    finally:
        app.aboutToQuit.disconnect(runnable.request_quit)
        loop.run_until_complete(loop.shutdown_asyncgens())
        reporter.uninstall(loop)
        loop.close()
