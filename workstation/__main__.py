"""Command line entry point of the Expert Workstation (`workstation`, `python -m workstation`).

Qt and the rest of the app are imported only after the arguments are parsed, so that
`--version` and `--help` answer at once and work even where no display is available.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DISTRIBUTION_NAME = "expert-workstation"
# `make demo` prefills the demo login through this variable; a password never travels as a
# command-line argument, where other local users could read it from the process list.
DEMO_PASSWORD_ENV = "EXPERT_WORKSTATION_DEMO_PASSWORD"


def app_version() -> str:
    try:
        return version(DISTRIBUTION_NAME)
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workstation",
        description="Expert Workstation: your cases, offline and in sync with the hub.",
    )
    parser.add_argument(
        "--hub", metavar="URL", help="address of the hub, e.g. https://hub.example.com"
    )
    parser.add_argument("--user", metavar="NAME", help="user name to log in with")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        type=Path,
        help="where to keep the local case cache (default: the platform's data directory)",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Expert Workstation {app_version()}",
    )
    return parser


def import_store_before_qt() -> None:
    """Import the cache's modules the first paint needs, and the keyring, before Qt.

    Once PySide6 is loaded, its import hook (for ``from __feature__ import …``) reads the
    source of every module imported after it; the store never uses Qt, so importing it
    first spares the start-up that work. SQLAlchemy is not among them: the first page
    is read without it, and it is imported after the first paint.
    """
    import workstation.store.cache
    import workstation.store.cache_reader
    import workstation.store.secrets  # noqa: F401


def prepare_start() -> None:
    """What the process does first, before Qt: no collections while the app starts
    (the imports and the first window make some 200,000 objects, and collecting them
    again and again costs the first paint 0.03 s; the collector resumes at the first
    paint, or a second later at most, see ``run_app``), and the store's imports."""
    gc.disable()
    import_store_before_qt()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    prepare_start()
    from workstation.ui.app import run_app
    from workstation.ui.launch_options import LaunchOptions

    options = LaunchOptions(
        hub_url=arguments.hub or "",
        username=arguments.user or "",
        data_dir=arguments.data_dir,
        password_prefill=os.environ.get(DEMO_PASSWORD_ENV, ""),
    )
    # A second start hands its arguments to the running app, which comes to the front.
    activation_args = list(argv) if argv is not None else sys.argv[1:]
    return run_app(options, qt_argv=[sys.argv[0]], activation_args=activation_args)


if __name__ == "__main__":
    sys.exit(main())
