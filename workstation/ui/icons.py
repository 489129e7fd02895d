"""The app's SVG icons, read as package data so they work from a source tree, a wheel or a
frozen bundle alike."""

from __future__ import annotations

import re
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from workstation.domain.models import Channel

# Pixmaps are rendered at these edge lengths so the icon stays crisp in table rows, toolbars,
# the window decoration and on high-DPI screens; Qt picks the closest one.
_RENDER_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
_COLOR = re.compile(rb"#[0-9a-fA-F]{6}")
_ON_SELECTION_COLOR = b"#ffffff"


class IconLibrary:
    """Loads each icon once and hands out the same QIcon afterwards."""

    def __init__(self, package: str = "workstation", folder: str = "resources/icons") -> None:
        self._folder = files(package).joinpath(folder)
        self._icons: dict[str, QIcon] = {}

    def channel(self, channel: Channel) -> QIcon:
        return self.named(f"channel-{channel.value}", white_when_selected=True)

    def app(self) -> QIcon:
        return self.named("app")

    def sync(self) -> QIcon:
        return self.named("sync")

    def named(self, name: str, *, white_when_selected: bool = False) -> QIcon:
        """The icon `name`.svg; `white_when_selected` draws it white on a selected row,
        where its own colour would vanish into the selection's."""
        icon = self._icons.get(name)
        if icon is None:
            svg = self._folder.joinpath(f"{name}.svg").read_bytes()
            if not QSvgRenderer(QByteArray(svg)).isValid():
                raise ValueError("icon file is not a valid SVG document")
            selected = _COLOR.sub(_ON_SELECTION_COLOR, svg) if white_when_selected else None
            icon = QIcon(_SvgIconEngine(svg, selected))
            self._icons[name] = icon
        return icon


class _SvgIconEngine(QIconEngine):
    """Renders the SVG at one of ``_RENDER_SIZES`` when a size is first asked for, not
    every size up front: start-up needs a few of the 9 sizes of a handful of icons, and
    rendering all of them cost 34 ms before the first paint. Modes without an SVG of
    their own look as Qt's pixmap icons make them (``Disabled`` greyed by the style)."""

    def __init__(self, normal: bytes, selected: bytes | None) -> None:
        super().__init__()
        self._normal = normal
        self._selected = selected
        self._renderers: dict[bool, QSvgRenderer] = {}  # by "white"
        self._pixmaps: dict[tuple[int, QIcon.Mode], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._normal, self._selected)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in _RENDER_SIZES]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        edge = min(size.width(), size.height())
        return QSize(edge, edge).boundedTo(QSize(_RENDER_SIZES[-1], _RENDER_SIZES[-1]))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        edge = round(min(rect.width(), rect.height()) * scale)
        pixmap = self.pixmap(QSize(edge, edge), mode, state)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        wanted = max(1, min(size.width(), size.height()))
        key = (wanted, mode)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            # The smallest rendered size that is large enough, scaled down to the size
            # asked for, as Qt's pixmap icons do it.
            edge = next((each for each in _RENDER_SIZES if each >= wanted), _RENDER_SIZES[-1])
            pixmap = self._render(edge, mode)
            if edge != wanted:
                pixmap = pixmap.scaled(
                    wanted,
                    wanted,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self._pixmaps[key] = pixmap
        return pixmap

    def _render(self, edge: int, mode: QIcon.Mode) -> QPixmap:
        white = self._selected if mode == QIcon.Mode.Selected else None
        renderer = self._renderers.get(white is not None)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(white if white is not None else self._normal))
            self._renderers[white is not None] = renderer
        pixmap = QPixmap(edge, edge)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, edge, edge))
        painter.end()
        if mode == QIcon.Mode.Disabled:
            style = QApplication.style()
            if style is not None:
                return style.generatedIconPixmap(mode, pixmap, QStyleOption())
        return pixmap
