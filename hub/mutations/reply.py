"""``reply``: the assignee answers the customer, shaped by the case's channel."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from hub.cases import NewMessage, change_case
from hub.mutations.base import MutationContext, Rejected, require_id
from hub.mutations.own_case import OwnCase, load_own_case
from hub.mutations.payload import invalid
from hub.mutations.reply_rules import ReplyContent, parse_reply
from hub.schema import messages

# Channels where the conversation is live, so a reply does not hand the turn to the customer.
LIVE_CHANNELS = frozenset({"chat", "phone"})


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    case = load_own_case(context, payload)
    based_on = require_id(payload, "based_on_version")
    if based_on > case.version:
        raise invalid("'based_on_version' is newer than the case.")
    content = parse_reply(case.channel, payload)
    if case.channel == "social_mention" and not content.approach and _first_answer(context, case):
        raise invalid(
            "Approaching someone who did not ask needs the explicit decision "
            "'approach': true on the first message."
        )
    if _customer_wrote_since(context, case, based_on):
        raise Rejected(
            "stale",
            "The customer wrote again after the version this reply answers; "
            "read the new message before sending.",
        )
    written = change_case(
        context.tx,
        case.id,
        {
            **case.renewed_lease(context.now),
            "status": "open" if case.channel in LIVE_CHANNELS else "waiting",
            "sla_due": None,
        },
        now=context.now,
        message=_message(context, content),
    )
    return {"case_version": written.version, "message_id": written.message_id}


def _message(context: MutationContext, content: ReplyContent) -> NewMessage:
    return NewMessage(
        direction="out",
        author=context.expert.display_name,
        body_text=content.body_text,
        subject=content.subject,
        visibility=content.visibility,
        call_log=content.call_log,
    )


def _first_answer(context: MutationContext, case: OwnCase) -> bool:
    earlier = context.tx.conn.execute(
        select(messages.c.id)
        .where(messages.c.case_id == case.id, messages.c.direction == "out")
        .limit(1)
    ).first()
    return earlier is None


def _customer_wrote_since(context: MutationContext, case: OwnCase, version: int) -> bool:
    newer = context.tx.conn.execute(
        select(messages.c.id)
        .where(
            messages.c.case_id == case.id,
            messages.c.direction == "in",
            messages.c.case_version > version,
        )
        .limit(1)
    ).first()
    return newer is not None
