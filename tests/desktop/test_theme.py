"""Palettes with readable contrast, light/dark following the system unless overridden, a
visible keyboard focus ring, and crisp SVG icons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workstation.ui.settings.choices import ColorSchemeChoice
from workstation.ui.settings.settings import Settings
from workstation.ui.theme import (
    DARK_COLORS,
    LIGHT_COLORS,
    FocusRingStyle,
    PaletteColors,
    ThemeController,
    effective_scheme,
    render_svg,
    svg_icon,
)

APP_ICON = Path(__file__).resolve().parents[2] / "workstation" / "resources" / "icons" / "app.svg"


def luminance(hex_color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    color = QColor(hex_color)
    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("colors", [LIGHT_COLORS, DARK_COLORS], ids=["light", "dark"])
def test_text_meets_wcag_aa_contrast(colors: PaletteColors) -> None:
    pairs = {
        "text on base": (colors.text, colors.base),
        "text on alternate rows": (colors.text, colors.alternate_base),
        "window text": (colors.window_text, colors.window),
        "button text": (colors.button_text, colors.button),
        "selected text": (colors.highlighted_text, colors.highlight),
        "placeholder": (colors.placeholder, colors.base),
        "link": (colors.link, colors.base),
        "tooltip": (colors.tooltip_text, colors.tooltip_base),
    }
    for name, (foreground, background) in pairs.items():
        assert contrast(foreground, background) >= 4.5, name


@pytest.mark.parametrize("colors", [LIGHT_COLORS, DARK_COLORS], ids=["light", "dark"])
def test_focus_ring_stands_out_from_its_surroundings(colors: PaletteColors) -> None:
    # WCAG 1.4.11: 3:1 for the parts of a control that show its state.
    for background in (colors.window, colors.base, colors.button):
        assert contrast(colors.focus_ring, background) >= 3.0, background


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        (ColorSchemeChoice.SYSTEM, Qt.ColorScheme.Dark, Qt.ColorScheme.Dark),
        (ColorSchemeChoice.SYSTEM, Qt.ColorScheme.Light, Qt.ColorScheme.Light),
        (ColorSchemeChoice.SYSTEM, Qt.ColorScheme.Unknown, Qt.ColorScheme.Light),
        (ColorSchemeChoice.LIGHT, Qt.ColorScheme.Dark, Qt.ColorScheme.Light),
        (ColorSchemeChoice.DARK, Qt.ColorScheme.Light, Qt.ColorScheme.Dark),
    ],
)
def test_effective_scheme(
    choice: ColorSchemeChoice, system: Qt.ColorScheme, expected: Qt.ColorScheme
) -> None:
    assert effective_scheme(choice, system) == expected


@pytest.fixture
def theme(qapp: QApplication, settings: Settings) -> Iterator[ThemeController]:
    """A theme on the test application; its style and palette are put back afterwards."""
    style_name = qapp.style().name()
    palette = QPalette(qapp.palette())
    controller = ThemeController(qapp, settings)
    yield controller
    qapp.styleHints().unsetColorScheme()
    qapp.setStyle(style_name)
    qapp.setPalette(palette)


def window_color(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_setting_switches_the_palette_at_once(
    qapp: QApplication, settings: Settings, theme: ThemeController
) -> None:
    style = qapp.style()
    assert isinstance(style, FocusRingStyle)
    assert style.baseStyle().name().lower() == "fusion"
    schemes: list[Qt.ColorScheme] = []
    theme.scheme_changed.connect(schemes.append)

    settings.color_scheme = ColorSchemeChoice.DARK
    assert theme.scheme == Qt.ColorScheme.Dark
    assert window_color(qapp) == DARK_COLORS.window
    assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == DARK_COLORS.highlight

    settings.color_scheme = ColorSchemeChoice.LIGHT
    assert window_color(qapp) == LIGHT_COLORS.window
    assert schemes == [Qt.ColorScheme.Dark, Qt.ColorScheme.Light]


def test_system_changes_are_followed_only_without_an_override(
    qapp: QApplication, settings: Settings, theme: ThemeController
) -> None:
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_color(qapp) == DARK_COLORS.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_color(qapp) == LIGHT_COLORS.window

    settings.color_scheme = ColorSchemeChoice.DARK
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_color(qapp) == DARK_COLORS.window


def ring_pixels(image: QImage, ring: QColor) -> int:
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - ring.red()) < 24
                and abs(pixel.green() - ring.green()) < 24
                and abs(pixel.blue() - ring.blue()) < 24
            ):
                count += 1
    return count


@pytest.mark.parametrize("scheme", [ColorSchemeChoice.LIGHT, ColorSchemeChoice.DARK])
@pytest.mark.parametrize("kind", [QPushButton, QCheckBox, QLineEdit, QComboBox])
def test_keyboard_focus_draws_a_ring(
    qtbot: QtBot,
    settings: Settings,
    theme: ThemeController,
    kind: type[QWidget],
    scheme: ColorSchemeChoice,
) -> None:
    settings.color_scheme = scheme
    colors = DARK_COLORS if scheme is ColorSchemeChoice.DARK else LIGHT_COLORS
    ring = QColor(colors.focus_ring)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    first = QPushButton("first")
    control = kind()
    if isinstance(control, QPushButton | QCheckBox):
        control.setText("Control")
    if isinstance(control, QComboBox):
        control.addItem("Choice")
    control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(first)
    layout.addWidget(control)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)

    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    unfocused = ring_pixels(control.grab().toImage(), ring)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    focused = ring_pixels(control.grab().toImage(), ring)

    assert focused >= unfocused + 2 * control.height(), (unfocused, focused)


def test_svg_icons_are_sharp_at_every_size_and_ratio(qapp: QApplication) -> None:
    icon = svg_icon(APP_ICON)
    for size in (16, 24, 48, 256):
        pixmap = icon.pixmap(QSize(size, size), 2.0)
        assert pixmap.deviceIndependentSize().toSize() == QSize(size, size)
        assert pixmap.width() == 2 * size


def test_rendered_svg_has_the_drawing_and_a_transparent_corner(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(APP_ICON))
    image = render_svg(renderer, 64).toImage()
    assert image.size() == QSize(64, 64)
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(32, 4).alpha() == 255


def test_a_missing_icon_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        svg_icon(tmp_path / "nope.svg")
