"""Time to interactive: process start until the first painted page, against bare Qt.

Each figure is the median of several cold process starts (the OS file cache stays warm,
as on a laptop that has run the app before). The parent reads ``time.monotonic()`` just
before ``Popen``; the child prints the same clock after its first paint
(``bench.entries``). The baseline shows an empty ``QTableView`` with only PySide6
imported; the app's entry (``bench.entries.app``) runs the app's own start-up until its
main window shows the first page of the generated cache, with the cache key and a stored
session in a private Secret Service (``bench.secret_service``; a keyring in the app's
process where gnome-keyring is missing, which leaves out the keyring's backend detection
and D-Bus round trips).

The app's modules are compiled to bytecode first, as an installation does and as a
laptop that has run the app before has them: with ``PYTHONDONTWRITEBYTECODE`` set (as on
some build machines) every start would otherwise compile them again, 0.1 s that no user
pays.
"""

from __future__ import annotations

import compileall
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bench.generate import GeneratedCache, ensure_cache
from bench.harness import REPO_ROOT, BenchContext, Benchmark, Measurement, size_label
from bench.secret_service import STORED_SESSION, private_secret_service, store_secrets
from workstation.store.paths import account_dir
from workstation.store.secrets import CACHE_KEY, REFRESH_TOKEN, account_name
from workstation.ui.cache_opening import CACHE_FILE_NAME

RUNS: Final = 5
QUICK_RUNS: Final = 3
TIMEOUT_S: Final = 120.0
TARGET_TTI_S: Final = 0.5
TARGET_RATIO: Final = 4.0
TARGET_SIZE: Final = 1_000_000
_USER: Final = "bench"


def time_to_first_paint(module: str, *arguments: str, env: dict[str, str] | None = None) -> float:
    """Seconds from just before starting ``python -m module`` to its first paint."""
    started = time.monotonic()
    finished = subprocess.run(
        [sys.executable, "-m", module, *arguments],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
        env=env,
    )
    if finished.returncode != 0 or not finished.stdout.strip():
        raise RuntimeError(f"{module} failed ({finished.returncode}): {finished.stderr[-2000:]}")
    return float(finished.stdout.split()[-1]) - started


@dataclass(frozen=True, slots=True)
class _StartScene:
    arguments: tuple[str, ...]
    env: dict[str, str]


@contextmanager
def start_scene(
    generated: GeneratedCache, keyring_env: dict[str, str] | None
) -> Iterator[_StartScene]:
    """A data directory whose account cache is the generated one, a hub address that
    refuses connections, and the cache key and a stored session in the keyring."""
    with tempfile.TemporaryDirectory(prefix="bench-start-") as scratch:
        root = Path(scratch)
        hub_url = _refused_address()
        data_dir = root / "data"
        cache_dir = account_dir(data_dir, hub_url, _USER)
        cache_dir.mkdir(parents=True)
        (cache_dir / CACHE_FILE_NAME).symlink_to(generated.path.resolve())
        # The app's settings and desktop files stay in the scratch directory.
        env = {**(keyring_env or os.environ), "XDG_CONFIG_HOME": str(root / "config")}
        arguments: tuple[str, ...] = (str(data_dir), hub_url, _USER)
        if keyring_env is None:
            arguments += (str(generated.path.with_suffix(".key")),)
        else:
            account = account_name(_USER, hub_url)
            store_secrets(
                keyring_env,
                [
                    (account, CACHE_KEY, generated.key.hex()),
                    (account, REFRESH_TOKEN, STORED_SESSION),
                ],
            )
        yield _StartScene(arguments, env)


def _refused_address() -> str:
    # A port that was free a moment ago: nothing listens there, so connections are refused.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def run(context: BenchContext) -> list[Measurement]:
    runs = QUICK_RUNS if context.quick else RUNS
    for package in ("workstation", "bench"):
        compileall.compile_dir(REPO_ROOT / package, quiet=1)
    bare = statistics.median(time_to_first_paint("bench.entries.bare_qt") for _ in range(runs))
    context.log(f"bare Qt: {bare:.3f} s")
    measurements = [Measurement("tti_bare_qt_s", bare)]
    with private_secret_service() as keyring_env:
        context.log(
            "keyring: a private Secret Service (gnome-keyring)"
            if keyring_env is not None
            else "keyring: none on this machine, one held in the app's process instead"
        )
        for cases in context.cache_sizes:
            generated = ensure_cache(cases, context.data_dir)
            with start_scene(generated, keyring_env) as scene:
                timings = [
                    time_to_first_paint("bench.entries.app", *scene.arguments, env=scene.env)
                    for _ in range(runs)
                ]
            inbox = statistics.median(timings)
            label = size_label(cases)
            context.log(f"inbox over {label}: {', '.join(f'{t:.3f}' for t in timings)} s")
            ratio_key = (
                "tti_ratio_vs_bare_qt" if cases == TARGET_SIZE else f"tti_ratio_vs_bare_qt_{label}"
            )
            measurements += [
                Measurement(f"tti_inbox_{label}_s", inbox, TARGET_TTI_S),
                Measurement(ratio_key, inbox / bare, TARGET_RATIO),
            ]
    return measurements


BENCHMARK = Benchmark(
    name="startup",
    description="time to the first painted inbox page, against a bare Qt window",
    run=run,
)
