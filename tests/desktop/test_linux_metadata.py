"""The Linux desktop entry and AppStream metainfo validate with the distributions' own tools,
and every place that names the app id agrees."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.support.services import service_missing
from workstation.platform.autostart import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def run_validator(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    executable = shutil.which(tool)
    if executable is None:
        service_missing(f"{tool} is not installed")
    return subprocess.run(
        [executable, *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_metainfo_passes_appstreamcli() -> None:
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = run_validator("desktop-file-validate", str(DESKTOP_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_desktop_entry_names_the_app_in_german_and_english() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Icon"] == APP_ID
    assert main["Exec"].split()[0] == "workstation"
    assert main["Comment"] and main["Comment[de]"]
    assert main["GenericName"] and main["GenericName[de]"]


def test_metainfo_launches_this_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert any(
        summary.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
        for summary in root.iter("summary")
    )


def test_installers_use_the_same_app_id() -> None:
    for path in (
        ROOT / "packaging" / "pyinstaller" / "workstation.spec",
        ROOT / "packaging" / "windows" / "workstation.iss",
        ROOT / "scripts" / "render_icons.py",
    ):
        assert APP_ID in path.read_text(encoding="utf-8"), path
