"""``hub admin`` commands for data protection:

- ``hub admin subject-report CUSTOMER [--json]``: who accessed one customer's data (by
  e-mail address or contact, or ``case:<id>``), from the workstations' audit events;
- ``hub admin retention --client ID (--days N | --clear)``: a client's retention period;
- ``hub admin auto-lock --minutes N``: minutes without input before workstations lock.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from sqlalchemy import Engine

from hub.audit import ReportLine, subject_report
from hub.db import default_db_url, make_engine, migrate_engine
from hub.policies import MAX_AUTO_LOCK_MINUTES, set_auto_lock_minutes, set_retention_days


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "subject-report", help="who accessed one customer's data (data-subject request)"
    )
    report.add_argument(
        "customer", help="the customer's e-mail address or contact, or case:<id> for a case's"
    )
    report.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _database(report)
    report.set_defaults(handler=_with_engine(_report))

    retention = commands.add_parser("retention", help="set a client's retention period")
    retention.add_argument("--client", required=True, type=int, metavar="ID")
    change = retention.add_mutually_exclusive_group(required=True)
    change.add_argument("--days", type=_positive, metavar="N", help="days after closing")
    change.add_argument("--clear", action="store_true", help="keep closed cases")
    _database(retention)
    retention.set_defaults(handler=_with_engine(_retention))

    lock = commands.add_parser("auto-lock", help="minutes without input before the app locks")
    lock.add_argument("--minutes", required=True, type=_positive, metavar="N")
    _database(lock)
    lock.set_defaults(handler=_with_engine(_auto_lock))


def _database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=None, help="database URL (default: sqlite file hub.db here)"
    )


def _positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError("must be a whole number of at least 1")
    return value


def _with_engine(
    action: Callable[[Engine, argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        engine = make_engine(args.db or default_db_url())
        try:
            migrate_engine(engine)
            return action(engine, args)
        finally:
            engine.dispose()

    return run


def _report(engine: Engine, args: argparse.Namespace) -> int:
    lines = subject_report(engine, args.customer)
    if args.json:
        print(json.dumps([_as_json(line) for line in lines], ensure_ascii=False, indent=2))
        return 0
    if not lines:
        print("No recorded access to this customer's data.")
        return 0
    header = ("time (UTC)", "expert", "device", "action", "case", "detail")
    rows = [
        (
            line.occurred_at.strftime("%Y-%m-%d %H:%M:%S"),
            f"{line.expert} ({line.expert_name})",
            line.device_id,
            line.action,
            f"#{line.case_id}" if line.case_id is not None else "-",
            line.detail or "",
        )
        for line in lines
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _as_json(line: ReportLine) -> dict[str, object]:
    return {
        "occurred_at": line.occurred_at.isoformat() + "Z",
        "expert": line.expert,
        "expert_name": line.expert_name,
        "device_id": line.device_id,
        "action": line.action,
        "case_id": line.case_id,
        "detail": line.detail,
    }


def _retention(engine: Engine, args: argparse.Namespace) -> int:
    try:
        set_retention_days(engine, args.client, None if args.clear else args.days)
    except LookupError:
        print(f"hub admin: no client with id {args.client}.")
        return 1
    print(
        f"Client {args.client}: "
        + ("closed cases are kept." if args.clear else f"closed cases kept {args.days} days.")
    )
    return 0


def _auto_lock(engine: Engine, args: argparse.Namespace) -> int:
    if args.minutes > MAX_AUTO_LOCK_MINUTES:
        print(f"hub admin: at most {MAX_AUTO_LOCK_MINUTES} minutes.")
        return 1
    set_auto_lock_minutes(engine, args.minutes)
    print(f"Workstations lock after {args.minutes} minutes without input.")
    return 0
