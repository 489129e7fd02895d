"""The schedule's words: what a window is, and why the hub refused a booking or a
cancellation, in a sentence that names the numbers the expert needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from workstation.domain.mutations import MutationType
from workstation.domain.outbox import HeldReason
from workstation.domain.windows import ShiftWindow, Skill
from workstation.ui.formatting import display_locale, full_timestamp_text
from workstation.ui.outbox.texts import held_reason_text

translate = QCoreApplication.translate


def money_text(cents: int, locale: QLocale | None = None) -> str:
    """Euro cents in the locale's currency format, e.g. "26,00 €" or "€26.00"."""
    locale = locale or display_locale()
    # Exact for every amount a rate can have: cents / 100 has at most two decimals.
    return locale.toCurrencyString(cents / 100, "€", 2)


def time_range_text(window: ShiftWindow, locale: QLocale | None = None) -> str:
    locale = locale or display_locale()
    start = QDateTime.fromSecsSinceEpoch(window.starts_at).toLocalTime()
    end = QDateTime.fromSecsSinceEpoch(window.ends_at).toLocalTime()
    day = locale.toString(start.date(), QLocale.FormatType.LongFormat)
    start_time = locale.toString(start.time(), QLocale.FormatType.ShortFormat)
    end_time = locale.toString(end.time(), QLocale.FormatType.ShortFormat)
    if start.date() != end.date():
        end_time = locale.toString(end, QLocale.FormatType.ShortFormat)
    return translate("ScheduleTexts", "{day}, {start}–{end}").format(
        day=day, start=start_time, end=end_time
    )


def skill_text(skill: Skill) -> str:
    match skill.kind:
        case "language":
            return translate("ScheduleTexts", "language {value}").format(value=skill.value)
        case "channel":
            return translate("ScheduleTexts", "channel {value}").format(value=skill.value)
        case "topic":
            return translate("ScheduleTexts", "topic {value}").format(value=skill.value)
        case _:
            return f"{skill.kind} {skill.value}"


def skills_text(window: ShiftWindow) -> str:
    if not window.required_skills:
        return translate("ScheduleTexts", "none")
    return ", ".join(skill_text(skill) for skill in window.required_skills)


def seats_text(window: ShiftWindow) -> str:
    return translate(
        "ScheduleTexts", "%n of {capacity} seats left", None, window.seats_left
    ).format(capacity=window.capacity)


def state_text(window: ShiftWindow, now: float) -> str:
    """One word for the block and the details: booked, full, closed or open."""
    if window.booked:
        return translate("ScheduleTexts", "Booked")
    if not window.is_open_for_changes(now):
        return translate("ScheduleTexts", "Closed")
    if window.seats_left <= 0:
        return translate("ScheduleTexts", "Full")
    return translate("ScheduleTexts", "Offered")


def refusal_text(
    reason: str | None,
    action: MutationType,
    window: ShiftWindow | None,
    hub_message: str | None,
) -> str:
    """Why the hub refused booking or cancelling ``window`` (as the cache knows it)."""
    known = _known(reason)
    if window is None or known is None:
        return held_reason_text(reason, hub_message)
    match known:
        case HeldReason.CAPACITY:
            return translate(
                "ScheduleTexts",
                "This window is full: all %n seats are booked.",
                None,
                window.capacity,
            )
        case HeldReason.OVERLAP:
            return translate(
                "ScheduleTexts",
                "This window overlaps another window you booked. Cancel that booking first "
                "if you would rather work this one.",
            )
        case HeldReason.CUTOFF:
            closed_at = full_timestamp_text(window.booking_closes_at)
            if action is MutationType.CANCEL_BOOKING:
                return translate(
                    "ScheduleTexts",
                    "It is too late to cancel: changes to this window closed on {moment}, "
                    "%n minutes before it starts. Please contact operations.",
                    None,
                    window.cutoff_minutes,
                ).format(moment=closed_at)
            return translate(
                "ScheduleTexts",
                "It is too late to book: booking closed on {moment}, %n minutes before the "
                "window starts.",
                None,
                window.cutoff_minutes,
            ).format(moment=closed_at)
        case HeldReason.MISSING_SKILL:
            return translate(
                "ScheduleTexts",
                "This window requires {skills}, and your profile lacks at least one of them.",
            ).format(skills=skills_text(window))
        case HeldReason.NOT_BOOKED:
            return translate(
                "ScheduleTexts", "You have not booked this window, so there is nothing to cancel."
            )
        case HeldReason.NOT_FOUND:
            return translate("ScheduleTexts", "Operations withdrew this window.")
        case _:
            return held_reason_text(reason, hub_message)


def _known(reason: str | None) -> HeldReason | None:
    try:
        return HeldReason(reason) if reason is not None else None
    except ValueError:
        return None
