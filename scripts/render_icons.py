"""Renders the app icon (workstation/resources/icons/app.svg) for the installers.

    python scripts/render_icons.py OUT_DIR

writes
    OUT_DIR/hicolor/<n>x<n>/apps/<app id>.png   n = 16 ... 512 (freedesktop icon theme)
    OUT_DIR/hicolor/scalable/apps/<app id>.svg
    OUT_DIR/workstation.ico                     Windows: 16 ... 256 px, PNG-compressed entries
    OUT_DIR/workstation.icns                    macOS: 16 ... 1024 px

The SVG is the only source; the renders are build output. Qt's own ICO/ICNS writers store a
single size, so both containers are assembled here from PNG entries, which Windows (Vista
and later) and macOS (10.7 and later) read directly.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "de.expertworkstation.Workstation"
SOURCE = ROOT / "workstation" / "resources" / "icons" / "app.svg"

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types holding PNG data, by edge length in pixels.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, pixels: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG file")
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but the binding accepts only str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise SystemExit("render_icons: PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container: ICONDIR, one ICONDIRENTRY per image, then the PNG streams."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        edge = 0 if size >= 256 else size  # 0 means 256 in the one-byte width/height fields
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS container: the 'icns' header, then one typed, length-prefixed PNG per size."""
    body = b""
    for element_type, size in ICNS_TYPES:
        png = pngs[size]
        body += element_type + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(svg: Path, out_dir: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Kept referenced until the end: QSvgRenderer needs a GUI application for text and fonts.
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    wanted = set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _type, size in ICNS_TYPES}
    pngs = {size: render_png(svg, size) for size in sorted(wanted)}
    for size in HICOLOR_SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    (out_dir / "workstation.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out_dir / "workstation.icns").write_bytes(icns_bytes(pngs))
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--svg", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    render_all(args.svg, args.out_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
