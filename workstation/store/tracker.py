"""``TrackerStore``: the tracker's crash-safe storage and the timesheet.

The open stretch is one row (``tracker_running``): its calendar start and how long it had
run at the last heartbeat, committed with ``synchronous=FULL`` at least every
``HEARTBEAT_INTERVAL_S``. After a crash, ``recover`` turns that row into an entry ending at
the last heartbeat, marked ``needs_confirmation`` until the expert confirms it.

A finished entry is written in the same durable transaction that ends the stretch,
together with the outbox mutation id it will be sent under; the mutation then goes to the
outbox in a second step, and ``queue_pending`` repeats that step after a crash in between.
The id was fixed first, so each entry version reaches the hub exactly once.

Blocking; run the methods on the ``DbWorker``.
"""

from __future__ import annotations

import csv
import io
import itertools
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import orjson
from sqlalchemy import Connection, Engine

from workstation.domain.mutations import IdFactory, new_mutation_id, time_entry
from workstation.domain.tracking import EntryKind, FinishedEntry, Location, RunningEntry
from workstation.store.durable import durable_transaction
from workstation.store.outbox import OutboxStore

HEARTBEAT_INTERVAL_S: Final = 30.0

_ENTRY_COLUMNS: Final = (
    "id, kind, location, starts_at, ends_at, cases, version, status, needs_confirmation, "
    "unpaid_seconds, hub_version"
)
_UPSERT_RUNNING: Final = (
    "INSERT INTO tracker_running "
    "(id, entry_id, kind, location, starts_at, elapsed, cases, heartbeat_at) "
    "VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "entry_id = excluded.entry_id, kind = excluded.kind, location = excluded.location, "
    "starts_at = excluded.starts_at, elapsed = excluded.elapsed, cases = excluded.cases, "
    "heartbeat_at = excluded.heartbeat_at"
)
_INSERT_ENTRY: Final = (
    "INSERT INTO time_entries (id, kind, location, starts_at, ends_at, cases, version, "
    "status, needs_confirmation, unqueued_mutation_id) "
    "VALUES (?, ?, ?, ?, ?, ?, 1, 'recorded', ?, ?)"
)


class CorrectionRefused(ValueError):
    """The correction cannot be made: no reason, no such entry, or it is approved or
    still awaits the expert's confirmation."""


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """A time entry as the timesheet shows it; times are epoch seconds. ``unpaid_seconds``
    is None until the hub has seen the newest version."""

    id: str
    kind: EntryKind
    location: Location
    starts_at: int
    ends_at: int
    cases: tuple[tuple[int, int], ...]
    version: int
    approved: bool
    needs_confirmation: bool
    unpaid_seconds: int | None
    synced: bool

    @property
    def seconds(self) -> int:
        return self.ends_at - self.starts_at


@dataclass(frozen=True, slots=True)
class Correction:
    version: int
    reason: str
    corrected_at: int
    previous: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RecoveredEntry:
    """An entry rebuilt after a crash; ``started_at`` and ``elapsed`` are the exact
    calendar start and run time at the last heartbeat (the entry is rounded to whole
    seconds; None when the stretch was shorter than a whole second and leaves no entry)."""

    entry: StoredEntry | None
    started_at: float
    elapsed: float


@dataclass(frozen=True, slots=True)
class DayTotals:
    """One day of the timesheet: ``day_start`` is local midnight (epoch seconds)."""

    day_start: int
    work_seconds: int
    break_seconds: int
    unpaid_seconds: int
    case_seconds: tuple[tuple[int, int], ...]


class TrackerStore:
    def __init__(
        self,
        engine: Engine,
        outbox: OutboxStore,
        *,
        clock: Callable[[], float] = time.time,
        new_id: IdFactory = new_mutation_id,
    ) -> None:
        self._engine = engine
        self._outbox = outbox
        self._clock = clock
        self._new_id = new_id

    # -- the running stretch ---------------------------------------------------------------

    def heartbeat(self, running: RunningEntry) -> None:
        """Store the open stretch as it is now (call on clock-in and at least every
        ``HEARTBEAT_INTERVAL_S``)."""
        with durable_transaction(self._engine) as connection:
            _write_running(connection, running, self._clock())

    def finish(
        self, finished: Sequence[FinishedEntry], running: RunningEntry | None
    ) -> list[StoredEntry]:
        """Record finished stretches and replace the open one (``None``: clocked out), in
        one durable transaction; then hand the entries to the outbox."""
        with durable_transaction(self._engine) as connection:
            for entry in finished:
                connection.exec_driver_sql(
                    _INSERT_ENTRY,
                    (
                        entry.id,
                        entry.kind.value,
                        entry.location.value,
                        entry.starts_at,
                        entry.ends_at,
                        _cases_json(entry.cases),
                        0,
                        self._new_id(),
                    ),
                )
            if running is None:
                connection.exec_driver_sql("DELETE FROM tracker_running")
            else:
                _write_running(connection, running, self._clock())
        self.queue_pending()
        return [entry for entry in (self.entry(item.id) for item in finished) if entry]

    def running(self) -> RunningEntry | None:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT entry_id, kind, location, starts_at, elapsed, cases FROM tracker_running"
            ).first()
        if row is None:
            return None
        return RunningEntry(
            id=row[0],
            kind=EntryKind(row[1]),
            location=Location(row[2]),
            starts_at=row[3],
            elapsed=row[4],
            cases=_cases_tuple(row[5]),
        )

    def recover(self) -> RecoveredEntry | None:
        """After an unclean stop: the stretch that was open, as an entry ending at its
        last heartbeat, awaiting confirmation. None after a clean stop."""
        with durable_transaction(self._engine) as connection:
            row = connection.exec_driver_sql(
                "SELECT entry_id, kind, location, starts_at, elapsed, cases FROM tracker_running"
            ).first()
            if row is None:
                return None
            entry_id, kind, location, starts_at, elapsed, cases = row
            connection.exec_driver_sql("DELETE FROM tracker_running")
            start = round(starts_at)
            end = round(starts_at + elapsed)
            if end > start:
                connection.exec_driver_sql(
                    _INSERT_ENTRY,
                    (entry_id, kind, location, start, end, cases, 1, self._new_id()),
                )
        entry = self.entry(entry_id)
        return RecoveredEntry(entry=entry, started_at=float(starts_at), elapsed=float(elapsed))

    def confirm(self, entry_id: str, ends_at: int | None = None) -> None:
        """The expert confirms a recovered entry; it goes to the outbox. ``ends_at`` moves
        its end earlier (the expert knows they stopped before the last heartbeat); the
        entry never reached the hub, so this is its first version, not a correction."""
        with durable_transaction(self._engine) as connection:
            current = _entry_row(connection, entry_id)
            if current is None or not current.needs_confirmation:
                return
            if ends_at is not None and current.starts_at < ends_at < current.ends_at:
                connection.exec_driver_sql(
                    "UPDATE time_entries SET ends_at = ?, cases = ? WHERE id = ?",
                    (
                        ends_at,
                        _cases_json(_trimmed(current.cases, ends_at - current.starts_at)),
                        entry_id,
                    ),
                )
            connection.exec_driver_sql(
                "UPDATE time_entries SET needs_confirmation = 0 WHERE id = ?", (entry_id,)
            )
        self.queue_pending()

    def discard_unconfirmed(self, entry_id: str) -> None:
        """The expert rejects a recovered entry: it never reaches the hub."""
        with durable_transaction(self._engine) as connection:
            connection.exec_driver_sql(
                "DELETE FROM time_entries WHERE id = ? AND needs_confirmation = 1", (entry_id,)
            )

    def queue_pending(self) -> int:
        """Hand every entry version that has its mutation id but is not in the outbox yet
        to the outbox; returns how many. Safe to call at any time (e.g. at start-up)."""
        with self._engine.connect() as connection:
            pending = connection.exec_driver_sql(
                f"SELECT {_ENTRY_COLUMNS}, unqueued_mutation_id FROM time_entries "
                "WHERE unqueued_mutation_id IS NOT NULL AND needs_confirmation = 0 "
                "ORDER BY starts_at"
            ).all()
            reasons: dict[str, str] = dict(
                connection.exec_driver_sql(
                    "SELECT entry_id, reason FROM time_entry_corrections c WHERE version = "
                    "(SELECT max(version) FROM time_entry_corrections WHERE entry_id = c.entry_id)"
                ).all()
            )
        for row in pending:
            entry = _to_entry(row)
            mutation_id = row[-1]
            if self._outbox.item(mutation_id) is None:
                self._outbox.enqueue(
                    time_entry(
                        entry_id=entry.id,
                        starts_at=entry.starts_at,
                        ends_at=entry.ends_at,
                        kind=entry.kind.value,
                        location=entry.location.value,
                        cases=entry.cases,
                        correction_reason=reasons.get(entry.id) if entry.version > 1 else None,
                        now=self._clock(),
                        mutation_id=mutation_id,
                    )
                )
            with durable_transaction(self._engine) as connection:
                connection.exec_driver_sql(
                    "UPDATE time_entries SET unqueued_mutation_id = NULL "
                    "WHERE id = ? AND unqueued_mutation_id = ?",
                    (entry.id, mutation_id),
                )
        return len(pending)

    # -- corrections -----------------------------------------------------------------------

    def correct(
        self,
        entry_id: str,
        *,
        starts_at: int,
        ends_at: int,
        kind: EntryKind,
        location: Location,
        cases: Iterable[tuple[int, int]],
        reason: str,
    ) -> StoredEntry:
        """Change a recorded entry; the reason and the replaced values go to its history
        and the new version to the outbox."""
        if not reason.strip():
            raise CorrectionRefused("A correction needs a reason.")
        if ends_at <= starts_at:
            raise CorrectionRefused("An entry must end after it starts.")
        now = self._clock()
        with durable_transaction(self._engine) as connection:
            current = _entry_row(connection, entry_id)
            if current is None:
                raise CorrectionRefused("There is no such entry.")
            if current.approved:
                raise CorrectionRefused("The entry is approved and can no longer change.")
            if current.needs_confirmation:
                raise CorrectionRefused("Confirm the recovered entry first.")
            previous = {
                "starts_at": current.starts_at,
                "ends_at": current.ends_at,
                "kind": current.kind.value,
                "location": current.location.value,
                "cases": [list(pair) for pair in current.cases],
            }
            version = current.version + 1
            connection.exec_driver_sql(
                "INSERT INTO time_entry_corrections "
                "(entry_id, version, reason, corrected_at, previous) VALUES (?, ?, ?, ?, ?)",
                (entry_id, version, reason.strip(), int(now), orjson.dumps(previous).decode()),
            )
            connection.exec_driver_sql(
                "UPDATE time_entries SET starts_at = ?, ends_at = ?, kind = ?, location = ?, "
                "cases = ?, version = ?, unqueued_mutation_id = ?, unpaid_seconds = NULL "
                "WHERE id = ?",
                (
                    starts_at,
                    ends_at,
                    kind.value,
                    location.value,
                    _cases_json(tuple(cases)),
                    version,
                    self._new_id(),
                    entry_id,
                ),
            )
        self.queue_pending()
        entry = self.entry(entry_id)
        assert entry is not None
        return entry

    def corrections(self, entry_id: str) -> list[Correction]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT version, reason, corrected_at, previous FROM time_entry_corrections "
                "WHERE entry_id = ? ORDER BY version",
                (entry_id,),
            ).all()
        return [Correction(row[0], row[1], row[2], orjson.loads(row[3])) for row in rows]

    # -- the timesheet ---------------------------------------------------------------------

    def entry(self, entry_id: str) -> StoredEntry | None:
        with self._engine.connect() as connection:
            return _entry_row(connection, entry_id)

    def entries_between(self, start: int, end: int) -> list[StoredEntry]:
        """Entries that start in ``[start, end)``, oldest first (a day or a week)."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {_ENTRY_COLUMNS} FROM time_entries "
                "WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at",
                (start, end),
            ).all()
        return [_to_entry(row) for row in rows]

    def unconfirmed(self) -> list[StoredEntry]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {_ENTRY_COLUMNS} FROM time_entries WHERE needs_confirmation = 1 "
                "ORDER BY starts_at"
            ).all()
        return [_to_entry(row) for row in rows]

    def case_seconds(self, case_id: int) -> int:
        """All time attributed to the case (for the case view)."""
        with self._engine.connect() as connection:
            total = connection.exec_driver_sql(
                "SELECT coalesce(sum(json_extract(pair.value, '$[1]')), 0) "
                "FROM time_entries, json_each(time_entries.cases) AS pair "
                "WHERE json_extract(pair.value, '$[0]') = ?",
                (case_id,),
            ).scalar_one()
        return int(total)


def day_totals(entries: Iterable[StoredEntry], day_starts: Sequence[int]) -> list[DayTotals]:
    """Per day (``day_starts``: ascending local midnights, plus the end of the last day)
    the work, break and unpaid seconds and the time per case."""
    totals: list[DayTotals] = []
    ordered = sorted(entries, key=lambda item: item.starts_at)
    for start, end in itertools.pairwise(day_starts):
        day = [entry for entry in ordered if start <= entry.starts_at < end]
        cases: dict[int, int] = {}
        for entry in day:
            for case_id, seconds in entry.cases:
                cases[case_id] = cases.get(case_id, 0) + seconds
        totals.append(
            DayTotals(
                day_start=start,
                work_seconds=sum(e.seconds for e in day if e.kind is EntryKind.WORK),
                break_seconds=sum(e.seconds for e in day if e.kind is EntryKind.BREAK),
                unpaid_seconds=sum(e.unpaid_seconds or 0 for e in day),
                case_seconds=tuple(sorted(cases.items())),
            )
        )
    return totals


def timesheet_csv(
    entries: Iterable[StoredEntry], *, format_time: Callable[[int], str], header: Sequence[str]
) -> str:
    """The entries as CSV (RFC 4180, CRLF). ``format_time`` renders a time in the
    expert's zone; ``header`` holds the eight translated column titles."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for entry in sorted(entries, key=lambda item: item.starts_at):
        writer.writerow(
            [
                format_time(entry.starts_at),
                format_time(entry.ends_at),
                f"{entry.seconds / 3600:.2f}",
                entry.kind.value,
                entry.location.value,
                "approved" if entry.approved else "recorded",
                "" if entry.unpaid_seconds is None else f"{entry.unpaid_seconds / 3600:.2f}",
                " ".join(f"{case_id}:{seconds}" for case_id, seconds in entry.cases),
            ]
        )
    return buffer.getvalue()


def _write_running(connection: Connection, running: RunningEntry, now: float) -> None:
    connection.exec_driver_sql(
        _UPSERT_RUNNING,
        (
            running.id,
            running.kind.value,
            running.location.value,
            running.starts_at,
            running.elapsed,
            _cases_json(running.cases),
            now,
        ),
    )


def _entry_row(connection: Connection, entry_id: str) -> StoredEntry | None:
    row = connection.exec_driver_sql(
        f"SELECT {_ENTRY_COLUMNS} FROM time_entries WHERE id = ?", (entry_id,)
    ).first()
    return None if row is None else _to_entry(row)


def _to_entry(row: Sequence[Any]) -> StoredEntry:
    return StoredEntry(
        id=row[0],
        kind=EntryKind(row[1]),
        location=Location(row[2]),
        starts_at=row[3],
        ends_at=row[4],
        cases=_cases_tuple(row[5]),
        version=row[6],
        approved=row[7] == "approved",
        needs_confirmation=bool(row[8]),
        unpaid_seconds=row[9] if row[10] is not None and row[10] >= row[6] else None,
        synced=row[10] is not None and row[10] >= row[6],
    )


def _cases_json(cases: Iterable[tuple[int, int]]) -> str:
    return orjson.dumps([[case_id, seconds] for case_id, seconds in cases]).decode("utf-8")


def _cases_tuple(raw: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(case_id), int(seconds)) for case_id, seconds in orjson.loads(raw))


def _trimmed(cases: tuple[tuple[int, int], ...], seconds: int) -> tuple[tuple[int, int], ...]:
    """The case shares cut down, largest first, to fit an entry of ``seconds``."""
    excess = sum(share for _case, share in cases) - seconds
    shares = dict(cases)
    for case_id, _share in sorted(cases, key=lambda item: -item[1]):
        if excess <= 0:
            break
        cut = min(excess, shares[case_id])
        shares[case_id] -= cut
        excess -= cut
    return tuple(sorted((case_id, share) for case_id, share in shares.items() if share > 0))
