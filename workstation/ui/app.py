"""Creates the QApplication and runs the workstation on a qasync event loop."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from workstation.store.secrets import SecretStore
from workstation.ui.error_reporting import ErrorReporter, describe_without_message
from workstation.ui.event_loop import run_until_quit
from workstation.ui.icons import IconLibrary
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.startup import Workstation

APPLICATION_NAME = "Expert Workstation"
ORGANIZATION_NAME = "ExpertWorkstation"
# Must match the .desktop file (packaging/linux) so that Wayland shows the right icon.
DESKTOP_FILE_NAME = "de.expertworkstation.Workstation"

logger = logging.getLogger(__name__)


def configure_application(app: QApplication) -> IconLibrary:
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    # The app decides when it quits (after its async shutdown), not the last closed window.
    app.setQuitOnLastWindowClosed(False)
    icons = IconLibrary()
    app.setWindowIcon(icons.app())
    return icons


def run_app(options: LaunchOptions, qt_argv: Sequence[str]) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = QApplication(list(qt_argv))
    icons = configure_application(app)
    workstation = Workstation(options, icons=icons, secrets=SecretStore())
    try:
        return run_until_quit(app, workstation, ErrorReporter(lambda: workstation.main_window))
    except Exception as error:
        logger.critical("The app stopped: %s", describe_without_message(error))
        return 1
