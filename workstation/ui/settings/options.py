"""Typed setting declarations: each setting is declared once with its key, type, default and
translatable title, as a descriptor on `Settings`.

Reading `settings.close_to_tray` decodes the stored value (or returns the default); writing
it validates and persists. The settings dialog builds its editors from the same declarations.
Titles are marked with QT_TRANSLATE_NOOP and translated when shown, so a language switch at
run time shows new titles without re-declaring anything.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Generic, Protocol, Self, TypeVar, overload

from PySide6.QtCore import QCoreApplication

from workstation.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

OPTION_CONTEXT = "SettingsOption"
PAGE_CONTEXT = "SettingsPage"


class SettingsPage(StrEnum):
    """The dialog page an option appears on, in display order."""

    GENERAL = "general"
    NOTIFICATIONS = "notifications"
    WORKING_TIME = "working_time"


_PAGE_TITLES = {
    SettingsPage.GENERAL: QT_TRANSLATE_NOOP("SettingsPage", "General"),
    SettingsPage.NOTIFICATIONS: QT_TRANSLATE_NOOP("SettingsPage", "Notifications"),
    SettingsPage.WORKING_TIME: QT_TRANSLATE_NOOP("SettingsPage", "Working time"),
}


def page_title(page: SettingsPage) -> str:
    return QCoreApplication.translate(PAGE_CONTEXT, _PAGE_TITLES[page])


class OptionStore(Protocol):
    """What an option descriptor needs from the object it is declared on."""

    def read(self, option: Option[T]) -> T: ...

    def write(self, option: Option[T], value: T) -> None: ...


class Option(Generic[T]):
    """One setting. Subclasses define how a value is validated and how it is stored."""

    def __init__(
        self,
        key: str,
        default: T,
        *,
        title: str,
        page: SettingsPage,
        description: str | None = None,
    ) -> None:
        self.key = key
        self.title_source = title
        self.description_source = description
        self.page = page
        self.name = key
        self.default = self.validate(default)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...

    @overload
    def __get__(self, instance: OptionStore, owner: type) -> T: ...

    def __get__(self, instance: OptionStore | None, owner: type) -> Self | T:
        if instance is None:
            return self
        return instance.read(self)

    def __set__(self, instance: OptionStore, value: T) -> None:
        instance.write(self, value)

    @property
    def title(self) -> str:
        return QCoreApplication.translate(OPTION_CONTEXT, self.title_source)

    @property
    def description(self) -> str | None:
        if self.description_source is None:
            return None
        return QCoreApplication.translate(OPTION_CONTEXT, self.description_source)

    def validate(self, value: object) -> T:
        """`value` as this option's type; ValueError when it is not an allowed value."""
        raise NotImplementedError

    def decode(self, stored: object) -> T:
        """A value read back from QSettings, whose type depends on the backend (INI files
        return strings, the Windows registry and macOS plists native types). Anything that
        does not decode falls back to the default, so a hand-edited file cannot break start-up.
        """
        if stored is None:
            return self.default
        try:
            return self.validate(self._from_stored(stored))
        except (TypeError, ValueError):
            log.warning("setting %s has an invalid stored value; using the default", self.key)
            return self.default

    def encode(self, value: T) -> object:
        return value

    def _from_stored(self, stored: object) -> object:
        return stored

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, default={self.default!r})"


class BoolOption(Option[bool]):
    def validate(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise ValueError(f"{self.key} needs a bool, got {value!r}")
        return value

    def _from_stored(self, stored: object) -> object:
        if isinstance(stored, str):
            lowered = stored.strip().lower()
            if lowered in {"true", "1"}:
                return True
            if lowered in {"false", "0"}:
                return False
        if isinstance(stored, int) and not isinstance(stored, bool) and stored in (0, 1):
            return bool(stored)
        return stored


class IntOption(Option[int]):
    def __init__(
        self,
        key: str,
        default: int,
        *,
        title: str,
        page: SettingsPage,
        minimum: int,
        maximum: int,
        suffix: str | None = None,
        description: str | None = None,
    ) -> None:
        if minimum > maximum:
            raise ValueError(f"{key}: minimum {minimum} is above maximum {maximum}")
        self.minimum = minimum
        self.maximum = maximum
        self.suffix_source = suffix
        super().__init__(key, default, title=title, page=page, description=description)

    @property
    def suffix(self) -> str:
        if self.suffix_source is None:
            return ""
        return QCoreApplication.translate(OPTION_CONTEXT, self.suffix_source)

    def validate(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{self.key} needs an int, got {value!r}")
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{self.key} must lie in [{self.minimum}, {self.maximum}]: {value}")
        return value

    def _from_stored(self, stored: object) -> object:
        if isinstance(stored, str):
            return int(stored.strip())
        return stored


class ChoiceOption(Option[E]):
    """One value of a StrEnum, stored as the member's string value."""

    def __init__(
        self,
        key: str,
        default: E,
        *,
        title: str,
        page: SettingsPage,
        description: str | None = None,
    ) -> None:
        self.enum_type: type[E] = type(default)
        super().__init__(key, default, title=title, page=page, description=description)

    @property
    def choices(self) -> tuple[E, ...]:
        return tuple(self.enum_type)

    def validate(self, value: object) -> E:
        if isinstance(value, self.enum_type):
            return value
        raise ValueError(f"{self.key} needs a {self.enum_type.__name__}, got {value!r}")

    def encode(self, value: E) -> object:
        return value.value

    def _from_stored(self, stored: object) -> object:
        if not isinstance(stored, str):
            raise ValueError(f"{self.key}: stored value {stored!r} is not a string")
        return self.enum_type(stored)
