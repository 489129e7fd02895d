"""``contribution_submit``: the expert submits (or resubmits after a rejection) a
knowledge article or forum answer for review."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.earnings.contributions import AlreadyDecided, ContributionNotFound, submit
from hub.mutations.base import MutationContext, Rejected, require_id
from hub.mutations.payload import require_choice, require_only, require_text
from hub.schema import CONTRIBUTION_KINDS

MAX_TITLE_CHARS = 300
MAX_BODY_CHARS = 100_000


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    require_only(
        payload, ("contribution_id", "client_id", "kind", "title", "body"), "contribution_submit"
    )
    contribution_id = require_text(
        payload, "contribution_id", min_chars=1, max_chars=100, single_line=True
    )
    client_id = require_id(payload, "client_id")
    if client_id not in context.expert.client_ids:
        raise Rejected("not_found", "You do not serve this client.")
    kind = require_choice(payload, "kind", CONTRIBUTION_KINDS)
    title = require_text(payload, "title", min_chars=1, max_chars=MAX_TITLE_CHARS, single_line=True)
    body = require_text(payload, "body", min_chars=1, max_chars=MAX_BODY_CHARS)
    try:
        status = submit(
            context.tx,
            contribution_id=contribution_id,
            expert_id=context.expert.id,
            client_id=client_id,
            kind=kind,
            title=title.strip(),
            body=body,
            now=context.now,
        )
    except ContributionNotFound:
        raise Rejected("id_conflict", "This contribution id belongs to someone else.") from None
    except AlreadyDecided:
        raise Rejected("already_accepted", "An accepted contribution cannot change.") from None
    return {"contribution_id": contribution_id, "status": status}
