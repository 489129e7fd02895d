"""Which desktop notifications to show, and how much they may reveal (pure, no Qt).

Two steps. ``NotificationLedger`` turns what a sync changed into *occurrences* (a new
offer, a new customer message on one of my cases) and, on a timer, the clock into more
(an answer due within 10 minutes, a claim about to run out, a booked window starting
within 5 minutes). It remembers what it already reported, so every occurrence is reported
once, and the cases it is primed with are not news (hundreds of old offers at start-up).
``plan_notifications`` then applies the expert's settings:
a pause, quiet time outside booked windows (urgent ones still come through, if the
expert wants), the privacy level (only a count while the app is locked), and groups
bursts so that fifty new offers make one summary instead of fifty pop-ups.

Notifications carry facts, never finished sentences: the UI words them with ``tr()``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from workstation.domain.models import CaseDetail, CaseStatus, Direction, Message, Priority
from workstation.domain.notification_subject import subject_for_notification
from workstation.domain.working_time import WorkingTimeWarning

SLA_WARNING = timedelta(minutes=10)
CLAIM_WARNING = timedelta(minutes=2)
WINDOW_WARNING = timedelta(minutes=5)
# More occurrences of one kind than this at once become one summary.
DEFAULT_BURST_LIMIT = 3


class PrivacyLevel(enum.StrEnum):
    """The values of the ``notifications/privacy`` setting."""

    COUNT = "count"
    CHANNEL_CLIENT = "channel_client"
    FULL = "full"


class NotificationKind(enum.StrEnum):
    NEW_OFFER = "new_offer"
    CUSTOMER_MESSAGE = "customer_message"
    SLA_DUE = "sla_due"
    CLAIM_EXPIRING = "claim_expiring"
    WINDOW_STARTING = "window_starting"
    # The time tracker's reminders and advisory warnings (see ``TRACKER_KINDS``).
    WINDOW_ENDED = "window_ended"
    NOT_CLOCKED_IN = "not_clocked_in"
    WORKING_TIME = "working_time"


# About the expert's own time, not a case: they come through quiet time like a window
# reminder, because they matter most outside windows.
TRACKER_KINDS = frozenset(
    {
        NotificationKind.WINDOW_STARTING,
        NotificationKind.WINDOW_ENDED,
        NotificationKind.NOT_CLOCKED_IN,
        NotificationKind.WORKING_TIME,
    }
)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What notifications need to know of one cached case."""

    case_id: int
    channel: str
    client_name: str
    subject: str
    offered: bool
    assigned_to_me: bool
    urgent: bool
    last_customer_message_id: int | None
    sla_due: datetime | None
    claim_expires_at: datetime | None


def case_facts(detail: CaseDetail, thread: Sequence[Message]) -> CaseFacts:
    """The facts of a cached case; ``thread`` is its messages, oldest first."""
    customer_ids = [m.id for m in thread if m.direction is Direction.IN and not m.pending]
    open_case = detail.status in (CaseStatus.OPEN, CaseStatus.WAITING)
    return CaseFacts(
        case_id=detail.id,
        channel=detail.channel.value,
        client_name=detail.client_name,
        subject=subject_for_notification(
            detail.subject, detail.customer_name, detail.customer_contact
        ),
        offered=detail.status is CaseStatus.OFFERED,
        assigned_to_me=detail.assigned_to_me,
        urgent=detail.priority is Priority.URGENT,
        last_customer_message_id=max(customer_ids, default=None),
        sla_due=_utc(detail.sla_due) if open_case else None,
        claim_expires_at=(
            _utc(detail.claim_expires_at) if detail.status is CaseStatus.OPEN else None
        ),
    )


def _utc(epoch_seconds: int | None) -> datetime | None:
    return None if epoch_seconds is None else datetime.fromtimestamp(epoch_seconds, UTC)


@dataclass(frozen=True, slots=True)
class BookedWindow:
    window_id: int
    client_name: str
    starts_at: datetime


@dataclass(frozen=True, slots=True)
class Occurrence:
    kind: NotificationKind
    case: CaseFacts | None = None
    window: BookedWindow | None = None
    due: datetime | None = None
    warning: WorkingTimeWarning | None = None

    @property
    def urgent(self) -> bool:
        # A window reminder arrives outside a window by nature, so quiet time never holds it.
        if self.kind in TRACKER_KINDS:
            return True
        return self.case is not None and self.case.urgent


@dataclass(frozen=True, slots=True)
class Notification:
    """One notification to show. ``count`` > 1 is a summary of a burst; then there is no
    single case to open. Fields the privacy level hides are ``None``."""

    kind: NotificationKind
    count: int = 1
    case_id: int | None = None
    channel: str | None = None
    client_name: str | None = None
    subject: str | None = None
    due: datetime | None = None
    urgent: bool = False
    warning: WorkingTimeWarning | None = None


@dataclass(frozen=True, slots=True)
class NotificationPreferences:
    privacy: PrivacyLevel = PrivacyLevel.CHANNEL_CLIENT
    quiet_outside_windows: bool = True
    urgent_breaks_quiet: bool = True
    paused_until: datetime | None = None
    burst_limit: int = DEFAULT_BURST_LIMIT


@dataclass(frozen=True, slots=True)
class Situation:
    """The circumstances at the moment of deciding."""

    now: datetime
    in_booked_window: bool
    locked: bool = False


@dataclass(frozen=True, slots=True)
class NotificationLedger:
    """What was already reported; replaced (never mutated) by each step.

    An unprimed ledger reports nothing from its first ``after_sync``: prime it with every
    cached case at start-up (or with a first sync), so only what arrives later is news.
    """

    primed: bool = False
    offers: frozenset[int] = frozenset()
    customer_messages: Mapping[int, int] = field(default_factory=dict)
    deadlines: frozenset[tuple[NotificationKind, int, datetime]] = frozenset()

    def after_sync(
        self, changed: Iterable[CaseFacts], removed: Iterable[int] = ()
    ) -> tuple[list[Occurrence], NotificationLedger]:
        """New offers and new customer messages among the cases a sync changed."""
        occurrences: list[Occurrence] = []
        gone = set(removed)
        offers = set(self.offers) - gone
        messages = {k: v for k, v in self.customer_messages.items() if k not in gone}
        for case in changed:
            if case.offered:
                if self.primed and case.case_id not in offers:
                    occurrences.append(Occurrence(NotificationKind.NEW_OFFER, case))
                offers.add(case.case_id)
            else:
                offers.discard(case.case_id)
            latest = case.last_customer_message_id
            if not case.assigned_to_me or latest is None:
                messages.pop(case.case_id, None)
                continue
            seen = messages.get(case.case_id)
            # A case that just became mine is no new message: its offer was the news.
            if self.primed and seen is not None and latest > seen:
                occurrences.append(Occurrence(NotificationKind.CUSTOMER_MESSAGE, case))
            messages[case.case_id] = latest
        ledger = replace(self, primed=True, offers=frozenset(offers), customer_messages=messages)
        return occurrences, ledger

    def deadlines_due(
        self, my_cases: Iterable[CaseFacts], windows: Sequence[BookedWindow], now: datetime
    ) -> tuple[list[Occurrence], NotificationLedger]:
        """Answers due within 10 minutes, claims running out within 2, windows starting
        within 5, each reported once. Call it on a timer with the expert's open cases."""
        occurrences: list[Occurrence] = []
        close: set[tuple[NotificationKind, int, datetime]] = set()

        def is_news(
            kind: NotificationKind, key: int, due: datetime | None, lead: timedelta
        ) -> bool:
            if due is None or not now < due <= now + lead:
                return False
            identity = (kind, key, due)
            close.add(identity)
            return identity not in self.deadlines

        for case in my_cases:
            if not case.assigned_to_me:
                continue
            if is_news(NotificationKind.SLA_DUE, case.case_id, case.sla_due, SLA_WARNING):
                occurrences.append(Occurrence(NotificationKind.SLA_DUE, case, due=case.sla_due))
            expiry = case.claim_expires_at
            if is_news(NotificationKind.CLAIM_EXPIRING, case.case_id, expiry, CLAIM_WARNING):
                occurrences.append(Occurrence(NotificationKind.CLAIM_EXPIRING, case, due=expiry))
        for window in windows:
            kind = NotificationKind.WINDOW_STARTING
            if is_news(kind, window.window_id, window.starts_at, WINDOW_WARNING):
                occurrences.append(Occurrence(kind, window=window, due=window.starts_at))
        # Only deadlines still ahead are remembered, so the ledger does not grow forever.
        return occurrences, replace(self, deadlines=frozenset(close))


def effective_privacy(preferences: NotificationPreferences, situation: Situation) -> PrivacyLevel:
    return PrivacyLevel.COUNT if situation.locked else preferences.privacy


def is_paused(preferences: NotificationPreferences, now: datetime) -> bool:
    return preferences.paused_until is not None and now < preferences.paused_until


def plan_notifications(
    occurrences: Sequence[Occurrence],
    preferences: NotificationPreferences,
    situation: Situation,
) -> list[Notification]:
    """The notifications to show for ``occurrences``, in the order of their kinds."""
    if is_paused(preferences, situation.now):
        return []
    quiet = preferences.quiet_outside_windows and not situation.in_booked_window
    audible = [
        occurrence
        for occurrence in occurrences
        if not quiet
        or occurrence.kind in TRACKER_KINDS
        or (preferences.urgent_breaks_quiet and occurrence.urgent)
    ]
    privacy = effective_privacy(preferences, situation)
    notifications: list[Notification] = []
    for kind in NotificationKind:
        of_kind = [occurrence for occurrence in audible if occurrence.kind is kind]
        if not of_kind:
            continue
        if len(of_kind) > preferences.burst_limit:
            notifications.append(
                Notification(
                    kind=kind,
                    count=len(of_kind),
                    urgent=any(occurrence.urgent for occurrence in of_kind),
                )
            )
            continue
        notifications.extend(_revealed(_single(occurrence), privacy) for occurrence in of_kind)
    return notifications


def _single(occurrence: Occurrence) -> Notification:
    case, window = occurrence.case, occurrence.window
    return Notification(
        kind=occurrence.kind,
        case_id=case.case_id if case else None,
        channel=case.channel if case else None,
        client_name=case.client_name if case else (window.client_name if window else None),
        subject=case.subject if case else None,
        due=occurrence.due,
        urgent=occurrence.urgent,
        warning=occurrence.warning,
    )


def _revealed(notification: Notification, privacy: PrivacyLevel) -> Notification:
    """The notification with what ``privacy`` hides removed. The customer's name and
    contact never appear at any level (``case_facts`` masks them in the subject); the
    subject only at ``FULL``."""
    if privacy is PrivacyLevel.FULL:
        return notification
    if privacy is PrivacyLevel.CHANNEL_CLIENT:
        return replace(notification, subject=None)
    return replace(notification, channel=None, client_name=None, subject=None)
