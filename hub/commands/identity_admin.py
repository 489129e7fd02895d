"""``hub admin`` commands on identity: devices, revocation, offboarding, TOTP policy.

- ``hub admin devices USER``: the expert's devices with first/last seen, revocation and wipe;
- ``hub admin revoke-device ID``: revoke one device (its next contact wipes it);
- ``hub admin offboard USER``: the expert leaves; every device is revoked;
- ``hub admin require-totp USER [--off]``: require (or stop requiring) the second factor;
- ``hub admin reset-totp USER``: forget the secret and recovery codes (a lost phone).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine

from hub.admin import UnknownExpert, expert_id
from hub.auth import devices, totp
from hub.clock import utc_now
from hub.db import begin_write, default_db_url, make_engine, migrate_engine, read_transaction

Action = Callable[[Engine, argparse.Namespace], int]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("devices", help="list an expert's devices")
    listing.add_argument("expert", metavar="USER", help="the expert's user name")
    _database(listing, _list_devices)

    revoke = commands.add_parser("revoke-device", help="revoke a device; it wipes itself")
    revoke.add_argument("device_id", type=int, metavar="ID", help="id from 'hub admin devices'")
    _database(revoke, _revoke_device)

    offboard = commands.add_parser("offboard", help="close an expert's access on every device")
    offboard.add_argument("expert", metavar="USER", help="the expert's user name")
    _database(offboard, _offboard)

    require = commands.add_parser("require-totp", help="require the TOTP second factor")
    require.add_argument("expert", metavar="USER", help="the expert's user name")
    require.add_argument("--off", action="store_true", help="no longer require it")
    _database(require, _require_totp)

    reset = commands.add_parser("reset-totp", help="forget an expert's TOTP secret")
    reset.add_argument("expert", metavar="USER", help="the expert's user name")
    _database(reset, _reset_totp)


def _database(parser: argparse.ArgumentParser, action: Action) -> None:
    parser.add_argument(
        "--db", default=None, help="database URL (default: sqlite file hub.db here)"
    )
    parser.set_defaults(handler=_with_engine(action))


def _with_engine(action: Action) -> Callable[[argparse.Namespace], int]:
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


def _moment(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "-"


def _list_devices(engine: Engine, args: argparse.Namespace) -> int:
    owner = expert_id(engine, args.expert)
    with read_transaction(engine) as conn:
        rows = devices.devices_of(conn, owner)
    if not rows:
        print(f"No devices of {args.expert}.")
        return 0
    header = ("id", "name", "os", "first seen", "last seen", "revoked", "wiped", "wipe reported")
    cells = [
        (
            str(row.id),
            row.name,
            row.os,
            _moment(row.first_seen_at),
            _moment(row.last_seen_at),
            _moment(row.revoked_at),
            _moment(row.wiped_at),
            _moment(row.wipe_reported_at),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in (header, *cells)) for i in range(len(header))]
    for line in (header, *cells):
        padded = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        print("  ".join(padded).rstrip())
    return 0


def _revoke_device(engine: Engine, args: argparse.Namespace) -> int:
    with begin_write(engine) as conn:
        found = devices.revoke(conn, args.device_id, utc_now())
    if not found:
        print(f"hub admin: no device with id {args.device_id}.", file=sys.stderr)
        return 1
    print(f"Device {args.device_id} revoked; it wipes its data the next time it reaches the hub.")
    return 0


def _offboard(engine: Engine, args: argparse.Namespace) -> int:
    owner = expert_id(engine, args.expert)
    with begin_write(engine) as conn:
        devices.offboard(conn, owner, utc_now())
    print(f"{args.expert} offboarded; every device wipes its data at its next contact.")
    return 0


def _require_totp(engine: Engine, args: argparse.Namespace) -> int:
    owner = expert_id(engine, args.expert)
    with begin_write(engine) as conn:
        totp.set_required(conn, owner, not args.off)
    state = "no longer required" if args.off else "required"
    print(f"The second factor is {state} for {args.expert}.")
    return 0


def _reset_totp(engine: Engine, args: argparse.Namespace) -> int:
    owner = expert_id(engine, args.expert)
    with begin_write(engine) as conn:
        totp.reset(conn, owner)
    print(f"The second factor of {args.expert} was reset; they can set it up again.")
    return 0
