"""The user's settings: every option declared once, persisted through a QSettings passed in.

Settings hold preferences and window layout only, never tokens or customer data (those live
in the keyring and the encrypted cache).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from workstation.ui.i18n import QT_TRANSLATE_NOOP
from workstation.ui.settings.choices import ColorSchemeChoice, NotificationPrivacy, UiLanguage
from workstation.ui.settings.options import (
    BoolOption,
    ChoiceOption,
    IntOption,
    Option,
    SettingsPage,
    T,
)
from workstation.ui.settings.upgrade import (
    BASELINE_VERSION,
    UPGRADE_STEPS,
    SettingsFromNewerVersion,
    UpgradeStep,
    run_upgrades,
    stored_version,
)

log = logging.getLogger(__name__)

ORGANIZATION = "ExpertWorkstation"
APPLICATION = "Expert Workstation"

WINDOW_STATE_GROUP = "window_state"


def open_user_settings() -> QSettings:
    """The per-user settings store in the platform's native place (registry on Windows, a
    plist on macOS, an INI file under ~/.config on Linux)."""
    return QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class Settings(QObject):
    """Typed access to the stored settings. `changed` carries the key of an option whose
    value was changed through this object; listeners compare it with `Settings.<name>.key`."""

    changed = Signal(str)

    ui_language = ChoiceOption(
        "ui/language",
        UiLanguage.SYSTEM,
        title=QT_TRANSLATE_NOOP("SettingsOption", "Language"),
        page=SettingsPage.GENERAL,
    )
    color_scheme = ChoiceOption(
        "ui/color_scheme",
        ColorSchemeChoice.SYSTEM,
        title=QT_TRANSLATE_NOOP("SettingsOption", "Color scheme"),
        page=SettingsPage.GENERAL,
    )
    close_to_tray = BoolOption(
        "desktop/close_to_tray",
        True,
        title=QT_TRANSLATE_NOOP(
            "SettingsOption", "Keep running in the system tray when the window is closed"
        ),
        page=SettingsPage.GENERAL,
    )
    autostart = BoolOption(
        "desktop/autostart",
        False,
        title=QT_TRANSLATE_NOOP("SettingsOption", "Start automatically when I log in"),
        page=SettingsPage.GENERAL,
    )
    notification_privacy = ChoiceOption(
        "notifications/privacy",
        NotificationPrivacy.CHANNEL_CLIENT,
        title=QT_TRANSLATE_NOOP("SettingsOption", "Notifications show"),
        page=SettingsPage.NOTIFICATIONS,
        description=QT_TRANSLATE_NOOP(
            "SettingsOption",
            "Notifications can appear on a screen that others see. Customer names and "
            "contact details are never shown in them, not even within a subject.",
        ),
    )
    quiet_outside_windows = BoolOption(
        "notifications/quiet_outside_windows",
        True,
        title=QT_TRANSLATE_NOOP("SettingsOption", "Stay quiet outside my booked windows"),
        page=SettingsPage.NOTIFICATIONS,
    )
    notification_sound = BoolOption(
        "notifications/sound",
        False,
        title=QT_TRANSLATE_NOOP("SettingsOption", "Play a sound with notifications"),
        page=SettingsPage.NOTIFICATIONS,
    )
    idle_minutes = IntOption(
        "working_time/idle_minutes",
        5,
        title=QT_TRANSLATE_NOOP("SettingsOption", "Count me as away after"),
        page=SettingsPage.WORKING_TIME,
        minimum=1,
        maximum=60,
        suffix=QT_TRANSLATE_NOOP("SettingsOption", " min"),
        description=QT_TRANSLATE_NOOP(
            "SettingsOption",
            "After this long without keyboard or mouse input, your time stops going to the "
            "open case, and on your return the app asks how to record the time away.",
        ),
    )
    working_time_warnings = BoolOption(
        "working_time/warnings",
        False,
        title=QT_TRANSLATE_NOOP("SettingsOption", "Remind me of breaks and long working days"),
        page=SettingsPage.WORKING_TIME,
    )

    def __init__(
        self,
        store: QSettings,
        upgrade_steps: Sequence[UpgradeStep] = UPGRADE_STEPS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        try:
            self.layout_version = run_upgrades(store, upgrade_steps)
        except SettingsFromNewerVersion as newer:
            # After a downgrade: read what this release understands, leave the rest alone.
            log.warning("%s; keys this release does not know are left untouched", newer)
            self.layout_version = stored_version(store) or BASELINE_VERSION

    @classmethod
    def options(cls) -> tuple[Option[Any], ...]:
        """Every declared option, in declaration order."""
        return tuple(value for value in vars(cls).values() if isinstance(value, Option))

    @classmethod
    def options_on(cls, page: SettingsPage) -> tuple[Option[Any], ...]:
        return tuple(option for option in cls.options() if option.page is page)

    @property
    def store(self) -> QSettings:
        return self._store

    def read(self, option: Option[T]) -> T:
        return option.decode(self._store.value(option.key))

    def write(self, option: Option[T], value: T) -> None:
        """Validates and stores `value`; emits `changed` only when the value differs."""
        new_value = option.validate(value)
        if self.read(option) == new_value:
            return
        self._store.setValue(option.key, option.encode(new_value))
        self._store.sync()
        self.changed.emit(option.key)

    def reset(self, option: Option[Any]) -> None:
        self.write(option, option.default)

    def load_bytes(self, key: str) -> QByteArray | None:
        """Opaque layout state (window geometry, splitter sizes) saved under `key`."""
        value = self._store.value(f"{WINDOW_STATE_GROUP}/{key}")
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    def save_bytes(self, key: str, data: QByteArray) -> None:
        self._store.setValue(f"{WINDOW_STATE_GROUP}/{key}", data)

    def sync(self) -> None:
        self._store.sync()
