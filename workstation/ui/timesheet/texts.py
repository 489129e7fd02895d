"""The timesheet's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.tracking import EntryKind, Location
from workstation.store.tracker import StoredEntry

translate = QCoreApplication.translate


def hours_text(seconds: int) -> str:
    """Hours and minutes, "7:05", as timesheets write them (never rounded away)."""
    minutes = seconds // 60
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


def kind_label(kind: EntryKind) -> str:
    match kind:
        case EntryKind.WORK:
            return translate("TimesheetTexts", "Work")
        case EntryKind.BREAK:
            return translate("TimesheetTexts", "Break")


def location_label(location: Location) -> str:
    match location:
        case Location.REMOTE:
            return translate("TimesheetTexts", "Remote")
        case Location.ON_SITE:
            return translate("TimesheetTexts", "On site")


def entry_status_text(entry: StoredEntry) -> str:
    if entry.needs_confirmation:
        return translate("TimesheetTexts", "Recovered, awaiting your confirmation")
    if entry.approved:
        return translate("TimesheetTexts", "Approved")
    if not entry.synced:
        return translate("TimesheetTexts", "Not yet confirmed by the hub")
    if entry.unpaid_seconds:
        return translate(
            "TimesheetTexts", "Recorded; {hours} outside booked windows (unpaid)"
        ).format(hours=hours_text(entry.unpaid_seconds))
    return translate("TimesheetTexts", "Recorded")


def csv_header() -> list[str]:
    return [
        translate("TimesheetTexts", "Start"),
        translate("TimesheetTexts", "End"),
        translate("TimesheetTexts", "Hours"),
        translate("TimesheetTexts", "Kind"),
        translate("TimesheetTexts", "Location"),
        translate("TimesheetTexts", "Status"),
        translate("TimesheetTexts", "Unpaid hours"),
        translate("TimesheetTexts", "Cases (id:seconds)"),
    ]
