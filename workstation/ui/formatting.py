"""Human-readable, translated texts for domain values and times."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from workstation.domain.models import (
    CallOutcome,
    CaseOutcome,
    CaseStatus,
    Channel,
    Direction,
    Priority,
    Visibility,
)

translate = QCoreApplication.translate

# A case whose answer is due within this time is highlighted as "due soon".
SLA_SOON_SECONDS = 60 * 60


class SlaUrgency(Enum):
    NONE = "none"
    RELAXED = "relaxed"
    SOON = "soon"
    OVERDUE = "overdue"


def sla_urgency(due: int | None, now: float) -> SlaUrgency:
    if due is None:
        return SlaUrgency.NONE
    remaining = due - now
    if remaining < 0:
        return SlaUrgency.OVERDUE
    if remaining <= SLA_SOON_SECONDS:
        return SlaUrgency.SOON
    return SlaUrgency.RELAXED


def duration_text(seconds: float) -> str:
    """ "25 min", "3 h", "2 d": rounded to the nearest unit, at least one minute."""
    minutes = max(1, round(abs(seconds) / 60))
    if minutes < 60:
        return translate("Formatting", "%n min", None, minutes)
    hours = round(minutes / 60)
    if hours < 24:
        return translate("Formatting", "%n h", None, hours)
    return translate("Formatting", "%n d", None, round(hours / 24))


def relative_due_text(due: int, now: float) -> str:
    """ "in 25 min", "overdue 2 h": short enough for a table column."""
    delta = due - now
    if abs(delta) < 30:
        return translate("Formatting", "due now")
    if delta < 0:
        return translate("Formatting", "overdue {duration}").format(duration=duration_text(delta))
    return translate("Formatting", "in {duration}").format(duration=duration_text(delta))


def answer_due_text(due: int, now: float) -> str:
    """A sentence for the case header: "Answer due in 25 min", "Answer overdue by 2 h"."""
    delta = due - now
    if abs(delta) < 30:
        return translate("Formatting", "Answer due now")
    if delta < 0:
        return translate("Formatting", "Answer overdue by {duration}").format(
            duration=duration_text(delta)
        )
    return translate("Formatting", "Answer due in {duration}").format(duration=duration_text(delta))


def display_locale() -> QLocale:
    """The user's locale; for the bare "C" locale (no LANG set) a readable English one,
    since C formats dates as "16 11 2026"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def full_timestamp_text(epoch_seconds: int, locale: QLocale | None = None) -> str:
    """Weekday, date and time in the user's locale and time zone, for tooltips and headers."""
    locale = locale or display_locale()
    moment = QDateTime.fromSecsSinceEpoch(epoch_seconds).toLocalTime()
    date = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    time = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return translate("Formatting", "{date}, {time}", "date and time").format(date=date, time=time)


def message_time_text(epoch_seconds: int, locale: QLocale | None = None) -> str:
    """Compact date and time of a message in the thread."""
    locale = locale or display_locale()
    moment = QDateTime.fromSecsSinceEpoch(epoch_seconds).toLocalTime()
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def clock_time_text(epoch_seconds: int, locale: QLocale | None = None) -> str:
    """Hours and minutes in the user's locale, e.g. for "last sync"."""
    locale = locale or display_locale()
    moment = QDateTime.fromSecsSinceEpoch(epoch_seconds).toLocalTime()
    return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)


def channel_label(channel: Channel) -> str:
    match channel:
        case Channel.EMAIL:
            return translate("Formatting", "E-mail")
        case Channel.FORUM:
            return translate("Formatting", "Forum")
        case Channel.FACEBOOK:
            return translate("Formatting", "Facebook")
        case Channel.TWITTER:
            return translate("Formatting", "X/Twitter")
        case Channel.CHAT:
            return translate("Formatting", "Chat")
        case Channel.PHONE:
            return translate("Formatting", "Phone callback")
        case Channel.SOCIAL_MENTION:
            return translate("Formatting", "Social mention")


def status_label(status: CaseStatus) -> str:
    match status:
        case CaseStatus.OFFERED:
            return translate("Formatting", "Offered")
        case CaseStatus.OPEN:
            return translate("Formatting", "Open")
        case CaseStatus.WAITING:
            return translate("Formatting", "Waiting for customer")
        case CaseStatus.CLOSED:
            return translate("Formatting", "Closed")


def priority_label(priority: Priority) -> str:
    match priority:
        case Priority.LOW:
            return translate("Formatting", "Low priority")
        case Priority.NORMAL:
            return translate("Formatting", "Normal priority")
        case Priority.HIGH:
            return translate("Formatting", "High priority")
        case Priority.URGENT:
            return translate("Formatting", "Urgent")


def direction_label(direction: Direction) -> str:
    match direction:
        case Direction.IN:
            return translate("Formatting", "Customer")
        case Direction.OUT:
            return translate("Formatting", "Reply")
        case Direction.NOTE:
            return translate("Formatting", "Internal note")


def countdown_text(seconds: float) -> str:
    """A ticking clock for the last hour: "24:59", "1:05:00" beyond it."""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def live_due_text(due: int, now: float) -> str:
    """The case header's live SLA line: ticking seconds within the last hour and while
    overdue by less than an hour, the rounded sentence otherwise."""
    delta = due - now
    if abs(delta) >= SLA_SOON_SECONDS:
        return answer_due_text(due, now)
    if delta < 0:
        return translate("Formatting", "Answer overdue by {clock}").format(
            clock=countdown_text(delta)
        )
    return translate("Formatting", "Answer due in {clock}").format(clock=countdown_text(delta))


def outcome_label(outcome: CaseOutcome) -> str:
    match outcome:
        case CaseOutcome.SOLVED:
            return translate("Formatting", "Solved")
        case CaseOutcome.NOT_SOLVABLE:
            return translate("Formatting", "Not solvable")
        case CaseOutcome.ESCALATED:
            return translate("Formatting", "Escalated to second level")


def call_outcome_label(outcome: CallOutcome) -> str:
    match outcome:
        case CallOutcome.REACHED:
            return translate("Formatting", "Reached")
        case CallOutcome.NOT_REACHED:
            return translate("Formatting", "Not reached")
        case CallOutcome.VOICEMAIL:
            return translate("Formatting", "Left a voicemail")
        case CallOutcome.WRONG_NUMBER:
            return translate("Formatting", "Wrong number")


def visibility_label(visibility: Visibility) -> str:
    match visibility:
        case Visibility.PUBLIC:
            return translate("Formatting", "public")
        case Visibility.PRIVATE:
            return translate("Formatting", "private message")


def call_duration_text(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return translate("Formatting", "{minutes} min {seconds} s").format(
        minutes=minutes, seconds=secs
    )
