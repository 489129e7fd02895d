"""The time tracker as a pure state machine: clocked out, working, paused.

Durations come only from a monotonic clock (``time.monotonic``), anchored once to the wall
clock when the expert clocks in: a wall time is ``anchor_wall + (mono - anchor_mono)``.
So an NTP step, a manual clock change or a time-zone change while tracking never changes a
tracked duration; the wall clock only places the stretch on the calendar.

Each stretch of work or break becomes one ``FinishedEntry`` (later a ``time_entry``
mutation). While working, time goes to the open case as long as the app is in use.
Idle time is resolved by the expert on return (keep, discard, or book as break).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

Clock = Callable[[], float]
IdFactory = Callable[[], str]


class TrackerState(StrEnum):
    CLOCKED_OUT = "clocked_out"
    WORKING = "working"
    PAUSED = "paused"


class EntryKind(StrEnum):
    WORK = "work"
    BREAK = "break"


class Location(StrEnum):
    REMOTE = "remote"
    ON_SITE = "on_site"


class IdleChoice(StrEnum):
    KEEP = "keep"
    DISCARD = "discard"
    BREAK = "break"


class TrackerError(RuntimeError):
    """An action that does not fit the tracker's state (e.g. pausing while clocked out)."""


@dataclass(frozen=True, slots=True)
class FinishedEntry:
    """A finished stretch; times are whole epoch seconds (UTC), rounded the same way at
    both ends so consecutive entries touch but never overlap."""

    id: str
    kind: EntryKind
    location: Location
    starts_at: int
    ends_at: int
    cases: tuple[tuple[int, int], ...]

    @property
    def seconds(self) -> int:
        return self.ends_at - self.starts_at


@dataclass(frozen=True, slots=True)
class RunningEntry:
    """The open stretch as the crash-safe store keeps it: where it started on the
    calendar and how long it has run by the monotonic clock."""

    id: str
    kind: EntryKind
    location: Location
    starts_at: float
    elapsed: float
    cases: tuple[tuple[int, int], ...]


@dataclass(slots=True)
class _Open:
    id: str
    kind: EntryKind
    started_mono: float
    # (case id, from, to) in monotonic seconds; ``to`` None while still running.
    attributions: list[tuple[int, float, float | None]] = field(default_factory=list)


class Tracker:
    """Not thread-safe; owned by one thread (the UI's)."""

    def __init__(self, *, monotonic: Clock, wall: Clock, new_id: IdFactory) -> None:
        self._monotonic = monotonic
        self._wall = wall
        self._new_id = new_id
        self._state = TrackerState.CLOCKED_OUT
        self._location = Location.REMOTE
        self._anchor_wall = 0.0
        self._anchor_mono = 0.0
        self._open: _Open | None = None
        self._case_id: int | None = None
        self._in_use = True
        self._finished_work = 0.0

    # -- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> TrackerState:
        return self._state

    @property
    def location(self) -> Location:
        return self._location

    def wall_time(self, mono: float | None = None) -> float:
        """The calendar time of a monotonic reading (now by default), by the anchor."""
        reading = self._monotonic() if mono is None else mono
        return self._anchor_wall + (reading - self._anchor_mono)

    def current_seconds(self) -> float:
        """How long the open stretch has run (0 when clocked out)."""
        if self._open is None:
            return 0.0
        return self._monotonic() - self._open.started_mono

    def worked_seconds(self) -> float:
        """Work since clocking in: finished work stretches plus the open one if working."""
        running = self.current_seconds() if self._state is TrackerState.WORKING else 0.0
        return self._finished_work + running

    def running_entry(self) -> RunningEntry | None:
        if self._open is None:
            return None
        now = self._monotonic()
        return RunningEntry(
            id=self._open.id,
            kind=self._open.kind,
            location=self._location,
            starts_at=self.wall_time(self._open.started_mono),
            elapsed=now - self._open.started_mono,
            cases=_case_totals(self._open.attributions, now),
        )

    # -- acting ----------------------------------------------------------------------------

    def clock_in(self, location: Location = Location.REMOTE) -> None:
        if self._state is not TrackerState.CLOCKED_OUT:
            raise TrackerError("already clocked in")
        self._anchor_mono = self._monotonic()
        self._anchor_wall = self._wall()
        self._location = location
        self._finished_work = 0.0
        self._state = TrackerState.WORKING
        self._start(EntryKind.WORK, self._anchor_mono)

    def pause(self) -> list[FinishedEntry]:
        if self._state is not TrackerState.WORKING:
            raise TrackerError("not working")
        now = self._monotonic()
        finished = self._finish(now)
        self._state = TrackerState.PAUSED
        self._start(EntryKind.BREAK, now)
        return finished

    def resume(self) -> list[FinishedEntry]:
        if self._state is not TrackerState.PAUSED:
            raise TrackerError("not paused")
        now = self._monotonic()
        finished = self._finish(now)
        self._state = TrackerState.WORKING
        self._start(EntryKind.WORK, now)
        return finished

    def clock_out(self) -> list[FinishedEntry]:
        if self._state is TrackerState.CLOCKED_OUT:
            raise TrackerError("not clocked in")
        finished = self._finish(self._monotonic())
        self._state = TrackerState.CLOCKED_OUT
        self._open = None
        return finished

    def open_case(self, case_id: int | None) -> None:
        """The case now open in the app (``None``: no case); its time starts counting."""
        self._case_id = case_id
        self._reattribute()

    def set_in_use(self, in_use: bool) -> None:
        """Whether the expert is using the app (focus and input); attribution pauses
        while it is not."""
        self._in_use = in_use
        self._reattribute()

    def resolve_idle(self, idle_seconds: float, choice: IdleChoice) -> list[FinishedEntry]:
        """Apply the expert's choice for the last ``idle_seconds`` of work without input.

        ``KEEP`` changes nothing. ``DISCARD`` ends the work stretch where the idling began
        and starts a new one now, so the idle time is in no entry. ``BREAK`` does the same
        and books the idle time as a break entry.
        """
        if choice is IdleChoice.KEEP or self._state is not TrackerState.WORKING:
            return []
        assert self._open is not None
        now = self._monotonic()
        idle_from = max(now - max(idle_seconds, 0.0), self._open.started_mono)
        finished = self._finish(idle_from)
        if choice is IdleChoice.BREAK:
            self._start(EntryKind.BREAK, idle_from)
            finished += self._finish(now)
        self._start(EntryKind.WORK, now)
        return finished

    # -- internals -------------------------------------------------------------------------

    def _start(self, kind: EntryKind, at: float) -> None:
        self._open = _Open(id=self._new_id(), kind=kind, started_mono=at)
        self._reattribute(at)

    def _attributing(self) -> bool:
        return self._state is TrackerState.WORKING and self._in_use and self._case_id is not None

    def _reattribute(self, at: float | None = None) -> None:
        if self._open is None:
            return
        now = self._monotonic() if at is None else at
        attributions = self._open.attributions
        if attributions and attributions[-1][2] is None:
            case_id, since, _ = attributions[-1]
            if self._attributing() and case_id == self._case_id:
                return
            attributions[-1] = (case_id, since, now)
        if self._attributing() and self._open.kind is EntryKind.WORK:
            assert self._case_id is not None
            attributions.append((self._case_id, now, None))

    def _finish(self, at: float) -> list[FinishedEntry]:
        """Close the open stretch at monotonic time ``at``; a stretch shorter than a whole
        second after rounding yields no entry."""
        current = self._open
        assert current is not None
        self._open = None
        starts_at = round(self.wall_time(current.started_mono))
        ends_at = round(self.wall_time(at))
        if current.kind is EntryKind.WORK:
            self._finished_work += max(at - current.started_mono, 0.0)
        if ends_at <= starts_at:
            return []
        cases = _case_totals(current.attributions, at)
        return [
            FinishedEntry(
                id=current.id,
                kind=current.kind,
                location=self._location,
                starts_at=starts_at,
                ends_at=ends_at,
                cases=_fit(cases, ends_at - starts_at),
            )
        ]


def _case_totals(
    attributions: list[tuple[int, float, float | None]], until: float
) -> tuple[tuple[int, int], ...]:
    """Whole seconds per case up to ``until`` (later parts, e.g. idle time cut off, drop)."""
    totals: dict[int, float] = {}
    for case_id, since, to in attributions:
        end = min(until, to if to is not None else until)
        if end > since:
            totals[case_id] = totals.get(case_id, 0.0) + (end - since)
    return tuple(
        sorted((case_id, int(seconds)) for case_id, seconds in totals.items() if seconds >= 1)
    )


def _fit(cases: tuple[tuple[int, int], ...], seconds: int) -> tuple[tuple[int, int], ...]:
    """Rounding of the entry's ends may make it a second shorter than the attributed time;
    trim the largest share so the hub's "no more than the entry lasts" holds."""
    excess = sum(share for _case, share in cases) - seconds
    if excess <= 0:
        return cases
    trimmed = dict(cases)
    for case_id, _share in sorted(cases, key=lambda item: -item[1]):
        cut = min(excess, trimmed[case_id])
        trimmed[case_id] -= cut
        excess -= cut
        if excess == 0:
            break
    return tuple(sorted((case_id, share) for case_id, share in trimmed.items() if share > 0))
