"""``hub`` command line: ``hub serve``, ``hub seed``, ``hub simulate`` and ``hub admin``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from hub.commands import admin, seed, serve, simulate

COMMANDS = (serve, seed, simulate, admin)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hub", description="Reference central platform for Expert Workstation."
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    exit_code: int = args.handler(args)
    return exit_code


if __name__ == "__main__":
    raise SystemExit(main())
