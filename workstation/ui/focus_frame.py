"""A focus ring around lists, tables, text areas and tab bars.

The style's ring is drawn by each control itself, but item views and text areas draw no
frame of their own when they are frameless (the inbox, the conversation), and a tab bar
marks only a small rectangle in its tab. For those, one ``QFocusFrame`` follows the
keyboard focus and is drawn by ``FocusRingStyle`` (``CE_FocusFrame``) around the whole
control, so the expert always sees where the keyboard is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QFocusFrame,
    QTabBar,
    QWidget,
)
from shiboken6 import isValid

FOCUS_FRAME_PROPERTY = "wantsFocusFrame"


def wants_focus_frame(widget: QWidget | None) -> bool:
    if widget is None or isinstance(widget, QComboBox):
        return False
    # Custom-painted controls (the schedule's week grid) ask for the ring by a property.
    return (
        isinstance(widget, QAbstractScrollArea | QTabBar)
        or widget.property(FOCUS_FRAME_PROPERTY) is True
    )


class FocusFrameTracker(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._frame is not None and isValid(self._frame):
            self._frame.hide()
            self._frame.deleteLater()
        self._frame = None
        if new is not None and wants_focus_frame(new):
            # A new frame each time: the old one belonged to (and dies with) another
            # window's widgets.
            self._frame = QFocusFrame(new)
            self._frame.setWidget(new)
