"""Translated words of the time tracker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.tracking import EntryKind, TrackerState
from workstation.domain.working_time import WarningCode, WorkingTimeWarning
from workstation.ui.formatting import clock_time_text

translate = QCoreApplication.translate


def elapsed_text(seconds: float) -> str:
    """A running time as h:mm:ss, e.g. "1:05:09" (locale-neutral digits)."""
    whole = max(0, int(seconds))
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def hours_minutes_text(seconds: float) -> str:
    whole = max(0, int(seconds))
    return translate("Tracker", "{hours} h {minutes:02d} min").format(
        hours=whole // 3600, minutes=whole % 3600 // 60
    )


def state_text(state: TrackerState) -> str:
    match state:
        case TrackerState.WORKING:
            return translate("Tracker", "Working")
        case TrackerState.PAUSED:
            return translate("Tracker", "On a break")
        case TrackerState.CLOCKED_OUT:
            return translate("Tracker", "Clocked out")


def kind_text(kind: EntryKind) -> str:
    return translate("Tracker", "work") if kind is EntryKind.WORK else translate("Tracker", "break")


def window_span_text(starts_at: int, ends_at: int) -> str:
    return translate("Tracker", "{start}–{end}").format(
        start=clock_time_text(starts_at), end=clock_time_text(ends_at)
    )


def unpaid_text() -> str:
    return translate(
        "Tracker", "You are clocked in outside your booked windows: this time is not paid."
    )


def warning_text(warning: WorkingTimeWarning) -> str:
    match warning.code:
        case WarningCode.STRETCH_WITHOUT_BREAK:
            return translate(
                "Tracker", "You have worked {worked} without a break of 15 minutes or more."
            ).format(worked=hours_minutes_text(warning.seconds))
        case WarningCode.BREAKS_TOO_SHORT:
            return translate(
                "Tracker", "Your breaks today add up to {taken}; the law asks for {needed}."
            ).format(
                taken=hours_minutes_text(warning.seconds),
                needed=hours_minutes_text(warning.limit_seconds),
            )
        case WarningCode.DAY_TOO_LONG:
            return translate(
                "Tracker", "You have worked {worked} today, more than the 10 hours allowed."
            ).format(worked=hours_minutes_text(warning.seconds))
        case WarningCode.REST_TOO_SHORT:
            return translate(
                "Tracker",
                "Only {rest} of rest lay between your last working day and today; "
                "the law asks for 11 hours.",
            ).format(rest=hours_minutes_text(warning.seconds))
