"""The app's SVG icons, read as package data so they work from a source tree, a wheel or a
frozen bundle alike."""

from __future__ import annotations

import re
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

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
            icon = QIcon()
            _add_pixmaps(icon, svg, QIcon.Mode.Normal)
            if white_when_selected:
                _add_pixmaps(icon, _COLOR.sub(_ON_SELECTION_COLOR, svg), QIcon.Mode.Selected)
            self._icons[name] = icon
        return icon


def _add_pixmaps(icon: QIcon, svg: bytes, mode: QIcon.Mode) -> None:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("icon file is not a valid SVG document")
    for size in _RENDER_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap, mode)
