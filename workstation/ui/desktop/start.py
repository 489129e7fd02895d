"""The desktop services the app starts once, right after the QApplication: settings,
language, look, one instance per user, and the start at login."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from workstation.platform.autostart import Autostart
from workstation.ui.desktop.autostart_sync import AutostartSync
from workstation.ui.desktop.single_instance import SingleInstance, server_name
from workstation.ui.i18n import Translations
from workstation.ui.settings.settings import Settings
from workstation.ui.theme import ThemeController


@dataclass(frozen=True, slots=True)
class DesktopServices:
    """Kept alive for the whole run: each one reacts to setting changes."""

    settings: Settings
    translations: Translations
    theme: ThemeController
    instance: SingleInstance
    autostart: AutostartSync


def claim_single_instance(data_dir: Path, activation_args: list[str]) -> SingleInstance | None:
    """This process's claim to be the running app for `data_dir`; None when another
    instance already runs there and was asked to come to the front (exit with 0 then).

    Scoped by data directory, so a demo or a test with its own data does not take over the
    user's everyday instance."""
    instance = SingleInstance(server_name(scope=str(data_dir.resolve())))
    if not instance.claim(activation_args):
        instance.deleteLater()
        return None
    return instance


def start_desktop_services(
    app: QApplication,
    settings: Settings,
    instance: SingleInstance,
    *,
    catalog_dir: Path,
    autostart: Autostart,
    launch_command: list[str],
) -> DesktopServices:
    """Language and look follow the settings from now on; the start-at-login entry is
    brought in line with the setting (call `autostart.reconcile()` once the app can show
    a failure)."""
    translations = Translations(app, catalog_dir)
    translations.follow(settings)
    theme = ThemeController(app, settings)
    return DesktopServices(
        settings=settings,
        translations=translations,
        theme=theme,
        instance=instance,
        autostart=AutostartSync(settings, autostart, launch_command),
    )
