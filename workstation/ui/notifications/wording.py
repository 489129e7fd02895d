"""The translated summary and body of a notification, built only from what the privacy
level left in it (``workstation.domain.notifications`` removed the rest)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.models import Channel
from workstation.domain.notifications import Notification, NotificationKind
from workstation.ui.formatting import channel_label, clock_time_text
from workstation.ui.tracking.texts import warning_text

translate = QCoreApplication.translate


def summary_text(notification: Notification) -> str:
    count = notification.count
    match notification.kind:
        case NotificationKind.NEW_OFFER:
            return translate("Notifications", "%n new offer(s)", None, count)
        case NotificationKind.CUSTOMER_MESSAGE:
            return translate("Notifications", "%n new customer message(s)", None, count)
        case NotificationKind.SLA_DUE:
            return translate("Notifications", "%n answer(s) due soon", None, count)
        case NotificationKind.CLAIM_EXPIRING:
            return translate("Notifications", "%n claim(s) about to run out", None, count)
        case NotificationKind.WINDOW_STARTING:
            return translate("Notifications", "%n booked window(s) starting soon", None, count)
        case NotificationKind.WINDOW_ENDED:
            return translate("Notifications", "Your booked window has ended")
        case NotificationKind.NOT_CLOCKED_IN:
            return translate("Notifications", "You are not clocked in")
        case NotificationKind.WORKING_TIME:
            return translate("Notifications", "Working time")


def body_text(notification: Notification) -> str:
    match notification.kind:
        case NotificationKind.WINDOW_ENDED:
            return translate(
                "Notifications", "You are still clocked in. Clock out if you are done."
            )
        case NotificationKind.NOT_CLOCKED_IN:
            return translate(
                "Notifications", "You are working on cases. Clock in so that your time counts."
            )
        case NotificationKind.WORKING_TIME if notification.warning is not None:
            return warning_text(notification.warning)
    parts: list[str] = []
    if notification.channel is not None:
        parts.append(_channel_text(notification.channel))
    if notification.client_name:
        parts.append(notification.client_name)
    if notification.subject:
        parts.append(notification.subject)
    if notification.due is not None and notification.count == 1:
        parts.append(
            translate("Notifications", "at %1").replace(
                "%1", clock_time_text(int(notification.due.timestamp()))
            )
        )
    return " · ".join(parts)


def _channel_text(channel: str) -> str:
    try:
        return channel_label(Channel(channel))
    except ValueError:
        return channel  # a channel a newer hub added: its name beats nothing
