"""Fixtures for the desktop-integration tests: settings on a private INI file, and the
translation catalogs compiled from the committed .ts sources."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from workstation.ui.i18n import Translations
from workstation.ui.settings.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS_SCRIPT = ROOT / "scripts" / "translations.py"


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings_store(settings_path: Path) -> QSettings:
    return QSettings(str(settings_path), QSettings.Format.IniFormat)


@pytest.fixture
def settings(qapp: QApplication, settings_store: QSettings) -> Settings:
    return Settings(settings_store)


@pytest.fixture(scope="session")
def compiled_catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's .qm catalogs, compiled from resources/translations into a private folder."""
    qm_dir = tmp_path_factory.mktemp("qm")
    subprocess.run(
        [sys.executable, str(TRANSLATIONS_SCRIPT), "release", "--qm-dir", str(qm_dir)],
        check=True,
        capture_output=True,
    )
    return qm_dir


@pytest.fixture
def translations(qapp: QApplication, compiled_catalogs: Path) -> Iterator[Translations]:
    """A Translations object; its translators and the default locale are put back after the
    test so that later tests see the untranslated UI and their usual locale."""
    default_locale = QLocale()
    translations = Translations(qapp, compiled_catalogs)
    yield translations
    translations.remove()
    QLocale.setDefault(default_locale)
