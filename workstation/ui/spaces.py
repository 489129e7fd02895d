"""The main window's spaces: Inbox, Schedule, Earnings, … as pages of one stack.

A narrow bar on the far left switches between them, like the spaces toolbar of a mail
client; each space also gets a menu action with the shortcut Ctrl+Shift+<n>. Features
register their page with `SpacesBar.add_space`, so the main window does not need to know
what each space contains.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Space:
    key: str
    title: Callable[[], str]
    widget: QWidget
    action: QAction
    button: QToolButton


class SpacesBar(QWidget):
    """The switcher on the left; owns the stack the spaces live in."""

    spaceChanged = Signal(str)

    def __init__(self, stack: QStackedWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spaces_bar")
        self._stack = stack
        self._spaces: dict[str, Space] = {}
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 8, 4, 8)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def add_space(
        self, key: str, title: Callable[[], str], icon: QIcon, widget: QWidget
    ) -> QAction:
        """Adds a page; returns its action (checkable, with the next Ctrl+Shift+<n>)."""
        if key in self._spaces:
            raise ValueError(f"space {key!r} is registered twice")
        number = len(self._spaces) + 1
        action = QAction(icon, title(), self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{number}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(f"space_{key}")
        self._group.addAction(action)
        button = QToolButton()
        button.setObjectName(f"space_button_{key}")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(24, 24))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layout.insertWidget(self._layout.count() - 1, button)
        self._stack.addWidget(widget)
        space = Space(key, title, widget, action, button)
        self._spaces[key] = space
        action.triggered.connect(lambda _checked=False, chosen=key: self.show_space(chosen))
        if len(self._spaces) == 1:
            action.setChecked(True)
        self.retranslate()
        return action

    @property
    def keys(self) -> list[str]:
        return list(self._spaces)

    def current_key(self) -> str:
        current = self._stack.currentWidget()
        for space in self._spaces.values():
            if space.widget is current:
                return space.key
        raise LookupError("the stack shows no registered space")

    def action(self, key: str) -> QAction:
        return self._spaces[key].action

    def widget(self, key: str) -> QWidget:
        return self._spaces[key].widget

    def show_space(self, key: str) -> None:
        space = self._spaces[key]
        space.action.setChecked(True)
        if self._stack.currentWidget() is not space.widget:
            self._stack.setCurrentWidget(space.widget)
            self.spaceChanged.emit(key)

    def retranslate(self) -> None:
        for space in self._spaces.values():
            text = space.title()
            space.action.setText(text)
            shortcut = space.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            space.action.setToolTip(f"{text} ({shortcut})")
            space.button.setAccessibleName(text)
