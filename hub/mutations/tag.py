"""``tag``: add and remove tags of one's own case."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.cases import change_case, tags_of_case
from hub.mutations.base import MutationContext
from hub.mutations.own_case import load_own_case
from hub.mutations.payload import invalid, optional_text_list, require_only

MAX_TAG_CHARS = 40
MAX_TAGS_PER_CASE = 20


def _clean(tags: list[str], field: str) -> set[str]:
    cleaned = {tag.strip() for tag in tags}
    for tag in cleaned:
        if not tag or len(tag) > MAX_TAG_CHARS or "\n" in tag or "\r" in tag:
            raise invalid(
                f"Every tag in '{field}' must have 1 to {MAX_TAG_CHARS} characters on one line."
            )
    return cleaned


def apply(context: MutationContext, payload: Mapping[str, Any]) -> dict[str, Any]:
    # Tagging closed cases is allowed: experts often categorize after closing.
    case = load_own_case(context, payload, allow_closed=True)
    require_only(payload, ("case_id", "add", "remove"), "tag")
    added = _clean(optional_text_list(payload, "add"), "add")
    removed = _clean(optional_text_list(payload, "remove"), "remove")
    if not added and not removed:
        raise invalid("Give at least one tag in 'add' or 'remove'.")
    tags = (set(tags_of_case(context.tx, case.id)) - removed) | added
    if len(tags) > MAX_TAGS_PER_CASE:
        raise invalid(f"A case can have at most {MAX_TAGS_PER_CASE} tags.")
    written = change_case(
        context.tx, case.id, case.renewed_lease(context.now), now=context.now, tags=sorted(tags)
    )
    return {"case_version": written.version, "tags": sorted(tags)}
