"""Reminders: a window starts in five minutes, a window ended but the expert is still
clocked in, cases are being worked while clocked out."""

from __future__ import annotations

from workstation.domain.windows import Reminder, ReminderKind, ShiftWindow, due_reminders

START = 1_795_000_000


def booked(window_id: int, starts_at: int, hours: int = 3) -> ShiftWindow:
    return ShiftWindow(
        id=window_id,
        client_id=1,
        starts_at=starts_at,
        ends_at=starts_at + hours * 3600,
        hourly_rate_cents=2600,
        capacity=1,
        seats_left=0,
        cutoff_minutes=60,
        required_skills=(),
        booked=True,
    )


def kinds(now: float, *, clocked_in: bool = False, working: bool = False) -> list[Reminder]:
    return due_reminders(
        now, [booked(1, START), booked(2, START + 86400)], clocked_in=clocked_in,
        working_cases=working,
    )  # fmt: skip


def test_a_window_starting_within_five_minutes() -> None:
    assert kinds(START - 301) == []
    assert kinds(START - 300) == [Reminder(ReminderKind.WINDOW_STARTS_SOON, 1)]
    assert kinds(START) == []


def test_still_clocked_in_after_the_window_ended() -> None:
    assert kinds(START + 3 * 3600 - 1, clocked_in=True) == []
    assert kinds(START + 3 * 3600, clocked_in=True) == [
        Reminder(ReminderKind.WINDOW_ENDED_STILL_CLOCKED_IN, 1)
    ]
    assert kinds(START + 3 * 3600) == []


def test_working_cases_without_clocking_in() -> None:
    assert kinds(START + 60, working=True) == [
        Reminder(ReminderKind.WORKING_WITHOUT_CLOCK_IN, None)
    ]
    assert kinds(START + 60, clocked_in=True, working=True) == []
