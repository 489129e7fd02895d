"""The .ics export: RFC 5545 line rules checked byte by byte, and read back by the
``icalendar`` package."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar

from workstation.domain.ics import CalendarEvent, calendar_bytes
from workstation.domain.windows import ShiftWindow, calendar_events

START = int(datetime(2026, 11, 25, 17, 0, tzinfo=UTC).timestamp())


def window(window_id: int, booked: bool) -> ShiftWindow:
    return ShiftWindow(
        id=window_id,
        client_id=1,
        starts_at=START + window_id * 86400,
        ends_at=START + window_id * 86400 + 3 * 3600,
        hourly_rate_cents=2650,
        capacity=2,
        seats_left=1,
        cutoff_minutes=60,
        required_skills=(),
        booked=booked,
    )


def export(events: list[CalendarEvent]) -> bytes:
    return calendar_bytes(events, uid_domain="hub.example.com", now=START - 86400)


def test_lines_end_in_crlf_and_fold_at_75_octets() -> None:
    long_text = "Schicht für Buchhalter Software AG; Steuern, Löhne\\Gehälter " * 5
    data = export([CalendarEvent(1, START, START + 3600, "Kurz", long_text)])

    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode("utf-8")  # a fold never splits a character
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    assert "Steuern\\, Löhne\\\\Gehälter " in unfolded
    assert "Software AG\\;" in unfolded


def test_icalendar_reads_back_the_booked_windows_with_stable_uids() -> None:
    events = calendar_events(
        [window(1, True), window(2, False), window(3, True)],
        summary=lambda shift: f"Schicht {shift.id}",
        description=lambda shift: f"{shift.hourly_rate_cents / 100:.2f} EUR/h\nZeile 2",
    )

    first = icalendar.Calendar.from_ical(export(events))
    again = icalendar.Calendar.from_ical(export(events))

    parsed = [component for component in first.walk("VEVENT")]
    assert [str(event["UID"]) for event in parsed] == [
        "window-1@hub.example.com",
        "window-3@hub.example.com",
    ]
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == [str(e["UID"]) for e in parsed]
    assert parsed[0].decoded("DTSTART") == datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    assert parsed[0].decoded("DTEND") == datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
    assert str(parsed[0]["DESCRIPTION"]) == "26.50 EUR/h\nZeile 2"
    assert str(first["PRODID"]).startswith("-//Expert Workstation")


def test_an_empty_schedule_is_a_valid_calendar() -> None:
    calendar = icalendar.Calendar.from_ical(export([]))
    assert list(calendar.walk("VEVENT")) == []
