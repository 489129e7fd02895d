"""Walks a window's tab order with real Tab key presses and checks what an expert using
only the keyboard needs: every control is reached, Tab comes round again without getting
stuck, the focused control shows the theme's focus ring, and icon-only buttons have an
accessible name.

It looks at every visible control under a top-level widget, so pages and dialogs added
later (spaces, schedule, earnings, …) are covered without changes here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6 import QtWidgets
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

CONTROL_TYPES = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
)
# A focused control must gain at least this many focus-ring pixels.
MIN_RING_PIXELS = 20
_RING_TOLERANCE = 24


@dataclass
class WalkReport:
    order: list[QWidget] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    not_focusable: list[str] = field(default_factory=list)
    stuck_at: str | None = None
    default_changed: str | None = None
    without_ring: list[str] = field(default_factory=list)
    unnamed_icon_buttons: list[str] = field(default_factory=list)

    def problems(self) -> dict[str, object]:
        found: dict[str, object] = {
            "missed by Tab": self.missed,
            "controls Tab can never reach": self.not_focusable,
            "Tab stuck at": self.stuck_at,
            "Enter does something else after tabbing": self.default_changed,
            "focus not visible": self.without_ring,
            "icon-only buttons without accessible name": self.unnamed_icon_buttons,
        }
        return {name: value for name, value in found.items() if value}


def describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    return f"{widget.metaObject().className()}({name!r})"


def _is_qt_internal(widget: QWidget) -> bool:
    # Private helper widgets (dock title buttons, tool bar extensions, the line edit of a
    # spin box, …) appear under class names that the public API does not have.
    class_name = widget.metaObject().className()
    return class_name.startswith("Q") and not hasattr(QtWidgets, class_name)


def _inside_compound(widget: QWidget) -> bool:
    # The editor of a spin box or combo box is reached through its owner.
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def visible_controls(top: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in top.findChildren(QWidget):
        # Scroll bars and item view headers are mouse helpers: the view's keys do their job.
        if not isinstance(widget, CONTROL_TYPES) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if widget.window() is not top or not widget.isVisible() or not widget.isEnabled():
            continue
        if _is_qt_internal(widget) or _inside_compound(widget):
            continue
        found.append(widget)
    return found


def _tab_focusable(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return bool(policy.value & Qt.FocusPolicy.TabFocus.value)


def _reachable_otherwise(widget: QWidget) -> bool:
    # A tool button showing an action: the action is in a menu and/or has a shortcut.
    return isinstance(widget, QToolButton) and widget.defaultAction() is not None


def ring_pixels(image: QImage, ring: QColor) -> int:
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - ring.red()) < _RING_TOLERANCE
                and abs(pixel.green() - ring.green()) < _RING_TOLERANCE
                and abs(pixel.blue() - ring.blue()) < _RING_TOLERANCE
            ):
                count += 1
    return count


def _default_button(top: QWidget) -> QPushButton | None:
    # What Enter in a line edit presses; tabbing over other buttons must not change it.
    for button in top.findChildren(QPushButton):
        if button.window() is top and button.isDefault():
            return button
    return None


def _ring_pixels_around(widget: QWidget, ring: QColor) -> int:
    # From the window, with a margin: a focus frame is drawn around the control, not in it.
    top = widget.window()
    origin = widget.mapTo(top, QPoint(0, 0))
    area = QRect(origin, widget.size()).adjusted(-4, -4, 4, 4)
    return ring_pixels(top.grab(area).toImage(), ring)


def _focused() -> QWidget | None:
    widget = QApplication.focusWidget()
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def walk_tab_order(top: QWidget, ring: QColor) -> WalkReport:
    """Tab from the first control round the whole window once."""
    report = WalkReport()
    controls = visible_controls(top)
    focusable = [widget for widget in controls if _tab_focusable(widget)]
    report.not_focusable = [
        describe(widget)
        for widget in controls
        if not _tab_focusable(widget) and not _reachable_otherwise(widget)
    ]
    report.unnamed_icon_buttons = [
        describe(widget)
        for widget in controls
        if isinstance(widget, QAbstractButton)
        and not widget.text().replace("&", "").strip()
        and not widget.accessibleName().strip()
    ]
    if not focusable:
        return report
    default_before = _default_button(top)
    top.raise_()
    top.activateWindow()
    deadline = time.monotonic() + 5
    while not top.isActiveWindow() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    if not top.isActiveWindow():
        active = QApplication.activeWindow()
        report.stuck_at = f"the window is not active ({describe(active) if active else None} is)"
        return report
    first = focusable[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = _focused()
    assert start is not None, f"{describe(first)} does not take the focus"
    unfocused_before: dict[int, int] = {}
    previous = start
    focused_image = _ring_pixels_around(start, ring)
    focused_pixels = {id(start): focused_image}
    report.order.append(start)
    for _ in range(3 * len(focusable) + 10):
        QTest.keyClick(previous, Qt.Key.Key_Tab)
        QApplication.processEvents()
        current = _focused()
        if current is None or current is previous:
            report.stuck_at = describe(previous)
            break
        unfocused_before[id(previous)] = _ring_pixels_around(previous, ring)
        if current is start:
            break
        if current in report.order:
            report.stuck_at = f"a loop back to {describe(current)}"
            break
        focused_pixels[id(current)] = _ring_pixels_around(current, ring)
        report.order.append(current)
        previous = current
    else:
        report.stuck_at = "Tab never came back to the first control"
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    default_after = _default_button(top)
    if default_after is not default_before:
        report.default_changed = (
            f"{describe(default_before) if default_before else None} became "
            f"{describe(default_after) if default_after else None}"
        )
    reached = {id(widget) for widget in report.order}
    report.missed = [describe(widget) for widget in focusable if id(widget) not in reached]
    for widget in report.order:
        if not widget.isVisible() or widget.window() is not top:
            continue  # focus left the window (a popup) or reached a hidden widget
        gained = focused_pixels[id(widget)] - unfocused_before.get(id(widget), 0)
        if gained < MIN_RING_PIXELS:
            report.without_ring.append(describe(widget))
    return report
