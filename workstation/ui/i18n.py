"""UI language: which one to show, and installing its translation catalogs and locale.

English is the source language of every string. The app's catalogs are compiled from
`resources/translations/workstation_<lang>.ts` into `workstation/resources/i18n/*.qm`
(`make translations`); Qt's own strings (standard buttons, context menus) come from the
`qtbase_<lang>.qm` shipped with Qt. The default QLocale is set to match, so dates, numbers
and the first day of the week follow the UI language.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from workstation.ui.settings.settings import Settings

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en")
FALLBACK_LANGUAGE = "en"
SYSTEM_CHOICE = "system"
APP_CATALOG = "workstation"
QT_CATALOG = "qtbase"

# The region used when the system's region does not speak the chosen language. British
# rather than US English: the provider and its experts are European, so day-first dates and
# Monday as the first day of the week are what an English-speaking user here expects.
_DEFAULT_LOCALES = {"de": "de_DE", "en": "en_GB"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate under `context` without translating it now.

    PySide6 has its own, typed as returning `object`; this one keeps declarations typed.
    Translate the text where it is shown, with QCoreApplication.translate(context, source).
    """
    del context
    return source


def resolve_language(choice: str, system_ui_languages: Sequence[str]) -> str:
    """The UI language for a setting value ("system", "de" or "en"): an explicit choice
    wins; otherwise the first supported language in the OS's preference list, else English."""
    if choice != SYSTEM_CHOICE:
        if choice not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported UI language {choice!r}")
        return choice
    for tag in system_ui_languages:
        language = tag.replace("_", "-").split("-", 1)[0].lower()
        if language in SUPPORTED_LANGUAGES:
            return language
    return FALLBACK_LANGUAGE


def locale_for(language: str, system_locale: QLocale) -> QLocale:
    """The locale for formatting: the system's own when it speaks `language` (keeps de_AT,
    de_CH or en_IE conventions), else the language's default region."""
    if QLocale(language).language() == system_locale.language():
        return system_locale
    return QLocale(_DEFAULT_LOCALES[language])


def default_catalog_dir() -> Path:
    """Where the compiled app catalogs live inside the installed package."""
    return Path(__file__).resolve().parent.parent / "resources" / "i18n"


def qt_catalog_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class Translations:
    """Owns the installed translators. Switching the language removes the old ones and
    installs the new ones, which makes Qt send QEvent.LanguageChange to every widget so that
    open windows retranslate themselves."""

    def __init__(
        self, app: QCoreApplication, catalog_dir: Path, qt_dir: Path | None = None
    ) -> None:
        self._app = app
        self._catalog_dir = catalog_dir
        self._qt_dir = qt_dir if qt_dir is not None else qt_catalog_dir()
        self._installed: list[QTranslator] = []
        self._language: str | None = None

    @property
    def language(self) -> str | None:
        return self._language

    def apply(
        self,
        choice: str,
        system_ui_languages: Sequence[str] | None = None,
        system_locale: QLocale | None = None,
    ) -> str:
        """Shows the UI in the language `choice` selects and returns that language code.
        The system arguments default to the OS's; tests pass their own."""
        system = system_locale if system_locale is not None else QLocale.system()
        preferred = system_ui_languages if system_ui_languages is not None else system.uiLanguages()
        language = resolve_language(choice, preferred)
        QLocale.setDefault(locale_for(language, system))
        if language == self._language:
            return language
        self.remove()
        self._installed = [
            translator
            for translator in (
                self._load(self._qt_dir, QT_CATALOG, language),
                self._load(self._catalog_dir, APP_CATALOG, language),
            )
            if translator is not None
        ]
        for translator in self._installed:
            self._app.installTranslator(translator)
        self._language = language
        log.info("UI language %s", language)
        return language

    def remove(self) -> None:
        """Uninstalls this object's translators; the UI falls back to the English sources."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self._language = None

    def follow(self, settings: Settings) -> None:
        """Applies the language setting now and again whenever it changes."""
        # Imported here: the settings declarations use this module's QT_TRANSLATE_NOOP.
        from workstation.ui.settings.settings import Settings

        def on_changed(key: str) -> None:
            if key == Settings.ui_language.key:
                self.apply(settings.ui_language)

        settings.changed.connect(on_changed)
        self.apply(settings.ui_language)

    def _load(self, directory: Path, catalog: str, language: str) -> QTranslator | None:
        translator = QTranslator(self._app)
        if translator.load(f"{catalog}_{language}", str(directory)):
            return translator
        # English needs no Qt catalog; the app's English catalog only holds plural forms.
        if language != FALLBACK_LANGUAGE or catalog == APP_CATALOG:
            log.warning("translation catalog %s_%s not found in %s", catalog, language, directory)
        return None
