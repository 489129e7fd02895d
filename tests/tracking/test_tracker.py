"""The tracker state machine: stretches, case attribution and idle choices, on a
controlled monotonic clock."""

from __future__ import annotations

import itertools

import pytest

from workstation.domain.tracking import (
    EntryKind,
    IdleChoice,
    Location,
    Tracker,
    TrackerError,
    TrackerState,
)

WALL_START = 1_790_000_000.0


class FakeClocks:
    def __init__(self) -> None:
        self.mono = 500.0
        self.wall = WALL_START

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks()


@pytest.fixture
def tracker(clocks: FakeClocks) -> Tracker:
    ids = (f"entry-{number}" for number in itertools.count(1))
    return Tracker(
        monotonic=lambda: clocks.mono, wall=lambda: clocks.wall, new_id=lambda: next(ids)
    )


def test_work_and_break_become_touching_entries(tracker: Tracker, clocks: FakeClocks) -> None:
    tracker.clock_in(Location.ON_SITE)
    clocks.advance(3600)
    first = tracker.pause()
    assert tracker.state is TrackerState.PAUSED
    clocks.advance(900)
    pause = tracker.resume()
    clocks.advance(1800)
    last = tracker.clock_out()

    entries = first + pause + last
    assert [(entry.kind, entry.seconds) for entry in entries] == [
        (EntryKind.WORK, 3600),
        (EntryKind.BREAK, 900),
        (EntryKind.WORK, 1800),
    ]
    assert entries[0].starts_at == int(WALL_START)
    assert all(a.ends_at == b.starts_at for a, b in itertools.pairwise(entries))
    assert {entry.location for entry in entries} == {Location.ON_SITE}
    assert len({entry.id for entry in entries}) == 3
    assert tracker.state is TrackerState.CLOCKED_OUT
    assert tracker.worked_seconds() == 5400


def test_time_goes_to_the_open_case_while_the_app_is_in_use(
    tracker: Tracker, clocks: FakeClocks
) -> None:
    tracker.clock_in()
    tracker.open_case(11)
    clocks.advance(600)
    tracker.open_case(12)
    clocks.advance(300)
    tracker.set_in_use(False)
    clocks.advance(1000)
    tracker.set_in_use(True)
    clocks.advance(60)
    tracker.open_case(None)
    clocks.advance(100)

    running = tracker.running_entry()
    (entry,) = tracker.clock_out()

    assert running is not None and running.cases == ((11, 600), (12, 360))
    assert entry.cases == ((11, 600), (12, 360))
    assert entry.seconds == 2060


def test_no_case_time_during_a_break(tracker: Tracker, clocks: FakeClocks) -> None:
    tracker.clock_in()
    tracker.open_case(5)
    clocks.advance(100)
    tracker.pause()
    clocks.advance(500)
    (pause,) = tracker.resume()
    clocks.advance(50)
    (work,) = tracker.clock_out()
    assert pause.cases == ()
    assert work.cases == ((5, 50),)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (IdleChoice.KEEP, [(EntryKind.WORK, 3000)]),
        (IdleChoice.DISCARD, [(EntryKind.WORK, 1200), (EntryKind.WORK, 300)]),
        (
            IdleChoice.BREAK,
            [(EntryKind.WORK, 1200), (EntryKind.BREAK, 1500), (EntryKind.WORK, 300)],
        ),
    ],
)
def test_idle_choices(
    tracker: Tracker,
    clocks: FakeClocks,
    choice: IdleChoice,
    expected: list[tuple[EntryKind, int]],
) -> None:
    tracker.clock_in()
    tracker.open_case(3)
    clocks.advance(2700)  # 20 minutes of work, then 25 idle minutes

    resolved = tracker.resolve_idle(1500, choice)
    clocks.advance(300)
    entries = resolved + tracker.clock_out()

    assert [(entry.kind, entry.seconds) for entry in entries] == expected
    if choice is not IdleChoice.KEEP:
        assert entries[0].cases == ((3, 1200),)
        assert entries[-1].starts_at - entries[0].ends_at == 1500
        assert entries[-1].cases == ((3, 300),)


def test_idle_longer_than_the_stretch_cuts_at_its_start(
    tracker: Tracker, clocks: FakeClocks
) -> None:
    tracker.clock_in()
    clocks.advance(60)
    assert tracker.resolve_idle(10_000, IdleChoice.DISCARD) == []
    clocks.advance(30)
    assert [entry.seconds for entry in tracker.clock_out()] == [30]


def test_actions_that_do_not_fit_the_state_are_refused(tracker: Tracker) -> None:
    with pytest.raises(TrackerError):
        tracker.pause()
    with pytest.raises(TrackerError):
        tracker.clock_out()
    tracker.clock_in()
    with pytest.raises(TrackerError):
        tracker.clock_in()
    with pytest.raises(TrackerError):
        tracker.resume()


def test_a_stretch_under_a_second_leaves_no_entry(tracker: Tracker, clocks: FakeClocks) -> None:
    tracker.clock_in()
    clocks.advance(0.2)
    assert tracker.pause() == []
