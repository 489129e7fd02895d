"""Outbox states, actions and reasons in words. The hub's reason codes are translated here;
its English `message` is shown only for a reason this version does not know."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.models import OutboxState
from workstation.domain.mutations import MutationType
from workstation.domain.outbox import HeldReason, OutboxItem

translate = QCoreApplication.translate


def state_label(state: OutboxState) -> str:
    match state:
        case OutboxState.QUEUED:
            return translate("OutboxTexts", "Queued")
        case OutboxState.SENDING:
            return translate("OutboxTexts", "Sending")
        case OutboxState.SENT:
            return translate("OutboxTexts", "Sent")
        case OutboxState.HELD:
            return translate("OutboxTexts", "Held")
        case OutboxState.RESOLVED:
            return translate("OutboxTexts", "Dealt with")


def action_label(kind: MutationType) -> str:
    match kind:
        case MutationType.CLAIM:
            return translate("OutboxTexts", "Claim")
        case MutationType.RENEW_CLAIM:
            return translate("OutboxTexts", "Keep claim")
        case MutationType.RELEASE:
            return translate("OutboxTexts", "Release")
        case MutationType.REPLY:
            return translate("OutboxTexts", "Reply")
        case MutationType.NOTE:
            return translate("OutboxTexts", "Internal note")
        case MutationType.CLOSE:
            return translate("OutboxTexts", "Close")
        case MutationType.TAG:
            return translate("OutboxTexts", "Tags")
        case MutationType.BOOK_WINDOW:
            return translate("OutboxTexts", "Book window")
        case MutationType.CANCEL_BOOKING:
            return translate("OutboxTexts", "Cancel booking")
        case MutationType.TIME_ENTRY:
            return translate("OutboxTexts", "Working time")
        case MutationType.DISPUTE:
            return translate("OutboxTexts", "Dispute earnings entry")
        case MutationType.CONTRIBUTION_SUBMIT:
            return translate("OutboxTexts", "Submit contribution")
        case MutationType.DECLINE:
            return translate("OutboxTexts", "Decline")


def held_reason_text(reason: str | None, hub_message: str | None) -> str:
    """Why the hub refused an item, in a sentence the expert can act on."""
    known = _known_reason(reason)
    match known:
        case HeldReason.NOT_ASSIGNEE:
            return translate(
                "OutboxTexts",
                "The case is no longer assigned to you: it was reassigned or released, "
                "or your claim ran out.",
            )
        case HeldReason.CLOSED:
            return translate("OutboxTexts", "The case was closed in the meantime.")
        case HeldReason.STALE:
            return translate(
                "OutboxTexts",
                "The customer wrote again after you started this reply. Read the new "
                "message, then decide.",
            )
        case HeldReason.ALREADY_CLAIMED:
            return translate("OutboxTexts", "Another expert claimed this case first.")
        case HeldReason.NOT_QUALIFIED:
            return translate(
                "OutboxTexts", "You are not qualified for this case's channel or topic."
            )
        case HeldReason.DECLINED:
            return translate("OutboxTexts", "You declined this case earlier.")
        case HeldReason.NOT_OFFERED:
            return translate(
                "OutboxTexts", "The case is yours now: release or close it instead of declining."
            )
        case HeldReason.NOT_DECLINABLE:
            return translate("OutboxTexts", "Only social mentions can be declined.")
        case HeldReason.INVALID_PAYLOAD:
            return translate(
                "OutboxTexts",
                "The hub did not accept the content, for example because it is too long.",
            )
        case HeldReason.NOT_FOUND:
            return translate("OutboxTexts", "The hub no longer knows this case.")
        case HeldReason.ID_CONFLICT:
            return translate("OutboxTexts", "The hub already has this action from another account.")
        case HeldReason.UNKNOWN_TYPE:
            return translate(
                "OutboxTexts",
                "The hub does not know this kind of action. Please update Expert Workstation.",
            )
        case HeldReason.BAD_REQUEST:
            return translate(
                "OutboxTexts",
                "The hub refused the request. Please tell your operations team.",
            )
        case HeldReason.ACCOUNT_CHANGED:
            return translate(
                "OutboxTexts",
                "Written under another account with this user name, so it was not sent.",
            )
        case HeldReason.CAPACITY:
            return translate("OutboxTexts", "The shift window is full: no seat is left.")
        case HeldReason.OVERLAP:
            return translate(
                "OutboxTexts",
                "It overlaps another shift window you booked or another of your time entries.",
            )
        case HeldReason.CUTOFF:
            return translate(
                "OutboxTexts",
                "The deadline for booking or cancelling this shift window has passed.",
            )
        case HeldReason.MISSING_SKILL:
            return translate(
                "OutboxTexts", "The shift window requires a skill that your profile lacks."
            )
        case HeldReason.NOT_BOOKED:
            return translate(
                "OutboxTexts",
                "You had not booked this shift window, so there was nothing to cancel.",
            )
        case HeldReason.REASON_REQUIRED:
            return translate("OutboxTexts", "A correction of recorded working time needs a reason.")
        case HeldReason.APPROVED:
            return translate(
                "OutboxTexts",
                "Operations already approved this time entry, so it can no longer change.",
            )
        case None:
            if hub_message:
                return translate("OutboxTexts", "The hub refused it: {message}").format(
                    message=hub_message
                )
            return translate("OutboxTexts", "The hub refused it.")


def delivery_problem_text(error: str | None) -> str:
    """Why a queued item is still waiting (its last failed attempt)."""
    match error:
        case None:
            return ""
        case "unreachable" | "timeout" | "connection_lost" | "cancelled":
            return translate("OutboxTexts", "Waiting for the connection to the hub.")
        case "rate_limited":
            return translate("OutboxTexts", "The hub asked to slow down; trying again soon.")
        case "token_expired" | "invalid_token" | "refresh_invalid" | "session_expired":
            return translate("OutboxTexts", "Waiting until you log in again.")
        case _:
            return translate("OutboxTexts", "The hub had a problem; trying again soon.")


def item_details_text(item: OutboxItem) -> str:
    """The one line the outbox list shows after an item's state."""
    if item.state is OutboxState.HELD:
        return held_reason_text(item.held_reason, item.held_message)
    if item.state is OutboxState.QUEUED:
        return delivery_problem_text(item.last_error)
    return ""


def _known_reason(reason: str | None) -> HeldReason | None:
    try:
        return HeldReason(reason) if reason is not None else None
    except ValueError:
        return None
