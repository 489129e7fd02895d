"""``hub seed --demo``: create the schema and fill it with the demo data set."""

from __future__ import annotations

import argparse
import sys

from hub.db import default_db_url, make_engine, migrate_engine
from hub.demo.seed import DatabaseNotEmpty, reset_database, seed_demo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("seed", help="create the schema and fill it with data")
    parser.add_argument(
        "--demo",
        action="store_true",
        required=True,
        help="the demo data set (2 clients, 3 experts)",
    )
    parser.add_argument(
        "--db", default=None, help="database URL (default: sqlite file hub.db here)"
    )
    parser.add_argument("--reset", action="store_true", help="drop all existing hub data first")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    engine = make_engine(args.db or default_db_url())
    try:
        if args.reset:
            reset_database(engine)
        else:
            migrate_engine(engine)
        try:
            count = seed_demo(engine)
        except DatabaseNotEmpty:
            print(
                "hub seed: the database already holds data; use --reset to replace it.",
                file=sys.stderr,
            )
            return 1
    finally:
        engine.dispose()
    print(f"hub seed: {count} demo cases; users petra, jonas and amira, password 'demo'.")
    return 0
