"""One editor widget per declared option, chosen by the option's type.

Editors hold a value that is not yet applied; the dialog compares it with the stored one to
know whether Apply has anything to do. `retranslate()` re-reads every visible text from the
declaration, which is all a run-time language switch needs.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from workstation.ui.settings.choices import choice_title
from workstation.ui.settings.options import BoolOption, ChoiceOption, IntOption, Option


class OptionEditor:
    """Base for the editors: `widget` is what goes into the form."""

    #: True when the widget shows the option's title itself (a check box), so the form
    #: needs no separate label.
    carries_title = False

    def __init__(self, option: Option[Any]) -> None:
        self.option = option

    @property
    def widget(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.widget.setAccessibleName(self.option.title)
        self.widget.setAccessibleDescription(self.option.description or "")


class BoolEditor(OptionEditor):
    carries_title = True

    def __init__(self, option: BoolOption, on_edited: Callable[[], None]) -> None:
        super().__init__(option)
        self._box = QCheckBox()
        self._box.setObjectName(f"option_{option.name}")
        self._box.toggled.connect(lambda _checked: on_edited())
        self.retranslate()

    @property
    def widget(self) -> QCheckBox:
        return self._box

    def value(self) -> bool:
        return self._box.isChecked()

    def set_value(self, value: object) -> None:
        self._box.setChecked(bool(value))

    def retranslate(self) -> None:
        self._box.setText(self.option.title)
        super().retranslate()


class IntEditor(OptionEditor):
    def __init__(self, option: IntOption, on_edited: Callable[[], None]) -> None:
        super().__init__(option)
        self._int_option = option
        self._spin = QSpinBox()
        self._spin.setObjectName(f"option_{option.name}")
        self._spin.setRange(option.minimum, option.maximum)
        self._spin.valueChanged.connect(lambda _value: on_edited())
        self.retranslate()

    @property
    def widget(self) -> QSpinBox:
        return self._spin

    def value(self) -> int:
        return self._spin.value()

    def set_value(self, value: object) -> None:
        if not isinstance(value, int):
            raise TypeError(f"{self.option.key} needs an int, got {value!r}")
        self._spin.setValue(value)

    def retranslate(self) -> None:
        self._spin.setSuffix(self._int_option.suffix)
        super().retranslate()


class ChoiceEditor(OptionEditor):
    def __init__(self, option: ChoiceOption[Any], on_edited: Callable[[], None]) -> None:
        super().__init__(option)
        self._choices: tuple[StrEnum, ...] = option.choices
        self._combo = QComboBox()
        self._combo.setObjectName(f"option_{option.name}")
        for choice in self._choices:
            self._combo.addItem(choice_title(choice), choice.value)
        self._combo.currentIndexChanged.connect(lambda _index: on_edited())
        self.retranslate()

    @property
    def widget(self) -> QComboBox:
        return self._combo

    def value(self) -> StrEnum:
        return self._choices[self._combo.currentIndex()]

    def set_value(self, value: object) -> None:
        if value not in self._choices:
            raise ValueError(f"{self.option.key}: {value!r} is not one of the choices")
        self._combo.setCurrentIndex(self._choices.index(value))  # type: ignore[arg-type]

    def retranslate(self) -> None:
        for index, choice in enumerate(self._choices):
            self._combo.setItemText(index, choice_title(choice))
        super().retranslate()


def editor_for(option: Option[Any], on_edited: Callable[[], None]) -> OptionEditor:
    if isinstance(option, BoolOption):
        return BoolEditor(option, on_edited)
    if isinstance(option, IntOption):
        return IntEditor(option, on_edited)
    if isinstance(option, ChoiceOption):
        return ChoiceEditor(option, on_edited)
    raise TypeError(f"no editor for {type(option).__name__}")
