"""Settings declared once: defaults, typed round-trips through a real INI file, validation,
and tolerance of hand-edited values."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from workstation.ui.settings.choices import ColorSchemeChoice, NotificationPrivacy, UiLanguage
from workstation.ui.settings.options import BoolOption, ChoiceOption, IntOption, SettingsPage
from workstation.ui.settings.settings import Settings

EXPECTED_DECLARATIONS = {
    "ui_language": ("ui/language", UiLanguage.SYSTEM),
    "color_scheme": ("ui/color_scheme", ColorSchemeChoice.SYSTEM),
    "close_to_tray": ("desktop/close_to_tray", True),
    "autostart": ("desktop/autostart", False),
    "notification_privacy": ("notifications/privacy", NotificationPrivacy.CHANNEL_CLIENT),
    "quiet_outside_windows": ("notifications/quiet_outside_windows", True),
    "notification_sound": ("notifications/sound", False),
    "idle_minutes": ("working_time/idle_minutes", 5),
    "working_time_warnings": ("working_time/warnings", False),
}


def reopen(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_every_setting_is_declared_once_with_key_and_default() -> None:
    declared = {option.name: (option.key, option.default) for option in Settings.options()}
    assert declared == EXPECTED_DECLARATIONS
    keys = [option.key for option in Settings.options()]
    assert len(keys) == len(set(keys))
    for option in Settings.options():
        assert option.title, option.name
        assert option.page in SettingsPage


def test_an_empty_store_yields_the_defaults(settings: Settings) -> None:
    for name, (_key, default) in EXPECTED_DECLARATIONS.items():
        assert getattr(settings, name) == default


def test_values_survive_a_restart(settings: Settings, settings_path: Path) -> None:
    settings.ui_language = UiLanguage.GERMAN
    settings.color_scheme = ColorSchemeChoice.DARK
    settings.close_to_tray = False
    settings.autostart = True
    settings.notification_privacy = NotificationPrivacy.COUNT
    settings.quiet_outside_windows = False
    settings.notification_sound = True
    settings.idle_minutes = 12
    settings.working_time_warnings = True

    again = reopen(settings_path)

    assert again.ui_language is UiLanguage.GERMAN
    assert again.color_scheme is ColorSchemeChoice.DARK
    assert again.close_to_tray is False
    assert again.autostart is True
    assert again.notification_privacy is NotificationPrivacy.COUNT
    assert again.quiet_outside_windows is False
    assert again.notification_sound is True
    assert again.idle_minutes == 12
    assert again.working_time_warnings is True


def test_changed_fires_once_per_real_change(settings: Settings, qtbot: QtBot) -> None:
    seen: list[str] = []
    settings.changed.connect(seen.append)

    settings.idle_minutes = 9
    settings.idle_minutes = 9
    settings.close_to_tray = True  # already the default

    assert seen == ["working_time/idle_minutes"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("idle_minutes", 0),
        ("idle_minutes", 61),
        ("idle_minutes", "5"),
        ("idle_minutes", True),
        ("close_to_tray", 1),
        ("ui_language", "de"),
        ("ui_language", ColorSchemeChoice.DARK),
    ],
)
def test_invalid_values_are_refused(settings: Settings, name: str, value: object) -> None:
    with pytest.raises(ValueError):
        setattr(settings, name, value)
    assert getattr(settings, name) == EXPECTED_DECLARATIONS[name][1]


def test_hand_edited_garbage_falls_back_to_defaults(settings_path: Path, qapp: object) -> None:
    settings_path.write_text(
        "[meta]\nsettings_version=1\n"
        "[ui]\nlanguage=fr\ncolor_scheme=dark\n"
        "[working_time]\nidle_minutes=lots\nwarnings=maybe\n"
        "[desktop]\nclose_to_tray=0\n"
    )
    settings = reopen(settings_path)
    assert settings.ui_language is UiLanguage.SYSTEM
    assert settings.color_scheme is ColorSchemeChoice.DARK
    assert settings.idle_minutes == 5
    assert settings.working_time_warnings is False
    assert settings.close_to_tray is False


def test_values_from_native_backends_decode() -> None:
    """The registry and plists hand back native types rather than INI strings."""
    flag = BoolOption("x/flag", False, title="Flag", page=SettingsPage.GENERAL)
    number = IntOption("x/n", 3, title="N", page=SettingsPage.GENERAL, minimum=1, maximum=9)
    choice = ChoiceOption("x/c", UiLanguage.SYSTEM, title="C", page=SettingsPage.GENERAL)
    assert flag.decode(True) is True
    assert flag.decode("true") is True
    assert flag.decode(0) is False
    assert number.decode(7) == 7
    assert number.decode(" 8 ") == 8
    assert number.decode(42) == 3
    assert choice.decode("en") is UiLanguage.ENGLISH
    assert choice.decode(None) is UiLanguage.SYSTEM


def test_declaring_an_invalid_default_fails_at_import_time() -> None:
    with pytest.raises(ValueError):
        IntOption("x/n", 0, title="N", page=SettingsPage.GENERAL, minimum=1, maximum=9)
    with pytest.raises(ValueError):
        BoolOption("x/b", "yes", title="B", page=SettingsPage.GENERAL)  # type: ignore[arg-type]


def test_layout_state_round_trips_as_bytes(settings: Settings, settings_path: Path) -> None:
    blob = QByteArray(bytes(range(256)))
    settings.save_bytes("main_window/geometry", blob)
    settings.sync()
    assert reopen(settings_path).load_bytes("main_window/geometry") == blob
    assert settings.load_bytes("never/saved") is None


def test_reset_restores_the_default(settings: Settings) -> None:
    settings.idle_minutes = 30
    settings.reset(Settings.idle_minutes)
    assert settings.idle_minutes == 5
