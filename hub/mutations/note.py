"""``note``: an internal note on one's own case, never shown to the customer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.cases import NewMessage, change_case
from hub.mutations.base import MutationContext
from hub.mutations.own_case import load_own_case
from hub.mutations.payload import require_only, require_text

MAX_NOTE_CHARS = 20_000


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    # Notes on closed cases are allowed: experts record what happened afterwards.
    case = load_own_case(context, payload, allow_closed=True)
    require_only(payload, ("case_id", "body"), "a note")
    body = require_text(payload, "body", min_chars=1, max_chars=MAX_NOTE_CHARS)
    written = change_case(
        context.tx,
        case.id,
        case.renewed_lease(context.now),
        now=context.now,
        message=NewMessage(direction="note", author=context.expert.display_name, body_text=body),
    )
    return {"case_version": written.version, "message_id": written.message_id}
