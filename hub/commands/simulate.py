"""``hub simulate``: live traffic on a hub database until stopped or for a set time."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from hub.clock import SystemClock
from hub.db import default_db_url, make_engine
from hub.simulation import (
    CUSTOMER_MESSAGE,
    MAX_RATE_PER_MINUTE,
    NEW_CASE,
    REASSIGNMENT,
    DemoDataMissing,
    SimulatedEvent,
    TrafficSimulator,
    run_simulation,
)

_LABELS = {
    NEW_CASE: "new case",
    CUSTOMER_MESSAGE: "customer message on case",
    REASSIGNMENT: "reassigned case",
}

_NOUNS = {
    NEW_CASE: ("new case", "new cases"),
    CUSTOMER_MESSAGE: ("customer message", "customer messages"),
    REASSIGNMENT: ("reassignment", "reassignments"),
}


def _counted(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def _rate(text: str) -> float:
    try:
        rate = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < rate <= MAX_RATE_PER_MINUTE:
        raise argparse.ArgumentTypeError(f"must be above 0 and at most {MAX_RATE_PER_MINUTE:g}")
    return rate


def _duration(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return seconds


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "simulate",
        help="generate live traffic: new cases, customer messages, reassignments",
        description=(
            "Write new cases, new customer messages on open and waiting cases, and "
            "occasional reassignments into a hub database that holds the demo data set. "
            "Stops on Ctrl-C or SIGTERM, or after --duration."
        ),
    )
    parser.add_argument(
        "--db", default=None, help="database URL (default: sqlite file hub.db here)"
    )
    parser.add_argument(
        "--rate", type=_rate, required=True, help="about this many events per minute"
    )
    parser.add_argument(
        "--duration", type=_duration, default=None, help="stop after this many seconds"
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="the same seed makes the same events (default: 1)"
    )
    parser.add_argument("--verbose", action="store_true", help="print every event")
    parser.set_defaults(handler=run)


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    def request_stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _print_event(event: SimulatedEvent) -> None:
    # Ids and kinds only: the texts and names are (simulated) customer data.
    print(f"hub simulate: {_LABELS[event.kind]} {event.case_id}", flush=True)


def run(args: argparse.Namespace) -> int:
    engine = make_engine(args.db or default_db_url())
    stop = threading.Event()
    try:
        try:
            simulator = TrafficSimulator(engine, SystemClock(), seed=args.seed)
        except DemoDataMissing as error:
            print(f"hub simulate: {error}", file=sys.stderr)
            return 1
        with _stop_on_signals(stop):
            # Announced once the handlers are in place, so a stop right after it is clean.
            print(
                f"hub simulate: about {args.rate:g} events per minute; stop with Ctrl-C.",
                flush=True,
            )
            counts = run_simulation(
                simulator,
                rate_per_minute=args.rate,
                stop=stop,
                duration_s=args.duration,
                seed=args.seed,
                on_event=_print_event if args.verbose else None,
            )
    finally:
        engine.dispose()
    summary = ", ".join(_counted(counts.get(kind, 0), *_NOUNS[kind]) for kind in _NOUNS)
    print(f"hub simulate: stopped after {sum(counts.values())} events ({summary}).", flush=True)
    return 0
