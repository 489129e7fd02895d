"""Appearance: the Fusion style with a calm light and dark palette, a clearly visible keyboard
focus ring, spacing constants, and crisp SVG icons at any device pixel ratio.

Fusion looks the same on every platform, so the palettes below are the whole colour story
and can be checked for contrast in tests. The colour scheme follows the system
(`QStyleHints.colorScheme`, followed live) unless the user picked light or dark.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from workstation.ui.focus_frame import FocusFrameTracker
from workstation.ui.settings.choices import ColorSchemeChoice
from workstation.ui.settings.settings import Settings

log = logging.getLogger(__name__)


class Spacing:
    """Layout spacing in device-independent pixels; use these instead of literals so dialogs
    and panes line up."""

    TIGHT = 4
    SMALL = 8
    MEDIUM = 12
    LARGE = 16
    XLARGE = 24


FOCUS_RING_WIDTH = 2
_FOCUS_RING_RADIUS = 3.0


@dataclass(frozen=True, slots=True)
class PaletteColors:
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    bright_text: str
    highlight: str
    highlighted_text: str
    link: str
    link_visited: str
    placeholder: str
    tooltip_base: str
    tooltip_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    disabled_text: str
    disabled_highlight: str
    focus_ring: str


# The accent is the app icon's petrol blue; white on it has a contrast ratio of 5.7:1.
LIGHT_COLORS = PaletteColors(
    window="#f4f5f7",
    window_text="#1d2329",
    base="#ffffff",
    alternate_base="#f2f4f6",
    text="#1d2329",
    button="#eceef1",
    button_text="#1d2329",
    bright_text="#ffffff",
    highlight="#2f6d86",
    highlighted_text="#ffffff",
    link="#1f5f99",
    link_visited="#6b4c9a",
    placeholder="#66707b",
    tooltip_base="#2b3036",
    tooltip_text="#f4f5f7",
    light="#ffffff",
    midlight="#f7f8fa",
    mid="#c5cad1",
    dark="#9aa1ab",
    shadow="#5c636d",
    disabled_text="#8f97a1",
    disabled_highlight="#c5cad1",
    focus_ring="#2f6d86",
)

DARK_COLORS = PaletteColors(
    window="#202327",
    window_text="#e3e6ea",
    base="#181a1d",
    alternate_base="#1f2226",
    text="#e3e6ea",
    button="#2b2f35",
    button_text="#e3e6ea",
    bright_text="#ffffff",
    highlight="#2f6d86",
    highlighted_text="#ffffff",
    link="#7fb8e0",
    link_visited="#b9a3e0",
    placeholder="#8b939e",
    tooltip_base="#e3e6ea",
    tooltip_text="#1d2329",
    light="#3a3f46",
    midlight="#30343a",
    mid="#1a1c1f",
    dark="#121416",
    shadow="#000000",
    disabled_text="#6b727c",
    disabled_highlight="#3a3f46",
    # The petrol accent is too dark to read as a ring on dark grey; a lighter tint is.
    focus_ring="#5fb3d6",
)


def build_palette(colors: PaletteColors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    assignments = {
        role.Window: colors.window,
        role.WindowText: colors.window_text,
        role.Base: colors.base,
        role.AlternateBase: colors.alternate_base,
        role.Text: colors.text,
        role.Button: colors.button,
        role.ButtonText: colors.button_text,
        role.BrightText: colors.bright_text,
        role.Highlight: colors.highlight,
        role.HighlightedText: colors.highlighted_text,
        role.Accent: colors.highlight,
        role.Link: colors.link,
        role.LinkVisited: colors.link_visited,
        role.PlaceholderText: colors.placeholder,
        role.ToolTipBase: colors.tooltip_base,
        role.ToolTipText: colors.tooltip_text,
        role.Light: colors.light,
        role.Midlight: colors.midlight,
        role.Mid: colors.mid,
        role.Dark: colors.dark,
        role.Shadow: colors.shadow,
    }
    for color_role, value in assignments.items():
        palette.setColor(color_role, QColor(value))
    for color_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(group.Disabled, color_role, QColor(colors.disabled_text))
    palette.setColor(group.Disabled, role.Highlight, QColor(colors.disabled_highlight))
    return palette


def colors_for(scheme: Qt.ColorScheme) -> PaletteColors:
    return DARK_COLORS if scheme == Qt.ColorScheme.Dark else LIGHT_COLORS


def effective_scheme(choice: ColorSchemeChoice, system: Qt.ColorScheme) -> Qt.ColorScheme:
    """The scheme to show: the user's explicit choice, else the system's (light when the
    platform does not say)."""
    if choice is ColorSchemeChoice.DARK:
        return Qt.ColorScheme.Dark
    if choice is ColorSchemeChoice.LIGHT:
        return Qt.ColorScheme.Light
    return Qt.ColorScheme.Dark if system == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


class FocusRingStyle(QProxyStyle):
    """Fusion with a 2 px focus ring wherever a control has keyboard focus.

    Fusion's own focus hints are a 1 px tint that is easy to miss; a style sheet could draw
    a border but would replace Fusion's rendering of every styled widget. Drawing the ring
    in a proxy style keeps Fusion's look and covers every widget type at once.
    """

    def __init__(self, focus_color: QColor) -> None:
        super().__init__("Fusion")
        self.focus_color = focus_color

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._draw_ring(painter, option, inset=0)
            return
        super().drawPrimitive(element, option, painter, widget)
        focused_frames = (
            QStyle.PrimitiveElement.PE_PanelButtonCommand,
            QStyle.PrimitiveElement.PE_FrameLineEdit,
        )
        if element in focused_frames and option.state & QStyle.StateFlag.State_HasFocus:
            self._draw_ring(painter, option, inset=1)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            # The frame ``FocusFrameTracker`` puts around a focused list or text area.
            self._draw_ring(painter, option, inset=0)
            return
        super().drawControl(element, option, painter, widget)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            # The frame lies on the control's own edge: a list filling its pane would
            # clip a frame drawn outside it.
            return 0
        return super().pixelMetric(metric, option, widget)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1  # the ring lies on the control's edge, so it must be above it
        return super().styleHint(hint, option, widget, returnData)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        framed = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
        if control in framed and option.state & QStyle.StateFlag.State_HasFocus:
            self._draw_ring(painter, option, inset=1)

    def _draw_ring(self, painter: QPainter, option: QStyleOption, inset: int) -> None:
        half = FOCUS_RING_WIDTH / 2
        rect = QRectF(option.rect).adjusted(
            inset + half, inset + half, -inset - half, -inset - half
        )
        if rect.width() <= 0 or rect.height() <= 0:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.focus_color, FOCUS_RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, _FOCUS_RING_RADIUS, _FOCUS_RING_RADIUS)
        painter.restore()


class ThemeController(QObject):
    """Keeps the application's style and palette in line with the colour-scheme setting and,
    while that says "system", with the desktop's light or dark mode."""

    scheme_changed = Signal(Qt.ColorScheme)

    def __init__(self, app: QApplication, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._style = FocusRingStyle(QColor(LIGHT_COLORS.focus_ring))
        app.setStyle(self._style)
        self._focus_frames = FocusFrameTracker(app)
        hints = app.styleHints()
        self._system_scheme = hints.colorScheme()
        self._scheme: Qt.ColorScheme | None = None
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
        settings.changed.connect(self._on_setting_changed)
        self._request_platform_scheme()
        self._apply()

    @property
    def scheme(self) -> Qt.ColorScheme:
        """The scheme currently shown (Light or Dark, never Unknown)."""
        assert self._scheme is not None
        return self._scheme

    def _on_system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._settings.color_scheme is ColorSchemeChoice.SYSTEM:
            self._system_scheme = scheme
        self._apply()

    def _on_setting_changed(self, key: str) -> None:
        if key == Settings.color_scheme.key:
            self._request_platform_scheme()
            self._apply()

    def _request_platform_scheme(self) -> None:
        """Tells the platform about an explicit choice so native parts (title bars on
        Windows 11 and macOS) match; "system" withdraws the request."""
        hints = self._app.styleHints()
        choice = self._settings.color_scheme
        if choice is ColorSchemeChoice.SYSTEM:
            hints.unsetColorScheme()
            self._system_scheme = hints.colorScheme()
        else:
            hints.setColorScheme(effective_scheme(choice, self._system_scheme))

    def _apply(self) -> None:
        scheme = effective_scheme(self._settings.color_scheme, self._system_scheme)
        if scheme == self._scheme:
            return
        colors = colors_for(scheme)
        self._style.focus_color = QColor(colors.focus_ring)
        self._app.setPalette(build_palette(colors))
        self._scheme = scheme
        log.debug("colour scheme %s applied", scheme.name)
        self.scheme_changed.emit(scheme)


_FALLBACK_ICON_SIZES = (16, 20, 24, 32, 48, 64, 128, 256)


def svg_icon(path: Path) -> QIcon:
    """An icon that stays sharp at every size and device pixel ratio.

    Qt's SVG icon engine (the `iconengines/qsvgicon` plugin, shipped with PySide6 and
    collected by PyInstaller) re-renders on demand. Should that plugin be missing, the icon is
    pre-rendered with QSvgRenderer at common sizes and at 2x for high-DPI screens.
    """
    if not path.is_file():
        raise FileNotFoundError(path)
    icon = QIcon(str(path))
    if not icon.pixmap(QSize(16, 16)).isNull():
        return icon
    log.info("no SVG icon engine available; pre-rendering %s", path.name)
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"{path} is not a valid SVG file")
    fallback = QIcon()
    for size in _FALLBACK_ICON_SIZES:
        for ratio in (1, 2):
            fallback.addPixmap(render_svg(renderer, size * ratio, ratio))
    return fallback


def render_svg(renderer: QSvgRenderer, pixels: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """`renderer`'s picture on a transparent square of `pixels` device pixels."""
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap
