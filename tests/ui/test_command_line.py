"""`python -m workstation`: instant --version and --help, without Qt."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

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
    # the store first, which works only while the store never imports Qt. SQLAlchemy is
    # not needed before the first paint, and the collector waits for it.
    probe = (
        "import gc, sys\n"
        "from workstation.__main__ import prepare_start\n"
        "prepare_start()\n"
        "print(sorted({name.split('.')[0] for name in sys.modules}))\n"
        "print('collecting', gc.isenabled())\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = finished.stdout
    assert "'keyring'" in loaded and "'sqlcipher3'" in loaded
    assert "'sqlalchemy'" not in loaded
    assert "PySide6" not in loaded and "shiboken6" not in loaded
    assert "collecting False" in loaded


def test_the_inbox_paints_before_sqlalchemy_and_the_network_are_loaded(tmp_path: Path) -> None:
    # The app's own start over a cache at this version with a stored session: the first
    # page comes from the plain reader, and everything else is loaded after the paint.
    from bench.benchmarks.startup import start_scene
    from bench.generate import ensure_cache

    generated = ensure_cache(300, tmp_path / "data")
    with start_scene(generated, keyring_env=None) as scene:
        finished = subprocess.run(
            [sys.executable, "-m", "tests.ui.first_paint_probe", *scene.arguments],
            env={**scene.env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert "loaded at the first paint: -" in finished.stdout, finished.stdout
