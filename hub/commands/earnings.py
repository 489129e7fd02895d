"""``hub admin`` actions on earnings: approval, payouts, disputes, adjustments, QA ratings,
rate cards, billing data, statements and editorial contributions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TypeAlias

from sqlalchemy import Engine

from hub.clock import utc_now
from hub.db import default_db_url, make_engine, migrate_engine
from hub.earnings import admin
from hub.earnings.contributions import AlreadyDecided, ContributionNotFound
from hub.earnings.ledger import EntryNotFound
from hub.earnings.money import format_euros, parse_euros
from hub.earnings.workflow import NotDisputed
from hub.schema import CASE_COMPLEXITIES, CHANNELS, CONTRIBUTION_KINDS

Action = Callable[[Engine, argparse.Namespace], int]
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(commands: Commands) -> None:
    _ledger(commands)
    _expert_until(commands, "approve-earnings", "approve pending ledger entries", _approve)
    _expert_until(commands, "pay", "pay approved and resolved entries in one batch", _pay)
    _resolve(commands)
    _adjust(commands)
    _rate_case(commands)
    _contributions(commands)
    _statements(commands)
    _rates(commands)
    _billing(commands)


def _parser(
    commands: Commands, name: str, help_text: str, action: Action
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text)
    parser.add_argument(
        "--db", default=None, help="database URL (default: sqlite file hub.db here)"
    )
    parser.set_defaults(handler=_with_engine(action))
    return parser


def _euros(raw: str) -> int:
    try:
        return parse_euros(raw)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _with_engine(action: Action) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        engine = make_engine(args.db or default_db_url())
        try:
            migrate_engine(engine)
            return action(engine, args)
        except (EntryNotFound, ContributionNotFound) as error:
            print(f"hub admin: nothing found for {error.args[0]!r}.", file=sys.stderr)
        except (NotDisputed, AlreadyDecided) as error:
            print(f"hub admin: not possible with status {error.args[0]!r}.", file=sys.stderr)
        except ValueError as error:
            print(f"hub admin: {error}.", file=sys.stderr)
        except LookupError as error:
            print(f"hub admin: {error}.", file=sys.stderr)
        finally:
            engine.dispose()
        return 1

    return run


def _ledger(commands: Commands) -> None:
    def run(engine: Engine, args: argparse.Namespace) -> int:
        entries = admin.ledger_of(engine, args.expert)
        for entry in entries:
            print(
                f"{entry['id']:>6}  {entry['earned_at']:%Y-%m-%d}  {entry['source']:<12}"
                f" {entry['status']:<9} {format_euros(entry['amount_cents']):>14}  "
                f"{entry['description']}"
            )
        total = sum(entry["amount_cents"] for entry in entries)
        print(f"{len(entries)} entries, {format_euros(total)}.")
        return 0

    parser = _parser(commands, "ledger", "list an expert's ledger entries", run)
    parser.add_argument("--expert", required=True, metavar="USER")


def _expert_until(commands: Commands, name: str, help_text: str, action: Action) -> None:
    parser = _parser(commands, name, help_text, action)
    parser.add_argument("--expert", required=True, metavar="USER")
    parser.add_argument("--until", required=True, type=date.fromisoformat, help="YYYY-MM-DD (UTC)")


def _approve(engine: Engine, args: argparse.Namespace) -> int:
    now = utc_now()
    count = admin.approve_earnings(engine, args.expert, args.until, now)
    print(f"Approved {count} ledger entries of {args.expert}.")
    for held in admin.entries_in_qa_review(engine, args.expert, args.until, now):
        print(
            f"Not approved: entry {held.entry_id} (case #{held.case_id}) is in QA review "
            f"until {held.until:%Y-%m-%d %H:%M} UTC."
        )
    return 0


def _pay(engine: Engine, args: argparse.Namespace) -> int:
    count, total = admin.pay(engine, args.expert, args.until)
    print(f"Paid {count} ledger entries of {args.expert}: {format_euros(total)}.")
    return 0


def _resolve(commands: Commands) -> None:
    def run(engine: Engine, args: argparse.Namespace) -> int:
        adjustment = admin.resolve_dispute(
            engine, args.entry, args.resolution, corrected_cents=args.amount
        )
        suffix = "" if adjustment is None else f"; adjustment {adjustment} booked"
        print(f"Resolved the dispute of entry {args.entry}{suffix}.")
        return 0

    parser = _parser(commands, "resolve-dispute", "resolve a disputed ledger entry", run)
    parser.add_argument("--entry", required=True, type=int)
    parser.add_argument("--resolution", required=True, help="what was decided, shown to the expert")
    parser.add_argument("--amount", type=_euros, default=None, help="corrected amount in euros")


def _adjust(commands: Commands) -> None:
    def run(engine: Engine, args: argparse.Namespace) -> int:
        entry = admin.adjust(engine, args.expert, args.client, args.amount, args.reason)
        print(f"Booked adjustment {entry} of {format_euros(args.amount)}.")
        return 0

    parser = _parser(commands, "adjust", "book an adjustment with a reason", run)
    parser.add_argument("--expert", required=True, metavar="USER")
    parser.add_argument("--client", required=True, type=int)
    parser.add_argument("--amount", required=True, type=_euros, help="euros, negative to deduct")
    parser.add_argument("--reason", required=True)


def _rate_case(commands: Commands) -> None:
    def run(engine: Engine, args: argparse.Namespace) -> int:
        entry = admin.rate_case(engine, args.case, args.rating)
        print(f"QA rating {args.rating} recorded on entry {entry}.")
        return 0

    parser = _parser(commands, "qa-rating", "record the QA rating of a paid case", run)
    parser.add_argument("--case", required=True, type=int)
    parser.add_argument("--rating", required=True, type=int, choices=range(1, 6))


def _contributions(commands: Commands) -> None:
    def listing(engine: Engine, args: argparse.Namespace) -> int:
        for item in admin.contributions_of(engine, args.expert):
            fee = "" if item["fee_cents"] is None else f" {format_euros(item['fee_cents'])}"
            print(
                f"{item['id']}  {item['username']}  {item['kind']}  {item['status']}{fee}  "
                f"{item['title']}"
            )
        return 0

    parser = _parser(commands, "contributions", "list editorial contributions", listing)
    parser.add_argument("--expert", default=None, metavar="USER")

    def accept(engine: Engine, args: argparse.Namespace) -> int:
        fee = admin.accept_contribution(engine, args.id, fee_cents=args.fee)
        print(f"Accepted {args.id}; fee {format_euros(fee)} booked.")
        return 0

    parser = _parser(commands, "accept-contribution", "accept a submitted contribution", accept)
    parser.add_argument("--id", required=True)
    parser.add_argument("--fee", type=_euros, default=None, help="euros (default: rate card)")

    def reject(engine: Engine, args: argparse.Namespace) -> int:
        admin.reject_contribution(engine, args.id, args.feedback)
        print(f"Rejected {args.id}.")
        return 0

    parser = _parser(commands, "reject-contribution", "reject with feedback", reject)
    parser.add_argument("--id", required=True)
    parser.add_argument("--feedback", required=True)


def _statements(commands: Commands) -> None:
    def run(engine: Engine, args: argparse.Namespace) -> int:
        year, month = (int(part) for part in args.month.split("-"))
        issued = admin.issue_statements(engine, year, month, username=args.expert)
        print(f"Issued {len(issued)} statements for {args.month}.")
        return 0

    parser = _parser(commands, "issue-statements", "issue the monthly statements", run)
    parser.add_argument("--month", required=True, help="YYYY-MM")
    parser.add_argument("--expert", default=None, metavar="USER")


def _rates(commands: Commands) -> None:
    def case_rate(engine: Engine, args: argparse.Namespace) -> int:
        admin.set_case_rate(engine, args.client, args.channel, args.complexity, args.amount)
        return 0

    parser = _parser(commands, "case-rate", "set a case line of a client's rate card", case_rate)
    parser.add_argument("--client", required=True, type=int)
    parser.add_argument("--channel", required=True, choices=CHANNELS)
    parser.add_argument("--complexity", required=True, choices=CASE_COMPLEXITIES)
    parser.add_argument("--amount", required=True, type=_euros, help="euros")

    def contribution_rate(engine: Engine, args: argparse.Namespace) -> int:
        admin.set_contribution_rate(engine, args.client, args.kind, args.amount)
        return 0

    parser = _parser(
        commands, "contribution-rate", "set a contribution line of a rate card", contribution_rate
    )
    parser.add_argument("--client", required=True, type=int)
    parser.add_argument("--kind", required=True, choices=CONTRIBUTION_KINDS)
    parser.add_argument("--amount", required=True, type=_euros, help="euros")


def _billing(commands: Commands) -> None:
    def run(engine: Engine, args: argparse.Namespace) -> int:
        admin.set_billing(
            engine,
            args.expert,
            legal_name=args.name,
            address=args.address.replace("\\n", "\n"),
            tax_number=args.tax_number,
            vat_id=args.vat_id,
            small_business=args.small_business,
        )
        return 0

    parser = _parser(commands, "billing", "set an expert's billing data for credit notes", run)
    parser.add_argument("--expert", required=True, metavar="USER")
    parser.add_argument("--name", required=True)
    parser.add_argument("--address", required=True, help="lines separated by \\n")
    parser.add_argument("--tax-number", default=None)
    parser.add_argument("--vat-id", default=None)
    parser.add_argument("--small-business", action="store_true", help="§19 UStG: no VAT")
