"""``hub admin``: operations' commands on time entries (identity: ``identity_admin``).

- ``hub admin time-entries --expert USER``: every entry with its cases and corrections;
- ``hub admin approve-time --expert USER --until DATE``: approve recorded entries;
- ``hub admin quota --expert USER [--year Y] [--set PERCENT | --clear]``: the on-site quota.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine

from hub.admin import (
    UnknownExpert,
    approve_time,
    on_site_quota,
    set_on_site_quota,
    time_entries_of,
)
from hub.clock import utc_now
from hub.commands import data_protection, identity_admin
from hub.commands.earnings import register as register_earnings
from hub.db import default_db_url, make_engine, migrate_engine


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("admin", help="operations: time entries and quotas")
    commands = parser.add_subparsers(dest="admin_command", required=True, metavar="ACTION")

    listing = commands.add_parser("time-entries", help="list an expert's time entries")
    _common(listing)
    listing.set_defaults(handler=_with_engine(_list_entries))

    approve = commands.add_parser("approve-time", help="approve recorded time entries")
    _common(approve)
    approve.add_argument(
        "--until",
        required=True,
        type=date.fromisoformat,
        help="last day (YYYY-MM-DD, UTC) whose entries are approved",
    )
    approve.set_defaults(handler=_with_engine(_approve))

    quota = commands.add_parser("quota", help="show or set the on-site quota")
    _common(quota)
    quota.add_argument("--year", type=int, default=None, help="calendar year (default: this)")
    change = quota.add_mutually_exclusive_group()
    change.add_argument("--set", type=_percent, default=None, metavar="PERCENT")
    change.add_argument("--clear", action="store_true", help="remove the quota")
    quota.set_defaults(handler=_with_engine(_quota))
    data_protection.register(commands)

    identity_admin.register(commands)
    register_earnings(commands)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--expert", required=True, metavar="USER", help="the expert's user name")
    parser.add_argument(
        "--db", default=None, help="database URL (default: sqlite file hub.db here)"
    )


def _percent(raw: str) -> int:
    value = int(raw)
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError("must be a whole number from 0 to 100")
    return value


def _with_engine(
    action: Callable[[Engine, argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        engine = make_engine(args.db or default_db_url())
        try:
            migrate_engine(engine)
            return action(engine, args)
        except UnknownExpert as error:
            print(f"hub admin: no expert with user name {error.username!r}.", file=sys.stderr)
            return 1
        finally:
            engine.dispose()

    return run


def _hours(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}"


def _moment(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _list_entries(engine: Engine, args: argparse.Namespace) -> int:
    entries = time_entries_of(engine, args.expert)
    if not entries:
        print(f"No time entries of {args.expert}.")
        return 0
    header = ("start (UTC)", "end", "hours", "kind", "location", "status", "unpaid", "cases")
    rows = [_entry_row(entry) for entry in entries]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    print(_line(header, widths))
    for entry, row in zip(entries, rows, strict=True):
        print(_line(row, widths))
        for correction in entry["corrections"]:
            previous = correction["previous"]
            print(
                f"    correction {correction['version']} at {_moment(correction['corrected_at'])}:"
                f" {correction['reason']} (was {previous['starts_at']} to {previous['ends_at']},"
                f" {previous['kind']}, {previous['location']})"
            )
    total = sum(_seconds(entry) for entry in entries if entry["kind"] == "work")
    unpaid = sum(entry["unpaid_seconds"] for entry in entries)
    print(f"Work {_hours(total)} h, of which unpaid {_hours(unpaid)} h.")
    return 0


def _line(cells: tuple[str, ...], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def _seconds(entry: dict[str, Any]) -> int:
    return int((entry["ends_at"] - entry["starts_at"]).total_seconds())


def _entry_row(entry: dict[str, Any]) -> tuple[str, ...]:
    cases = ", ".join(f"#{item['case_id']} {_hours(item['seconds'])}" for item in entry["cases"])
    return (
        _moment(entry["starts_at"]),
        entry["ends_at"].strftime("%H:%M"),
        _hours(_seconds(entry)),
        entry["kind"],
        entry["location"],
        entry["status"],
        _hours(entry["unpaid_seconds"]) if entry["unpaid"] else "",
        cases or "-",
    )


def _approve(engine: Engine, args: argparse.Namespace) -> int:
    count = approve_time(engine, args.expert, args.until)
    print(f"Approved {count} time entries of {args.expert} up to {args.until.isoformat()}.")
    return 0


def _quota(engine: Engine, args: argparse.Namespace) -> int:
    if args.clear:
        set_on_site_quota(engine, args.expert, None)
    elif args.set is not None:
        set_on_site_quota(engine, args.expert, args.set)
    report = on_site_quota(engine, args.expert, args.year or utc_now().year)
    if report.on_site_percent is None:
        quota = "no on-site quota"
    else:
        verdict = "met" if report.met else "not met"
        quota = (
            f"quota {report.on_site_percent} % on site ({_hours(report.required_on_site_seconds)}"
            f" h of the work so far): {verdict}"
        )
    print(
        f"{args.expert} {report.year}: work {_hours(report.work_seconds)} h, on site"
        f" {_hours(report.on_site_seconds)} h ({report.on_site_share:.0%}); {quota}."
    )
    return 0
