"""The desktop services wired into the running app: one instance, settings, language,
look, remembered layout, start at login."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.desktop.conftest import compiled_catalogs  # noqa: F401 - a fixture
from tests.ui.app_driver import log_in, run_app, wait_for_sync
from tests.ui.conftest import SyncedCache, ini_settings, wait_until
from tests.ui.recorded_notifications import recording_connector
from workstation.platform.autostart import XdgAutostart
from workstation.store.secrets import SecretStore
from workstation.ui.desktop.start import (
    DesktopServices,
    claim_single_instance,
    start_desktop_services,
)
from workstation.ui.icons import IconLibrary
from workstation.ui.launch_options import LaunchOptions
from workstation.ui.settings.choices import ColorSchemeChoice, UiLanguage
from workstation.ui.settings.settings import Settings
from workstation.ui.startup import Workstation
from workstation.ui.theme import DARK_COLORS


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    # A unique directory: the single-instance name is derived from it.
    return tmp_path / f"data-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def desktop(
    qapp: QApplication,
    settings: Settings,
    data_dir: Path,
    compiled_catalogs: Path,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> Iterator[DesktopServices]:
    """The app's desktop services on the test application; language, style and palette
    are put back afterwards."""
    style_name = qapp.style().name()
    palette = QPalette(qapp.palette())
    instance = claim_single_instance(data_dir, [])
    assert instance is not None
    services = start_desktop_services(
        qapp,
        settings,
        instance,
        catalog_dir=compiled_catalogs,
        autostart=XdgAutostart(tmp_path / "config"),
        launch_command=["/opt/workstation/workstation"],
    )
    yield services
    instance.close()
    services.translations.remove()
    qapp.styleHints().unsetColorScheme()
    qapp.setStyle(style_name)
    qapp.setPalette(palette)


def workstation_for(
    hub_url: str, data_dir: Path, icons: IconLibrary, settings: Settings
) -> Workstation:
    return Workstation(
        LaunchOptions(
            hub_url=hub_url, username="petra", data_dir=data_dir, password_prefill="demo"
        ),
        icons=icons,
        secrets=SecretStore(backend=fail.Keyring()),
        settings=settings,
        connect_notifications=recording_connector(),
    )


def test_a_second_start_brings_the_running_window_to_the_front(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    settings: Settings,
    desktop: DesktopServices,
    data_dir: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    workstation = workstation_for(synced_cache.hub.url, data_dir, icons, settings)
    desktop.instance.activation_requested.connect(lambda _args: workstation.bring_to_front())

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        window.hide()
        assert claim_single_instance(data_dir, ["--user", "petra"]) is None
        await wait_until(window.isVisible)

    assert run_app(qapp, workstation, user) == 0


def test_settings_open_with_ctrl_comma_and_language_and_theme_follow_them(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    settings: Settings,
    desktop: DesktopServices,
    data_dir: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    settings.ui_language = UiLanguage.ENGLISH
    workstation = workstation_for(synced_cache.hub.url, data_dir, icons, settings)

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        await wait_for_sync(window, ws)
        assert window.file_menu.title() == "&File"

        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: window.settings_dialog is not None)
        dialog = window.settings_dialog
        assert dialog is not None and dialog.isVisible()
        # The dialog is open() and window-modal: this coroutine keeps running meanwhile.
        assert dialog.windowModality() != Qt.WindowModality.NonModal

        language = dialog.editor(Settings.ui_language.name)
        language.set_value(UiLanguage.GERMAN)
        scheme = dialog.editor(Settings.color_scheme.name)
        scheme.set_value(ColorSchemeChoice.DARK)
        dialog.accept()
        await wait_until(lambda: window.settings_dialog is None)

        # Qt posts the LanguageChange events; the window retranslates when they arrive.
        await wait_until(lambda: window.file_menu.title() == "&Datei")
        assert window.settings_action.text() == "&Einstellungen…"
        assert "Expert Workstation" in window.windowTitle()
        assert window.status.connection_label.accessibleDescription() == "Online"
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK_COLORS.window

        settings.ui_language = UiLanguage.ENGLISH
        await wait_until(lambda: window.file_menu.title() == "&File")

    assert run_app(qapp, workstation, user) == 0


def test_window_size_and_splitter_come_back_after_a_restart(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    tmp_path: Path,
    data_dir: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    settings_file = tmp_path / "layout.ini"
    chosen: list[list[int]] = []

    async def arrange(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        window.resize(740, 590)
        await wait_until(lambda: window.width() == 740)
        window.splitter.setSizes([160, 220, 320])
        chosen.append(window.splitter.sizes())

    first = workstation_for(synced_cache.hub.url, data_dir, icons, ini_settings(settings_file))
    assert run_app(qapp, first, arrange) == 0

    async def check(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        assert window.layout_keeper.restored
        assert window.width() == 740
        assert window.splitter.sizes() == chosen[0]

    second = workstation_for(synced_cache.hub.url, data_dir, icons, ini_settings(settings_file))
    assert run_app(qapp, second, check) == 0


def test_the_start_at_login_follows_the_setting(
    settings: Settings, desktop: DesktopServices, tmp_path: Path
) -> None:
    entry = tmp_path / "config" / "autostart"
    desktop.autostart.reconcile()
    assert not any(entry.glob("*.desktop"))
    settings.autostart = True
    (desktop_file,) = entry.glob("*.desktop")
    assert "/opt/workstation/workstation" in desktop_file.read_text(encoding="utf-8")
    settings.autostart = False
    assert not any(entry.glob("*.desktop"))


def test_a_desktop_problem_waits_for_the_main_window(
    qtbot: QtBot,
    qapp: QApplication,
    icons: IconLibrary,
    synced_cache: SyncedCache,
    settings: Settings,
    data_dir: Path,
    app_logs: pytest.LogCaptureFixture,
) -> None:
    workstation = workstation_for(synced_cache.hub.url, data_dir, icons, settings)
    workstation.show_desktop_problem("The start at login could not be set up: read-only")

    async def user(ws: Workstation) -> None:
        window = await log_in(ws, qtbot)
        assert "read-only" in window.status.currentMessage()

    assert run_app(qapp, workstation, user) == 0
