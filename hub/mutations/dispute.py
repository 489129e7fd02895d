"""``dispute``: the expert contests one of their ledger entries, with a reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.earnings.ledger import EntryNotFound
from hub.earnings.workflow import NotDisputed, dispute
from hub.mutations.base import MutationContext, Rejected, require_id
from hub.mutations.payload import require_only, require_text

MAX_REASON_CHARS = 2000


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    require_only(payload, ("entry_id", "reason"), "dispute")
    entry_id = require_id(payload, "entry_id")
    reason = require_text(payload, "reason", min_chars=1, max_chars=MAX_REASON_CHARS)
    try:
        previous = dispute(context.tx, context.expert.id, entry_id, reason.strip(), context.now)
    except EntryNotFound:
        raise Rejected("not_found", "No such ledger entry.") from None
    except NotDisputed as error:
        raise Rejected(
            "not_disputable", f"An entry with status {error.args[0]!r} cannot be disputed."
        ) from None
    return {"entry_id": entry_id, "previous_status": previous, "status": "disputed"}
