"""Choosing the UI language, installing the catalogs, and locale-aware formatting."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from workstation.ui.i18n import Translations, locale_for, resolve_language
from workstation.ui.settings.choices import UiLanguage
from workstation.ui.settings.settings import Settings


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("de", ["en-US"], "de"),
        ("en", ["de-DE"], "en"),
        ("system", ["de-AT", "en-US"], "de"),
        ("system", ["fr-FR", "de-CH", "en-GB"], "de"),
        ("system", ["fr_FR", "en_US"], "en"),
        ("system", ["fr-FR", "it-IT"], "en"),
        ("system", [], "en"),
        (UiLanguage.GERMAN, ["en"], "de"),
        (UiLanguage.SYSTEM, ["DE"], "de"),
    ],
)
def test_language_resolution(choice: str, system: list[str], expected: str) -> None:
    assert resolve_language(choice, system) == expected


def test_an_unknown_explicit_language_is_refused() -> None:
    with pytest.raises(ValueError):
        resolve_language("fr", ["fr-FR"])


def test_locale_keeps_the_system_region_when_it_speaks_the_language() -> None:
    assert locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert locale_for("de", QLocale("en_US")).name() == "de_DE"
    assert locale_for("en", QLocale("de_DE")).name() == "en_GB"
    assert locale_for("en", QLocale("en_US")).name() == "en_US"


def test_german_translates_and_formats_the_german_way(translations: Translations) -> None:
    assert translations.apply("de", system_locale=QLocale("en_US")) == "de"

    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Einstellungen"
    # Qt's own strings come from qtbase_de.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    locale = QLocale()
    assert locale.toString(1234.56, "f", 2) == "1.234,56"
    assert locale.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert locale.toString(QDate(2024, 3, 7), "dddd, d. MMMM yyyy") == "Donnerstag, 7. März 2024"
    assert locale.toString(QDate(2024, 3, 7), QLocale.FormatType.ShortFormat) == "07.03.24"


def test_system_choice_follows_the_os_preference(translations: Translations) -> None:
    language = translations.apply(
        "system", system_ui_languages=["de-DE", "en-US"], system_locale=QLocale("de_DE")
    )
    assert language == "de"
    assert QCoreApplication.translate("SettingsPage", "General") == "Allgemein"


def test_switching_back_to_english_removes_the_german_catalogs(
    translations: Translations,
) -> None:
    translations.apply("de", system_locale=QLocale("de_DE"))
    translations.apply("en", system_locale=QLocale("de_DE"))
    assert translations.language == "en"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().toString(1234.56, "f", 2) == "1,234.56"
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_following_the_setting_switches_at_once(
    translations: Translations, settings: Settings
) -> None:
    settings.ui_language = UiLanguage.ENGLISH
    translations.follow(settings)
    assert QCoreApplication.translate("SettingsPage", "General") == "General"
    settings.ui_language = UiLanguage.GERMAN
    assert translations.language == "de"
    assert QCoreApplication.translate("SettingsPage", "General") == "Allgemein"


def test_a_missing_catalog_leaves_the_english_source_text(
    qapp: QCoreApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    default_locale = QLocale()
    translations = Translations(qapp, tmp_path / "no-catalogs")
    try:
        with caplog.at_level(logging.WARNING, logger="workstation.ui.i18n"):
            assert translations.apply("de", system_locale=QLocale("de_DE")) == "de"
        assert "workstation_de not found" in caplog.text
        assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
        assert QLocale().toString(1234.56, "f", 2) == "1.234,56"
    finally:
        translations.remove()
        QLocale.setDefault(default_locale)
