"""Creates the QApplication and runs the workstation on a qasync event loop."""

from __future__ import annotations

import gc
import logging
from collections.abc import Sequence

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from workstation.platform.allocator import keep_large_buffers_in_heap
from workstation.platform.autostart import autostart_for_platform, launch_command
from workstation.store.paths import data_root
from workstation.store.secrets import SecretStore, choose_backend
from workstation.ui.desktop.start import claim_single_instance, start_desktop_services
from workstation.ui.error_reporting import ErrorReporter, describe_without_message
from workstation.ui.event_loop import run_until_quit
from workstation.ui.i18n import default_catalog_dir
from workstation.ui.icons import IconLibrary
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.settings.settings import Settings
from workstation.ui.startup import Workstation

APPLICATION_NAME = "Expert Workstation"
ORGANIZATION_NAME = "ExpertWorkstation"
# Must match the .desktop file (packaging/linux) so that Wayland shows the right icon.
DESKTOP_FILE_NAME = "de.expertworkstation.Workstation"
START_COLLECTION_PAUSE_MS = 1000
# The keyring backend keyring's detection chose at an earlier start (`choose_backend`).
KEYRING_BACKEND_KEY = "state/keyring_backend"

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


def secret_store(settings: QSettings) -> SecretStore:
    """The keyring, with the backend detected at an earlier start loaded directly."""
    remembered = settings.value(KEYRING_BACKEND_KEY)
    choice = choose_backend(remembered if isinstance(remembered, str) else None)
    if choice.detected is None:
        settings.remove(KEYRING_BACKEND_KEY)
    elif choice.detected != remembered:
        settings.setValue(KEYRING_BACKEND_KEY, choice.detected)
    return SecretStore(backend=choice.backend)


def run_app(
    options: LaunchOptions, qt_argv: Sequence[str], activation_args: Sequence[str] = ()
) -> int:
    """Runs the app until it quits; `activation_args` go to the running instance when
    there is one (which then comes to the front, and this process exits with 0)."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    keep_large_buffers_in_heap()
    # One made by the caller (the start-up benchmark, watching for the first paint) is
    # used as it is.
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(qt_argv))
    icons = configure_application(app)
    # `main` pauses the garbage collector for the start; whatever way the start goes (a
    # login dialog, a problem), it resumes after this long.
    QTimer.singleShot(START_COLLECTION_PAUSE_MS, gc.enable)
    instance = claim_single_instance(data_root(options.data_dir), list(activation_args))
    if instance is None:
        logger.info("Expert Workstation is already running; brought it to the front")
        return 0
    # After configure_application: the default QSettings location uses the app's names.
    settings = Settings(QSettings())
    desktop = start_desktop_services(
        app,
        settings,
        instance,
        catalog_dir=default_catalog_dir(),
        autostart=autostart_for_platform(),
        launch_command=launch_command(),
    )
    workstation = Workstation(
        options, icons=icons, secrets=secret_store(settings.store), settings=settings
    )
    instance.activation_requested.connect(lambda _args: workstation.bring_to_front())
    desktop.autostart.failed.connect(workstation.show_desktop_problem)
    desktop.autostart.reconcile()
    try:
        return run_until_quit(app, workstation, ErrorReporter(lambda: workstation.main_window))
    except Exception as error:
        logger.critical("The app stopped: %s", describe_without_message(error))
        return 1
    finally:
        instance.close()
