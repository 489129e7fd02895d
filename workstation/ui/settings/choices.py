"""The closed sets of values some settings choose from, with their user-visible titles.

Titles are marked with QT_TRANSLATE_NOOP so lupdate collects them; they are translated when
shown (`choice_title`). Language names are deliberately left untranslated: a user who
cannot read the current UI language must still find their own language in the list.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from workstation.ui.i18n import QT_TRANSLATE_NOOP

CHOICE_CONTEXT = "SettingsChoice"


class UiLanguage(StrEnum):
    SYSTEM = "system"
    GERMAN = "de"
    ENGLISH = "en"


class ColorSchemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class NotificationPrivacy(StrEnum):
    """How much of a case a desktop notification may reveal on a possibly shared screen."""

    COUNT = "count"
    CHANNEL_CLIENT = "channel_client"
    FULL = "full"


# Keyed by enum type first: StrEnum members compare equal to their plain string values, so
# UiLanguage.SYSTEM and ColorSchemeChoice.SYSTEM would collide in one flat dict.
_TITLES: dict[type[StrEnum], dict[str, str]] = {
    UiLanguage: {
        UiLanguage.SYSTEM: QT_TRANSLATE_NOOP("SettingsChoice", "System default"),
        UiLanguage.GERMAN: "Deutsch",
        UiLanguage.ENGLISH: "English",
    },
    ColorSchemeChoice: {
        ColorSchemeChoice.SYSTEM: QT_TRANSLATE_NOOP("SettingsChoice", "Follow the system"),
        ColorSchemeChoice.LIGHT: QT_TRANSLATE_NOOP("SettingsChoice", "Light"),
        ColorSchemeChoice.DARK: QT_TRANSLATE_NOOP("SettingsChoice", "Dark"),
    },
    NotificationPrivacy: {
        NotificationPrivacy.COUNT: QT_TRANSLATE_NOOP(
            "SettingsChoice", "Only the number of new cases"
        ),
        NotificationPrivacy.CHANNEL_CLIENT: QT_TRANSLATE_NOOP(
            "SettingsChoice", "Channel and client"
        ),
        NotificationPrivacy.FULL: QT_TRANSLATE_NOOP(
            "SettingsChoice", "Channel, client and subject"
        ),
    },
}

_LANGUAGE_NAMES = frozenset({UiLanguage.GERMAN, UiLanguage.ENGLISH})


def choice_title(choice: StrEnum) -> str:
    """The title to show for `choice`, in the current UI language."""
    title = _TITLES[type(choice)][choice]
    if isinstance(choice, UiLanguage) and choice in _LANGUAGE_NAMES:
        return title
    return QCoreApplication.translate(CHOICE_CONTEXT, title)
