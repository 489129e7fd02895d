"""`python -m workstation`: instant --version and --help, without Qt."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

PROBE = """
import sys
from workstation.__main__ import main
try:
    main([{argument!r}])
except SystemExit as done:
    code = done.code
print("EXIT", code)
print("QT_LOADED", any(name.split(".")[0] in ("PySide6", "shiboken6", "qasync")
                       for name in sys.modules))
"""


def run_probe(argument: str) -> list[str]:
    finished = subprocess.run(
        [sys.executable, "-c", PROBE.format(argument=argument)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return finished.stdout.splitlines()


def test_version_prints_the_installed_version_and_exits_zero() -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "workstation", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 0
    assert finished.stdout.strip() == f"Expert Workstation {version('expert-workstation')}"


def test_version_and_help_do_not_import_qt() -> None:
    for argument in ("--version", "--help"):
        lines = run_probe(argument)
        assert "EXIT 0" in lines
        assert "QT_LOADED False" in lines


def test_help_names_every_option() -> None:
    lines = "\n".join(run_probe("--help"))
    for option in ("--hub URL", "--user NAME", "--data-dir PATH", "--version"):
        assert option in lines
    assert "password" not in lines.lower()


def test_the_store_and_the_keyring_load_before_qt_and_without_it() -> None:
    # PySide6 reads the source of every module imported after it: the start-up imports
    # the store first, which works only while the store never imports Qt.
    probe = (
        "import sys\n"
        "from workstation.__main__ import import_store_before_qt\n"
        "import_store_before_qt()\n"
        "print(sorted({name.split('.')[0] for name in sys.modules}))\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = finished.stdout
    assert "'sqlalchemy'" in loaded and "'keyring'" in loaded
    assert "PySide6" not in loaded and "shiboken6" not in loaded
