"""Mutation types the hub understands: one module per type, registered here."""

from __future__ import annotations

from collections.abc import Mapping

from hub.mutations import (
    book_window,
    cancel_booking,
    claim,
    close,
    contribution_submit,
    decline,
    dispute,
    note,
    release,
    renew_claim,
    reply,
    tag,
    time_entry,
)
from hub.mutations.base import MutationHandler

HANDLERS: Mapping[str, MutationHandler] = {
    "claim": claim.apply,
    "renew_claim": renew_claim.apply,
    "release": release.apply,
    "reply": reply.apply,
    "note": note.apply,
    "close": close.apply,
    "tag": tag.apply,
    "book_window": book_window.apply,
    "cancel_booking": cancel_booking.apply,
    "time_entry": time_entry.apply,
    "dispute": dispute.apply,
    "contribution_submit": contribution_submit.apply,
    "decline": decline.apply,
}
