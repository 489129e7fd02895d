"""iCalendar (RFC 5545) export of the expert's booked windows.

Written by hand because the format is small and the exact bytes matter: CRLF line ends,
lines folded at 75 octets without splitting a UTF-8 character, text escaped, times in
UTC, and a UID per window that stays the same across exports so calendar apps update an
event instead of duplicating it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

MAX_LINE_OCTETS: Final = 75
PRODUCT_ID: Final = "-//Expert Workstation//Schedule//EN"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One booked window; times are epoch seconds (UTC)."""

    window_id: int
    starts_at: int
    ends_at: int
    summary: str
    description: str


def calendar_bytes(events: Iterable[CalendarEvent], *, uid_domain: str, now: int) -> bytes:
    """The VCALENDAR document; ``uid_domain`` (e.g. the hub's host name) keeps UIDs of
    different hubs apart, ``now`` is the DTSTAMP."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    stamp = _utc(now)
    for event in sorted(events, key=lambda item: (item.starts_at, item.window_id)):
        lines += [
            "BEGIN:VEVENT",
            f"UID:window-{event.window_id}@{_escape(uid_domain)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_utc(event.starts_at)}",
            f"DTEND:{_utc(event.ends_at)}",
            f"SUMMARY:{_escape(event.summary)}",
            f"DESCRIPTION:{_escape(event.description)}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return b"".join(_fold(line) + b"\r\n" for line in lines)


def _utc(epoch_seconds: int) -> str:
    return datetime.fromtimestamp(epoch_seconds, UTC).strftime("%Y%m%dT%H%M%SZ")


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11); other control characters are dropped."""
    escaped = (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )
    return "".join(char for char in escaped if char >= " " or char == "\t")


def _fold(line: str) -> bytes:
    """Fold to lines of at most 75 octets; continuation lines start with one space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= MAX_LINE_OCTETS:
        return encoded
    parts: list[bytes] = []
    current = b""
    limit = MAX_LINE_OCTETS
    for char in line:
        octets = char.encode("utf-8")
        if len(current) + len(octets) > limit:
            parts.append(current)
            current = b""
            limit = MAX_LINE_OCTETS - 1  # the leading space counts
        current += octets
    parts.append(current)
    return b"\r\n ".join(parts)
