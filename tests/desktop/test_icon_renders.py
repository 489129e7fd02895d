"""The installer icons rendered from the one SVG source: a freedesktop hicolor set, a
multi-size Windows .ico and a macOS .icns, each readable by Qt's image readers."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "de.expertworkstation.Workstation"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "render_icons.py"), str(out)],
        check=True,
        capture_output=True,
    )
    return out


def test_hicolor_pngs_have_their_nominal_sizes(rendered: Path, qapp: QApplication) -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(rendered / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 8).alpha() > 0
    assert (rendered / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_ico_holds_every_size(rendered: Path, qapp: QApplication) -> None:
    data = (rendered / "workstation.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 9)
    reader = QImageReader(str(rendered / "workstation.ico"))
    assert reader.imageCount() == 9
    sizes = set()
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.add(image.width())
        reader.jumpToNextImage()
    assert {16, 32, 48, 256} <= sizes


def test_icns_holds_retina_sizes(rendered: Path, qapp: QApplication) -> None:
    data = (rendered / "workstation.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    assert b"ic10" in data
    image = QImage(str(rendered / "workstation.icns"))
    assert not image.isNull()
